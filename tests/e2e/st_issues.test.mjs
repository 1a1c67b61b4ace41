// Apps from Streamlit's issue tracker (streamlit/st-issues) that ran differently here than in
// 1.67, in the page (tests/e2e/apps/st_issues; the Python side in tests/py/test_st_issues.py):
// an app that can also start itself (`from streamlit.web import cli`) runs its main, the
// `streamlit.web` family loaded in the worker; a components.html frame 0 px high takes no
// height but the gap, as 1.67's; st._bottom puts its widget in the bottom block with 1.67's
// warning; an emoji icon led by a variation selector; st.cache_data returns (pickles) an
// instance of a class the app defines; asyncio.run works on the runtime restored from tablit's
// memory snapshot (made without stack switching: runs take the SyncLoop, gh-6818).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { serveApp, shown } from './helpers.mjs';

let env;
before(async () => { env = await serveApp('st_issues', (page) => page.getByText('After the frame')); });
after(async () => { await env?.close(); });

test('apps from the issue tracker run in the page as in 1.67', { timeout: 120_000 }, async () => {
  const { page } = env;
  await shown(page.getByText('Cached Point(x=7), pickled True'));
  await shown(page.getByText('asyncio.run: 42'));
  const frame = page.locator('iframe');
  await frame.first().waitFor({ state: 'attached' }); // (drawn by a chunk the page loads when it first needs one)
  assert.equal(await frame.count(), 1);
  assert.equal((await frame.boundingBox()).height, 0);
  const before_ = await page.getByText('Before the frame').boundingBox();
  const after_ = await page.getByText('After the frame').boundingBox();
  // two gaps of 1rem between the two lines (the frame's own height is 0), as 1.67's page measures
  assert.equal(Math.round(after_.y - (before_.y + before_.height)), 32);
  const alert = page.getByRole('alert').filter({ hasText: 'An alert' });
  await shown(alert);
  assert.match(await alert.textContent(), /🚨/);
  const bottom = page.getByTestId('stBottom');
  await shown(bottom.getByLabel('Test Bottom'));
  await shown(page.getByTestId('stMain').getByRole('alert').filter({ hasText: 'Please replace st._bottom with st.bottom.' }));
  assert.deepEqual(page.errors, []);
});
