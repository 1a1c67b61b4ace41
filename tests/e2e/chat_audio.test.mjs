// st.chat_input(accept_audio=True) records live, as 1.67 does, with Chromium's fake microphone
// (tests/e2e/apps/chat_audio/app.py, the docs' example): a refused microphone says so;
// "Start recording" shows the live
// waveform with "Cancel recording" and "Submit recording"; a cancel sends nothing; a submit sends
// the typed text and the recording at once, as 1.67's WAV (mono, 16 bit, 16 kHz, audio/wav,
// named "audio-<ISO time>.wav"); the text box is back, empty.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { BOOT_TIMEOUT, ROOT, afterRun, launchBrowser, openWatchedPage, shown, startTablit } from './helpers.mjs';

let server, browser, context;
before(async () => {
  server = await startTablit(['serve', path.join(ROOT, 'tests', 'e2e', 'apps', 'chat_audio', 'app.py')]);
  browser = await launchBrowser(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream']);
  context = await browser.newContext();
  await context.grantPermissions(['microphone']);
});
after(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
});

test('chat_input(accept_audio=True) records from the microphone and sends text and WAV', { timeout: 240_000 }, async () => {
  const { page, errors, violations } = await openWatchedPage(context, server.url);
  const box = page.getByRole('textbox', { name: 'Say or record something' });
  await box.waitFor({ timeout: 2 * BOOT_TIMEOUT });
  const mic = page.getByRole('button', { name: 'Start recording' });
  await shown(mic);
  await page.waitForFunction(() => !document.querySelector('[data-first-paint]'), null, { timeout: 3 * BOOT_TIMEOUT });

  // A refused microphone: 1.67's "Microphone access denied", still the text box.
  await page.evaluate(() => {
    const md = navigator.mediaDevices;
    window.__realGum = md.getUserMedia.bind(md);
    md.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
  });
  await mic.click();
  await shown(page.getByRole('alert').filter({ hasText: 'Microphone access denied' }));
  assert.equal(await mic.getAttribute('title'), 'Microphone access denied');
  assert.ok(await box.isVisible());
  await page.evaluate(() => { navigator.mediaDevices.getUserMedia = window.__realGum; });

  // Cancel: back to the text box, nothing sent.
  await mic.click();
  const cancel = page.getByRole('button', { name: 'Cancel recording' });
  await shown(cancel);
  assert.ok(await page.getByTestId('stChatInputWaveform').isVisible());
  assert.ok(!(await box.isVisible()));
  await cancel.click();
  await shown(box);
  assert.equal(await page.getByText(/^Audio file:/).count(), 0);

  // Type, record, submit: text and recording arrive together.
  await box.fill('hello there');
  await mic.click();
  const submit = page.getByRole('button', { name: 'Submit recording' });
  await shown(submit);
  await page.waitForTimeout(1200);  // (a second of the fake microphone's tone)
  await afterRun(page, () => submit.click());
  await shown(page.getByText(/^Audio file:/));
  assert.match(await page.getByText(/^Audio file:/).innerText(), /^Audio file: audio-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.wav$/);
  assert.equal(await page.getByText(/^Text:/).innerText(), 'Text: hello there');
  assert.equal(await page.getByText(/^WAV:/).innerText(), 'WAV: 1 channel, 16000 Hz, 16 bit, type audio/wav, files 0');
  await shown(page.locator('audio[controls]'));  // st.audio's player (its chunk is fetched when first drawn)
  assert.equal(await page.locator('audio[controls]').count(), 1);
  await shown(box);
  assert.equal(await box.inputValue(), '');
  assert.ok(await mic.isEnabled());
  assert.deepEqual(errors, []);
  assert.deepEqual(violations.map((v) => v.text), []);
});
