// The input widgets drawn as Streamlit 1.67 draws them (issue 13), used by
// keyboard as a user would: searchable comboboxes (selectbox, multiselect)
// with each filter_mode and accept_new_options.  One server, one browser,
// one tab on tests/e2e/apps/pickers/app.py.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { afterRun, line, pasteOn, serveApp, shown } from './helpers.mjs';

let env;
let page;

before(async () => {
  env = await serveApp('pickers', (p) => p.getByRole('heading', { name: 'Pickers' }));
  page = env.page;
});
after(() => env?.close());

/** The labels of the open listbox's options, in order. */
async function optionsOf(box) {
  const id = await box.getAttribute('aria-controls');
  return page.locator(`[id="${id}"]`).getByRole('option').allTextContents();
}

/** The label of the option aria-activedescendant points at. */
async function activeOf(box) {
  const id = await box.getAttribute('aria-activedescendant');
  return id ? page.locator(`[id="${id}"]`).textContent() : null;
}

describe('selectbox: a searchable combobox', () => {
  test('type to filter, arrows, Enter picks; Escape closes and restores', { timeout: 120_000 }, async () => {
    const box = page.getByRole('combobox', { name: 'Fruit' });
    assert.equal(await box.inputValue(), 'Apple');
    assert.equal(await box.getAttribute('aria-expanded'), 'false');
    await box.focus();
    await box.press('ArrowDown');
    assert.equal(await box.getAttribute('aria-expanded'), 'true');
    const list = page.getByRole('listbox', { name: 'Fruit' });
    await shown(list);
    assert.deepEqual(await optionsOf(box), ['Apple', 'Banana', 'Cherry', 'Grape', 'Pineapple']);
    assert.equal(await activeOf(box), 'Apple', 'the current value is active when the list opens');
    await box.press('ArrowDown');
    await box.press('ArrowDown');
    assert.equal(await activeOf(box), 'Cherry');
    await box.press('End');
    assert.equal(await activeOf(box), 'Pineapple');
    await box.press('Home');
    assert.equal(await activeOf(box), 'Apple');
    await box.press('Escape');
    assert.equal(await box.getAttribute('aria-expanded'), 'false');
    assert.equal(await box.inputValue(), 'Apple');

    // typing over the shown value searches for what was typed (fuzzy: "pe" in order, best first)
    await box.press('End');
    await box.pressSequentially('pe');
    assert.equal(await box.inputValue(), 'pe');
    assert.deepEqual(await optionsOf(box), ['Grape', 'Pineapple', 'Apple']);
    assert.equal(await activeOf(box), 'Grape', 'the best match is active');
    await box.press('ArrowDown');
    assert.equal(await activeOf(box), 'Pineapple');
    await box.press('ArrowUp');
    await afterRun(page, () => box.press('Enter'));
    await shown(page.getByText(line('Fruit:', 'Grape')));
    assert.equal(await box.inputValue(), 'Grape');
    assert.equal(await box.getAttribute('aria-expanded'), 'false');

    // a search that matches nothing says so; Escape gives the value back
    await box.fill('zz');
    await shown(page.getByRole('listbox', { name: 'Fruit' }).getByText('No results'));
    await box.press('Escape');
    assert.equal(await box.inputValue(), 'Grape');

    // a click outside closes
    await box.click();
    await shown(list);
    await page.getByRole('heading', { name: 'Pickers' }).click();
    assert.equal(await box.getAttribute('aria-expanded'), 'false');
  });

  test('filter_mode: fuzzy, contains, prefix, and None (no typing)', { timeout: 60_000 }, async () => {
    const search = async (name, text) => {
      const box = page.getByRole('combobox', { name });
      await box.fill(text);
      const got = await optionsOf(box);
      await box.press('Escape');
      return got;
    };
    assert.deepEqual(await search('Fuzzy', 'be'), ['Camembert', 'Brie', 'Blue cheese']);
    assert.deepEqual(await search('Contains', 'be'), ['Camembert']);
    assert.deepEqual(await search('Prefix', 'be'), []);
    assert.deepEqual(await search('Contains', 'ch'), ['Blue cheese', 'Cheddar']);
    assert.deepEqual(await search('Prefix', 'c'), ['Cheddar', 'Camembert']);
    const fixed = page.getByRole('combobox', { name: 'No typing' });
    assert.equal(await fixed.getAttribute('readonly'), '');
    await fixed.focus();
    await fixed.press('ArrowDown');
    await fixed.press('ArrowDown');
    await afterRun(page, () => fixed.press('Enter'));
    await shown(page.getByText(line('No typing:', 'Two')));
  });

  test('index=None: placeholder, a clear button, Escape clears; accept_new_options offers "Add:"', { timeout: 60_000 }, async () => {
    const box = page.getByRole('combobox', { name: 'Nothing yet' });
    assert.equal(await box.getAttribute('placeholder'), 'Choose an option');
    await box.fill('so');
    await afterRun(page, () => box.press('Enter'));
    await shown(page.getByText(line('Nothing yet:', 'South')));
    await afterRun(page, () => box.press('Escape'));
    await shown(page.getByText(line('Nothing yet:', 'None')));
    await box.fill('we');
    await afterRun(page, () => box.press('Enter'));
    await shown(page.getByText(line('Nothing yet:', 'West')));
    await afterRun(page, () => page.getByRole('button', { name: 'Clear value' }).click());
    await shown(page.getByText(line('Nothing yet:', 'None')));

    const city = page.getByRole('combobox', { name: 'City' });
    assert.equal(await city.getAttribute('placeholder'), 'Choose or add an option');
    await city.fill('Oslo');
    assert.deepEqual(await optionsOf(city), ['Add: Oslo']);
    await afterRun(page, () => city.press('Enter'));
    await shown(page.getByText(line('City:', 'Oslo')));
    await city.fill('Rome');
    assert.deepEqual(await optionsOf(city), ['Rome'], 'no "Add:" for an existing option');
    await afterRun(page, () => city.press('Enter'));
    await shown(page.getByText(line('City:', 'Rome')));

    const empty = page.getByRole('combobox', { name: 'Empty' });
    assert.equal(await empty.getAttribute('placeholder'), 'No options to select');
    assert.ok(await empty.isDisabled());
  });
});

