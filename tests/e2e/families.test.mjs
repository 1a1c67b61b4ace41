// Lazily loaded Python families in Chromium (web/runtime/families.js): an app
// whose source names no chart downloads no chart Python at boot; the first
// chart command fetches it synchronously from the worker (the same origin
// only), draws it, and the app keeps its state.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { afterRun, openWatched, shown } from './helpers.mjs';

let w;
let page;
let requests;
let violations;
before(async () => {
  w = await openWatched('tests/e2e/apps/families/app.py', 'Count: 0');
  ({ page, requests, violations } = w);
});
after(() => w?.close());

test('no family is fetched at boot; the first chart fetches the charts family and draws', { timeout: 120_000 }, async () => {
  // (but the worker's warm-up, fetched to prime once the page is quiet: web/runtime/warmup.js)
  assert.deepEqual(requests.filter((u) => u.includes('/families/') && !u.includes('/families/warmup.')), []);
  await afterRun(page, () => page.getByRole('button', { name: 'Add one' }).click());
  await shown(page.getByText('Count: 1'));
  await afterRun(page, () => page.getByText('Draw it').click());
  const svg = page.getByRole('figure').locator('svg').first();
  await shown(svg, 60_000);
  const box = await svg.boundingBox();
  assert.ok(box.width > 200 && box.height > 100, JSON.stringify(box));
  await shown(page.getByText('Count: 1'));
  const families = requests.filter((u) => u.includes('/families/'));
  // (and the worker's warm-up: web/runtime/warmup.js)
  assert.deepEqual(families.map((u) => new URL(u).pathname.replace(/^.*\/families\//, '')).filter((f) => f !== 'warmup.tar.gz'), ['charts.tar.gz']);
  assert.deepEqual(requests.filter((u) => !/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(u)), [], 'no request leaves 127.0.0.1');
  assert.deepEqual(violations.map((v) => v.text), []);
});
