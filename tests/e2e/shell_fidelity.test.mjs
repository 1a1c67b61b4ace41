// The app shell as Streamlit 1.67 has it, operated as a user's Playwright test would (by
// role and label): the sidebar's collapse / expand buttons (1.67's names, the collapse one
// shown while the pointer is over the sidebar and still reached by Tab), the page menu's
// foldable sections and the collapsed sidebar (kept across a reload), the resize handle (drag,
// arrow keys, double click), st.logo leading back home, the narrow-screen auto-collapse at 1.67's 768px
// breakpoint, the tab's title and icon (an emoji, a Material icon), heading anchors (the link puts #anchor in the URL,
// opening URL#anchor scrolls there), position="top" moving what does not fit into "N more".
// Apps: tests/e2e/apps/shell/ (from streamlit/docs' navigation examples, origin in each file).
// One gallery server, one browser.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BOOT_TIMEOUT, ROOT, afterRun, docsGallery, serveStatic, shown, until } from './helpers.mjs';
import { buildStatic } from '../../web/serve/build_static.js';

const openApp = docsGallery('tests/e2e/apps/shell', { before, after }, { viewport: { width: 1280, height: 800 } });
/** Open an app of the folder (`rest`: a page path, query or #fragment) once `heading` is shown and live. */
const open = (rest, heading) => openApp(rest, (page) => page.getByRole('heading', { name: heading, exact: true }));

