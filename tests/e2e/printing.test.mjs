// What apps print, by visible text in Chromium (issue 15): math is typeset
// (not raw TeX), dedented Markdown is not a code block, st.write(df) is a
// grid, a shortcut key clicks its button, asyncio works in the worker.
// The app imports pandas: it runs on the Pyodide 0.27.7 fixture, offline.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { BOOT_TIMEOUT, afterRun, blockNetwork, launchBrowser, servePyodide027, shown } from './helpers.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' blob:; worker-src 'self' blob:; " +
  "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self' data: blob:";

let server;
let browser;
before(async () => {
  server = await servePyodide027('tests/e2e/apps/printing/app.py');
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
});

test('math, dedented Markdown, st.write(df) as a grid, a shortcut key, asyncio', { timeout: 300_000 }, async () => {
  const context = await browser.newContext();
  const outside = await blockNetwork(context);
  // the page under a Content-Security-Policy without 'unsafe-eval' (KaTeX must not need it)
  await context.route(server.url, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
  });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(server.url);
  await shown(page.getByText(/top-level await: 10/), BOOT_TIMEOUT * 3);

  // dedented Markdown: a heading and a paragraph, no code block
  await shown(page.getByRole('heading', { name: 'Dedented heading' }));
  await shown(page.getByText('This paragraph was indented in the source.'));
  assert.equal(await page.locator('.tl-markdown pre').count(), 0);

  // math: typeset by KaTeX; the TeX source is not shown as text
  await shown(page.locator('.katex-display').first());
  await shown(page.getByText(/Inline math:/));
  assert.equal(await page.locator('.katex').count(), 2);
  const visible = await page.locator('main, body').first().innerText();
  assert.ok(!visible.includes('\\frac'), 'no raw TeX on screen');
  assert.ok(!visible.includes('e^{i'), 'no raw TeX on screen');
  assert.match(visible, /a price of \$5\./);
  const css = await page.evaluate(() => [...document.querySelectorAll('link[data-tablit-katex]')].map((l) => new URL(l.href).pathname));
  assert.equal(css.length, 1);
  assert.match(css[0], /katex\/katex\.min\.css$/);
  assert.ok(await page.evaluate(() => document.fonts.check('16px KaTeX_Main')), 'KaTeX fonts from our own files');

  // st.write("Frame:", df, "end"): text, a grid, text; a numpy array is a grid too
  await shown(page.getByText('Frame:', { exact: true }));
  await shown(page.getByText('end', { exact: true }));
  const grid = page.getByRole('grid').first();
  await shown(grid);
  assert.deepEqual(await grid.getByRole('columnheader').allInnerTexts(), ['', 'city', 'pop']); // the index, then the columns
  assert.equal(await page.getByRole('grid').count(), 2);

  // the shortcut: hint drawn, key K presses the button
  const button = page.getByRole('button', { name: 'Press me' });
  assert.equal(await button.locator('kbd').innerText(), 'K');
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await afterRun(page, () => page.keyboard.press('k'));
  await shown(page.getByText('presses = 1'));

  // asyncio in the worker
  await shown(page.getByText('asyncio.run: 42'));
  await shown(page.getByText(/browser promise: (7|BrowserAwaitError)/));
  assert.deepEqual(errors, []);
  assert.deepEqual(outside, []);
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'nothing blocked by the CSP');
  // the CSP was in force (Playwright's own evaluate may eval; an inline script may not run)
  assert.equal(await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.head.append(s);
    return window.__inline ? 'ran' : 'blocked';
  }), 'blocked');
});
