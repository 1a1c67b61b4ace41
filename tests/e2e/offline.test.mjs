// Repeat visits and offline (web/sw/sw.js): a built site keeps working with its server
// gone after one visit, and a new build replaces the cached one on the next load.
// One static server (restarted on the same port: the same origin), one browser.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { BOOT_TIMEOUT, ROOT, afterRun, launchBrowser, line, serveStatic, shown, watchPolicy } from './helpers.mjs';

const CLI = path.join(ROOT, 'bin', 'tablit.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tablit-offline-'));
const out = path.join(tmp, 'site');
const violations = [];
let browser;
let page;
let server;
let port;

/** Build the counter app, titled `version`, into `out` (over the earlier build). */
function build(version) {
  const app = path.join(tmp, 'app', 'app.py');
  fs.mkdirSync(path.dirname(app), { recursive: true });
  fs.writeFileSync(app, `"""Offline counter."""
import streamlit as st
st.title("Version ${version}")
if "n" not in st.session_state:
    st.session_state.n = 0
if st.button("Add one"):
    st.session_state.n += 1
st.write("Count =", st.session_state.n)
`);
  execFileSync(process.execPath, [CLI, 'build', app, '--out', out], { encoding: 'utf8' });
}

/** The app runs: its title, then a click reruns it. */
async function runs(version) {
  await page.getByRole('heading', { name: `Version ${version}` }).waitFor({ timeout: BOOT_TIMEOUT });
  // Python's own first run (a built page draws its build-time first render before that)
  await page.waitForFunction(() => (window.__tablitRenders ?? 0) >= 1, null, { timeout: BOOT_TIMEOUT });
  await shown(page.getByText(line('Count =', 0)));
  await afterRun(page, () => page.getByRole('button', { name: 'Add one' }).click());
  await shown(page.getByText(line('Count =', 1)));
}

before(async () => {
  build('A');
  server = await serveStatic(out);
  port = Number(new URL(server.url).port);
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
  watchPolicy(page, violations);
});

after(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
  assert.deepEqual(violations.map((v) => v.text), [], 'no Content-Security-Policy violations');
});

test('after one visit the built site reloads and runs with its server gone', { timeout: 240_000 }, async () => {
  await page.goto(server.url);
  await runs('A');
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL.replace(/\?.*/, '')), `${server.url}sw.js`);
  await server.stop();
  server = null;
  await page.reload();
  await runs('A');
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller !== null), true);
});

test('a new build replaces the cached one on the next load, and its cache', { timeout: 240_000 }, async () => {
  const cachesBefore = await page.evaluate(() => caches.keys());
  assert.equal(cachesBefore.length, 1, `one cache: ${cachesBefore}`);
  build('B');
  server = await serveStatic(out, { port });
  await page.reload();
  await runs('B');
  const cachesAfter = await page.evaluate(() => caches.keys());
  assert.equal(cachesAfter.length, 1, `the old build's cache is deleted: ${cachesAfter}`);
  assert.notEqual(cachesAfter[0], cachesBefore[0]);
  // and the new build is what the cache now holds: offline again, still B
  await server.stop();
  server = null;
  await page.reload();
  await runs('B');
});
