// Streamlit's Markdown dialect in Chromium: a Material icon and an emoji
// shortcode are drawn visibly (an SVG in the text colour, 🐱 in a tab label),
// and a page without icons fetches no icon file (nor the emoji table).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { BOOT_TIMEOUT, ROOT, afterRun, launchBrowser, shown, startTablit, until, watchPolicy } from './helpers.mjs';

let server, browser;
before(async () => {
  server = await startTablit(['serve', path.join(ROOT, 'tests', 'e2e', 'apps', 'dialect', 'app.py')]);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
});

test('icons and emoji are drawn, and fetched only when a page shows them', { timeout: 180_000 }, async () => {
  const page = await (await browser.newContext()).newPage();
  const violations = [];
  watchPolicy(page, violations);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(server.url);
  await page.getByRole('heading', { name: 'Dialect' }).waitFor({ timeout: BOOT_TIMEOUT });
  await shown(page.getByText('badge', { exact: true }));
  assert.deepEqual(fetched.filter((p) => /\/icons\/|icon_files|emoji_table/.test(p)), [], 'no icon files before an icon is shown');

  await afterRun(page, () => page.getByRole('button', { name: 'Show icons' }).click());
  // the Material icon in the body: an SVG, sized like the text, in the text colour
  const icon = page.locator('.tl-k-markdown [data-mi="devices"] svg').first();
  await shown(icon);
  const box = await icon.boundingBox();
  assert.ok(box.width >= 12 && box.height >= 12, `a visible icon, got ${JSON.stringify(box)}`);
  await shown(page.getByRole('img', { name: 'devices icon' }).first());
  // in the st.table cell too, and on icon=
  await shown(page.locator('td [data-mi="devices"] svg'));
  await shown(page.locator('[data-icon="thumb_up"] svg'));
  // the emoji shortcode in a tab label and in the body
  await shown(page.getByRole('tab', { name: '🐱 Cat' }));
  await until(async () => (await page.locator('.tl-k-markdown').nth(1).innerText()).includes('🐱 Cat'), 'the emoji in the body');
  assert.equal(fetched.filter((p) => p.endsWith('/icons/devices.svg')).length, 1, 'each icon file fetched once');
  assert.deepEqual(errors, []);
  assert.deepEqual(violations, []);
});
