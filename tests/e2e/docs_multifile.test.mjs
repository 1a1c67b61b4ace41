// Streamlit's documentation apps about pages, navigation and the app as a whole, opened
// as a user would (apps copied into tests/e2e/apps/docs_multifile/, origin in each file):
// st.navigation(position="top") in the header, a long sidebar menu collapsing,
// st.switch_page with query params, and the multithreading guide's threads.
// One gallery server over that folder, one browser, a Pyodide boot per app.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { afterRun, docsGallery, shown, until } from './helpers.mjs';

const openApp = docsGallery('tests/e2e/apps/docs_multifile', { before, after });
/** Open an app of the folder once `heading` is shown; exception boxes are checked by the tests. */
const open = (name, heading) => openApp(name, (page) => page.getByRole('heading', { name: heading, exact: true }));

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

  test("st.page_link (widget.page_link): 1.67's rows 36 px apart, the current page marked, a click navigates", { timeout: 120_000 }, async () => {
    const page = await openApp('page_link', (p) => p.getByTestId('stMain').getByRole('link', { name: 'Home' }));
    const main = page.getByTestId('stMain');
    const home = main.getByRole('link', { name: 'Home' });
    const links = ['Home', 'Page 1', 'Page 2', 'Google'].map((name) => main.getByRole('link', { name }));
    const tops = [];
    for (const l of links) tops.push((await l.boundingBox()).y);
    assert.deepEqual(tops.slice(1).map((y, i) => Math.round(y - tops[i])), [36, 36, 36], `rows 36 px apart (${tops})`);
    assert.equal((await links[0].boundingBox()).height, 28);
    assert.equal(await home.getAttribute('aria-current'), 'page');
    assert.equal(await home.locator('p, span').last().evaluate((el) => getComputedStyle(el).fontWeight), '600', 'the current page bold');
    assert.equal(await links[1].getAttribute('aria-current'), null);
    assert.equal(await links[2].getAttribute('aria-disabled'), 'true');
    assert.equal(await links[3].getAttribute('target'), '_blank');
    await afterRun(page, () => links[1].click());
    await until(() => pathOf(page) === '/page_link/page_1', 'URL of page 1');
    await until(async () => (await links[1].getAttribute('aria-current')) === 'page', 'Page 1 is the current page');
    assert.equal(await home.getAttribute('aria-current'), null);
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
