// The Python snapshot (web/runtime/boot_snapshot.js) in the browser: the bundled runtime's
// is fetched and used; a Pyodide brought with `--pyodide` (the 0.27.7 fixture) gets one made
// for it by the server (web/serve/runtime_snapshot.js), fetched and used the same way.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { BOOT_TIMEOUT, blockNetwork, launchBrowser, servePyodide027, shown, startTablit } from './helpers.mjs';

let dir;
let browser;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tablit-snapshot-'));
  fs.writeFileSync(path.join(dir, 'app.py'), 'import streamlit as st\nst.write("Hello from the app")\n');
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close().catch(() => {});
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Open `server`'s page until the app is drawn: the snapshot's requests, failed responses, console warnings/errors. */
async function boot(server) {
  const context = await browser.newContext();
  const outside = await blockNetwork(context);
  const page = await context.newPage();
  const seen = { snapshot: [], failed: [], logs: [] };
  const onConsole = (m) => { if (['warning', 'error'].includes(m.type())) seen.logs.push(m.text()); };
  page.on('console', onConsole);
  page.on('worker', (w) => w.on('console', onConsole));
  page.on('pageerror', (e) => seen.logs.push(String(e)));
  context.on('response', (r) => {
    const url = new URL(r.url());
    if (url.pathname.includes('tablit-snapshot')) seen.snapshot.push(`${r.status()} ${url.pathname}`);
    if (r.status() >= 400) seen.failed.push(`${r.status()} ${url.pathname}`);
  });
  await page.goto(server.url);
  await shown(page.getByText('Hello from the app'), 4 * BOOT_TIMEOUT);
  await context.close();
  assert.deepEqual(outside, []);
  return seen;
}

test('Pyodide 0.27.7 brought with --pyodide: the server makes its snapshot, which is fetched and used', { timeout: 400_000 }, async () => {
  const server = await servePyodide027(path.join(dir, 'app.py'));
  try {
    assert.match(server.output(), /Python snapshot for Pyodide 0\.27\.7/);
    const seen = await boot(server);
    assert.deepEqual([...new Set(seen.snapshot)], ['200 /dist/pyodide/tablit-snapshot.json', '200 /dist/pyodide/tablit-snapshot.bin.gz']);
    assert.deepEqual(seen.failed, []);
    assert.deepEqual(seen.logs, [], 'used, not refused (a snapshot that cannot be used is warned about)');
  } finally {
    await server.stop();
  }
});

test('the bundled runtime: its snapshot is fetched and used', { timeout: 400_000 }, async () => {
  const server = await startTablit(['serve', path.join(dir, 'app.py')]);
  try {
    const seen = await boot(server);
    // (by the worker and by the spare booted in advance)
    assert.deepEqual([...new Set(seen.snapshot)], ['200 /dist/pyodide/tablit-snapshot.json', '200 /dist/pyodide/tablit-snapshot.bin.gz']);
    assert.deepEqual(seen.failed, []);
    assert.deepEqual(seen.logs.filter((l) => /snapshot/.test(l)), [], 'used, not refused');
  } finally {
    await server.stop();
  }
});
