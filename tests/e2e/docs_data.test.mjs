// Streamlit's documentation data apps (st.dataframe, st.data_editor, column_config) in the
// browser, with the Pyodide 0.27.7 fixture and no network (copies in tests/e2e/apps/docs-data/,
// from streamlit/docs, Apache-2.0), served as one gallery and operated by role and label as
// users' Playwright tests do: the "+" row and the toolbar add rows, Delete removes marked ones,
// header help shows as a tooltip, selections clear from the toolbar, media cells open a player.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { BOOT_TIMEOUT, afterRun, blockNetwork, launchBrowser, pyodide027Dir, shown, startTablit, until } from './helpers.mjs';

let server;
let browser;
let context;
before(async () => {
  server = await startTablit(['gallery', 'tests/e2e/apps/docs-data', '--pyodide', pyodide027Dir(), '--offline']);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await blockNetwork(context);
});
after(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
});

/** Open a gallery app once its grid is shown; page errors collect in page.errors. */
async function open(name) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(new URL(`${name}/`, server.url).href);
  await shown(page.getByRole('grid'), BOOT_TIMEOUT * 4);
  await page.waitForFunction(() => !document.querySelector('[data-first-paint]'), null, { timeout: BOOT_TIMEOUT * 2 });
  return page;
}

test('data_editor1 (num_rows="dynamic"): the "+" row adds a row the script sees, Delete removes marked rows', { timeout: 600_000 }, async () => {
  const page = await open('data_editor1');
  const g = page.getByRole('grid');
  await shown(page.getByText('Your favorite command is st.balloons'));
  // three rows, the header and the "+" row
  assert.equal(await g.getAttribute('aria-rowcount'), '5');
  const plus = g.getByRole('gridcell', { name: 'Add row' });
  await afterRun(page, () => plus.click());
  await until(async () => (await g.getAttribute('aria-rowcount')) === '6', 'a fourth row');
  // the new row is the fifth grid row; give it the best rating
  const added = g.locator('[role=row][aria-rowindex="5"]');
  await added.getByRole('gridcell').nth(2).dblclick();
  const input = g.getByRole('spinbutton', { name: /Edit rating, row 4/ });
  await input.fill('9');
  await afterRun(page, () => input.press('Enter'));
  await shown(page.getByText('Your favorite command is None'));
  // keyboard: down to the "+" row and type: a fifth row, edited with that key
  await g.focus();
  for (let i = 0; i < 6; i++) await g.press('ArrowDown');
  await afterRun(page, () => g.press('Enter'));
  await until(async () => (await g.getAttribute('aria-rowcount')) === '7', 'a fifth row');
  // marking rows hides "Add row" and offers "Delete row(s)"; the Delete key deletes them
  const toolbar = page.getByRole('toolbar', { name: 'Table actions' });
  assert.equal(await toolbar.getByRole('button', { name: 'Add row' }).count(), 1);
  await g.getByRole('checkbox', { name: 'Select row 4' }).click();
  await g.getByRole('checkbox', { name: 'Select row 5' }).click();
  assert.equal(await toolbar.getByRole('button', { name: 'Add row' }).count(), 0);
  await shown(toolbar.getByRole('button', { name: 'Delete row(s)' }));
  await g.focus();
  await afterRun(page, () => g.press('Delete'));
  await until(async () => (await g.getAttribute('aria-rowcount')) === '5', 'the added rows gone');
  await shown(page.getByText('Your favorite command is st.balloons'));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('data_editor_config: header help shows as a tooltip; editable columns carry the pencil', { timeout: 400_000 }, async () => {
  const page = await open('data_editor_config');
  const g = page.getByRole('grid');
  const rating = g.getByRole('columnheader', { name: /Your rating/ });
  const tip = page.getByRole('tooltip');
  assert.equal(await tip.isVisible(), false);
  await rating.hover();
  await shown(tip);
  assert.equal((await tip.innerText()).trim(), 'How much do you like this command (1-5)?');
  assert.equal(await rating.getAttribute('aria-describedby'), await page.locator('[role=tooltip]').getAttribute('id'));
  await page.mouse.move(5, 600);
  await until(async () => !(await tip.isVisible()), 'the tooltip hidden again');
  // disabled columns have no pencil, the rating column has
  assert.equal(await rating.locator('.tl-grid-editable').count(), 1);
  assert.equal(await g.getByRole('columnheader', { name: /Streamlit Command/ }).locator('.tl-grid-editable').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('dataframe_event_state_selections: rows, columns and cells by clicking; "Clear selection"', { timeout: 400_000 }, async () => {
  const page = await open('dataframe_event_state_selections');
  const g = page.getByRole('grid');
  const out = page.locator('.tl-k-json').last();
  await afterRun(page, () => g.getByRole('checkbox', { name: 'Select row 2' }).click());
  await until(async () => /"rows"\s*:\s*\[\s*1\s*\]/.test(JSON.stringify(await out.innerText()).replace(/\\n/g, '')) || (await out.innerText()).includes('1'), 'row 1 selected');
  await afterRun(page, () => g.getByRole('columnheader', { name: /^b/ }).click());
  await afterRun(page, () => g.locator('[role=row][aria-rowindex="4"] [role=gridcell]').nth(3).click());
  const text = await out.innerText();
  assert.match(text, /rows/);
  assert.match(text, /"?b"?/);
  const clear = page.getByRole('toolbar', { name: 'Table actions' }).getByRole('button', { name: 'Clear selection' });
  await afterRun(page, () => clear.click());
  await until(async () => (await g.locator('[aria-selected=true]').count()) === 0, 'nothing selected');
  assert.equal(await clear.count(), 0);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('video_column: the cell opens a video player (not the URL as text)', { timeout: 400_000 }, async () => {
  const page = await open('video_column');
  const g = page.getByRole('grid');
  assert.equal(await g.getByText('https://static.streamlit.io/videos/hero-video.mp4').count(), 0);
  const cell = g.getByRole('button', { name: 'Preview Video, row 1: open video' });
  await cell.click();
  const player = page.getByRole('dialog', { name: 'Video player' });
  await shown(player);
  assert.equal(await player.locator('video').getAttribute('src'), 'https://static.streamlit.io/videos/hero-video.mp4');
  await page.keyboard.press('Escape');
  await until(async () => (await player.count()) === 0, 'the player closed');
  assert.deepEqual(page.errors, []);
  await page.close();
});
