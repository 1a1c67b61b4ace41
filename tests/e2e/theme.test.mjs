// The theme in Chromium (issue 13): Streamlit 1.67's palettes and fonts, a custom [theme]
// from .streamlit/config.toml (primary colour on a button, font, radius, a bad colour shown
// and the default kept), the light/dark switch of Settings, and st.context.theme following it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { BOOT_TIMEOUT, ROOT, afterRun, blockNetwork, launchBrowser, shown, startTablit, until } from './helpers.mjs';

let server;
let browser;
before(async () => {
  server = await startTablit(['serve', 'tests/e2e/apps/theme/app.py']);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
});

/** Computed style properties of the first element matching `selector`. */
const styleOf = (page, selector, props) => page.locator(selector).first().evaluate(
  (el, ps) => Object.fromEntries(ps.map((p) => [p, getComputedStyle(el)[p]])), props);

test('a custom [theme], the Settings switch, st.context.theme', { timeout: 240_000 }, async () => {
  const context = await browser.newContext({ colorScheme: 'light' });
  const outside = await blockNetwork(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  const fonts = [];
  page.on('request', (r) => { if (/\.woff2$/.test(r.url())) fonts.push(new URL(r.url()).pathname); });
  await page.goto(server.url);
  await shown(page.getByText('Themed app'), BOOT_TIMEOUT);
  const go = page.getByRole('button', { name: 'Go' });
  await shown(go);

  // [theme]: primaryColor on the primary button, baseRadius "full" (1.4rem), font "monospace"
  await until(async () => (await styleOf(page, '.tl-btn-primary', ['backgroundColor'])).backgroundColor === 'rgb(30, 144, 255)',
    'the primary button in the theme colour');
  const btn = await styleOf(page, '.tl-btn-primary', ['borderTopLeftRadius', 'fontFamily', 'color']);
  assert.equal(btn.borderTopLeftRadius, '22.4px');
  assert.match(btn.fontFamily, /^"Source Code Pro"/);
  // a segmented control's ends take the button radius too (1.67)
  await page.getByRole('radio', { name: 'One' }).waitFor();   // (a single-select segmented control: 1.67's radios)
  assert.equal((await styleOf(page, '.tl-segment', ['borderTopLeftRadius'])).borderTopLeftRadius, '22.4px');
  const input = await styleOf(page, 'input.tl-input', ['borderTopLeftRadius', 'fontSize', 'borderTopWidth']);
  assert.equal(input.borderTopLeftRadius, '22.4px');
  assert.equal(input.fontSize, '14px', 'widget text is 14 px as in 1.67');
  assert.equal(input.borderTopWidth, '1px', 'inputs have borders in 1.67');
  // the bad textColor: a message in the page, and the default text colour kept
  const notice = page.getByRole('alert').filter({ hasText: /textColor = 'bogus': not a colour/ });
  await shown(notice);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  const light = await styleOf(page, '.tl-root', ['color', 'backgroundColor']);
  assert.deepEqual(light, { color: 'rgb(47, 45, 43)', backgroundColor: 'rgb(255, 255, 255)' });
  await shown(page.getByText(/Theme type:\s*light/));

  // the fonts: our own files, latin subset, swapped in (first paint does not wait)
  await until(() => fonts.some((f) => f.endsWith('/fonts/source-code-pro-latin-wght-normal.woff2')), 'Source Code Pro fetched');
  const faces = await page.evaluate(() => [...document.fonts].map((f) => ({ family: f.family, display: f.display })));
  assert.ok(faces.some((f) => /Source Sans/.test(f.family)) && faces.some((f) => /Source Code Pro/.test(f.family)));
  assert.ok(faces.filter((f) => /Source (Sans|Code Pro)/.test(f.family)).every((f) => f.display === 'swap'));

  // Main menu -> Dark: 1.67's dark palette (the custom theme is a light one), st.context follows
  const choose = async (label) => {
    await page.getByRole('button', { name: 'Main menu' }).click();
    await page.getByRole('menuitemradio', { name: label }).click();   // 1.67's theme switcher in the main menu
    await page.keyboard.press('Escape');
  };
  await choose('Dark');
  await until(async () => (await styleOf(page, '.tl-root', ['backgroundColor'])).backgroundColor === 'rgb(23, 22, 20)', 'the dark background');
  assert.equal((await styleOf(page, '.tl-root', ['color'])).color, 'rgb(237, 235, 232)');
  assert.equal((await styleOf(page, '.tl-btn-primary', ['backgroundColor'])).backgroundColor, 'rgb(207, 66, 80)');
  assert.equal((await styleOf(page, '.tl-markdown code', ['backgroundColor'])).backgroundColor, 'rgb(36, 35, 33)');
  await afterRun(page, () => page.getByRole('button', { name: 'Rerun' }).click());
  await shown(page.getByText(/Theme type:\s*dark/));

  // back to Light: the custom theme again
  await choose('Light');
  await until(async () => (await styleOf(page, '.tl-btn-primary', ['backgroundColor'])).backgroundColor === 'rgb(30, 144, 255)',
    'the custom primary colour again');
  await afterRun(page, () => page.getByRole('button', { name: 'Rerun' }).click());
  await shown(page.getByText(/Theme type:\s*light/));

  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a font named "<family>:<url>" is linked as 1.67 links it; baseFontSize scales the sidebar', { timeout: 240_000 }, async () => {
  const fontsServer = await startTablit(['serve', 'tests/e2e/apps/theme_fonts/app.py']);
  const context = await browser.newContext({ colorScheme: 'light' });
  const outside = await blockNetwork(context);
  // the font host of the config, answered here (the last route added is asked first)
  const asked = [];
  const woff2 = readFileSync(path.join(ROOT, 'dist', 'fonts', 'source-code-pro-latin-wght-normal.woff2'));
  await context.route('https://fonts.example.test/**', (route) => {
    const url = route.request().url();
    asked.push(url);
    if (url.endsWith('.woff2')) return route.fulfill({ body: woff2, contentType: 'font/woff2', headers: { 'access-control-allow-origin': '*' } });
    if (!url.includes('/css2?')) return route.fulfill({ contentType: 'text/css', body: '/* the app\'s own sheet */' });
    return route.fulfill({ contentType: 'text/css',
      body: "@font-face { font-family: 'Test Sans'; src: url(https://fonts.example.test/test-sans.woff2) format('woff2'); }" });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  try {
    await page.goto(fontsServer.url);
    await shown(page.getByRole('heading', { name: 'Fonts from a URL' }), BOOT_TIMEOUT);
    // the stylesheet is linked once, with the URL as written (its comma and semicolon kept)
    const css = 'https://fonts.example.test/css2?family=Test+Sans:ital,wght@0,400;1,700&display=swap';
    await until(() => asked.includes(css), 'the font stylesheet requested');
    assert.equal(await page.locator('link[rel=stylesheet][data-tl-font-sheet]').count(), 1);
    // an app's own <style>@import and <link rel=stylesheet> in st.markdown(unsafe_allow_html=True)
    await until(() => asked.includes('https://fonts.example.test/imported.css'), 'the @import requested');
    await until(() => asked.includes('https://fonts.example.test/linked.css'), 'the linked stylesheet requested');
    await until(() => page.evaluate(() => document.fonts.check("16px 'Test Sans'")), 'the family from the stylesheet loaded');
    assert.match((await styleOf(page, '.tl-root', ['fontFamily'])).fontFamily, /^"Test Sans"/);
    // no notice about it (1.67 shows none)
    assert.equal(await page.getByRole('alert').count(), 0);

    // baseFontSize 14: 1.67's sidebar is 18.75rem = 262.5 px, and its resize handle says so
    const sidebar = page.getByTestId('stSidebar');
    assert.equal(Math.round((await sidebar.boundingBox()).width), 263);
    assert.equal(await page.getByRole('separator', { name: 'Resize sidebar' }).getAttribute('aria-valuenow'), '263');
    // a top-aligned column moves only its first checkbox or toggle down (8 px at 16 px; 0.5rem = 7 px here)
    const pad = (name) => page.getByTestId(/^st(Checkbox|Toggle)$/).filter({ hasText: name }).first()
      .evaluate((el) => getComputedStyle(el).paddingTop);
    assert.equal(await pad('First checkbox'), '7px');
    assert.equal(await pad('Second toggle'), '0px');
    assert.deepEqual(outside, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await fontsServer.stop();
  }
});
