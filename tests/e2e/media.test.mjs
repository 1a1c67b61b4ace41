// Media in the widget showcase, by role, label and visible text: st.audio,
// st.video (with a subtitle track), st.pdf, st.iframe, st.logo, and
// st.context reporting what the tab knows.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { afterRun, line, setup, shown, until } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

test('audio, video, pdf, iframe and logo render and play in the tab', { timeout: 180_000 }, async () => {
  const page = await env.open('widget-showcase/', { waitFor: (p) => p.getByRole('heading', { name: 'Widget showcase' }) });
  await shown(page.getByRole('heading', { name: 'Media' }));

  // The bytes reached the player as a blob: URL, and the browser decoded them (a 1 s tone).
  const audio = page.getByLabel('A generated tone', { exact: true });
  await shown(audio);
  assert.equal(await audio.evaluate((el) => el.tagName), 'AUDIO');
  assert.equal(await audio.evaluate((el) => el.getBoundingClientRect().height), 40, "1.67's player height");
  assert.match(await audio.getAttribute('src'), /^blob:/);
  const duration = await until(() => audio.evaluate((el) => (el.readyState >= 1 ? el.duration : 0)), 'audio metadata');
  assert.ok(Math.abs(duration - 1) < 0.05, `a one-second tone, got ${duration}`);

  const video = page.getByLabel('A video player playing a tone', { exact: true });
  await shown(video);
  assert.equal(await video.evaluate((el) => el.tagName), 'VIDEO');
  assert.deepEqual(await video.evaluate((el) => [...el.querySelectorAll('track')].map((t) => [t.kind, t.label, t.default])),
    [['captions', 'default', true]]);

  const pdf = page.getByTitle('A one-page PDF', { exact: true });
  await shown(pdf);
  assert.match(await pdf.getAttribute('src'), /^blob:/);
  await shown(page.getByRole('link', { name: 'Open the PDF in a new tab' }));

  // The HTML document runs in a sandbox without the page's origin, and is fitted to its height.
  const frame = page.getByTitle('An embedded HTML document', { exact: true });
  await shown(frame);
  assert.equal(await frame.getAttribute('sandbox'), 'allow-scripts allow-forms allow-popups allow-popups-to-escape-sandbox allow-modals allow-downloads');
  await shown(page.frameLocator('iframe[title="An embedded HTML document"]').getByText('Hello from an iframe'));
  await until(async () => (await frame.boundingBox()).height > 20, 'the frame to fit its content');

  // st.html(unsafe_allow_javascript=True): its script ran, in the same kind of sandbox.
  await shown(page.frameLocator('iframe[title="HTML with scripts"]').getByText('Script ran in a sandbox'));

  await shown(page.getByRole('img', { name: 'Logo' }).and(page.getByTestId('stHeaderLogo')));

  const locale = await page.evaluate(() => navigator.language);
  await shown(page.getByText(line('Browser locale:', locale)));

  // st.context.theme follows the theme the page shows: switched to dark, the next run sees it.
  await shown(page.getByText(line('Theme type:', 'light')));
  await page.evaluate(() => document.querySelector('.tl-root').setAttribute('data-theme', 'dark'));
  await page.waitForTimeout(200); // the page reports the change; the next run reads it
  await afterRun(page, () => page.getByRole('button', { name: 'Press me' }).click());
  await shown(page.getByText(line('Theme type:', 'dark')));
  assert.deepEqual(page.errors, []);
});
