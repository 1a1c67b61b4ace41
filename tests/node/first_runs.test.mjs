// tablit serve's recorded first runs (web/serve/first_runs.js): what a page may post.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FirstRuns } from '../../web/serve/first_runs.js';
import { App, startServer } from '../../web/serve/server.js';

/** A POST as node's http server hands it over: headers, url, the body in chunks. */
function post(body, { origin = 'http://127.0.0.1:8501', v = 1, type = 'application/json' } = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return {
    headers: { host: '127.0.0.1:8501', origin, 'content-type': type },
    url: `/__tablit/first_render?v=${v}`,
    async *[Symbol.asyncIterator]() { yield text; },
  };
}

const render = (children) => ({ type: 'render', tree: { main: { kind: 'block', children } } });

test('a first run that ended in an exception is declined without an error status, and not kept', async () => {
  const runs = new FirstRuns();
  const failing = render([{ kind: 'exception', props: { type: 'RuntimeError', message: 'boom' } }]);
  const [status, text] = await runs.take(post(failing));
  assert.equal(status, 200, 'a 4xx would be a console error in the page of every app whose first run fails');
  assert.match(text, /^not kept: the app raised RuntimeError: boom/);
  assert.equal(runs.render, null);
});

test('a clean first run is kept; forged, stale and malformed posts are refused', async () => {
  const runs = new FirstRuns();
  assert.deepEqual(await runs.take(post(render([]), { origin: 'http://evil.example' })), [403, 'the first run must be posted by a page of this server\n']);
  assert.equal((await runs.take(post(render([]), { type: 'text/plain' })))[0], 415);
  assert.equal((await runs.take(post(render([]), { v: 7 })))[0], 409);
  assert.equal((await runs.take(post('{nope')))[0], 400);
  assert.equal(runs.render, null);
  const ok = render([{ kind: 'markdown', props: { body: 'hi' } }]);
  assert.deepEqual(await runs.take(post(ok)), [204, '']);
  assert.deepEqual(runs.render, ok);
  runs.invalidate();
  assert.equal(runs.render, null);
  assert.equal((await runs.take(post(ok)))[0], 409, 'posted with the version before the change');
});

test('a page served after a change the file watcher has not told yet gets no recorded run, and a new version to record', async () => {
  const runs = new FirstRuns();
  assert.equal(runs.renderFor('files A'), null, 'the first page: nothing recorded yet');
  const ok = render([{ kind: 'markdown', props: { body: 'old code' } }]);
  assert.deepEqual(await runs.take(post(ok, { v: runs.version })), [204, '']);
  assert.deepEqual(runs.renderFor('files A'), ok, 'the same files: the record is drawn first');
  const served = runs.version;
  assert.equal(runs.renderFor('files B'), null, 'the files changed (a save the watcher has not reported): the old record is not drawn');
  assert.notEqual(runs.version, served);
  assert.equal((await runs.take(post(ok, { v: served })))[0], 409, 'a page of the old files cannot record for the new ones');
  const fresh = render([{ kind: 'markdown', props: { body: 'new code' } }]);
  assert.deepEqual(await runs.take(post(fresh, { v: runs.version })), [204, '']);
  assert.deepEqual(runs.renderFor('files B'), fresh);
});

test('tablit serve: a reload right after a save (before the watcher tells) does not draw the old code\'s first run', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tablit-first-runs-'));
  fs.writeFileSync(path.join(dir, 'app.py'), 'import streamlit as st\nst.write("old code")\n');
  // no watcher at all: the worst case of one that has not reported the save yet
  const server = await startServer({ apps: [new App('', dir, 'app.py')], quiet: true, watchDirs: [] });
  try {
    const page = async () => (await fetch(server.url)).text();
    const version = () => page().then((html) => Number(/first_render\?v=(\d+)/.exec(html)[1]));
    const v = await version();
    const old = render([{ kind: 'markdown', props: { body: 'old code' } }]);
    const url = new URL(server.url);
    const res = await fetch(`${server.url}__tablit/first_render?v=${v}`, {
      method: 'POST', body: JSON.stringify(old), headers: { 'content-type': 'application/json', origin: url.origin },
    });
    assert.equal(res.status, 204);
    assert.match(await page(), /tablit-first-render[^]*old code/, 'kept and drawn first while the files are the same');
    fs.writeFileSync(path.join(dir, 'app.py'), 'import streamlit as st\nst.write("the new code")\n');
    const html = await page();
    assert.doesNotMatch(html, /tablit-first-render/, 'the old record is not drawn over the new code');
    assert.ok(Number(/first_render\?v=(\d+)/.exec(html)[1]) > v, 'the page records for the new version');
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
