// The input widgets of Streamlit's documentation apps, looked at and worked
// as a user's Playwright test would against Streamlit 1.67: by role and
// accessible name (1.67's names: "Increment"/"Decrement", "Clear value",
// "<label> color picker", "hour, <label>" ...).  One server, one browser,
// one tab on tests/e2e/apps/widgets_fidelity/app.py.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { afterRun, line, pasteOn, serveApp, shown } from './helpers.mjs';

let env;
let page;

before(async () => {
  env = await serveApp('widgets_fidelity', (p) => p.getByRole('heading', { name: 'Widgets fidelity' }));
  page = env.page;
});
after(() => env?.close());

describe('number_input as 1.67', () => {
  test('named step buttons, arrow keys, the range message, Clear value', { timeout: 120_000 }, async () => {
    const box = page.getByTestId('stNumberInput').filter({ has: page.getByLabel('Insert a number', { exact: true }) });
    const field = page.getByRole('spinbutton', { name: 'Insert a number', exact: true });
    assert.equal(await field.inputValue(), '0.00');
    await afterRun(page, () => box.getByRole('button', { name: 'Increment' }).click());
    await shown(page.getByText(line('The current number is', '0.01')));
    assert.equal(await field.inputValue(), '0.01');
    assert.equal(await box.getByRole('button', { name: 'Decrement' }).getAttribute('tabindex'), '-1');
    await afterRun(page, () => field.press('ArrowDown'));
    await shown(page.getByText(line('The current number is', '0.0')));

    // typed out of range: 1.67's message, nothing applied, the field marked invalid
    const age = page.getByRole('spinbutton', { name: 'Age', exact: true });
    await age.fill('200');
    await age.press('Enter');
    await shown(page.getByRole('alert').filter({ hasText: 'Number is outside the allowed range. Please enter a value between 0 and 130.' }));
    assert.equal(await age.getAttribute('aria-invalid'), 'true');
    assert.ok(await page.getByText(line('Age is', '36')).isVisible());
    await age.fill('40');
    await afterRun(page, () => age.press('Enter'));
    await shown(page.getByText(line('Age is', '40')));
    assert.equal(await age.getAttribute('aria-invalid'), null);
    const ageBox = page.getByTestId('stNumberInput').filter({ has: age });
    assert.equal(await ageBox.getByRole('button', { name: 'Clear value' }).count(), 0, 'a default: not clearable');

    // value=None: the placeholder, steps disabled while empty, Clear value
    const other = page.getByRole('spinbutton', { name: 'Insert another number' });
    const otherBox = page.getByTestId('stNumberInput').filter({ has: other });
    assert.equal(await other.getAttribute('placeholder'), 'Type a number...');
    assert.ok(await otherBox.getByRole('button', { name: 'Increment' }).isDisabled());
    await other.fill('2.5');
    await afterRun(page, () => other.press('Tab'));
    await shown(page.getByText(line('The other number is', '2.5')));
    await afterRun(page, () => otherBox.getByRole('button', { name: 'Clear value' }).click());
    await shown(page.getByText(line('The other number is', 'None')));
    assert.equal(await other.inputValue(), '');
  });
});

describe('color_picker as 1.67', () => {
  test('the swatch opens a popover: pad and hue by keyboard, hex typed, committed on close', { timeout: 60_000 }, async () => {
    const swatch = page.getByRole('button', { name: 'Pick A Color color picker' });
    await swatch.click();
    const dialog = page.getByRole('dialog', { name: 'Pick A Color color picker' });
    await shown(dialog);
    assert.equal(await page.getByTestId('stColorPickerPopover').count(), 1);
    const hex = dialog.getByLabel('hex', { exact: true });
    assert.equal(await hex.inputValue(), '#00F900');
    const hue = dialog.getByRole('slider', { name: 'Hue' });
    assert.equal(await hue.getAttribute('aria-valuenow'), '120');
    await hue.focus();
    await page.keyboard.press('Shift+ArrowLeft');     // hue 110
    const pad = dialog.getByRole('slider', { name: 'Saturation and brightness' });
    await pad.focus();
    await page.keyboard.press('ArrowDown');           // brightness 97%
    assert.equal(await pad.getAttribute('aria-valuetext'), 'Saturation 100%, brightness 97%');
    assert.equal(await hex.inputValue(), '#29F700');
    await afterRun(page, () => page.keyboard.press('Escape'));
    await shown(page.getByText(line('The current color is', '#29f700')));
    assert.equal(await dialog.count(), 0);
    assert.ok(await swatch.evaluate((e) => e === document.activeElement), 'the focus is back on the swatch');

    // the pad by mouse: its middle is half saturation, half brightness
    await swatch.click();
    const box = await pad.boundingBox();
    await pad.click({ position: { x: box.width / 2, y: box.height / 2 } });
    assert.equal(await pad.getAttribute('aria-valuetext'), 'Saturation 50%, brightness 50%');
    assert.equal(await hex.inputValue(), '#4A8040');
    await hex.fill('#FF8800');
    await afterRun(page, () => page.mouse.click(700, 20));    // a click outside closes and applies
    await shown(page.getByText(line('The current color is', '#ff8800')));
  });
});

