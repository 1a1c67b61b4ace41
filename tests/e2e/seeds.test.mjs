// The seed documents' examples, clicked through as the documents describe.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';

import { BOOT_TIMEOUT, afterRun, hasValue, line, setup, shown } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
afterEach(async () => { await env?.closePages(); });
after(async () => { await env?.close(); });

const heading = (name) => (page) => page.getByRole('heading', { name });

describe('seed examples', () => {
  test('weight converter: pounds and kilograms follow each other through callbacks', { timeout: 120_000 }, async () => {
    const page = await env.open('weight-converter/', { waitFor: heading('st.session_state') });
    const pounds = page.getByLabel('Pounds:', { exact: true });
    const kilograms = page.getByLabel('Kilograms:', { exact: true });
    await hasValue(pounds, '0.00');
    await hasValue(kilograms, '0.00');

    await pounds.fill('10');
    await afterRun(page, () => pounds.press('Enter'));
    await hasValue(kilograms, '4.54');            // 10 / 2.2046
    await shown(page.getByText(/4\.535/));        // st.write(st.session_state) shows the raw value

    await kilograms.fill('1');
    await afterRun(page, () => kilograms.press('Enter'));
    await hasValue(pounds, '2.20');               // 1 * 2.2046
    await hasValue(kilograms, '1.00');
    assert.deepEqual(page.errors, []);
  });

  test('naive counter: the count stays at 1 however often Increment is pressed', { timeout: 120_000 }, async () => {
    const page = await env.open('counter-naive/', { waitFor: heading('Counter Example') });
    await shown(page.getByText(line('Count =', 0)));
    const increment = page.getByRole('button', { name: 'Increment' });
    for (let i = 0; i < 3; i++) {
      await afterRun(page, () => increment.click());
      await shown(page.getByText(line('Count =', 1)));
    }
  });

  test('counter with session state: each press adds one', { timeout: 120_000 }, async () => {
    const page = await env.open('counter-session-state/', { waitFor: heading('Counter Example') });
    await shown(page.getByText(line('Count =', 0)));
    const increment = page.getByRole('button', { name: 'Increment' });
    for (let i = 1; i <= 3; i++) {
      await afterRun(page, () => increment.click());
      await shown(page.getByText(line('Count =', i)));
    }
  });

  test('counter with a callback: on_click runs before the script', { timeout: 120_000 }, async () => {
    const page = await env.open('counter-callbacks/', { waitFor: heading('Counter Example using Callbacks') });
    await shown(page.getByText(line('Count =', 0)));
    const increment = page.getByRole('button', { name: 'Increment' });
    await afterRun(page, () => increment.click());
    await shown(page.getByText(line('Count =', 1)));
    await afterRun(page, () => increment.click());
    await shown(page.getByText(line('Count =', 2)));
  });

  test('counter with args: the number input value is passed to the callback', { timeout: 120_000 }, async () => {
    const page = await env.open('counter-args/', { waitFor: heading('Counter Example using Callbacks with args') });
    const value = page.getByLabel('Enter a value', { exact: true });
    // The app's button, not the number input's own "Increment" step button (named as 1.67 names it).
    const increment = page.getByTestId('stButton').getByRole('button', { name: 'Increment' });
    // (the number input comes from a lazily loaded chunk: it may be drawn a moment after the heading)
    await shown(page.getByTestId('stNumberInput').getByRole('button', { name: 'Increment' }));
    assert.equal(await page.getByTestId('stNumberInput').getByRole('button', { name: 'Increment' }).count(), 1);
    await hasValue(value, '0');
    await value.fill('5');
    await afterRun(page, () => value.press('Enter'));
    await shown(page.getByText(line('Count =', 0)));
    await afterRun(page, () => increment.click());
    await shown(page.getByText(line('Count =', 5)));
    await afterRun(page, () => increment.click());
    await shown(page.getByText(line('Count =', 10)));
  });

  test('counter with kwargs: Increment adds 5, Decrement subtracts 1', { timeout: 120_000 }, async () => {
    const page = await env.open('counter-kwargs/', { waitFor: heading('Counter Example using Callbacks with kwargs') });
    await afterRun(page, () => page.getByRole('button', { name: 'Increment' }).click());
    await shown(page.getByText(line('Count =', 5)));
    await afterRun(page, () => page.getByRole('button', { name: 'Decrement' }).click());
    await shown(page.getByText(line('Count =', 4)));
    await afterRun(page, () => page.getByRole('button', { name: 'Decrement' }).click());
    await shown(page.getByText(line('Count =', 3)));
  });

  test('form with a callback: values are sent only when Update is pressed', { timeout: 120_000 }, async () => {
    const page = await env.open('counter-form/', { waitFor: heading('Counter Example') });
    await shown(page.getByText(line('Current Count =', 0)));
    await shown(page.getByText(line('Last Updated =', '00:00:00')));
    await page.getByRole('spinbutton', { name: 'hour, Enter the time' }).click();   // 1.67's segmented time field
    await page.keyboard.type('1234');
    const value = page.getByLabel('Enter a value', { exact: true });
    await value.fill('3');
    await value.blur();
    await page.waitForTimeout(500);
    await shown(page.getByText(line('Current Count =', 0)));   // nothing sent yet
    await afterRun(page, () => page.getByRole('button', { name: 'Update' }).click());
    await shown(page.getByText(line('Current Count =', 3)));
    await shown(page.getByText(line('Last Updated =', '12:34:00')));
    await afterRun(page, () => page.getByRole('button', { name: 'Update' }).click());
    await shown(page.getByText(line('Current Count =', 6)));
  });

  test('celsius slider: set through session state, read back by st.write', { timeout: 120_000 }, async () => {
    const page = await env.open('celsius-slider/', { waitFor: (p) => p.getByRole('slider', { name: 'Temperature in Celsius' }) });
    const slider = page.getByRole('slider', { name: 'Temperature in Celsius' });
    await shown(page.getByText(/^\s*50\.0\s*$/));
    await slider.focus();
    await afterRun(page, () => slider.press('End'));
    await shown(page.getByText(/^\s*100\.0\s*$/));
    await afterRun(page, () => slider.press('Home'));
    await shown(page.getByText(/^\s*-100\.0\s*$/));
  });

  test('button key set via session state raises, as the docs show', { timeout: 120_000 }, async () => {
    const page = await env.open('button-state-error/');
    await shown(page.getByText(/is read-only and cannot be assigned through session state/), BOOT_TIMEOUT);
    await shown(page.getByText(/StreamlitValueAssignmentNotAllowedError/));
  });

  test('enforceSerializableSessionState: a lambda in session state raises', { timeout: 120_000 }, async () => {
    const page = await env.open('serializable-state/');
    await shown(page.getByText(/Cannot serialize the value \(of type `?<class 'function'>`?\)/), BOOT_TIMEOUT);
    await shown(page.getByText(/UnserializableSessionStateError/));
  });
});
