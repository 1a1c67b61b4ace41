// The data grid (examples/data-grid): a million rows, sorting, row selection
// reaching the script, and st.data_editor edits / added / deleted rows
// followed by session state -- all by role (grid, row, gridcell, columnheader).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { afterRun, setup, shown, until } from './helpers.mjs';

let env;
let page;
before(async () => {
  env = await setup();
  page = await env.open('data-grid/', { waitFor: (p) => p.getByRole('heading', { name: 'Data grid' }) });
  await shown(page.getByRole('grid').nth(2), 60_000);
});
after(async () => { await env?.close(); });

const grid = (i) => page.getByRole('grid').nth(i);

describe('data grid', () => {
  test('a million rows: only the rows in view are drawn; the last one can be reached', { timeout: 60_000 }, async () => {
    const g = grid(0);
    assert.equal(await g.getAttribute('aria-rowcount'), '1000001');
    const drawn = await g.getByRole('row').count();
    assert.ok(drawn < 40, `only visible rows are in the DOM (${drawn})`);
    await g.evaluate((el) => { el.scrollTop = el.scrollHeight; });
    const last = g.locator('[role=row][aria-rowindex="1000001"]');
    await shown(last);
    const box = await g.boundingBox();
    const rowBox = await last.boundingBox();
    assert.ok(rowBox.y >= box.y && rowBox.y + rowBox.height <= box.y + box.height + 1, 'the last row is inside the grid\'s viewport');
    assert.deepEqual(await last.getByRole('gridcell').allInnerTexts(), ['999999', String((999999 * 999999) % 1000)]);
    // and back to the top with the keyboard
    await g.focus();
    await g.press('Control+Home');
    await shown(g.locator('[role=row][aria-rowindex="2"]'));
    assert.equal(await g.locator('[role=row][aria-rowindex="2"]').getByRole('gridcell').first().innerText(), '0');
  });

  test('sorting by a column, ascending then descending', { timeout: 30_000 }, async () => {
    const g = grid(1);
    const header = g.getByRole('columnheader', { name: /born/ });
    // (this table selects columns by a header click: sorting is the header's own button)
    const sort = g.getByRole('button', { name: 'Sort by born' });
    const firstName = () => g.locator('[role=row][aria-rowindex="2"]').getByRole('gridcell').nth(1).innerText();
    assert.equal(await firstName(), 'Ada');
    await sort.click();
    assert.equal(await header.getAttribute('aria-sort'), 'ascending');
    assert.equal(await firstName(), 'Ada');
    await sort.click();
    assert.equal(await header.getAttribute('aria-sort'), 'descending');
    assert.equal(await firstName(), 'Linus');
    await sort.click();
    assert.equal(await header.getAttribute('aria-sort'), 'none');
    // keyboard: up from the first row reaches the header row; Enter sorts the million-row table
    const big = grid(0);
    await big.focus();
    await big.press('Control+Home');
    await big.press('ArrowRight');
    await big.press('ArrowUp');
    await big.press('Enter');
    await big.press('Enter');
    assert.equal(await big.getByRole('columnheader', { name: 'square' }).getAttribute('aria-sort'), 'descending');
    assert.equal(await big.locator('[role=row][aria-rowindex="2"]').getByRole('gridcell').nth(1).innerText(), '996'); // (the largest square mod 1000)
    await big.press('Enter');
  });

  test('toolbar: search filters rows, CSV download, fullscreen', { timeout: 30_000 }, async () => {
    const g = grid(1);
    const bar = page.getByRole('toolbar', { name: 'Table actions' }).nth(1);
    // 1.67's names: apps hide it with '[data-testid="stElementToolbar"] {display: none}', tests click its buttons by theirs
    assert.equal(await bar.getAttribute('data-testid'), 'stElementToolbar');
    assert.equal(await bar.getByRole('button', { name: 'Search' }).getAttribute('data-testid'), 'stBaseButton-elementToolbar');
    // 1.67's icon buttons, in its order, in a box of their own; each named, its name its tooltip, above the table
    const box = bar.getByTestId('stElementToolbarButtonContainer');
    assert.deepEqual(await box.getByRole('button').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label'))),
      ['Show/hide columns', 'Download as CSV', 'Search', 'Fullscreen']);
    assert.equal(await box.getByTestId('stElementToolbarButton').count(), 4);
    assert.equal(await box.getByTestId('stElementToolbarButtonIcon').count(), 4);
    assert.equal((await box.innerText()).trim(), '', 'icons, no text beside them');
    await g.hover();
    const [barBox, gridBox, btn] = [await box.boundingBox(), await g.boundingBox(), await box.getByRole('button').first().boundingBox()];
    assert.ok(barBox.y + barBox.height <= gridBox.y, 'the toolbar sits above the table');
    assert.ok(Math.abs(btn.width - 24) < 1 && Math.abs(btn.height - 24) < 1, `24 px buttons: ${JSON.stringify(btn)}`);
    await box.getByRole('button', { name: 'Search' }).hover();
    await shown(bar.getByText('Search', { exact: true }));
    await bar.getByRole('button', { name: 'Search' }).click();
    await bar.getByRole('searchbox', { name: 'Search' }).fill('gr');
    assert.equal(await g.getAttribute('aria-rowcount'), '2');
    assert.equal(await g.locator('[role=row][aria-rowindex="2"]').getByRole('gridcell').nth(1).innerText(), 'Grace');
    await bar.getByRole('button', { name: 'Search' }).click();
    assert.equal(await g.getAttribute('aria-rowcount'), '6');
    const [download] = await Promise.all([page.waitForEvent('download'), bar.getByRole('button', { name: 'Download as CSV' }).click()]);
    const chunks = [];
    for await (const c of await download.createReadStream()) chunks.push(c);
    const csv = Buffer.concat(chunks).toString('utf8').replace(/^\ufeff/, '').split('\n');
    assert.deepEqual(csv.slice(0, 2), ['name,born,active', 'Ada,1815,false']);
    // Ctrl+C copies the focused cell's value
    await env.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await g.focus();
    await g.press('Control+Home');
    await g.press('ArrowRight');
    await g.press('Control+c');
    assert.equal(await until(() => page.evaluate(() => navigator.clipboard.readText()), 'the clipboard'), '1815');
    await bar.getByRole('button', { name: 'Fullscreen' }).click();
    assert.ok(await g.evaluate((el) => el.parentElement.classList.contains('tl-grid-fullscreen')));
    await page.keyboard.press('Escape');
    assert.ok(!(await g.evaluate((el) => el.parentElement.classList.contains('tl-grid-fullscreen'))));
  });

  test('selected rows reach the script (original positions, whatever the sort)', { timeout: 60_000 }, async () => {
    const g = grid(1);
    await g.getByRole('button', { name: 'Sort by born' }).click(); // ascending: Ada, Grace, Barbara, Guido, Linus
    await afterRun(page, () => g.getByRole('checkbox', { name: 'Select row 3' }).click()); // Barbara, input row 4
    await shown(page.getByText('Selected rows: 4'));
    await afterRun(page, () => g.getByRole('checkbox', { name: 'Select row 1' }).click()); // Ada, input row 0
    await shown(page.getByText('Selected rows: 4, 0'));
    const row = g.locator('[role=row][aria-rowindex="4"]');
    assert.equal(await row.getAttribute('aria-selected'), 'true');
    // 1.67's row markers: 16 px rounded boxes, the ticked one filled with the primary colour; the
    // header's select-all box shows only when pointed at
    const box = (name) => g.getByRole('checkbox', { name }).evaluate((el) => {
      const s = getComputedStyle(el);
      return [s.width, s.borderTopLeftRadius, s.backgroundColor, s.opacity];
    });
    assert.deepEqual(await box('Select row 1'), ['16px', '4px', 'rgb(197, 57, 72)', '1']);
    assert.equal((await box('Select all rows'))[3], '0');
    await g.getByRole('checkbox', { name: 'Select all rows' }).hover();
    assert.equal((await box('Select all rows'))[3], '1');
    await afterRun(page, () => g.getByRole('checkbox', { name: 'Select all rows' }).click());
    await shown(page.getByText('Selected rows: 0, 1, 4, 3, 2'));  // (in the order shown: sorted by born)
    await afterRun(page, () => g.getByRole('checkbox', { name: 'Select all rows' }).click());
    await shown(page.getByText('Selected rows: none'));
    await afterRun(page, () => g.getByRole('columnheader', { name: /name/ }).click());
    await shown(page.getByText('Selected columns: name'));
    assert.equal(await g.getByRole('columnheader', { name: /name/ }).getAttribute('aria-selected'), 'true');
  });

  test('editing a cell, adding and deleting rows: session state follows', { timeout: 90_000 }, async () => {
    const g = grid(2);
    const hours = g.getByRole('gridcell', { name: '3 h' });
    await hours.dblclick();
    const input = g.getByRole('spinbutton', { name: /Edit Hours, row 1/ });
    await input.fill('5');
    await afterRun(page, () => input.press('Enter'));
    await shown(page.getByText('Tasks: Write tests=5 | Fix bug=1'));
    await shown(page.getByText("Edit state: {'edited_rows': {0: {'hours': 5}}, 'added_rows': [], 'deleted_rows': []}"));
    // a checkbox column toggles in place
    await afterRun(page, () => g.getByRole('checkbox', { name: 'done, row 1' }).click());
    await shown(page.getByText("Edit state: {'edited_rows': {0: {'hours': 5, 'done': True}}, 'added_rows': [], 'deleted_rows': []}"));
    // keyboard: move to Hours of row 2 and type: the editor opens with that key
    await g.focus();
    await g.press('ArrowDown');
    await g.press('ArrowRight');
    await g.press('7');
    const typed = g.getByRole('spinbutton', { name: /Edit Hours, row 2/ });
    assert.equal(await typed.inputValue(), '7');
    await afterRun(page, () => typed.press('Enter'));
    await shown(page.getByText('Tasks: Write tests=5 | Fix bug=7'));

    await afterRun(page, () => page.getByRole('button', { name: 'Add row' }).click());
    await until(async () => (await g.getAttribute('aria-rowcount')) === '5', 'a third row (and the "+" row)');
    await shown(page.getByText("'added_rows': [{}]", { exact: false }));

    await g.getByRole('checkbox', { name: 'Select row 2' }).click();
    await afterRun(page, () => page.getByRole('button', { name: 'Delete row' }).click());
    await shown(page.getByText("'deleted_rows': [1]", { exact: false }));
    assert.equal(await g.getAttribute('aria-rowcount'), '4');
    await shown(page.getByText(/^Tasks: Write tests=5 \| None=None$/));
  });

  test('ButtonColumn: real buttons named by the cell value, by mouse and keyboard', { timeout: 60_000 }, async () => {
    const g = grid(3);
    const open = g.getByRole('button', { name: 'Open' });
    assert.equal(await open.getAttribute('type'), 'button');
    await afterRun(page, () => open.click());
    await shown(page.getByText("Last action: Open on row 0 | this run: {'row': 0, 'label': 'Open'}"));
    // a list cell: one button (named by its labels) opening a menu of them, as in 1.67
    const more = g.getByRole('button', { name: 'Edit, Delete' });
    assert.equal(await more.getAttribute('aria-haspopup'), 'menu');
    await more.click();
    const menu = page.getByRole('menu', { name: 'Edit, Delete' });
    assert.deepEqual(await menu.getByRole('menuitem').allInnerTexts(), ['Edit', 'Delete']);
    await afterRun(page, () => menu.getByRole('menuitem', { name: 'Delete' }).click());
    await shown(page.getByText("Last action: Delete on row 1 | this run: {'row': 1, 'label': 'Delete'}"));
    assert.equal(await menu.count(), 0);
    // keyboard: Enter on the focused button cell presses its button (here: opens the menu)
    await g.focus();
    await g.press('Control+Home');
    await g.press('ArrowRight');
    await g.press('ArrowDown');
    await g.press('Enter');
    await until(async () => (await page.getByRole('menuitem', { name: 'Edit' }).evaluate((el) => el === document.activeElement)), 'the first item focused');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await afterRun(page, () => page.keyboard.press('Enter'));
    await shown(page.getByText("Last action: Edit on row 1 | this run: {'row': 1, 'label': 'Edit'}"));
    // a real button: focus it and press Space
    await g.getByRole('button', { name: 'Open' }).focus();
    await afterRun(page, () => page.keyboard.press('Space'));
    await shown(page.getByText("Last action: Open on row 0 | this run: {'row': 0, 'label': 'Open'}"));
  });

  test('list and multiselect cells edit as chips', { timeout: 60_000 }, async () => {
    const g = grid(4);
    await g.getByRole('gridcell', { name: 'red new' }).dblclick();
    const editor = g.getByRole('group', { name: 'Edit Tags, row 1' });
    await editor.getByRole('button', { name: 'Remove red' }).click();
    const add = editor.getByRole('textbox', { name: 'Edit Tags, row 1: add an item' });
    await add.fill('blue');
    await add.press('Enter');
    assert.deepEqual(await editor.locator('.tl-grid-chip').allInnerTexts(), ['new×', 'blue×']);
    await afterRun(page, () => add.press('Enter')); // Enter on the empty input commits
    await shown(page.getByText("Tagged: Pen=['new', 'blue']/['S'] | Cup=[]/[]"));
    // a multiselect takes its options only (by label), shown as chips
    await g.locator('[role=row][aria-rowindex="3"] [role=gridcell]').nth(2).dblclick();
    const sizes = g.getByRole('group', { name: 'Edit Sizes, row 2' });
    const pick = sizes.getByRole('combobox', { name: 'Edit Sizes, row 2: add an item' });
    await pick.fill('size XL');
    await pick.press('Enter');
    assert.equal(await pick.getAttribute('aria-invalid'), 'true');
    await pick.fill('size M');
    await pick.press('Enter');
    await pick.fill('L');
    await pick.press('Enter');
    assert.deepEqual(await sizes.locator('.tl-grid-chip').allInnerTexts(), ['size M×', 'size L×']);
    await afterRun(page, () => pick.press('Enter'));
    await shown(page.getByText("Tagged: Pen=['new', 'blue']/['S'] | Cup=[]/['M', 'L']"));
    assert.deepEqual(await g.locator('[role=row][aria-rowindex="3"] .tl-grid-chip').allInnerTexts(), ['size M', 'size L']);
  });
});
