// What left every page's download (BENCHMARKS "Bytes back under 150 KB"): st.selectbox,
// st.multiselect, st.number_input, st.metric, st.tabs, st.json and a toast's card are page
// chunks (with their sheets), st.cache_data's wrapper, st.form and the widgets' Python are
// families.  A counter app fetches none of the page chunks; one click draws them all, styled,
// and they work.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { afterRun, openWatched, shown } from './helpers.mjs';

let w;
before(async () => {
  w = await openWatched('tests/e2e/apps/lazy_moved/app.py', 'Count: 0');
});
after(() => w?.close());

const CHUNK = /\/chunks\/(select|number_input|metric|tabs|json|toast_card|page_nav)-[A-Z0-9]+\.js$/;
const fetched = () => w.requests.filter((u) => CHUNK.test(new URL(u).pathname))
  .map((u) => new URL(u).pathname.replace(/^.*\/chunks\//, '').replace(/-[A-Z0-9]+\.js$/, '')).filter((f, i, all) => all.indexOf(f) === i).sort();

test('a counter fetches none of them; one click draws them from their chunks, styled, and they work', { timeout: 180_000 }, async () => {
  const { page, violations } = w;
  assert.deepEqual(fetched(), [], 'no chunk of theirs at boot');
  await afterRun(page, () => page.getByRole('button', { name: 'Add one' }).click());
  await shown(page.getByText('Count: 1'));
  const fruit = page.getByRole('combobox', { name: 'Fruit' });
  await shown(fruit, 60_000);
  await shown(page.getByText('Fruit: apple'));
  await shown(page.getByText('Colours: red'));
  await shown(page.getByText('Square: 9'));
  await shown(page.getByTestId('stToast'));
  await shown(page.getByText('in the first tab'));
  await shown(page.getByText('a json value'));
  assert.deepEqual(fetched(), ['json', 'metric', 'number_input', 'select', 'tabs', 'toast_card']);
  assert.equal(await page.locator('.tl-lazy, .tl-lazy-error').count(), 0);
  // their rules came with them (web/render/lazy/*.css), in force
  for (const name of ['select', 'metric', 'tabs', 'json', 'toast']) assert.equal(await page.locator(`link[data-tablit-css="${name}"]`).count(), 1, name);
  assert.equal(await page.getByTestId('stMetricValue').evaluate((e) => getComputedStyle(e).fontSize), '36px');
  assert.equal(await page.getByTestId('stToast').evaluate((e) => getComputedStyle(e).display), 'flex');
  // they work: a choice, a number, a tab, a form
  await fruit.click();
  await afterRun(page, () => page.getByRole('option', { name: 'banana' }).click());
  await shown(page.getByText('Fruit: banana'));
  const number = page.getByRole('spinbutton', { name: 'Number' });
  await number.fill('4');
  await afterRun(page, () => number.press('Enter'));
  await shown(page.getByText('Square: 16'));
  await page.getByRole('tab', { name: 'Second tab' }).click();
  await shown(page.getByText('in the second tab'));
  await page.getByRole('textbox', { name: 'Name' }).fill('Ada');
  await afterRun(page, () => page.getByRole('button', { name: 'Send' }).click());
  await shown(page.getByText('Hello Ada'));
  assert.deepEqual(violations, []);
});
