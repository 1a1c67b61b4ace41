// Which Pyodide packages load when (web/runtime/core.js, python_code.js
// app_imports), in Chromium: the packages of a script the app never imports
// are not fetched; a module imported by a computed name loads its package at
// the import itself (the run waits for it: JSPI); a package that cannot be had
// fails there, naming the package and the file, and the app keeps running.
// Only 127.0.0.1 is reachable.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { App, startServer } from '../../web/serve/server.js';
import { BOOT_TIMEOUT, ROOT, afterRun, blockNetwork, launchBrowser, pyodide027Dir, servePyodide027, shown, startTablit } from './helpers.mjs';
import { pypiWheelsDir } from './package_index.mjs';

const APP = path.join(ROOT, 'tests', 'e2e', 'apps', 'package_scan', 'app.py');
let browser;
let context;
let outside;
const servers = [];
const requests = [];

before(async () => {
  pyodide027Dir(); // assembled (or fails loudly) before anything starts
  browser = await launchBrowser();
  context = await browser.newContext();
  outside = await blockNetwork(context);
  // the page's and its workers' requests (the service worker's own fetch of one is the same download)
  context.on('request', (r) => { if (!r.serviceWorker()) requests.push(r.url()); });
});
after(async () => {
  await browser?.close().catch(() => {});
  for (const s of servers) await s.stop();
});

test('an unimported script loads nothing; a computed import loads its package when it runs (Pyodide 0.27.7)', { timeout: 300_000 }, async () => {
  const server = await servePyodide027(APP);
  servers.push(server);
  const page = await context.newPage();
  await page.goto(server.url);
  await shown(page.getByRole('heading', { name: 'Package scan' }), 3 * BOOT_TIMEOUT);
  const wheels = () => requests.filter((u) => u.endsWith('.whl')).map((u) => u.split('/').pop().split('-')[0]);
  assert.deepEqual(wheels(), [], 'scripts/train.py imports sklearn and numpy: neither is fetched');
  await afterRun(page, () => page.getByRole('button', { name: 'Parse' }).click());
  await shown(page.getByText('parsed 1+2+3'), 60_000);
  assert.deepEqual(wheels(), ['pyparsing']);
  assert.equal(await page.getByText(/ModuleNotFoundError|No module named/).count(), 0, 'the run waited for the package');
  // a library's import of numpy (one of Streamlit's own dependencies) loads it too
  await afterRun(page, () => page.getByRole('button', { name: 'Library numpy' }).click());
  await shown(page.getByText(/^library numpy \d/), 60_000);
  assert.deepEqual(wheels(), ['pyparsing', 'numpy']);
  // tablit's own import of sqlite3 (st.connection("sql")), a module of the standard library that
  // Pyodide 0.27 ships apart, loads it too
  await afterRun(page, () => page.getByRole('button', { name: 'SQLite' }).click());
  await shown(page.getByText('sqlite answer 42'), 60_000);
  assert.deepEqual(wheels(), ['pyparsing', 'numpy', 'sqlite3']);
  assert.deepEqual(outside, [], 'nothing but 127.0.0.1 was asked for');
  await page.close();
});

test('offline, a package that cannot be had fails at its import, naming the package and the file; the app keeps running', { timeout: 300_000 }, async () => {
  // the default runtime (Pyodide 314) vendors only micropip: numpy cannot be had offline
  const server = await startServer({ apps: [new App('scan', path.dirname(APP), 'app.py')], gallery: true, quiet: true, offline: true });
  servers.push({ stop: server.close });
  const page = await context.newPage();
  await page.goto(new URL('scan/', server.url).href);
  await shown(page.getByRole('heading', { name: 'Package scan' }), BOOT_TIMEOUT);
  await afterRun(page, () => page.getByRole('button', { name: 'Use numpy' }).click());
  const error = page.getByText(/could not load the Pyodide package numpy, which late_numpy\.py imports/).first();
  await shown(error, 60_000);
  assert.match(await error.innerText(), /not vendored with this app, and fetching packages from the network is forbidden/);
  await afterRun(page, () => page.getByRole('button', { name: 'Parse' }).click());
  await shown(page.getByRole('heading', { name: 'Package scan' }));
  assert.deepEqual(outside, [], 'offline mode asked for nothing but 127.0.0.1');
  await page.close();
});

/**
 * The 0.27.7 fixture's runtime with a lock that also has jinja2 and markupsafe (as Pyodide's own
 * distribution does; the fixture leaves them out), their wheels from the PyPI test wheels.
 */
function pyodideWithJinja() {
  const src = pyodide027Dir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tablit-pyodide-jinja-'));
  const lock = JSON.parse(fs.readFileSync(path.join(src, 'pyodide-lock.json'), 'utf8'));
  for (const f of fs.readdirSync(src)) {
    if (f.endsWith('.whl') || f.endsWith('.zip') && f !== 'python_stdlib.zip' || f === 'pyodide-lock.json' || f.startsWith('.')) continue;
    fs.copyFileSync(path.join(src, f), path.join(dir, f));
  }
  const keep = {};
  for (const [k, p] of Object.entries(lock.packages)) {
    if (['micropip', 'packaging'].includes(k)) {
      fs.copyFileSync(path.join(src, p.file_name), path.join(dir, p.file_name));
      keep[k] = p;
    }
  }
  const add = (key, name, file, imports, depends) => {
    const data = fs.readFileSync(path.join(pypiWheelsDir(), file));
    fs.writeFileSync(path.join(dir, file), data);
    keep[key] = { name, version: file.split('-')[1], file_name: file, install_dir: 'site', package_type: 'package', imports, depends,
      sha256: crypto.createHash('sha256').update(data).digest('hex'), unvendored_tests: false };
  };
  add('markupsafe', 'MarkupSafe', 'MarkupSafe-3.0.2-py3-none-any.whl', ['markupsafe'], []);
  add('jinja2', 'Jinja2', 'jinja2-3.1.6-py3-none-any.whl', ['jinja2'], ['markupsafe']);
  fs.writeFileSync(path.join(dir, 'pyodide-lock.json'), JSON.stringify({ ...lock, packages: keep }));
  return dir;
}

test("a library's import of jinja2 (pandas' df.style) loads it, as one of Streamlit's own dependencies", { timeout: 300_000 }, async () => {
  const dir = pyodideWithJinja();
  const server = await startTablit(['serve', APP, '--pyodide', dir]);
  servers.push({ stop: async () => { await server.stop(); fs.rmSync(dir, { recursive: true, force: true }); } });
  requests.length = 0;
  const page = await context.newPage();
  await page.goto(server.url);
  await shown(page.getByRole('heading', { name: 'Package scan' }), 3 * BOOT_TIMEOUT);
  const wheels = () => requests.filter((u) => u.endsWith('.whl')).map((u) => u.split('/').pop().split('-')[0].toLowerCase());
  assert.ok(!wheels().includes('jinja2'), 'nothing imports it yet');
  await afterRun(page, () => page.getByRole('button', { name: 'Library jinja2' }).click());
  await shown(page.getByText(/^library jinja2 3\.1\.6/), 60_000);
  assert.ok(wheels().includes('jinja2') && wheels().includes('markupsafe'), `jinja2 and its markupsafe fetched: ${wheels()}`);
  assert.equal(await page.getByText(/ModuleNotFoundError|No module named/).count(), 0, 'the run waited for the package');
  assert.deepEqual(outside, [], 'nothing but 127.0.0.1 was asked for');
  await page.close();
});
