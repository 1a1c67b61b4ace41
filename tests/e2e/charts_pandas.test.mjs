// Charts from pandas and matplotlib in the browser (the Pyodide 0.27.7 fixture, no network):
// a DataFrame with a DatetimeIndex as a line chart (temporal x), a bar chart, and a
// matplotlib figure rendered in Python as an image.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { BOOT_TIMEOUT, blockNetwork, launchBrowser, servePyodide027, shown } from './helpers.mjs';

let server;
let browser;
before(async () => {
  server = await servePyodide027('tests/e2e/apps/charts-pandas/app.py');
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
});

test('pandas charts and a matplotlib figure', { timeout: 240_000 }, async () => {
  const context = await browser.newContext();
  const outside = await blockNetwork(context);
  const page = await context.newPage();
  await page.goto(server.url);
  await shown(page.getByRole('heading', { name: 'Charts with pandas' }), BOOT_TIMEOUT * 3);
  const line = page.getByRole('figure', { name: 'Line chart' });
  await shown(line.locator('svg'), 60_000);
  const box = await line.locator('svg').first().boundingBox();
  assert.ok(box.width > 300 && box.height > 200, `sized ${JSON.stringify(box)}`);
  assert.ok(await line.getByText('Amount').count() > 0, 'y_label');
  assert.ok(await line.getByText('Jan 02').count() + await line.getByText('Tue 02').count() > 0, 'a temporal x axis');
  assert.ok(await line.getByText('costs').count() > 0, 'the legend names the columns');
  const bar = page.getByRole('figure', { name: 'Bar chart' });
  await shown(bar.locator('svg'), 60_000);
  const img = page.getByRole('img', { name: 'Squares' });
  await shown(img, 60_000);
  assert.ok(await img.evaluate((el) => el.complete && el.naturalWidth > 500), 'the PNG (200 dpi) loaded');
  await shown(page.getByText('axes after clear_figure: 0'));
  assert.deepEqual(outside, [], 'nothing but 127.0.0.1 was asked for');
  await context.close();
});
