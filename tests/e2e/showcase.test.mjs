// The layout demo and the widget showcase, through their roles and labels.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';

import { afterRun, line, setup, shown } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
afterEach(async () => { await env?.closePages(); });
after(async () => { await env?.close(); });

const heading = (name) => (page) => page.getByRole('heading', { name });

describe('layout demo', () => {
  test('tabs, expander, sidebar, columns, container and empty', { timeout: 120_000 }, async () => {
    const page = await env.open('layout-demo/', { waitFor: heading('Layout demo') });
    for (const t of ['Left column', 'Middle column, twice as wide', 'Right column', 'Content of the first tab',
      'Written into the container later, shown above', 'The placeholder is waiting']) {
      await shown(page.getByText(t));
    }
    // The container keeps its place: what was written into it later shows above what followed it.
    const above = await page.getByText('Written into the container later, shown above').boundingBox();
    const below = await page.getByText('Written after the container in code').boundingBox();
    assert.ok(above.y < below.y, 'container content is shown where the container was created');

    await page.getByRole('tab', { name: 'Second tab' }).click();
    await shown(page.getByText('Content of the second tab'));
    assert.equal(await page.getByRole('tab', { name: 'Second tab' }).getAttribute('aria-selected'), 'true');

    const details = page.getByText('Hidden details revealed');
    assert.equal(await details.isVisible(), false);
    await page.getByText('Show details').click();              // <details><summary>
    await shown(details);

    await afterRun(page, () => page.getByRole('radio', { name: 'Busy' }).check());
    await shown(page.getByText(line('Mood from the sidebar:', 'Busy')));
    assert.ok(await page.getByRole('region', { name: 'Sidebar' }).getByRole('radio', { name: 'Busy' }).isChecked(), 'radio lives in the sidebar');

    await afterRun(page, () => page.getByRole('button', { name: 'Fill the placeholder' }).click());
    await shown(page.getByText('The placeholder is filled'));
    assert.equal(await page.getByText('The placeholder is waiting').count(), 0);
  });
});

describe('widget showcase', () => {
  test('every widget kind renders with its label, and values round-trip', { timeout: 180_000 }, async () => {
    const page = await env.open('widget-showcase/', { waitFor: heading('Widget showcase') });
    for (const name of ['Press me', 'Primary button', 'Download a text file', 'Submit form']) {
      await shown(page.getByRole('button', { name }));
    }
    for (const label of ['Check me', 'Switch me', 'Number input', 'Text input', 'Password', 'Text area',
      'Date input', 'Time input', 'Name in form']) {
      await shown(page.getByLabel(label, { exact: true }));
    }
    await shown(page.getByRole('button', { name: 'Color picker color picker' }));   // 1.67's name for the swatch
    for (const name of ['Slider', 'Date slider', 'Select slider']) {
      await shown(page.getByRole('slider', { name }));
    }
    assert.equal(await page.getByRole('slider', { name: 'Range slider' }).count(), 2, 'a range slider has two thumbs');
    await shown(page.getByRole('radio', { name: 'Green' }));
    await shown(page.getByLabel('Selectbox'));
    await shown(page.getByLabel('Multiselect'));
    await shown(page.getByLabel('File uploader'));
    await shown(page.getByPlaceholder('Say something'));

    await afterRun(page, () => page.getByRole('button', { name: 'Press me' }).click());
    await shown(page.getByText(line('Button pressed:', 'True')));

    await afterRun(page, () => page.getByLabel('Check me', { exact: true }).check());
    await shown(page.getByText(line('Checkbox:', 'True')));
    assert.equal(await page.getByText(line('Button pressed:', 'True')).count(), 0, 'a button is True for one run only');

    await afterRun(page, () => page.getByLabel('Switch me', { exact: true }).check());
    await shown(page.getByText(line('Toggle:', 'True')));

    const text = page.getByLabel('Text input', { exact: true });
    await text.fill('hello');
    await afterRun(page, () => text.press('Enter'));
    await shown(page.getByText(line('Text input:', 'hello')));

    const num = page.getByLabel('Number input', { exact: true });
    await num.fill('7');
    await afterRun(page, () => num.press('Enter'));
    await shown(page.getByText(line('Number input:', 7)));

    const slider = page.getByRole('slider', { name: 'Slider', exact: true });
    await slider.focus();
    await afterRun(page, () => slider.press('End'));
    await shown(page.getByText(line('Slider:', 100)));

    await afterRun(page, () => page.getByRole('radio', { name: 'Blue' }).check());
    await shown(page.getByText(line('Radio:', 'Blue')));

    const inForm = page.getByLabel('Name in form', { exact: true });
    await inForm.fill('Ada');
    // Scrolled into view and drawn before the click: a click sent in the very frame a
    // scroll happened can be routed by the browser's stale hit-test data (here, since the
    // live audio_input's waveform sits above the form, it reached no element at all).
    const submit = page.getByRole('button', { name: 'Submit form' });
    await submit.scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await afterRun(page, () => submit.click());
    await shown(page.getByText(line('Form submitted with:', 'Ada')));

    const chat = page.getByPlaceholder('Say something');
    await chat.fill('hi there');
    await afterRun(page, () => chat.press('Enter'));
    await shown(page.getByText(line('Chat message:', 'hi there')));

    const download = page.waitForEvent('download', { timeout: 10_000 });
    await page.getByRole('button', { name: 'Download a text file' }).click();
    assert.equal((await download).suggestedFilename(), 'hello.txt');
    assert.deepEqual(page.errors, []);
  });
});
