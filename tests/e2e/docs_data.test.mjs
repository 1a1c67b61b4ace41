// Streamlit's documentation data apps (st.dataframe, st.data_editor, column_config) in the
// browser, with the Pyodide 0.27.7 fixture and no network (copies in tests/e2e/apps/docs-data/,
// from streamlit/docs, Apache-2.0), served as one gallery and operated by role and label as
// users' Playwright tests do: the "+" row and the toolbar add rows, Delete removes marked ones,
// header help shows as a tooltip, selections clear from the toolbar, media cells open a player.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { BOOT_TIMEOUT, afterRun, docsGallery, shown, until } from './helpers.mjs';

const openApp = docsGallery('tests/e2e/apps/docs-data', { before, after }, { pyodide: true });
/** Open a gallery app once its grid is shown; page errors collect in page.errors. */
const open = (name) => openApp(name, (page) => page.getByRole('grid'));

test('data_editor1 (num_rows="dynamic"): the "+" row adds a row the script sees, Delete removes marked rows', { timeout: 600_000 }, async () => {
  const page = await open('data_editor1');
  const g = page.getByRole('grid');
  await shown(page.getByText('Your favorite command is st.balloons'));
  // three rows, the header and the "+" row
  assert.equal(await g.getAttribute('aria-rowcount'), '5');
  const plus = g.getByRole('gridcell', { name: 'Add row' });
  // the "+" row keeps the columns' lines, as 1.67's: one where each column but the first starts
  const seps = await plus.evaluate((cell) => {
    const at = (el) => Math.round(el.getBoundingClientRect().left);
    const heads = [...cell.closest('[role=grid]').querySelectorAll('[role=columnheader]')].filter((h) => h.getAttribute('aria-colindex'));
    return { lines: [...cell.querySelectorAll('.tl-grid-sep')].map(at), columns: heads.slice(1).map(at) };
  });
  assert.ok(seps.lines.length >= 2, JSON.stringify(seps));
  assert.deepEqual(seps.lines, seps.columns);
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
  // Delete on a cell (no rows marked) clears it: st.balloons loses its rating
  await g.locator('[role=row][aria-rowindex="3"]').getByRole('gridcell').nth(2).click();
  await afterRun(page, () => g.press('Delete'));
  await shown(page.getByText('Your favorite command is st.selectbox'));
  assert.equal((await g.locator('[role=row][aria-rowindex="3"]').getByRole('gridcell').nth(2).innerText()).trim(), 'None');
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
  // a rating out of min_value..max_value: Enter keeps the editor open, marked invalid; Escape cancels
  const balloons = g.locator('[role=row][aria-rowindex="3"]').getByRole('gridcell').nth(1);
  await balloons.dblclick();
  const input = g.getByRole('spinbutton', { name: /Edit Your rating, row 2/ });
  await input.fill('9');
  await input.press('Enter');
  assert.equal(await input.getAttribute('aria-invalid'), 'true');
  await input.press('Escape');
  assert.equal(await input.count(), 0);
  assert.equal((await balloons.innerText()).trim(), '5 ⭐');
  await shown(page.getByText('Your favorite command is st.balloons'));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('dataframe_event_state_selections: rows, columns and cells by clicking; "Clear selection"', { timeout: 400_000 }, async () => {
  const page = await open('dataframe_event_state_selections');
  const g = page.getByRole('grid');
  const out = page.locator('.tl-k-json').last();
  const norm = async () => (await out.innerText()).replace(/\s+/g, '');
  await afterRun(page, () => g.getByRole('checkbox', { name: 'Select row 2' }).click());
  await until(async () => (await norm()).includes('"rows":[0:1]'), 'event.selection.rows == [1]');
  await afterRun(page, () => g.getByRole('columnheader', { name: /^b/ }).click());
  await until(async () => (await norm()).includes('"columns":[0:"b"]'), 'event.selection.columns == ["b"]');
  await afterRun(page, () => g.locator('[role=row][aria-rowindex="4"] [role=gridcell]').nth(3).click());  // row 2, column c
  await until(async () => /"cells":\[0:\[0:2,?1:"c"\]\]/.test(await norm()), `event.selection.cells == [[2, "c"]] (${await norm()})`);
  const clear = page.getByRole('toolbar', { name: 'Table actions' }).getByRole('button', { name: 'Clear selection' });
  await afterRun(page, () => clear.click());
  await until(async () => (await g.locator('[aria-selected=true]').count()) === 0, 'nothing selected');
  assert.equal(await clear.count(), 0);
  // the toolbar's "Show/hide columns" hides a column in the page, and shows it again
  const toolbar = page.getByRole('toolbar', { name: 'Table actions' });
  await toolbar.getByRole('button', { name: 'Show/hide columns' }).click();
  const menu = page.getByRole('dialog', { name: 'Show/hide columns' });
  await menu.getByRole('checkbox', { name: 'c' }).uncheck();
  await until(async () => (await g.getByRole('columnheader', { name: /^c/ }).count()) === 0, 'column c hidden');
  assert.equal(await g.getAttribute('aria-colcount'), '4');  // (a, b, d, e: no index beside row selection, as 1.67)
  await menu.getByRole('checkbox', { name: 'c' }).check();
  await until(async () => (await g.getByRole('columnheader', { name: /^c/ }).count()) === 1, 'column c back');
  await page.keyboard.press('Escape');
  assert.equal(await menu.count(), 0);
  // a header's column menu: sort descending, then hide the column
  const d = g.getByRole('columnheader', { name: /^d/ });
  await d.hover();
  await d.getByRole('button', { name: 'd column menu' }).click();
  const colMenu = page.getByRole('menu', { name: 'd column menu' });
  assert.deepEqual(await colMenu.getByRole('menuitem').allInnerTexts(),
    ['Sort ascending', 'Sort descending', 'Autosize', 'Pin column', 'Hide column', 'Copy column name']);
  await colMenu.getByRole('menuitem', { name: 'Sort descending' }).click();
  assert.equal(await d.getAttribute('aria-sort'), 'descending');
  await d.getByRole('button', { name: 'd column menu' }).click();
  await colMenu.getByRole('menuitem', { name: 'Hide column' }).click();
  await until(async () => (await g.getByRole('columnheader', { name: /^d/ }).count()) === 0, 'column d hidden');
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

test('multiselect_column_1: coloured chips with format_func labels; the chips editor adds an option', { timeout: 400_000 }, async () => {
  const page = await open('multiselect_column_1');
  const g = page.getByRole('grid');
  const row3 = g.locator('[role=row][aria-rowindex="4"]');
  const chip = row3.locator('.tl-grid-chip', { hasText: 'Exploration' });
  assert.equal(await chip.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(255, 164, 33)');  // color[0] "#ffa421"
  await row3.getByRole('gridcell').nth(1).dblclick();
  const editor = g.getByRole('group', { name: 'Edit App Categories, row 3' });
  const input = editor.getByRole('combobox', { name: /add an item/ });
  await input.fill('Llm');  // (typed as its label: format_func's)
  await input.press('Enter');
  await afterRun(page, () => input.press('Enter'));
  assert.deepEqual(await row3.locator('.tl-grid-chip').allInnerTexts(), ['Exploration', 'Llm']);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('dataframe_programmatic_selections: session state sets the selection the grid shows', { timeout: 400_000 }, async () => {
  const page = await open('dataframe_programmatic_selections');
  const g = page.getByRole('grid');
  await afterRun(page, () => page.getByRole('button', { name: 'Select the first row' }).click());
  await until(async () => (await g.locator('[role=row][aria-rowindex="2"]').getAttribute('aria-selected')) === 'true', 'row 1 selected');
  await afterRun(page, () => page.getByRole('button', { name: 'Select column a' }).click());
  await until(async () => (await g.getByRole('columnheader', { name: /^a/ }).getAttribute('aria-selected')) === 'true', 'column a selected');
  assert.equal(await g.locator('[role=row][aria-rowindex="2"]').getAttribute('aria-selected'), 'false');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('dataframe2: the checkbox above a narrow table takes the click (the hidden toolbar does not cover it); hovering the table shows the toolbar', { timeout: 400_000 }, async () => {
  const page = await open('dataframe2');
  const grid = page.getByTestId('stDataFrame');
  const narrow = (await grid.boundingBox()).width;
  const box = page.getByRole('checkbox', { name: 'Use container width' });
  // a user's click on the box itself: Playwright refuses it while another element (the
  // table's invisible toolbar, wider than the table) would receive it
  await afterRun(page, () => box.click({ timeout: 5_000 }));
  assert.equal(await box.isChecked(), true);
  await until(async () => (await grid.boundingBox()).width > narrow + 100, 'the table stretches to the container');
  // the toolbar still appears over the table's top right corner on hover, and works
  const bar = page.getByRole('toolbar', { name: 'Table actions' });
  await grid.hover();
  await until(async () => (await bar.evaluate((e) => getComputedStyle(e).opacity)) === '1', 'toolbar shown on hover');
  const t = await bar.boundingBox(); const g = await page.getByRole('grid').boundingBox();
  assert.ok(t.y + t.height <= g.y + 1, `shown above the table (${t.y + t.height} vs ${g.y})`);
  await bar.getByRole('button', { name: 'Search' }).click();
  await shown(bar.getByRole('searchbox', { name: 'Search' }));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('table_confusion (st.table): index as row headers, numbers right-aligned', { timeout: 400_000 }, async () => {
  const page = await openApp('table_confusion');
  const table = page.getByRole('table');
  await shown(table, BOOT_TIMEOUT * 4);
  await shown(table.getByRole('rowheader', { name: 'Actual Cat' }));
  assert.deepEqual(await table.getByRole('columnheader').allInnerTexts(), ['', 'Predicted Cat', 'Predicted Dog', 'Predicted Bird', 'Predicted Fish']);
  const cell = table.getByRole('row').nth(1).getByRole('cell').first();
  assert.equal(await cell.innerText(), '85');
  assert.equal(await cell.evaluate((el) => getComputedStyle(el).textAlign), 'right');
  await page.close();
});

test('markdown_column (MarkdownColumn): the cell shows the source on one line; opening it renders the Markdown; data_editor edits it', { timeout: 400_000 }, async () => {
  const page = await open('markdown_column');
  const g = page.getByRole('grid');
  const cell = g.getByRole('gridcell').first();
  assert.equal(await cell.innerText(), '# Title  This is **bold** text', "1.67's cell: the source, line breaks as spaces");
  assert.equal(await cell.locator('h1, strong').count(), 0);
  await cell.dblclick();
  const view = page.getByLabel('Markdown content');
  await shown(view);
  await shown(view.getByRole('heading', { name: 'Title', level: 1 }));
  assert.equal(await view.locator('strong').innerText(), 'bold');
  assert.equal(await page.getByRole('button', { name: 'Edit' }).count(), 0, 'a read-only grid: no Edit');
  const box = await page.getByTestId('stMarkdownColumnViewer').boundingBox();
  assert.ok(box.width >= 590 && box.height >= 195, `1.67's size (${box.width}x${box.height})`);
  await page.keyboard.press('Escape');
  await until(async () => (await view.count()) === 0, 'Escape closes it');
  await g.getByRole('gridcell').nth(2).click();
  await page.keyboard.press('Enter');                    // the keyboard opens it too
  await shown(page.getByLabel('Markdown content').locator('code'));
  await page.mouse.click(5, 5);
  await until(async () => (await page.getByLabel('Markdown content').count()) === 0, 'a press outside closes it');
  assert.deepEqual(page.errors, []);
  await page.close();

  const ed = await open('markdown_column_editor');
  const first = ed.getByRole('grid').getByRole('gridcell').first();
  await first.dblclick();
  await ed.getByRole('button', { name: 'Edit' }).click();
  const area = ed.getByRole('textbox', { name: 'Edit markdown content' });
  await shown(area);
  assert.equal(await area.inputValue(), '# Title\n\nThis is **bold** text');
  await area.fill('## New *title*');
  await afterRun(ed, () => area.press('Control+Enter'));
  await shown(ed.getByText("First row: '## New *title*'"));
  assert.equal(await first.innerText(), '## New *title*');
  await first.click();
  await ed.keyboard.press('x');                          // typing starts editing with the key
  const again = ed.getByRole('textbox', { name: 'Edit markdown content' });
  assert.equal(await again.inputValue(), 'x');
  await ed.getByRole('button', { name: 'Cancel (Escape)' }).click();
  await until(async () => (await again.count()) === 0, 'Cancel drops the edit');
  assert.equal(await first.innerText(), '## New *title*');
  assert.deepEqual(ed.errors, []);
  await ed.close();
});

test('image_column_avatar (ImageColumn): the column is as wide as its header, as 1.67 sizes an image column (50 px an image), not as its URLs', { timeout: 400_000 }, async () => {
  const page = await open('image_column_avatar');
  const grid = page.getByRole('grid');
  const avatar = grid.getByRole('columnheader', { name: /Avatar/ });
  const name = grid.getByRole('columnheader', { name: /Name/ });
  await shown(avatar, BOOT_TIMEOUT * 4);
  const [a, n] = [await avatar.boundingBox(), await name.boundingBox()];
  // the header's text and padding (and the editable pencil): well under the URLs' hundreds of pixels
  assert.ok(a.width >= 50 && a.width < 110, `the avatar column is ${a.width} px wide`);
  assert.ok(n.x >= a.x + a.width - 1, 'the name column follows it');
  await page.close();
});

test('empty_dataframe: a table without rows keeps one row for a centred "empty", as 1.67\'s (not a bare header)', { timeout: 400_000 }, async () => {
  const page = await open('empty_dataframe');
  const grid = page.getByRole('grid');
  const empty = grid.getByText('empty', { exact: true });
  await shown(empty, BOOT_TIMEOUT * 4);
  const [g, e, head] = [await grid.boundingBox(), await empty.boundingBox(), await grid.getByRole('columnheader').first().boundingBox()];
  assert.ok(Math.abs(g.height - (2 * head.height + 2)) <= 1, `the table is ${g.height} px tall, its header ${head.height}`);
  assert.ok(Math.abs(e.y + e.height / 2 - (head.y + head.height * 1.5)) <= 2, 'the word is centred in the row under the header');
  assert.ok(Math.abs(e.x + e.width / 2 - (g.x + g.width / 2)) <= 2, 'and across the table');
  await page.close();
});

test('grid lines and column widths as 1.67 draws them (each line where a column or row starts; widths from the text, rounded up)', { timeout: 600_000 }, async () => {
  const page = await open('grid_lines');
  const grids = page.getByRole('grid');
  await until(async () => (await grids.count()) === 3, 'three grids');
  // where each column but the first starts, from the grid's outer edge; 1.67's lines on its page
  const starts = (g) => g.evaluate((el) => {
    const x0 = el.getBoundingClientRect().left;
    return [...el.querySelectorAll('[role=columnheader][aria-colindex]')].slice(1).map((h) => Math.round(h.getBoundingClientRect().left - x0));
  });
  assert.deepEqual((await starts(grids.nth(0))).slice(0, 8), [51, 101, 151, 201, 346, 455, 560, 618]);
  // a header as wide as its text + 16 px shows it whole
  const cut = await grids.nth(0).evaluate((el) => [...el.querySelectorAll('.tl-grid-hlabel')].slice(0, 8).filter((l) => l.scrollWidth > l.clientWidth).map((l) => l.textContent));
  assert.deepEqual(cut, []);
  // the editor: row markers, then two columns with the pencil; no line after the last column
  const ed = grids.nth(1);
  assert.deepEqual(await starts(ed), [111]);
  assert.equal(Math.round((await ed.boundingBox()).width), 183);
  const marker = await ed.locator('[role=columnheader]').first().evaluate((h) => Math.round(h.getBoundingClientRect().width));
  assert.equal(marker, 32);
  // rows: the header's line where the first row starts, 36 px below the grid's top; rows 35 px
  const rowsAt = await ed.evaluate((el) => {
    const y0 = el.getBoundingClientRect().top;
    return [...el.querySelectorAll('[role=row][aria-rowindex]')].slice(1).map((r) => Math.round(r.getBoundingClientRect().top - y0));
  });
  assert.deepEqual(rowsAt, [36, 71, 106, 141]);
  const last = await ed.locator('[role=row]').last().locator('[role=gridcell]').last().evaluate((c) => getComputedStyle(c).borderRightWidth);
  assert.equal(last, '0px');
  // a table taller than its rows: the lines go on down in blank rows, as 1.67's
  const tall = grids.nth(2);
  assert.equal(Math.round((await tall.boundingBox()).height), 250);
  assert.equal(await tall.locator('.tl-grid-blank').count(), 4);
  assert.equal(await tall.locator('[role=row]').count(), 4, 'blank rows are not rows to assistive technology');
  assert.deepEqual(page.errors, []);
  await page.close();
});
