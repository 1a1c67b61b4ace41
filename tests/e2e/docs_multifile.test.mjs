// Streamlit's documentation apps about pages, navigation and the app as a whole, opened
// as a user would (apps copied into tests/e2e/apps/docs_multifile/, origin in each file):
// st.navigation(position="top") in the header, a long sidebar menu collapsing,
// st.switch_page with query params, and the multithreading guide's threads.
// One gallery server over that folder, one browser, a Pyodide boot per app.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { BOOT_TIMEOUT, ROOT, afterRun, launchBrowser, shown, startTablit, until } from './helpers.mjs';

let server;
let browser;
let context;
before(async () => {
  server = await startTablit(['gallery', path.join(ROOT, 'tests', 'e2e', 'apps', 'docs_multifile')]);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Open an app of the folder; page.errors collects page errors and exception boxes are checked by the tests. */
async function open(name, heading) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(new URL(`${name}/`, server.url).href);
  await shown(page.getByRole('heading', { name: heading, exact: true }), BOOT_TIMEOUT);
  await page.waitForFunction(() => !document.querySelector('[data-first-paint]'), null, { timeout: BOOT_TIMEOUT });
  return page;
}

const pathOf = (page) => new URL(page.url()).pathname;

describe('documentation apps: pages and navigation', () => {
  test('position="top": sections are header menus of their pages; mouse and keyboard navigate', { timeout: 180_000 }, async () => {
    const page = await open('navigation_top', 'Create your account');
    const nav = page.getByRole('navigation', { name: 'App pages' });
    await shown(nav);
    assert.equal(await page.locator('[data-testid=stSidebar]').count(), 0, 'no sidebar: the menu is in the header');
    const account = nav.getByRole('button', { name: 'Your account' });
    const resources = nav.getByRole('button', { name: 'Resources' });
    assert.equal(await account.getAttribute('aria-expanded'), 'false');

    await account.click();
    const menu = page.getByRole('menu', { name: 'Your account' });
    await shown(menu);
    assert.deepEqual(await menu.getByRole('menuitem').allTextContents(), ['Create your account', 'Manage your account']);
    assert.equal(await menu.getByRole('menuitem', { name: 'Create your account' }).getAttribute('aria-current'), 'page');
    await page.keyboard.press('Escape');                                   // closes, focus back on the button
    await until(async () => (await menu.count()) === 0, 'menu closed by Escape');
    assert.equal(await account.evaluate((b) => b === document.activeElement), true);

    await resources.click();
    await afterRun(page, () => page.getByRole('menuitem', { name: 'Try it out' }).click());
    await shown(page.getByRole('heading', { name: 'Try it out' }));
    await until(() => pathOf(page) === '/navigation_top/trial', 'URL of the page');
    assert.equal(await page.getByRole('menu').count(), 0, 'the menu closes after choosing');

    await account.focus();                                                 // keyboard: ArrowDown opens, arrows move, Enter goes
    await page.keyboard.press('ArrowDown');
    await shown(page.getByRole('menu', { name: 'Your account' }));
    await page.keyboard.press('ArrowDown');
    await afterRun(page, () => page.keyboard.press('Enter'));
    await shown(page.getByRole('heading', { name: 'Manage your account' }));
    assert.equal(pathOf(page), '/navigation_top/manage_account');
    assert.equal(await page.locator('[data-testid=stException]').count(), 0);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('a long sidebar menu shows ten pages and "View 4 more"; expanded=N shows N', { timeout: 180_000 }, async () => {
    const page = await open('nav_long', 'Page 1');
    const nav = page.getByRole('navigation', { name: 'App pages' });
    const links = nav.getByRole('link');
    await until(async () => (await links.count()) === 10, 'ten links');
    const more = nav.getByRole('button', { name: 'View 4 more' });
    await more.click();
    await until(async () => (await links.count()) === 14, 'fourteen links');
    await afterRun(page, () => nav.getByRole('link', { name: 'Page 13' }).click());
    await shown(page.getByRole('heading', { name: 'Page 13' }));
    assert.equal(await nav.getByRole('button', { name: 'View less' }).getAttribute('aria-expanded'), 'true');
    await nav.getByRole('button', { name: 'View less' }).click();
    await until(async () => (await links.count()) === 10, 'ten links again');

    const shownWhenCollapsed = page.getByRole('spinbutton', { name: 'Pages shown when collapsed' });
    await shownWhenCollapsed.fill('3');
    await afterRun(page, () => shownWhenCollapsed.press('Enter'));
    await shown(nav.getByRole('button', { name: 'View 11 more' }));
    assert.equal(await links.count(), 3);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('st.switch_page with query_params opens the page with them', { timeout: 120_000 }, async () => {
    const page = await open('switch_page_query', 'Page 1');
    await afterRun(page, () => page.getByRole('button', { name: 'Switch to Page 2' }).click());
    await shown(page.getByRole('heading', { name: 'Page 2' }));
    await until(() => pathOf(page) === '/switch_page_query/page_2', 'URL of page 2');
    assert.equal(new URL(page.url()).search, '?utm_source=page_1');
    await shown(page.getByText('utm_source'));
    await afterRun(page, () => page.getByRole('navigation', { name: 'App pages' }).getByRole('link', { name: 'page 1' }).click());
    await shown(page.getByRole('heading', { name: 'Page 1' }));
    assert.equal(new URL(page.url()).search, '');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('the multithreading guide: threads given the run context write into their containers', { timeout: 120_000 }, async () => {
    const page = await open('multithreading', 'Thread 0');
    await until(async () => (await page.getByText(/^start: [\d.]+, end: [\d.]+$/).count()) === 5, 'five thread results');
    assert.equal(await page.locator('[data-testid=stException]').count(), 0, "no \"can't start new thread\"");
    const results = await page.getByText(/^start: /).allTextContents();
    for (const [i, r] of results.entries()) {
      const [, start, end] = /start: ([\d.]+), end: ([\d.]+)/.exec(r).map(Number);
      assert.ok(end - start >= [0.5, 0.4, 0.3, 0.2, 0.1][i] - 0.01, `thread ${i} slept: ${r}`);
    }
    await afterRun(page, () => page.getByRole('button', { name: 'Rerun' }).click());
    await until(async () => (await page.getByText(/^start: /).count()) === 5, 'five results after a rerun');
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});
