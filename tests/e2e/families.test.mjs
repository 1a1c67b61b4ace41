// Lazily loaded Python families in Chromium (web/runtime/families.js): an app
// whose source names no chart downloads no chart Python at boot; the first
// chart command fetches it synchronously from the worker (the same origin
// only), draws it, and the app keeps its state.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { BOOT_TIMEOUT, ROOT, afterRun, launchBrowser, shown, startTablit, watchPolicy } from './helpers.mjs';

let server;
let browser;
let page;
const requests = [];
const violations = [];
before(async () => {
  server = await startTablit(['serve', path.join(ROOT, 'tests', 'e2e', 'apps', 'families', 'app.py')]);
  browser = await launchBrowser();
  const context = await browser.newContext();
  // the page's and its workers' requests (the service worker's own fetch of one is the same download)
  context.on('request', (r) => { if (!r.serviceWorker()) requests.push(r.url()); });
  page = await context.newPage();
  watchPolicy(page, violations);
  await page.goto(server.url);
  await page.getByText('Count: 0').waitFor({ timeout: BOOT_TIMEOUT });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('no family is fetched at boot; the first chart fetches the charts family and draws', { timeout: 120_000 }, async () => {
  assert.deepEqual(requests.filter((u) => u.includes('/families/')), []);
  await afterRun(page, () => page.getByRole('button', { name: 'Add one' }).click());
  await shown(page.getByText('Count: 1'));
  await afterRun(page, () => page.getByText('Draw it').click());
  const svg = page.getByRole('figure').locator('svg').first();
  await shown(svg, 60_000);
  const box = await svg.boundingBox();
  assert.ok(box.width > 200 && box.height > 100, JSON.stringify(box));
  await shown(page.getByText('Count: 1'));
  const families = requests.filter((u) => u.includes('/families/'));
  assert.deepEqual(families.map((u) => new URL(u).pathname.replace(/^.*\/families\//, '')), ['charts.tar.gz']);
  assert.deepEqual(requests.filter((u) => !/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(u)), [], 'no request leaves 127.0.0.1');
  assert.deepEqual(violations.map((v) => v.text), []);
});