const opacity = (locator) => locator.evaluate((el) => {
  let o = 1;
  for (let e = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
  return o;
});

describe('the app shell, as 1.67', () => {
  test('sidebar: collapse/expand buttons, foldable sections, tab title and icon, narrow screens', { timeout: 300_000 }, async () => {
    const page = await open('sections/', 'Create your account');
    const sidebar = page.getByRole('region', { name: 'Sidebar' });
    const nav = sidebar.getByRole('navigation', { name: 'App pages' });
    await shown(nav.getByRole('link', { name: 'Learn about us' }));
    assert.equal(await page.title(), 'Shell fidelity');
    const icon = await page.locator('link[rel~="icon"][data-tablit]').getAttribute('href');
    assert.ok(decodeURIComponent(icon).includes('🦜'), `the favicon draws the page_icon (${icon.slice(0, 60)})`);

    // the collapse button: hidden until the pointer is over the sidebar, reached by the keyboard
    const collapse = page.getByRole('button', { name: 'Collapse sidebar' });
    await page.mouse.move(900, 400);
    await until(async () => (await opacity(collapse)) === 0, 'the collapse button hidden away from the sidebar');
    await sidebar.getByText('Sidebar text').hover();
    await until(async () => (await opacity(collapse)) === 1, 'the collapse button shown over the sidebar');
    await page.mouse.move(900, 400);
    await until(async () => (await opacity(collapse)) === 0, 'hidden again');
    await collapse.focus();
    await until(async () => (await opacity(collapse)) === 1, 'the focused collapse button shown');
    assert.equal(await collapse.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('Enter');
    await until(async () => !(await sidebar.isVisible()), 'the sidebar closed');
    const expand = page.getByRole('button', { name: 'Expand sidebar' });
    await shown(expand);
    await shown(page.getByTestId('stHeader').getByRole('img', { name: 'Logo' }));   // the logo moves to the header
    assert.equal(await expand.getAttribute('aria-expanded'), 'false');
    assert.ok(await expand.evaluate((el) => el === document.activeElement), 'focus moved to "Expand sidebar"');
    await expand.click();
    await shown(nav.getByRole('link', { name: 'Try it out' }));

    // sections fold and unfold; the state outlives a reload (as 1.67's localStorage)
    const account = nav.getByRole('button', { name: 'Your account' });
    assert.equal(await account.getAttribute('aria-expanded'), 'true');
    await account.click();
    await until(async () => (await account.getAttribute('aria-expanded')) === 'false', 'the section folded');
    assert.equal(await nav.getByRole('link', { name: 'Manage your account' }).count(), 0);
    await shown(nav.getByRole('link', { name: 'Learn about us' }));
    // the width: a drag on the resize handle, the arrow keys on it, a double click back to 300px
    const handle = page.getByRole('separator', { name: 'Resize sidebar' });
    const width = async () => Math.round((await sidebar.boundingBox()).width);
    assert.equal(await width(), 300);
    const hb = await handle.boundingBox();
    await page.mouse.move(hb.x + 4, hb.y + 300);
    await page.mouse.down();
    await page.mouse.move(380, hb.y + 300, { steps: 4 });
    await page.mouse.up();
    await until(async () => Math.abs((await width()) - 380) <= 4, 'the sidebar dragged to 380px');
    await handle.focus();
    const before = Number(await handle.getAttribute('aria-valuenow'));
    await page.keyboard.press('ArrowRight');
    await until(async () => Number(await handle.getAttribute('aria-valuenow')) === before + 10, 'ArrowRight widens by 10px');
    await handle.dblclick();
    await until(async () => (await width()) === 300, 'a double click goes back to 300px');

    // the user's collapse is remembered for this app (as 1.67's localStorage), like the folded section
    await page.getByRole('button', { name: 'Collapse sidebar' }).click();
    await shown(page.getByRole('button', { name: 'Expand sidebar' }));
    await page.reload();
    await shown(page.getByRole('heading', { name: 'Create your account', exact: true }), 3 * BOOT_TIMEOUT);
    await shown(page.getByRole('button', { name: 'Expand sidebar' }));
    assert.equal(await sidebar.isVisible(), false, 'still collapsed after a reload');
    await page.getByRole('button', { name: 'Expand sidebar' }).click();
    await until(async () => (await nav.getByRole('button', { name: 'Your account' }).getAttribute('aria-expanded')) === 'false', 'still folded after a reload');
    assert.equal(await nav.getByRole('link', { name: 'Manage your account' }).count(), 0);
    await nav.getByRole('button', { name: 'Your account' }).press('Enter');
    await shown(nav.getByRole('link', { name: 'Manage your account' }));

    // a page link navigates in place
    await page.waitForFunction(() => !document.querySelector('[data-first-paint]'), null, { timeout: 3 * BOOT_TIMEOUT });
    await afterRun(page, () => nav.getByRole('link', { name: 'Try it out' }).click());
    await shown(page.getByRole('heading', { name: 'Try it out', exact: true }));
    assert.equal(await nav.getByRole('link', { name: 'Try it out' }).getAttribute('aria-current'), 'page');
    // st.logo without link=: away from the default page it leads back there (1.67)
    const logo = sidebar.getByRole('img', { name: 'Logo' }).and(page.getByTestId('stSidebarLogo'));
    await shown(logo);
    assert.equal(Math.round((await logo.boundingBox()).height), 32, 'size="large": 2rem high, as 1.67');
    await afterRun(page, () => sidebar.getByRole('button', { name: 'Navigate to home page' }).click());
    await shown(page.getByRole('heading', { name: 'Create your account', exact: true }));
    assert.equal(await sidebar.getByRole('button', { name: 'Navigate to home page' }).count(), 0, 'not on the home page itself');
    await afterRun(page, () => nav.getByRole('link', { name: 'Try it out' }).click());
    await shown(page.getByRole('heading', { name: 'Try it out', exact: true }));

    // narrower than 768px: the sidebar closes by itself, and again after a click in the app
    await page.setViewportSize({ width: 700, height: 800 });
    await until(async () => !(await sidebar.isVisible()), 'the sidebar closed on a narrow window');
    await page.getByRole('button', { name: 'Expand sidebar' }).click();
    await shown(nav);
    assert.ok(await page.getByRole('button', { name: 'Collapse sidebar' }).isVisible());
    await page.getByRole('heading', { name: 'Try it out', exact: true }).click();
    await until(async () => !(await sidebar.isVisible()), 'a click in the app closed the narrow sidebar');
    await page.setViewportSize({ width: 1280, height: 800 });
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('heading anchors: the link puts #anchor in the URL; opening URL#anchor scrolls to it', { timeout: 240_000 }, async () => {
    const page = await open('sections/', 'Create your account');
    const terms = page.getByRole('heading', { name: 'Terms of use', exact: true });
    await terms.scrollIntoViewIfNeeded();
    await terms.hover();
    await terms.getByRole('link', { name: 'Link to heading' }).click();
    await until(() => new URL(page.url()).hash === '#terms-anchor', 'the URL names the anchor');
    assert.equal(await page.getByRole('heading', { name: 'Create your account', exact: true }).count(), 1, 'no navigation');
    await page.close();

    const landed = await open('sections/#details', 'Create your account');
    await until(async () => {
      const box = await landed.getByRole('heading', { name: 'Account details', exact: true }).boundingBox();
      const title = await landed.getByRole('heading', { name: 'Create your account', exact: true }).boundingBox();
      return box && title && title.y < 0 && box.y >= 0 && box.y < 200;
    }, 'the page scrolled to #details');
    const far = await open('sections/#terms-anchor', 'Create your account');
    await until(async () => {
      const box = await far.getByRole('heading', { name: 'Terms of use', exact: true }).boundingBox();
      return box && box.y >= 0 && box.y < 800;
    }, 'the page scrolled to #terms-anchor');
    // below the header (it stays on top of the scrolled page, the main menu in it, as 1.67)
    const terms2 = await far.getByRole('heading', { name: 'Terms of use', exact: true }).boundingBox();
    assert.ok(terms2.y >= 55, `the heading is not under the header (${terms2.y})`);
    const menu = await far.getByRole('button', { name: 'Main menu' }).boundingBox();
    assert.ok(menu && menu.y >= 0 && menu.y < 60, `the main menu stays in view (${menu?.y})`);
    const header = far.getByTestId('stHeader');
    assert.notEqual(await header.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgba(0, 0, 0, 0)', 'the header hides what scrolls under it');
    assert.deepEqual([...landed.errors, ...far.errors], []);
    await landed.close();
    await far.close();
  });

  test('hash routing (a built site): the link of a heading scrolls and keeps "#/page"; a reload stays on the page', { timeout: 300_000 }, async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tablit-hash-anchors-'));
    const site = await serveStatic((await buildStatic({ appFile: path.join(ROOT, 'tests', 'e2e', 'apps', 'shell', 'sections', 'app.py'),
      out: path.join(out, 'site'), prerender: false })).out);
    try {
      const page = await open(new URL('#/learn', site.url).href, 'Learn about us');
      const title = page.getByRole('heading', { name: 'Learn about us', exact: true });
      await title.hover();
      await title.getByRole('link', { name: 'Link to heading' }).click();
      await until(() => new URL(page.url()).hash === '#/learn#learn-about-us', `the URL keeps the page (${page.url()})`);
      await page.waitForTimeout(300);   // a navigation would have started by now
      assert.equal(await title.count(), 1, 'still on "Learn about us"');
      assert.equal(await page.getByRole('link', { name: 'Learn about us' }).getAttribute('aria-current'), 'page');
      await page.reload();
      await shown(page.getByRole('heading', { name: 'Learn about us', exact: true }), 3 * BOOT_TIMEOUT);
      assert.deepEqual(page.errors, []);
      await page.close();
    } finally {
      await site.stop();
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  test('position="top": what does not fit goes into "N more", a menu of its pages by section', { timeout: 240_000 }, async () => {
    const page = await open('top/', 'Overview part 1');
    const nav = page.getByRole('navigation', { name: 'App pages' });
    await shown(nav.getByRole('link', { name: 'Overview part 1' }));
    // no page_title: the tab shows the page's title; a Material page_icon is drawn from our own icon files
    assert.equal(await page.title(), 'Overview part 1');
    await until(async () => decodeURIComponent(await page.locator('link[rel~="icon"][data-tablit]').getAttribute('href') ?? '').startsWith('data:image/svg+xml,<svg'),
      'the favicon is the Material icon');
    await page.setViewportSize({ width: 800, height: 800 });
    const more = nav.getByRole('button', { name: /^\d+ more$/ });
    await shown(more);
    const label = await more.innerText();
    const hidden = Number(/(\d+) more/.exec(label)[1]);
    await more.click();
    const menu = page.getByRole('menu');
    await shown(menu);
    assert.equal(await menu.getByRole('menuitem').count(), hidden, `"${label}" lists that many pages`);
    await shown(menu.getByRole('group', { name: 'Resources' }));
    // a top menu of several pages keeps 8rem above the first element (6rem without one), as 1.67
    assert.equal(await page.getByTestId('stMainBlockContainer').evaluate((e) => getComputedStyle(e).paddingTop), '128px');
    // the header holds one line
    const box = await nav.boundingBox();
    assert.ok(box.height < 48, `the top menu stays one line (${box.height}px)`);
    await afterRun(page, () => menu.getByRole('menuitem', { name: 'Learn about us' }).click());
    await shown(page.getByRole('heading', { name: 'Learn about us', exact: true }));
    // narrow: the menu moves into the (collapsed) sidebar, as 1.67; wide again: back in the header
    await page.setViewportSize({ width: 700, height: 800 });
    await until(async () => (await page.getByTestId('stTopNav').count()) === 0, 'no top menu on a narrow window');
    await page.getByRole('button', { name: 'Expand sidebar' }).click();
    const side = page.getByRole('region', { name: 'Sidebar' }).getByRole('navigation', { name: 'App pages' });
    await shown(side.getByRole('link', { name: 'Learn about us' }));
    // wide again: everything fits, no "more"
    await page.setViewportSize({ width: 1800, height: 800 });
    await shown(page.getByTestId('stTopNav'));
    assert.equal(await page.getByRole('region', { name: 'Sidebar' }).count(), 0, 'no sidebar: the menu is in the header');
    await until(async () => (await more.count()) === 0, 'no "N more" when all fits');
    await shown(nav.getByRole('button', { name: 'Resources' }));
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});
