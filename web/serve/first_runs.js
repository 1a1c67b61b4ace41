// `tablit serve` draws an app's last first run before Python is up: the page
// (page.js) posts the render message of its first run; the server keeps it
// with the version of the app's files it belongs to and embeds it in the next
// page it serves (web/first_paint.js).  Any change of the app's files drops
// it.  The first visit after a start or a change shows the loading screen.
//
// The post must come from a page of this server: same Origin, JSON content
// type (a cross-site form or no-cors fetch cannot send that without a CORS
// preflight, which is never answered), bounded size, and a render message
// fit to be shown (web/prerender/check.js).

import { firstRenderProblem, MAX_PRERENDER_CHARS } from '../prerender/check.js';

/** The app's recorded first run and its files' version. */
export class FirstRuns {
  constructor() {
    this.version = 1;
    /** @type {any} */
    this.render = null;
    /** The app's files (a signature) when the last page was served. @type {string|null} */
    this.files = null;
  }

  /** The app's files changed: what was recorded is of the old code. */
  invalidate() {
    this.version++;
    this.render = null;
  }

  /**
   * The recorded run for a page served now, given the app's files now: when
   * they differ from those of the last page served, the file watcher has not
   * told us yet (it waits for the writes to settle), and the record is of the
   * old code: dropped, so that a reload right after a save never draws the
   * old app first.  Ask before recordPath(), which then names the new version.
   * @param {string} files  a signature of the app's files (names, sizes, times)
   */
  renderFor(files) {
    if (files !== this.files) {
      if (this.files !== null) this.invalidate();
      this.files = files;
    }
    return this.render;
  }

  /** The URL query the page posts to (with the version it was served). */
  recordPath(api) {
    return `${api}first_render?v=${this.version}`;
  }

  /**
   * Take a POST; answers with [status, text].
   * @param {import('node:http').IncomingMessage} req
   * @returns {Promise<[number, string]>}
   */
  async take(req) {
    const host = req.headers.host || '';
    if (req.headers.origin !== `http://${host}`) return [403, 'the first run must be posted by a page of this server\n'];
    if (!/^application\/json\b/.test(req.headers['content-type'] || '')) return [415, 'JSON only\n'];
    const version = Number(new URL(req.url, 'http://x').searchParams.get('v'));
    let body = '';
    for await (const chunk of req) {
      body += chunk;
      if (body.length > MAX_PRERENDER_CHARS + 1000) return [413, 'too large\n'];
    }
    if (version !== this.version) return [409, 'the app changed since that page was served\n'];
    let render;
    try {
      render = JSON.parse(body);
    } catch {
      return [400, 'not JSON\n'];
    }
    const problem = firstRenderProblem(render);
    // Declined, not refused: the page did nothing wrong in offering a run that
    // ended in an exception, and a 4xx would be a console error in every such app.
    if (problem) return [200, `not kept: ${problem}\n`];
    this.render = render;
    return [204, ''];
  }
}
