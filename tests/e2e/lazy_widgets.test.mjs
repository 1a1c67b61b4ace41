// Rarely used widgets are lazy in the browser: a counter app downloads neither
// their page chunks (web/render/index.js lazyMap) nor their Python
// (dist/families/*.tar.gz, fetched while Pyodide boots when the source names
// them) until it draws one; then they come, are drawn and work, by role and label.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { afterRun, openWatched, shown } from './helpers.mjs';

let w;
let page;
let requests;
let violations;
before(async () => {
  w = await openWatched('tests/e2e/apps/lazy_widgets/app.py', 'Count: 0');
  ({ page, requests, violations } = w);
});
after(() => w?.close());

const lazy = () => requests.filter((u) => /\/chunks\/(date_time|color_picker|markdown_full|grid|file_uploader)-|\/families\/(widgets_more|dates|dataframe)\.tar\.gz|\/css\//.test(u))
  .map((u) => new URL(u).pathname.replace(/^.*\/(chunks|families)\//, '').replace(/-[A-Z0-9]+\.js$/, '.js').replace(/^.*\/css\//, 'css/'))
  .filter((f, i, all) => all.indexOf(f) === i).sort(); // (a spare worker, booted while the page is idle, fetches the families again)

test('the counter fetches no rare widget (nor marked); the first date_input / color_picker / select_slider fetch theirs, drawn and working', { timeout: 120_000 }, async () => {
  await afterRun(page, () => page.getByRole('button', { name: 'Add one' }).click());
  await shown(page.getByText('Count: 1'));
  // the Python comes with the core, while Pyodide boots (the source names date_input( and color_picker();
  // the page code only when a widget is drawn
  assert.deepEqual(lazy(), ['dates.tar.gz', 'widgets_more.tar.gz'], 'no page chunk of theirs at boot or on a click');
  await afterRun(page, () => page.getByRole('button', { name: 'Add one' }).click());
  const date = page.getByRole('group', { name: 'Start date' });
  await shown(date, 60_000);
  await shown(page.getByText('Picked: 2024-05-01'));
  await shown(page.getByRole('button', { name: 'Colour color picker' }));
  await shown(page.getByRole('slider', { name: 'Size' }));
  await shown(page.getByText('Size: M'));
  assert.deepEqual(lazy(), ['color_picker.js', 'css/color_picker.css', 'css/dates.css', 'date_time.js', 'dates.tar.gz', 'widgets_more.tar.gz']);
  // drawn with their stylesheets in force (the calendar button sits inside the field; the swatch is 2.5rem square)
  assert.equal(await page.locator('.tl-date-btn').first().evaluate((b) => getComputedStyle(b).position), 'absolute');
  assert.equal(await page.locator('.tl-color-swatch').evaluate((b) => getComputedStyle(b).width), '40px');
  // they work: a typed date reruns the app with it
  await page.getByRole('spinbutton', { name: 'year, Start date' }).click();
  await page.keyboard.type('20240602');
  await afterRun(page, () => page.keyboard.press('Enter'));
  await shown(page.getByText('Picked: 2024-06-02'));
  assert.equal(await page.locator('.tl-lazy, .tl-lazy-error').count(), 0);
  // the first body that needs marked fetches it, and is drawn with it
  await afterRun(page, () => page.getByRole('button', { name: 'Add one' }).click());
  await shown(page.locator('strong', { hasText: 'bold' }));
  await shown(page.locator('em', { hasText: 'italics' }));
  assert.deepEqual(lazy(), ['color_picker.js', 'css/color_picker.css', 'css/dates.css', 'date_time.js', 'dates.tar.gz', 'markdown_full.js', 'widgets_more.tar.gz']);
  assert.equal(await page.locator('[aria-busy="true"].tl-markdown').count(), 0);
  // the data grid: its chunk, its Python and its stylesheet come with the first table, drawn styled at once
  await afterRun(page, () => page.getByRole('button', { name: 'Add one' }).click());
  const grid = page.getByRole('grid');
  await shown(grid, 60_000);
  const look = await grid.evaluate((g) => {
    const el = g.closest('.tl-grid-el');
    return { el: el && getComputedStyle(el).position, toolbar: getComputedStyle(el.querySelector('.tl-grid-toolbar')).position };
  });
  assert.deepEqual(look, { el: 'relative', toolbar: 'absolute' }, 'the grid is drawn with its stylesheet in force');
  await shown(page.getByRole('gridcell', { name: 'pear' }));
  assert.deepEqual(lazy(), ['color_picker.js', 'css/color_picker.css', 'css/dates.css', 'css/grid.css', 'dataframe.tar.gz', 'date_time.js', 'dates.tar.gz',
    'grid.js', 'markdown_full.js', 'widgets_more.tar.gz']);
  // (just before tablit.css: the cascade as when it was part of it)
  assert.equal(await page.evaluate(() => document.querySelector('link[data-tablit-css="grid"]').nextElementSibling?.getAttribute('href')?.endsWith('tablit.css')), true);
  assert.deepEqual(requests.filter((u) => !/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(u)), [], 'no request leaves 127.0.0.1');
  assert.deepEqual(violations.map((v) => v.text), []);
});