describe('multiselect: chips and a searchable combobox', () => {
  test('add by keyboard, Backspace removes the last chip, remove buttons, Clear all', { timeout: 120_000 }, async () => {
    const box = page.getByRole('combobox', { name: 'Toppings' });
    const chips = page.getByRole('list', { name: 'Selected values' });
    assert.deepEqual(await chips.getByRole('listitem').allTextContents(), ['Cheese']);
    assert.equal(await box.getAttribute('placeholder'), null, 'no placeholder beside chips');
    await box.focus();
    await box.press('ArrowDown');
    assert.deepEqual(await optionsOf(box), ['Select all', 'Ham', 'Olives', 'Onion', 'Pepper']);
    await box.pressSequentially('o');
    assert.deepEqual(await optionsOf(box), ['Select 2 matches', 'Onion', 'Olives'], 'the shorter match ranks first');
    assert.equal(await activeOf(box), 'Select 2 matches');
    await box.press('ArrowDown');
    await afterRun(page, () => box.press('Enter'));
    await shown(page.getByText(line('Toppings:', 'Cheese, Onion')));
    assert.equal(await box.inputValue(), '', 'the search is cleared after a pick');
    assert.equal(await box.getAttribute('aria-expanded'), 'true', 'the list stays open');
    await afterRun(page, () => box.press('Enter'));   // the first row: Select all
    await shown(page.getByText(line('Toppings:', 'Cheese, Onion, Ham, Olives, Pepper')));
    await afterRun(page, () => box.press('Backspace'));
    await shown(page.getByText(line('Toppings:', 'Cheese, Onion, Ham, Olives')));
    await afterRun(page, () => page.getByRole('button', { name: 'Remove Onion' }).click());
    await shown(page.getByText(line('Toppings:', 'Cheese, Ham, Olives')));
    // chips by keyboard: ArrowLeft from the empty input reaches the last chip, Delete removes it
    await box.focus();
    await box.press('ArrowLeft');
    await afterRun(page, () => page.keyboard.press('Delete'));
    await shown(page.getByText(line('Toppings:', 'Cheese, Ham')));
    await afterRun(page, () => page.getByRole('button', { name: 'Clear all' }).click());
    await shown(page.getByText(line('Toppings:', 'none')));
    assert.equal(await box.getAttribute('placeholder'), 'Choose options');
  });

  test('max_selections: the list says so when full; accept_new_options adds typed values', { timeout: 60_000 }, async () => {
    const two = page.getByRole('combobox', { name: 'At most two' });
    await two.focus();
    await two.press('ArrowDown');
    await afterRun(page, () => two.press('Enter'));   // Select all: only two fit
    await shown(page.getByText(/^At most two:/));
    await shown(page.getByRole('listbox', { name: 'At most two' }).getByText('You can only select up to 2 options. Remove an option first.'));
    await two.press('Escape');

    const tags = page.getByRole('combobox', { name: 'Tags' });
    assert.equal(await tags.getAttribute('placeholder'), 'Choose or add options');
    await tags.fill('blue');
    assert.deepEqual(await optionsOf(tags), ['Add: blue']);
    await afterRun(page, () => tags.press('Enter'));
    await tags.fill('gr');
    await afterRun(page, () => tags.press('Enter'));
    await shown(page.getByRole('list', { name: 'Selected values' }).filter({ hasText: 'blue' }).getByText('green'));
  });
});

