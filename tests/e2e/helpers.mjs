// Shared helpers of the end-to-end tests: the gallery server, the browser,
// and waiting for Pyodide runs.  Elements are found by role, label and text.

import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BOOT_TIMEOUT = 60_000;   // Pyodide boot + first run
export const RUN_TIMEOUT = 20_000;    // one rerun

/**
 * Start a tablit CLI command that serves (gallery by default) on a free port.
 * Resolves to {url, stop(), output()} once it printed its URL.
 */
export function startTablit(args = ['gallery']) {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'tablit.js'), ...args, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`tablit ${args.join(' ')} printed no URL:\n${out}`)), 120_000);
    const onData = (chunk) => {
      out += chunk;
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[0],
          output: () => out,
          stop: () => new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`tablit ${args.join(' ')} exited with ${code}:\n${out}`));
    });
  });
}

/** Chromium from the system, headless, with a fresh profile (never downloaded); `extraArgs` add flags. */
export function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', ...extraArgs],
  });
}

/**
 * One gallery server and one browser for a test file.
 * Returns {url, context, open(path), close()}; call close() in after().
 */
export async function setup() {
  const server = await startTablit(['gallery']);
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const pages = [];
  const violations = [];
  return {
    url: server.url,
    context,
    browser,
    /** Open `path` (e.g. "counter-naive/") in a new tab and collect its errors. */
    async open(p, { waitFor } = {}) {
      const page = await context.newPage();
      page.errors = [];
      page.on('pageerror', (e) => page.errors.push(e));
      watchPolicy(page, violations);
      pages.push(page);
      await page.goto(new URL(p, server.url).href);
      if (waitFor) await waitFor(page).waitFor({ timeout: BOOT_TIMEOUT });
      return page;
    },
    /** Close the tabs opened so far (each runs a Pyodide worker). */
    async closePages() {
      for (const p of pages.splice(0)) await p.close().catch(() => {});
    },
    /** Close everything; fails if any page broke the Content-Security-Policy the server sends. */
    async close() {
      for (const p of pages) await p.close().catch(() => {});
      await browser.close().catch(() => {});
      await server.stop();
      const unexpected = violations.filter((v) => !v.page.payloads).map((v) => v.text);
      if (unexpected.length) throw new Error(`Content-Security-Policy violations:\n${unexpected.join('\n')}`);
    },
  };
}

/**
 * Record, in `into`, what the page and its workers report as refused by the
 * Content-Security-Policy, as {page, text}.  A test that renders hostile payloads
 * sets `page.payloads = true`: the policy blocking them is expected there.
 */
export function watchPolicy(page, into) {
  const check = (m) => { if (/Content Security Policy/i.test(m.text())) into.push({ page, text: `${page.url()}: ${m.text()}` }); };
  page.on('console', check);
  page.on('worker', (w) => w.on('console', check));
}

/**
 * A new page of `context` at `url`, watched: `errors` collects its page errors, `violations`
 * what the Content-Security-Policy refused (watchPolicy).  Assert both empty at the end.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 */
export async function openWatchedPage(context, url) {
  const page = await context.newPage();
  const violations = [];
  watchPolicy(page, violations);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, errors, violations };
}

/**
 * `tablit serve APP` in one browser page, with every URL the page and its workers
 * request (the service worker's own fetches left out) and the policy's refusals
 * recorded; resolves once `ready` (a text of the first run) is shown.
 * @param {string} app  a path below the repository
 * @param {string} ready
 */
export async function openWatched(app, ready) {
  const server = await startTablit(['serve', path.join(ROOT, app)]);
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const requests = [];
  const violations = [];
  context.on('request', (r) => { if (!r.serviceWorker()) requests.push(r.url()); });
  const page = await context.newPage();
  watchPolicy(page, violations);
  await page.goto(server.url);
  await page.getByText(ready).waitFor({ timeout: BOOT_TIMEOUT });
  return { server, browser, page, requests, violations, close: async () => { await browser.close(); await server.stop(); } };
}

/** How many runs the page has rendered (page.js counts render messages). */
export function renders(page) {
  return page.evaluate(() => window.__tablitRenders ?? null);
}

/**
 * Do `action` (a click, a commit) and wait until the run it caused has been
 * rendered.  Clicking again before that would be coalesced with the first click.
 */
export async function afterRun(page, action) {
  // A built or served page may draw the app's first run before Python is up (web/first_paint.js):
  // input there is kept and applied later, but a test that waits for "the run it caused" waits until live.
  await page.waitForFunction(() => !document.querySelector('[data-first-paint]'), null, { timeout: 3 * BOOT_TIMEOUT });
  const before = await renders(page);
  await action();
  if (before === null) {
    await page.waitForTimeout(2000);
    return;
  }
  await page.waitForFunction((n) => (window.__tablitRenders ?? 0) > n, before, { timeout: RUN_TIMEOUT });
}

