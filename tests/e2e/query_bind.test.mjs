// bind="query-params" in the browser (tests/e2e/apps/query_bind/app.py): a URL's ?key=value
// becomes the widgets' values on load; changing a widget rewrites the URL (repeated keys for a
// list, removed at the default) without a new history entry; a reload keeps the values.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { BOOT_TIMEOUT, afterRun, serveApp, shown, until } from './helpers.mjs';

let app;
before(async () => {
  app = await serveApp('query_bind', (page) => page.getByRole('checkbox', { name: 'Show details' }));
});
after(async () => { await app?.close(); });

const query = (page) => new URL(page.url()).search;

test('widgets bound to query params start from the URL, write it back and keep it on reload', { timeout: 240_000 }, async () => {
  const { page } = app;
  const base = new URL(page.url());
  await page.goto(`${base.origin}${base.pathname}?show=true&color=deep+blue&size=7&tags=c&tags=a&view=Data+table`);
  const said = page.getByText(/^You chose/);
  await shown(said, BOOT_TIMEOUT);
  await until(async () => (await said.innerText()) === "You chose deep blue, size 7, tags ['c', 'a'], details True",
    'the values from the URL');
  assert.ok(await page.getByRole('checkbox', { name: 'Show details' }).isChecked());
  assert.ok(await page.getByRole('radio', { name: 'deep blue' }).isChecked());
  assert.equal(await page.getByRole('slider', { name: 'Size' }).getAttribute('aria-valuenow'), '7');
  assert.equal(await page.getByRole('tab', { name: 'Data table' }).getAttribute('aria-selected'), 'true');
  await shown(page.getByText('The data tab'));
  const history = await page.evaluate(() => history.length);

  // A change is written to the URL; a value back at its default leaves it.
  await afterRun(page, () => page.getByRole('radio', { name: 'green' }).check());
  await until(async () => query(page).includes('color=green'), 'color=green in the URL');
  await afterRun(page, () => page.getByRole('checkbox', { name: 'Show details' }).uncheck());
  await until(async () => !query(page).includes('show='), 'show= gone from the URL');
  await afterRun(page, () => page.getByRole('tab', { name: 'Chart' }).click());
  await until(async () => !query(page).includes('view='), 'view= gone from the URL');
  assert.equal(query(page), '?color=green&size=7&tags=c&tags=a');
  assert.equal(await page.evaluate(() => history.length), history, 'no new history entries');

  // A reload (a new session) reads the values back.
  await page.reload();
  await shown(said, BOOT_TIMEOUT);
  await until(async () => (await said.innerText()) === "You chose green, size 7, tags ['c', 'a'], details False",
    'the values kept over a reload');
  assert.ok(await page.getByRole('radio', { name: 'green' }).isChecked());
  assert.equal(query(page), '?color=green&size=7&tags=c&tags=a');
  assert.deepEqual(app.page.errors, []);
});