describe('time_input as 1.67', () => {
  test('segments typed, the minutes stepped by step, value=None cleared', { timeout: 60_000 }, async () => {
    const group = page.getByRole('group', { name: 'Set an alarm for' });
    assert.equal(await group.textContent(), '08:45');
    const hour = page.getByRole('spinbutton', { name: 'hour, Set an alarm for' });
    assert.equal(await hour.getAttribute('aria-valuenow'), '8');
    await hour.click();
    await page.keyboard.type('0930');
    await afterRun(page, () => page.keyboard.press('Enter'));
    await shown(page.getByText(line('Alarm is set for', '09:30:00')));
    await afterRun(page, () => page.getByRole('spinbutton', { name: 'minute, Set an alarm for' }).press('ArrowDown'));
    await shown(page.getByText(line('Alarm is set for', '09:15:00')));

    // a half-typed time goes back to the value when the field is left
    await hour.click();
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await group.textContent(), '09:15');

    const other = page.getByRole('group', { name: 'Set another alarm for' });
    assert.equal(await other.textContent(), 'HH:mm');
    await page.getByRole('spinbutton', { name: 'hour, Set another alarm for' }).click();
    await page.keyboard.type('1745');
    await afterRun(page, () => page.keyboard.press('Tab'));
    await shown(page.getByText(line('Other alarm is set for', '17:45:00')));
    await afterRun(page, () => page.getByRole('button', { name: 'Clear time' }).click());
    await shown(page.getByText(line('Other alarm is set for', 'None')));
  });
});

describe('date_input and datetime_input as 1.67', () => {
  test('a range in MM.DD.YYYY: two groups of segments, typed, kept within min/max; the datetime segments', { timeout: 60_000 }, async () => {
    const start = page.getByRole('group', { name: 'Select your vacation for next year start date' });
    const end = page.getByRole('group', { name: 'Select your vacation for next year end date' });
    assert.equal(await start.textContent(), '01.01.2027');
    assert.equal(await end.textContent(), '01.07.2027');
    const endMonth = page.getByRole('spinbutton', { name: 'month, Select your vacation for next year end date' });
    assert.equal(await endMonth.getAttribute('aria-valuetext'), '01 – January');
    await endMonth.click();
    await page.keyboard.type('0315');
    await afterRun(page, () => page.keyboard.press('Enter'));
    await shown(page.getByText(line('Vacation:', '2027-01-01 to 2027-03-15')));
    // a year past max_value: shown, marked invalid with 1.67's message, not sent (the value stays)
    await page.getByRole('spinbutton', { name: 'year, Select your vacation for next year end date' }).click();
    await page.keyboard.type('2028');
    await page.keyboard.press('Enter');
    assert.equal(await end.textContent(), '03.15.2028');
    await shown(page.getByRole('alert').filter({ hasText: /^Error: Date set outside allowed range\. Please select a date (on or before|between) / }));
    await shown(page.getByText(line('Vacation:', '2027-01-01 to 2027-03-15')));
    assert.equal(await page.getByTestId('stDateInput').getByRole('button', { name: 'Choose date range' }).getAttribute('aria-haspopup'), 'dialog');

    const event = page.getByRole('group', { name: 'Schedule your event' });
    assert.equal(await event.textContent(), '2025/11/19, 16:45');
    await page.getByRole('spinbutton', { name: 'hour, Schedule your event' }).click();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Tab');                        // to the minutes: still in the field, nothing applied
    await afterRun(page, () => page.keyboard.press('Tab'));  // out of it (the calendar button): applied
    await shown(page.getByText(line('Event scheduled for', '2025-11-19 17:45:00')));
    // a pasted "date, HH:MM" is applied at once; one past max_value gets 1.67's message and is not sent
    const paste = (text) => pasteOn(page.getByRole('spinbutton', { name: 'day, Schedule your event' }), text);
    await afterRun(page, () => paste('2025/11/20, 08:15'));
    await shown(page.getByText(line('Event scheduled for', '2025-11-20 08:15:00')));
    await paste('2099/01/01, 10:00');
    await shown(page.getByRole('alert').filter({ hasText: /^Error: Date and time set outside allowed range\. Please select a date and time on or before \d{4}\/\d\d\/\d\d, \d\d:\d\d\.$/ }));
    assert.equal(await event.textContent(), '2099/01/01, 10:00');
    assert.equal(await page.getByRole('spinbutton', { name: 'year, Schedule your event' }).getAttribute('aria-invalid'), 'true');
    await shown(page.getByText(line('Event scheduled for', '2025-11-20 08:15:00')));
    assert.deepEqual(page.errors, []);
  });
});

describe('text_area as 1.67', () => {
  test('its height is the element\'s, label included: three lines by default, at least 96 px (68 collapsed); "content" grows with the text', { timeout: 60_000 }, async () => {
    const boxes = await page.getByTestId('stTextArea').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().height)));
    // (1.67's page, measured: 122, 100, 96, 68 and 173 px)
    assert.deepEqual(boxes.slice(0, 4), [122, 100, 96, 68]);
    assert.ok(Math.abs(boxes[4] - 173) <= 2, `"content" with six lines: ${boxes[4]} px`);
    const grows = page.getByRole('textbox', { name: 'Grows' });
    await grows.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nline 6\nline 7');
    const after = await page.getByTestId('stTextArea').nth(4).evaluate((e) => Math.round(e.getBoundingClientRect().height));
    assert.ok(after > boxes[4] + 30, `two more lines: ${boxes[4]} -> ${after} px`);
    await shown(page.getByText(line('You wrote', '292 characters.')));
  });
});
