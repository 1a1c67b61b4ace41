// Multipage apps and the URL: the path names the page, the query string is
// st.query_params; navigation keeps session state; back/forward work.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';

import { afterRun, line, setup, shown, until } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
afterEach(async () => { await env?.closePages(); });
after(async () => { await env?.close(); });

const heading = (name) => (page) => page.getByRole('heading', { name });
const path = (page) => new URL(page.url()).pathname;
const search = (page) => new URL(page.url()).search;
const navLink = (page, name) => page.getByRole('link', { name, exact: true });

describe('multipage', () => {
  test('st.navigation: session state kept across pages, URL carries the page, back/forward work', { timeout: 180_000 }, async () => {
    const page = await env.open('multipage/', { waitFor: heading('Home') });
    await shown(page.getByText(line('Count on the counter page:', 0)));
    assert.equal(path(page), '/multipage/');

    await afterRun(page, () => navLink(page, 'Counter').click());
    await shown(page.getByRole('heading', { name: 'Counter page' }));
    await until(() => path(page) === '/multipage/counter', 'URL /multipage/counter');
    const increment = page.getByRole('button', { name: 'Increment' });
    await afterRun(page, () => increment.click());
    await afterRun(page, () => increment.click());
    await shown(page.getByText(line('Count =', 2)));

    await afterRun(page, () => navLink(page, 'Home').click());
    await shown(page.getByRole('heading', { name: 'Home' }));
    await shown(page.getByText(line('Count on the counter page:', 2)));
    await until(() => path(page) === '/multipage/', 'URL /multipage/');

    await afterRun(page, () => page.goBack());
    await shown(page.getByRole('heading', { name: 'Counter page' }));
    await shown(page.getByText(line('Count =', 2)));            // same session: no reload
    assert.equal(path(page), '/multipage/counter');

    await afterRun(page, () => page.goForward());
    await shown(page.getByRole('heading', { name: 'Home' }));
    await shown(page.getByText(line('Count on the counter page:', 2)));
    assert.equal(path(page), '/multipage/');

    await afterRun(page, () => page.getByRole('button', { name: 'Go to the counter' }).click());   // st.switch_page
    await shown(page.getByRole('heading', { name: 'Counter page' }));
    await until(() => path(page) === '/multipage/counter', 'URL /multipage/counter after switch_page');
    await shown(page.getByText(line('Count =', 2)));
    assert.deepEqual(page.errors, []);
  });

  test('opening a page URL with a query string runs that page with those query params', { timeout: 120_000 }, async () => {
    const page = await env.open('multipage/counter?greeting=hi', { waitFor: (p) => p.getByRole('heading', { name: 'Counter page' }) });
    await shown(page.getByText(/greeting/));
    await afterRun(page, () => page.getByRole('button', { name: 'Increment' }).click());
    await shown(page.getByText(line('Count =', 1)));
    assert.equal(path(page), '/multipage/counter');
    assert.equal(search(page), '?greeting=hi');                 // a rerun keeps the query params

    await afterRun(page, () => navLink(page, 'About').click());  // navigation clears them
    await shown(page.getByRole('heading', { name: 'About' }));
    await until(() => path(page) === '/multipage/about' && search(page) === '', 'URL /multipage/about without query');
  });

  test('pages/ folder: every file is a page; plain session state is shared', { timeout: 180_000 }, async () => {
    const page = await env.open('pages-folder/', { waitFor: heading('Main page') });
    await shown(page.getByText(line('Runs in this session:', 1)));
    await afterRun(page, () => navLink(page, 'Counter').click());
    await shown(page.getByRole('heading', { name: 'Counter' }));
    await until(() => path(page) === '/pages-folder/Counter', 'URL /pages-folder/Counter');
    await afterRun(page, () => page.getByRole('button', { name: 'Increment' }).click());
    await shown(page.getByText(line('Count =', 1)));

    await afterRun(page, () => page.goBack());
    await shown(page.getByRole('heading', { name: 'Main page' }));
    await shown(page.getByText(line('Runs in this session:', 2)));
    await afterRun(page, () => page.goForward());
    await shown(page.getByText(line('Count =', 1)));

    // A page URL opened directly starts a new session on that page.
    const direct = await env.open('pages-folder/About', { waitFor: heading('About') });
    await shown(direct.getByText(/pages\/2_About\.py/));
  });
});

describe('query params', () => {
  test('st.query_params reads the URL and writes it back without a reload', { timeout: 120_000 }, async () => {
    const page = await env.open('query-params/?name=Ada', { waitFor: heading('Query params') });
    await shown(page.getByText('Hello, Ada!'));
    await page.evaluate(() => { window.__sameDocument = true; });

    const input = page.getByLabel('Your name', { exact: true });
    await input.fill('Grace');
    await afterRun(page, () => input.press('Enter'));
    await shown(page.getByText('Hello, Grace!'));
    await until(() => new URL(page.url()).searchParams.get('name') === 'Grace', 'name=Grace in the URL');
    assert.equal(path(page), '/query-params/');

    await afterRun(page, () => page.getByRole('button', { name: 'Clear query params' }).click());
    await shown(page.getByText('Hello, stranger!'));
    await until(() => search(page) === '', 'an empty query string');
    assert.equal(await page.evaluate(() => window.__sameDocument), true);   // no page load happened
  });
});
