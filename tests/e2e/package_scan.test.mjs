// Which Pyodide packages load when (web/runtime/core.js, python_code.js
// app_imports), in Chromium: the packages of a script the app never imports
// are not fetched; a module imported by a computed name loads its package at
// the import itself (the run waits for it: JSPI); a package that cannot be had
// fails there, naming the package and the file, and the app keeps running.
// Only 127.0.0.1 is reachable.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { App, startServer } from '../../web/serve/server.js';
import { BOOT_TIMEOUT, ROOT, afterRun, blockNetwork, launchBrowser, pyodide027Dir, servePyodide027, shown } from './helpers.mjs';

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