describe('dates and times in 1.67\'s formats', () => {
  test('date_input: format, typing, the calendar grid by keyboard, min/max; ranges; time_input steps; datetime', { timeout: 120_000 }, async () => {
    // 1.67's segmented fields: a group named by the label, one spinbutton per part
    const day = page.getByRole('group', { name: 'Day', exact: true });
    assert.equal(await day.textContent(), '2024/01/02');
    assert.equal(await page.getByRole('spinbutton', { name: 'month, Day' }).getAttribute('aria-valuetext'), '01 – January');
    assert.equal(await page.getByRole('group', { name: 'Trip start date' }).textContent(), '02.01.2024');
    assert.equal(await page.getByRole('group', { name: 'Trip end date' }).textContent(), '05.01.2024');
    assert.equal(await page.getByRole('group', { name: 'US date', exact: true }).textContent(), '01-02-2024');
    assert.equal(await page.getByRole('group', { name: 'Alarm' }).textContent(), '09:30');
    assert.equal(await page.getByRole('group', { name: 'Meeting', exact: true }).textContent(), '2024/01/02, 09:30');

    // typed part by part; a day past max_value stays shown, marked invalid with 1.67's message, and is not sent
    await page.getByRole('spinbutton', { name: 'year, Day' }).click();
    await page.keyboard.type('20240120');
    await afterRun(page, () => page.keyboard.press('Enter'));
    await shown(page.getByText(line('Day:', '2024-01-20')));
    await page.getByRole('spinbutton', { name: 'year, Day' }).click();
    await page.keyboard.type('20240301');
    await page.keyboard.press('Enter');
    const late = page.getByRole('alert').filter({ hasText: 'Date set outside allowed range' });
    await shown(late);
    assert.equal(await late.textContent(), 'Error: Date set outside allowed range. Please select a date on or before 2024/02/20.');
    assert.equal(await day.textContent(), '2024/03/01');
    assert.equal(await page.getByRole('spinbutton', { name: 'year, Day' }).getAttribute('aria-invalid'), 'true');
    await shown(page.getByText(line('Day:', '2024-01-20')));

    // a pasted date (in the app's format) is applied at once; a date before min_value names both ends
    const paste = (name, text) => pasteOn(page.getByRole('spinbutton', { name }), text);
    await afterRun(page, () => paste('year, Day', '2024/01/15'));
    await shown(page.getByText(line('Day:', '2024-01-15')));
    assert.equal(await late.count(), 0, 'the message goes with a good value');
    await paste('day, Day', '2023/01/01');
    await shown(page.getByRole('alert').filter({ hasText: 'Please select a date between 2023/12/01 and 2024/02/20.' }));
    await afterRun(page, () => paste('year, Day', '2024/01/20'));
    await shown(page.getByText(line('Day:', '2024-01-20')));
    await afterRun(page, () => paste('month, Day', '2'));              // digits go into the pasted-on part
    await shown(page.getByText(line('Day:', '2024-02-20')));
    await afterRun(page, () => paste('year, Day', '2024/01/20'));
    await shown(page.getByText(line('Day:', '2024-01-20')));
    await afterRun(page, () => paste('day, Trip end date', '03.01.2024 – 09.01.2024'));   // a range on a range field
    await shown(page.getByText(line('Trip:', '2024-01-03 to 2024-01-09')));

    // the calendar: focus on the chosen day; arrows, PageDown; Enter picks
    await page.getByTestId('stDateInput').filter({ has: day }).getByRole('button', { name: 'Choose date', exact: true }).click();
    const cal = page.getByRole('dialog', { name: 'Choose date' });
    await shown(cal);
    await shown(cal.getByRole('grid', { name: 'January 2024' }));
    const focused = () => page.evaluate(() => document.activeElement.getAttribute('aria-label'));
    assert.equal(await focused(), 'January 20, 2024');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    assert.equal(await focused(), 'January 28, 2024');
    await page.keyboard.press('PageDown');
    await shown(cal.getByRole('grid', { name: 'February 2024' }));
    assert.equal(await focused(), 'February 20, 2024', 'max_value: no later');
    await page.keyboard.press('ArrowRight');
    assert.equal(await focused(), 'February 20, 2024');
    assert.equal(await cal.getByRole('gridcell', { name: 'February 21, 2024' }).getAttribute('aria-disabled'), 'true');
    await page.keyboard.press('ArrowLeft');
    await afterRun(page, () => page.keyboard.press('Enter'));
    await shown(page.getByText(line('Day:', '2024-02-19')));
    assert.equal(await cal.count(), 0);
    assert.equal(await day.textContent(), '2024/02/19');

    // a range: two picks in the grid; as 1.67, the first is the value at once (the app reruns with
    // it alone, the end blank) and the calendar stays open for the second
    await page.getByRole('button', { name: 'Choose date range' }).click();
    const rc = page.getByRole('dialog', { name: 'Choose date range' });
    await afterRun(page, () => rc.getByRole('gridcell', { name: 'January 10, 2024' }).click());
    await shown(page.getByText(line('Trip:', '2024-01-10')));
    assert.equal(await rc.count(), 1, 'the calendar stays open for the end');
    assert.equal(await page.getByRole('group', { name: 'Trip start date' }).textContent(), '10.01.2024');
    assert.equal(await page.getByRole('group', { name: 'Trip end date' }).textContent(), 'dd.mm.yyyy');
    await afterRun(page, () => rc.getByRole('gridcell', { name: 'January 7, 2024' }).click());
    await shown(page.getByText(line('Trip:', '2024-01-07 to 2024-01-10')));
    assert.equal(await page.getByRole('group', { name: 'Trip start date' }).textContent(), '07.01.2024');
    assert.equal(await page.getByRole('group', { name: 'Trip end date' }).textContent(), '10.01.2024');

    // time_input: 1.67's segments typed, and the minutes stepped by `step` (15 minutes) with the arrow keys
    const hour = page.getByRole('spinbutton', { name: 'hour, Alarm' });
    await hour.click();
    await page.keyboard.type('0705');
    await afterRun(page, () => page.keyboard.press('Enter'));
    await shown(page.getByText(line('Alarm:', '07:05:00')));
    await afterRun(page, () => page.getByRole('spinbutton', { name: 'minute, Alarm' }).press('ArrowUp'));
    await shown(page.getByText(line('Alarm:', '07:15:00')));
    assert.equal(await page.getByRole('group', { name: 'Alarm' }).textContent(), '07:15');
    // pasted: a time is applied; an impossible one gets 1.67's message; digits go into the pasted-on part
    await afterRun(page, () => paste('hour, Alarm', '18:30'));
    await shown(page.getByText(line('Alarm:', '18:30:00')));
    await paste('hour, Alarm', '25:00');
    await shown(page.getByRole('alert').filter({ hasText: 'Error: Time is out of range. Hours must be 0–23, minutes 0–59.' }));
    await paste('minute, Alarm', '75');
    await shown(page.getByRole('alert').filter({ hasText: 'Error: Value is out of range for minute. Minutes must be 0–59.' }));
    await afterRun(page, () => paste('minute, Alarm', '45'));
    await shown(page.getByText(line('Alarm:', '18:45:00')));
    assert.equal(await page.getByRole('alert').filter({ hasText: 'out of range' }).count(), 0);

    await page.getByRole('spinbutton', { name: 'day, Meeting' }).click();
    await page.keyboard.type('03');
    await page.getByRole('spinbutton', { name: 'hour, Meeting' }).click();
    await page.keyboard.type('1845');
    await afterRun(page, () => page.keyboard.press('Enter'));
    await shown(page.getByText(line('Meeting:', '2024-01-03 18:45:00')));

    // its calendar, as 1.67's: a day (or time) chosen shows in the field at once, the dialog stays
    // open, and the app reruns once, with both, when it closes
    const meeting = page.getByRole('group', { name: 'Meeting' });
    const runs = () => page.evaluate(() => window.__tablitRenders ?? 0);
    const before = await runs();
    await page.getByRole('button', { name: 'Choose date and time' }).click();
    const mc = page.getByRole('dialog', { name: 'Choose date and time' });
    await mc.getByRole('gridcell', { name: 'January 10, 2024' }).click();
    assert.equal(await meeting.textContent(), '2024/01/10, 18:45');
    assert.equal(await mc.count(), 1, 'the dialog stays open');
    assert.equal(await focused(), 'January 10, 2024');
    await mc.getByLabel('Time').fill('07:15');
    assert.equal(await meeting.textContent(), '2024/01/10, 07:15');
    assert.ok(await page.getByText(line('Meeting:', '2024-01-03 18:45:00')).isVisible(), 'no run while it is open');
    await afterRun(page, () => page.keyboard.press('Escape'));
    await shown(page.getByText(line('Meeting:', '2024-01-10 07:15:00')));
    assert.equal(await mc.count(), 0);
    assert.equal(await runs(), before + 1, 'one run, when the dialog closed');
  });
});