/** Wait until `locator` is visible. */
export function shown(locator, timeout = RUN_TIMEOUT) {
  return locator.first().waitFor({ state: 'visible', timeout });
}

/** Poll `fn` until it returns a truthy value. */
export async function until(fn, what = 'condition', timeout = RUN_TIMEOUT) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${last})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Wait until the input shows `value`. */
export function hasValue(locator, value, timeout = RUN_TIMEOUT) {
  return until(async () => (await locator.inputValue()) === value, `${locator} to have value ${JSON.stringify(value)}`, timeout);
}

/** A text matcher for "Label = value" lines written by st.write('Label = ', value). */
export function line(label, value) {
  const esc = (s) => String(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\s*${esc(label)}\\s*${esc(value)}\\s*$`);
}

// ---- Pyodide 0.27.7 with numpy, pandas, pyarrow, matplotlib, scipy, scikit-learn, pillow
//
// The reachable registries hold no Pyodide 314 builds of numpy or pandas, so browser tests of
// apps that import them run on a local Pyodide 0.27.7 distribution, assembled by
// tests/fixtures/pyodide027.sh (pip download once, cached; `tests/run_all.sh` runs it first).
// Use it like this (one server and one browser per test file):
//
//   import { launchBrowser, servePyodide027, blockNetwork } from './helpers.mjs';
//   const server = await servePyodide027('tests/e2e/apps/pandas/app.py');   // tablit serve --pyodide ...
//   const browser = await launchBrowser();
//   const context = await browser.newContext();
//   const outside = await blockNetwork(context);      // only 127.0.0.1 is reachable
//   const page = await context.newPage();
//   await page.goto(server.url);
//   ... assertions ...;  assert.deepEqual(outside, []);  await server.stop();
//
// The app's imports (numpy, pandas, ...) are loaded from that distribution; nothing else is
// fetched.  If the fixture cannot be had the test fails (never skips).

/** The local Pyodide 0.27.7 distribution folder (assembled on first use; throws if it cannot be). */
export function pyodide027Dir() {
  const script = path.join(ROOT, 'tests', 'fixtures', 'pyodide027.sh');
  const out = execFileSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return out.trim().split('\n').pop();
}

/**
 * `tablit serve APP --pyodide <the 0.27.7 fixture>` (plus `args`, e.g. ['--offline']).
 * Resolves to startTablit's {url, stop(), output()}.
 */
export function servePyodide027(appFile, args = []) {
  return startTablit(['serve', path.resolve(ROOT, appFile), '--pyodide', pyodide027Dir(), ...args]);
}

/**
 * Abort every request of `context` that is not for 127.0.0.1 (no route to anything else) and
 * record it: the returned array lists the URLs that were attempted (assert it stays empty).
 */
export async function blockNetwork(context) {
  const attempted = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    let host = '';
    try {
      host = new URL(url).hostname;
    } catch {
      // data:, blob: ... are not network requests
    }
    if (host === '127.0.0.1' || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    attempted.push(url);
    return route.abort('addressunreachable');
  });
  return attempted;
}

/**
 * A plain static file server for a built folder (`tablit build --out DIR`), on 127.0.0.1.
 * Resolves to {url, stop()}.  `port`: listen there (a later server of the same origin), else any free one.
 */
export async function serveStatic(dir, { port = 0 } = {}) {
  const http = await import('node:http');
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
    '.json': 'application/json', '.wasm': 'application/wasm', '.py': 'text/plain', '.txt': 'text/plain' };
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = path.resolve(root, '.' + path.posix.normalize('/' + rel));
    if (file !== root && !file.startsWith(root + path.sep)) file = '';
    if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('not found\n');
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', 'Content-Length': fs.statSync(file).size });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    stop: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}

/**
 * A gallery of docs apps (DIR/<name>/app.py) for one test file: registers before/after hooks
 * that start one `tablit gallery DIR` server and one browser, and returns `open(name, ready)`:
 * a new page on that app (`name` may carry a page path, query or #fragment: "app/page#x"),
 * resolved once `ready(page)` is shown and the first paint handed over.  page.errors collects
 * its page errors; page.logs its console warnings and errors (page and workers) and page errors.
 * Options: `pyodide` serves the Pyodide 0.27.7 data-stack fixture offline with the network
 * blocked; `viewport` (1280x900 by default).
 * @param {string} dir  the gallery folder, relative to the repository root or absolute
 * @param {{before: Function, after: Function}} hooks  node:test's before/after
 * @param {{pyodide?: boolean, viewport?: {width: number, height: number}}} [options]
 */
export function docsGallery(dir, { before, after }, { pyodide = false, viewport = { width: 1280, height: 900 } } = {}) {
  let server, browser, context;
  before(async () => {
    const extra = pyodide ? ['--pyodide', pyodide027Dir(), '--offline'] : [];
    server = await startTablit(['gallery', path.resolve(ROOT, dir), ...extra]);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport });
    if (pyodide) await blockNetwork(context);
  });
  after(async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
  });
  const boot = (pyodide ? 4 : 3) * BOOT_TIMEOUT;  // (a loaded machine boots slowly)
  return async function open(name, ready) {
    const page = await context.newPage();
    page.errors = [];
    page.logs = [];
    const onConsole = (m) => { if (['warning', 'error'].includes(m.type())) page.logs.push(m.text()); };
    page.on('console', onConsole);
    page.on('worker', (w) => w.on('console', onConsole));
    page.on('pageerror', (e) => { page.errors.push(String(e)); page.logs.push(String(e)); });
    await page.goto(new URL(/[/?#]/.test(name) ? name : `${name}/`, server.url).href);
    if (!ready) return page;
    await shown(ready(page), boot);
    await page.waitForFunction(() => !document.querySelector('[data-first-paint]'), null, { timeout: boot });
    return page;
  };
}

/**
 * One `tablit serve` of tests/e2e/apps/NAME/app.py, one browser, one tab, open
 * once `ready(page)` is visible: {page, close()}.  page.errors collects the
 * page's errors; close() fails if anything broke the Content-Security-Policy.
 */
/**
 * `tablit serve` of an app written to a new temporary folder (`source`: app.py's text), and a
 * browser; registered with node:test's before/after, which stop both and remove the folder.
 * The returned object's fields are set once `before` has run: dir, server, browser.
 */
export function serveSource(source, { before, after }, prefix = 'tablit-app-') {
  const env = { dir: '', server: null, browser: null };
  before(async () => {
    env.dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    fs.writeFileSync(path.join(env.dir, 'app.py'), source);
    env.server = await startTablit(['serve', path.join(env.dir, 'app.py')]);
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close().catch(() => {});
    await env.server?.stop();
    if (env.dir) fs.rmSync(env.dir, { recursive: true, force: true });
  });
  return env;
}

export async function serveApp(name, ready) {
  const server = await startTablit(['serve', path.join(ROOT, 'tests', 'e2e', 'apps', name, 'app.py')]);
  const browser = await launchBrowser();
  const page = await browser.newPage();
  const violations = [];
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e));
  watchPolicy(page, violations);
  await page.goto(server.url);
  await ready(page).waitFor({ timeout: BOOT_TIMEOUT });
  return {
    page,
    async close() {
      await browser.close();
      await server.stop();
      const texts = violations.map((v) => v.text);
      if (texts.length) throw new Error(`Content-Security-Policy violations:\n${texts.join('\n')}`);
    },
  };
}

/** Paste `text` on `locator` as a person's Ctrl+V would reach the page (a paste event with clipboard data). */
export function pasteOn(locator, text) {
  return locator.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/**
 * The value an st.json element shows, rebuilt from its rows (keys, indices, scalars, nested
 * nodes), whatever is open: what a test compares, not the drawn text (1.67's look writes
 * null as NULL and an array's items with their indices).
 * @param {import('playwright-core').Locator} locator  an st.json element (.tl-k-json)
 */
export function jsonValue(locator) {
  return locator.evaluate((el) => {
    const scalar = (s) => {
      const t = s.textContent;
      if (s.classList.contains('tl-json-null')) return null;
      if (s.classList.contains('tl-json-str')) return t.slice(1, -1);
      if (s.classList.contains('tl-json-bool')) return t === 'true';
      if (s.classList.contains('tl-json-int') || s.classList.contains('tl-json-float')) return Number(t);
      return t;
    };
    const value = (row) => {
      const head = row.matches('details') ? row.querySelector(':scope > summary') : row;
      const brace = head.querySelector(':scope > .tl-json-brace');
      if (!brace) return scalar(head.querySelector(':scope > span:last-child'));
      const arr = brace.textContent.startsWith('[');
      const kids = row.matches('details') ? [...row.querySelector(':scope > .tl-json-children').children] : [];
      if (arr) return kids.map(value);
      return Object.fromEntries(kids.map((k) => {
        const h = k.matches('details') ? k.querySelector(':scope > summary') : k;
        return [JSON.parse(h.querySelector(':scope > .tl-json-key').textContent), value(k)];
      }));
    };
    return value(el.querySelector('.tl-json > .tl-json-row'));
  });
}
