// What the sweep of Streamlit's own e2e apps found drawn differently from 1.67
// (tests/e2e/apps/e2e_sweep/app.py): st.audio(None) and st.video(None) are players
// without media (not "unsupported URL"), an element's returned generator replaces
// it in place, a removed st.experimental_* name names its successor, and a progress
// bar in the sidebar is filled in the primary colour, and a tab bar below the fold
// does not scroll the page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { serveApp, shown } from './helpers.mjs';

let env;
before(async () => { env = await serveApp('e2e_sweep', (page) => page.getByText('replaced in place')); });
after(async () => { await env?.close(); });

test('the sweep\'s findings, drawn as 1.67 draws them', { timeout: 120_000 }, async () => {
  const { page } = env;
  const audio = page.getByLabel('Audio', { exact: true });
  const video = page.getByLabel('Video', { exact: true });
  await shown(audio);
  await shown(video);
  assert.deepEqual(await audio.evaluate((el) => [el.tagName, el.hasAttribute('src'), el.controls]), ['AUDIO', false, true]);
  assert.deepEqual(await video.evaluate((el) => [el.tagName, el.hasAttribute('src'), el.controls]), ['VIDEO', false, true]);
  assert.equal(await page.getByText(/not shown: unsupported URL/).count(), 0);

  const sidebar = page.getByTestId('stSidebar');
  await shown(sidebar.getByText('overwritten', { exact: true }));
  assert.equal(await sidebar.getByText('overwrite me').count(), 0);
  assert.equal(await page.getByText('first', { exact: true }).count(), 0);
  // the replacement stays where the element was: above "below"
  const [replaced, below] = await Promise.all([page.getByText('replaced in place').boundingBox(),
    page.getByText('below', { exact: true }).boundingBox()]);
  assert.ok(replaced.y < below.y, 'the replacement keeps its place');

  await shown(page.getByText("module 'streamlit' has no attribute 'experimental_dialog'. "
    + 'st.experimental_dialog has been removed. Use st.dialog instead.'));
  const fill = (where) => where.locator('.tl-progress-bar').evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(await fill(sidebar), 'rgb(197, 57, 72)', 'the sidebar\'s progress bar in the primary colour');
  assert.equal(await fill(page.getByTestId('stMain')), 'rgb(28, 131, 225)', 'the main area\'s in the stock blue');
  // the element after st.divider() starts 32 px under the line, as in 1.67
  const under = await page.getByText('under the divider').evaluate((el) => {
    const hr = el.closest('[data-testid=stElementContainer]').previousElementSibling.querySelector('hr');
    return Math.round(el.closest('.tl-el').getBoundingClientRect().top - hr.getBoundingClientRect().bottom);
  });
  assert.equal(under, 32);
  // a caption fades as a whole (opacity), so its link fades with it
  const caption = page.getByTestId('stCaptionContainer').filter({ hasText: 'This app uses' });
  assert.equal(await caption.evaluate((el) => getComputedStyle(el).opacity), '0.6');
  // a tab bar drawn below the fold leaves the page where it is
  await shown(page.getByRole('tab', { name: 'Below A' }));
  await page.waitForTimeout(500); // (a smooth scroll would have begun)
  assert.equal(await page.evaluate(() => document.scrollingElement.scrollTop), 0);
  assert.deepEqual(page.errors, []);
});
