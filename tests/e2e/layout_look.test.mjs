// Issue 13's layout in Chromium: the active tab's underline is drawn (not
// clipped by the scrolling tab bar), the toast sits top-right, a top-level
// chat_input is pinned to the bottom with the newest message above it, and a
// heading's anchor link shows on hover and on keyboard focus.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { BOOT_TIMEOUT, afterRun, launchBrowser, shown, startTablit, until } from './helpers.mjs';

let server;
let browser;
before(async () => {
  server = await startTablit(['serve', 'tests/e2e/apps/layout_look/app.py']);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
});

const opacity = (locator) => locator.evaluate((el) => Number(getComputedStyle(el).opacity));

test('tabs, toast, pinned chat input, header anchors', { timeout: 240_000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(server.url);
  await shown(page.getByRole('heading', { name: 'Layout look' }), BOOT_TIMEOUT);
  const W = 1280;
  const H = 900;

  // the active tab's underline: 2px in the primary colour at the bar's bottom, and what is
  // painted there (nothing clips it); labels overflow, so the bar offers "Scroll tabs right"
  const active = page.getByRole('tab', { name: 'Tab number 1', exact: true });
  await active.scrollIntoViewIfNeeded();
  assert.equal(await active.getAttribute('aria-selected'), 'true');
  const line = await active.evaluate((tab) => {
    const l = tab.querySelector('.tl-tab-line');
    const r = l.getBoundingClientRect();
    const bar = tab.closest('[role=tablist]').getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    const primary = getComputedStyle(tab).color;
    return { h: r.height, w: r.width, bottomGap: bar.bottom - r.bottom, hit: hit === l, bg: getComputedStyle(l).backgroundColor, primary };
  });
  assert.equal(line.h, 2);
  assert.ok(line.w > 20);
  assert.ok(Math.abs(line.bottomGap) < 1, 'at the bottom of the bar');
  assert.ok(line.hit, 'the underline is what is painted there');
  assert.equal(line.bg, line.primary, 'in the active tab colour (primary)');
  await shown(page.getByRole('button', { name: 'Scroll tabs right' }));
  await page.getByRole('tab', { name: 'Tab number 1', exact: true }).focus();
  await page.keyboard.press('End');
  await until(async () => (await page.getByRole('tab', { name: 'Tab number 12' }).getAttribute('aria-selected')) === 'true', 'End selects the last tab');
  await shown(page.getByRole('button', { name: 'Scroll tabs left' }));

  // the toast: top-right, below the header, with a named Close button
  const toast = page.getByRole('region', { name: 'Notifications' }).getByRole('status').filter({ hasText: 'Saved!' });
  await shown(toast);
  // (measured once its 0.2 s slide-in has ended: mid-animation it is still moving in from the right)
  await toast.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
  const box = await toast.boundingBox();
  assert.ok(box.y >= 56 && box.y < 140, `top, below the header (y=${box.y})`);
  assert.ok(Math.abs(W - (box.x + box.width) - 16) <= 2, `right edge 1rem from the window's (x=${box.x}, w=${box.width})`);
  await shown(toast.getByRole('button', { name: 'Close' }));

  // header anchor: hidden until the heading's element is hovered; Tab from the title reaches it
  const title = page.getByRole('heading', { name: 'Layout look' });
  assert.equal(await title.getAttribute('id'), 'layout-look');
  const link = title.getByRole('link', { name: 'Link to heading' });
  assert.equal(await link.getAttribute('href'), '#layout-look');
  await page.mouse.move(W - 5, H / 2);
  await until(async () => (await opacity(link)) === 0, 'the link hidden while not hovered');
  await title.hover();
  await until(async () => (await opacity(link)) === 1, 'the link shown on hover');
  await page.mouse.move(W - 5, H / 2);
  await title.getByText('Layout look').click();
  await page.mouse.move(W - 5, H / 2);
  await page.keyboard.press('Tab');
  await until(() => link.evaluate((a) => a === document.activeElement), 'Tab reaches the link');
  await until(async () => (await opacity(link)) === 1, 'the link shown on keyboard focus');

  // the chat input: pinned at the bottom of the window, the new message just above it
  const input = page.getByRole('textbox', { name: 'Say something' });
  const pinned = await input.evaluate((el) => !!el.closest('[data-testid=stBottom]'));
  assert.ok(pinned, 'in the bottom block');
  await input.fill('hello there');
  await afterRun(page, () => input.press('Enter'));
  const msg = page.getByRole('group', { name: 'Chat message from user' }).filter({ hasText: 'hello there' });
  await shown(msg);
  await until(async () => {
    const m = await msg.boundingBox();
    const i = await input.boundingBox();
    return m && i && m.y + m.height <= i.y && m.y + m.height > 0 && m.y < H;
  }, 'the message in view, above the input');
  const chatBox = await page.locator('[data-testid=stBottom] .tl-chat-box').boundingBox();
  assert.ok(Math.abs(H - (chatBox.y + chatBox.height) - 56) <= 4, `the input 3.5rem above the window's bottom (bottom=${chatBox.y + chatBox.height})`);
  assert.deepEqual(errors, []);
  await context.close();
});