describe('password, colour, files', () => {
  test('the eye toggle, the colour swatch and its dialog, the uploader\'s Upload button and file chips', { timeout: 120_000 }, async () => {
    const pw = page.getByLabel('Password', { exact: true });
    assert.equal(await pw.getAttribute('type'), 'password');
    await page.getByRole('button', { name: 'Show password' }).click();
    assert.equal(await pw.getAttribute('type'), 'text');
    assert.equal(await page.getByRole('button', { name: 'Hide password' }).getAttribute('aria-pressed'), 'true');
    await page.getByRole('button', { name: 'Hide password' }).click();
    assert.equal(await pw.getAttribute('type'), 'password');

    const swatch = page.getByRole('button', { name: 'Colour color picker' });
    assert.equal(await swatch.getAttribute('aria-description'), '#1c83e1');
    assert.equal(await page.getByText('#1c83e1', { exact: true }).count(), 0, 'no printed hex');
    await swatch.focus();
    await swatch.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Colour color picker' });
    await shown(dialog);
    const hex = dialog.getByLabel('hex', { exact: true });
    assert.equal(await hex.inputValue(), '#1C83E1');
    await hex.fill('ff8800');
    await afterRun(page, () => hex.press('Enter'));
    await shown(page.getByText(line('Colour:', '#ff8800')));
    assert.equal(await dialog.count(), 0);

    const data = page.getByLabel('Data file', { exact: true });
    await shown(page.getByText('200MB per file • CSV'));
    await afterRun(page, () => data.setInputFiles({ name: 'd.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\n1,2') }));
    await shown(page.getByText(line('Data file:', 'd.csv')));
    await shown(page.getByRole('listitem', { name: 'd.csv, 7.0B' }));
    await afterRun(page, () => page.getByRole('button', { name: 'Remove d.csv' }).click());
    await shown(page.getByText(line('Data file:', 'none')));
    await shown(page.getByRole('button', { name: 'Upload' }).first());
    assert.deepEqual(page.errors, []);
  });
});
