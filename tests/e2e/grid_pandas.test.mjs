// The grid with pandas and pyarrow in the app (the Pyodide 0.27.7 fixture, no network):
// a DataFrame's index, numbers, booleans and datetimes read from Arrow IPC, and a pandas
// data_editor whose edit reaches the script.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { BOOT_TIMEOUT, afterRun, blockNetwork, launchBrowser, servePyodide027, shown } from './helpers.mjs';

let server;
let browser;
before(async () => {
  server = await servePyodide027('tests/e2e/apps/grid-pandas/app.py');
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
});

test('a pandas DataFrame over Arrow IPC, and a pandas editor', { timeout: 240_000 }, async () => {
  const context = await browser.newContext();
  const outside = await blockNetwork(context);
  const page = await context.newPage();
  await page.goto(server.url);
  const g = page.getByRole('grid').first();
  await shown(page.getByRole('grid').nth(1), BOOT_TIMEOUT * 3);
  assert.equal(await g.getAttribute('aria-rowcount'), '201');
  assert.deepEqual(await g.getByRole('columnheader').allInnerTexts(), ['city', 'pop', 'share', 'big', 'since']);
  const second = g.locator('[role=row][aria-rowindex="3"]');
  assert.deepEqual(await second.getByRole('gridcell').allInnerTexts(), ['city 001', '1007', '0.125', '', '2024-01-02 00:00:00']);
  assert.equal(await second.getByRole('checkbox').isChecked(), false);
  assert.equal(await g.locator('[role=row][aria-rowindex="2"]').getByRole('checkbox').isChecked(), true);
  // 1.67's boolean cells (pixels read off its page): the unticked box's border is the ticked one's
  // fill, the text colour at about half (rgb(147, 145, 144) on the light theme), not a faint line
  const look = (row) => g.locator(`[role=row][aria-rowindex="${row}"]`).getByRole('checkbox').evaluate((el) => {
    const s = getComputedStyle(el);
    return { border: s.borderTopColor, fill: s.backgroundColor, tick: s.backgroundImage.startsWith('url(') };
  });
  const [ticked, unticked] = [await look(2), await look(3)];
  assert.equal(unticked.border, ticked.fill);
  assert.match(ticked.fill, /^(rgb\(14[5-9], 14[4-9], 14[3-9]\)|oklab|color)/, ticked.fill);
  assert.deepEqual([ticked.tick, unticked.tick], [true, false]);
  // the index: grey text on the cells' own (white) background, as 1.67's; the header stays grey
  const [indexCell, dataCell, header] = await Promise.all([second.getByRole('gridcell').first(), second.getByRole('gridcell').nth(1),
    g.getByRole('columnheader').first()].map((l) => l.evaluate((el) => {
    const s = getComputedStyle(el);
    return { bg: s.backgroundColor, fg: s.color, shadow: s.boxShadow, right: s.borderRightWidth, left: s.borderLeftWidth };
  })));
  // the pinned index's edge is one line, as 1.67's: the next column's own (its left border), with the
  // index's 1 px shadow over it (so that the line stays when columns scroll under the index)
  assert.deepEqual([indexCell.right, dataCell.left], ['0px', '1px']);
  assert.match(indexCell.shadow, /^rgb\([^)]*\) 1px 0px 0px 0px$/);
  assert.equal(indexCell.bg, dataCell.bg);
  assert.notEqual(indexCell.fg, dataCell.fg);
  assert.notEqual(header.bg, dataCell.bg);

  const ed = page.getByRole('grid').nth(1);
  await shown(page.getByText('Sum of a: 6'));
  await ed.locator('[role=row][aria-rowindex="3"]').getByRole('gridcell').nth(1).dblclick();
  const input = ed.getByRole('spinbutton');
  await input.fill('20');
  await afterRun(page, () => input.press('Enter'));
  await shown(page.getByText('Sum of a: 24'));
  assert.deepEqual(outside, [], 'nothing but 127.0.0.1 was asked for');
  await context.close();
});
