// st.components.v2 components in Chromium, with the docs' examples (tests/e2e/apps/components_v2,
// copied from streamlit/docs): clicks on an inline SVG in a shadow root reach Python as a
// trigger for one run; typing into a component's <input> reaches it as state, and a button
// setting st.session_state[key]["value"] changes what the component shows; a component's
// script handles links of an st.markdown outside it; the sidebar observer
// of cleanup_function reports the sidebar closing; a streamed run's component runs its script
// once the run is drawn.  All under the page's policy.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { BOOT_TIMEOUT, ROOT, RUN_TIMEOUT, afterRun, jsonValue, launchBrowser, openWatchedPage, shown, startTablit, until } from './helpers.mjs';

let server, browser, context;
before(async () => {
  server = await startTablit(['serve', path.join(ROOT, 'tests', 'e2e', 'apps', 'components_v2', 'app.py')]);
  browser = await launchBrowser();
  context = await browser.newContext();
});
after(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
});

/** The text of the first st.json (what Python returned), parsed. */
async function jsonShown(page, index = 0) {
  return jsonValue(page.locator('.tl-k-json').nth(index));
}

test('docs examples: interactive SVG, text input, links, sidebar observer', { timeout: 300_000 }, async () => {
  const { page, errors, violations } = await openWatchedPage(context, server.url);

  // --- interactive_svg: the HTML is in a shadow root, the CSS uses the theme's --st-primary-color
  await page.locator('[data-testid="stBidiComponentIsolated"]').first().waitFor({ timeout: 2 * BOOT_TIMEOUT });
  await shown(page.locator('.tl-k-json'));
  assert.deepEqual(await jsonShown(page), { clicked: null });
  const inShadow = await page.evaluate(() => !!document.querySelector('[data-testid="stBidiComponentIsolated"]').shadowRoot?.querySelector('rect[data-shape="square"]'));
  assert.ok(inShadow, 'the HTML is in the shadow root');
  const stroke = await page.locator('rect[data-shape="square"]').evaluate((el) => getComputedStyle(el).stroke);
  const primary = await page.locator('.tl-k-bidi_component').first().evaluate((el) => getComputedStyle(el).getPropertyValue('--tl-primary').trim());
  assert.ok(stroke && stroke !== 'none', `the square is stroked, got ${stroke}`);
  assert.ok(primary, 'the theme defines the primary colour');
  await afterRun(page, () => page.locator('rect[data-shape="square"]').click());
  await until(async () => (await jsonShown(page)).clicked === 'square', 'the square click in Python');
  await afterRun(page, () => page.locator('circle[data-shape="circle"]').click());
  await until(async () => (await jsonShown(page)).clicked === 'circle', 'the circle click in Python');

  // --- text_input: typing + Enter sends the state; a button writes through st.session_state
  await page.getByRole('link', { name: 'text input' }).click(); // the sidebar's page menu
  const input = page.locator('input#txt');
  await shown(input, 3 * RUN_TIMEOUT);
  await until(async () => (await input.inputValue()) === 'I love Streamlit!', 'the default in the input');
  assert.equal(await page.locator('label[for="txt"]').innerText(), 'Enter something');
  await input.fill('Hello tab');
  await afterRun(page, () => input.press('Enter'));
  await until(async () => (await jsonShown(page)).value === 'Hello tab', 'the typed value in Python');
  assert.deepEqual(await jsonShown(page, 1), { my_text_input_instance: { value: 'Hello tab' } });
  await afterRun(page, () => page.getByRole('button', { name: 'Hello World' }).click());
  await until(async () => (await input.inputValue()) === 'Hello World', 'the value Python set, in the input');
  assert.equal((await jsonShown(page)).value, 'Hello World');
  // a rerun from elsewhere keeps it (the page was told the new state)
  await afterRun(page, () => page.getByRole('button', { name: 'Clear text' }).click());
  await until(async () => (await input.inputValue()) === '', 'cleared');
  await input.fill('again');
  await afterRun(page, () => input.blur());
  await until(async () => (await jsonShown(page)).value === 'again', 'blur sends the value');

  // --- markdown_links: the component's script reaches links of an st.markdown below it
  await page.getByRole('link', { name: 'markdown links' }).click(); // the sidebar's page menu
  const link = page.getByRole('link', { name: 'interacts' });
  await shown(link, 3 * RUN_TIMEOUT);
  // the component's module runs once the page drew the run (its handlers are what the click needs)
  await until(() => page.evaluate(() => [...document.querySelectorAll('a[href="#"]')].every((a) => typeof a.onclick === 'function')),
    'the component script handles the links');
  await afterRun(page, () => link.click());
  await shown(page.getByText('You clicked interacts!'));

  // --- cleanup_function: the observer reports the sidebar's state as a state value
  await page.getByRole('link', { name: 'cleanup function' }).click(); // the sidebar's page menu
  await shown(page.getByText('Sidebar content'));
  await until(async () => (await page.locator('.tl-k-json').count()) > 0 && (await jsonShown(page)).expanded === true,
    'the sidebar reported open');
  await afterRun(page, () => page.getByRole('button', { name: 'Collapse sidebar' }).click());
  await until(async () => (await jsonShown(page)).expanded === false, 'the sidebar reported closed');

  // --- a run that streams (pauses before and after the component): its script runs once the run
  // is drawn, the link below it there (a mid-run message once sent the component's props
  // incomplete, and the page never ran its script)
  await page.getByRole('button', { name: 'Expand sidebar' }).click();
  await page.getByRole('link', { name: 'streamed links' }).click();
  await shown(page.getByText('links seen: 1'), 3 * RUN_TIMEOUT);
  assert.equal(await page.getByRole('link', { name: 'later' }).getAttribute('data-handled'), 'yes');
  assert.equal(await page.getByRole('alert').count(), 0, 'no component refused its props');

  assert.deepEqual(errors, []);
  assert.deepEqual(violations, []);
});
