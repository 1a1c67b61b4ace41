// st.camera_input and st.audio_input with a live camera and microphone: Chromium's fake devices
// (--use-fake-device-for-media-stream, --use-fake-ui-for-media-stream) on the docs' examples
// (tests/e2e/apps/media_capture/app.py).  A refused camera and microphone show 1.67's messages;
// the live preview takes a photo (JPEG as wide as the preview, named as 1.67 names it, the
// camera's tracks stopped); "Clear photo" empties the value; a recording reaches Python as
// 1.67's WAV (mono, 16 bit, at sample_rate), releases the microphone, plays back, can be
// downloaded and cleared; keyboard works.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { BOOT_TIMEOUT, ROOT, afterRun, launchBrowser, openWatchedPage, shown, startTablit, until } from './helpers.mjs';

const FAKE_MEDIA = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];

let server, browser, context;
before(async () => {
  server = await startTablit(['serve', path.join(ROOT, 'tests', 'e2e', 'apps', 'media_capture', 'app.py')]);
  browser = await launchBrowser(FAKE_MEDIA);
  context = await browser.newContext({ viewport: { width: 800, height: 1600 }, acceptDownloads: true });
  await context.grantPermissions(['camera', 'microphone']);
});
after(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
});

/** The text of the first element matching `re` (what the app wrote). */
function written(page, re) {
  return page.getByText(re).first().innerText();
}

test('camera_input takes a photo and audio_input records, as 1.67', { timeout: 300_000 }, async () => {
  const { page, errors, violations } = await openWatchedPage(context, server.url);
  const enable = page.getByRole('checkbox', { name: 'Enable camera' });
  await enable.waitFor({ timeout: 2 * BOOT_TIMEOUT });
  const camera = page.getByRole('group', { name: 'Take a picture' });
  const takePhoto = camera.getByRole('button', { name: 'Take Photo' });
  const voice = page.getByRole('group', { name: 'Record a voice message' });
  const high = page.getByRole('group', { name: 'Record high quality audio' });
  await shown(takePhoto);
  assert.equal(await camera.getByTestId('stCameraInputButton').count(), 1);
  // drawn with their stylesheet (dist/css/capture.css, loaded with their chunk) already in force: the 16:9 box
  assert.equal(await camera.locator('.tl-camera-box').evaluate((b) => getComputedStyle(b).aspectRatio), '16 / 9');
  assert.equal(await page.locator('link[data-tablit-css="capture"]').count(), 1);

  // disabled=True (the docs' "Enable camera" unchecked): no preview, no request, Take Photo disabled.
  assert.ok(await takePhoto.isDisabled());
  assert.equal(await camera.locator('video').count(), 0);
  assert.equal(await camera.getByText('This app would like to use your camera.').count(), 0);

  // A refused camera and microphone: 1.67's messages and links.
  await page.evaluate(() => {
    const md = navigator.mediaDevices;
    window.__realGum = md.getUserMedia.bind(md);
    md.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
  });
  await afterRun(page, () => enable.check());
  await shown(camera.getByText('This app would like to use your camera.'));
  const camHelp = camera.getByRole('link', { name: 'Learn how to allow access.' });
  assert.equal(await camHelp.getAttribute('href'), 'https://docs.streamlit.io/knowledge-base/using-streamlit/enable-camera');
  assert.ok(await takePhoto.isDisabled());
  await voice.getByRole('button', { name: 'Record', exact: true }).click();
  await shown(voice.getByText('This app would like to use your microphone.'));
  assert.equal(await voice.getByRole('link', { name: 'Learn how to allow access.' }).getAttribute('href'),
    'https://docs.streamlit.io/end-users/enable-peripherals');

  // Access allowed again (the streams are kept to check they are stopped): the camera asks again
  // when re-enabled, and the preview shows.
  await page.evaluate(() => {
    window.__streams = [];
    navigator.mediaDevices.getUserMedia = async (c) => { const s = await window.__realGum(c); window.__streams.push(s); return s; };
  });
  await afterRun(page, () => enable.uncheck());
  await afterRun(page, () => enable.check());
  await until(async () => !(await takePhoto.isDisabled()), 'Take Photo to be enabled');
  await shown(camera.getByLabel('Camera preview: Take a picture'));
  assert.equal(await camera.getByText('This app would like to use your camera.').count(), 0);
  const previewWidth = await camera.locator('video').evaluate((v) => v.clientWidth);

  // Take Photo: Python gets 1.67's JPEG; the preview becomes the photo; the camera stops.
  await takePhoto.focus();
  await afterRun(page, () => page.keyboard.press('Enter'));
  await shown(page.getByText(/^Photo: /));
  const photo = await written(page, /^Photo: /);
  const m = /^Photo: (camera-input-\d{4}-\d\d-\d\dT\d\d_\d\d_\d\d\.\d{3}Z\.jpg) \| image\/jpeg \| (\d+) bytes \| (\d+)x(\d+)$/.exec(photo.trim());
  assert.ok(m, `the photo's name, type, size and dimensions: ${photo}`);
  assert.ok(Number(m[2]) > 1000, 'a real JPEG');
  assert.equal(Number(m[3]), previewWidth, 'as wide as the preview (1.67)');
  await shown(page.getByText(/Photo in session state:\s*True/));
  await shown(page.getByText(/Photo changes:\s*1/));
  await shown(camera.getByRole('img', { name: 'Snapshot' }));
  // st.image(picture), no alt and no caption: an image (role img) all the same, as 1.67's (alt="" would
  // make it decorative, hidden from getByRole)
  await shown(page.getByTestId('stImage').getByRole('img'));
  assert.equal(await page.getByTestId('stImage').locator('img').getAttribute('alt'), null);
  const focused = (loc) => loc.evaluate((b) => b === document.activeElement);
  assert.ok(await focused(camera.getByRole('button', { name: 'Clear photo' })), 'focus moves to Clear photo');
  assert.equal(await camera.locator('video').count(), 0);
  const live = await page.evaluate(() => window.__streams.flatMap((s) => s.getTracks()).filter((t) => t.readyState !== 'ended').length);
  assert.equal(live, 0, 'every camera track is stopped once the photo is taken');

  // Clear photo: the value is None again (on_change ran again) and the preview is back.
  await afterRun(page, () => camera.getByRole('button', { name: 'Clear photo' }).click());
  await shown(page.getByText(/Photo changes:\s*2/));
  assert.equal(await page.getByText(/^Photo: /).count(), 0);
  await until(async () => !(await takePhoto.isDisabled()), 'the camera again');
  await until(() => focused(takePhoto), 'focus back on Take Photo once the camera is back');

  // A camera whose first frame comes late (a slow camera, a busy machine): a press of Take Photo
  // before it is kept, and the photo is taken when the frame comes.
  await page.evaluate(() => {
    const gum = navigator.mediaDevices.getUserMedia;
    navigator.mediaDevices.getUserMedia = async (c) => {
      if (!c || !c.video) return gum(c);
      const canvas = Object.assign(document.createElement('canvas'), { width: 320, height: 240 });
      const s = canvas.captureStream();
      window.__streams.push(s);
      setTimeout(() => { const g = canvas.getContext('2d'); g.fillStyle = '#3366cc'; g.fillRect(0, 0, 320, 240); }, 1500);
      return s;
    };
  });
  await afterRun(page, () => camera.getByRole('button', { name: 'Take Photo' }).click()); // (the photo of the real camera)
  await shown(page.getByText(/Photo changes:\s*3/));
  await afterRun(page, () => camera.getByRole('button', { name: 'Clear photo' }).click());
  await shown(page.getByText(/Photo changes:\s*4/));
  await until(async () => !(await takePhoto.isDisabled()), 'the late camera');
  assert.equal(await camera.locator('video').evaluate((v) => v.videoWidth), 0, 'no frame yet');
  await afterRun(page, () => takePhoto.click());
  await shown(page.getByText(/Photo changes:\s*5/));
  assert.match(await written(page, /^Photo: /), /image\/jpeg/);

  // Record (the microphone allowed now: Record tries again) and stop: 1.67's 16 kHz WAV.
  await voice.getByRole('button', { name: 'Record', exact: true }).click();
  const stop = voice.getByRole('button', { name: 'Stop recording' });
  await shown(stop);
  assert.equal(await voice.getByText('This app would like to use your microphone.').count(), 0);
  await until(async () => (await voice.getByRole('timer').innerText()) !== '00:00', 'the timer to run', 10_000);
  await afterRun(page, () => stop.click());
  await shown(page.getByText(/^Recording: /));
  const rec = await written(page, /^Recording: /);
  const r = /^Recording: (\d{4}-\d\d-\d\dT\d\d-\d\d_audio\.wav) \| audio\/wav \| (\d+) bytes \| 16000 Hz, 1 channel, 16 bit, (\d+) frames$/.exec(rec.trim());
  assert.ok(r, `the recording's name, type, size and format: ${rec}`);
  assert.equal(Number(r[2]), 44 + 2 * Number(r[3]), 'a PCM WAV: header + 2 bytes a frame');
  assert.ok(Number(r[3]) >= 16000, 'a second or more at 16 kHz');
  await until(async () => (await voice.getByRole('timer').innerText()) !== '00:00', 'the time code to show the length (the waveform loads after the value is sent)');
  const micTracks = await page.evaluate(() => window.__streams.flatMap((s) => s.getAudioTracks()).map((t) => t.readyState));
  assert.ok(micTracks.length > 0 && micTracks.every((s) => s === 'ended'), `the microphone is released: ${micTracks}`);
  // Play / Pause: the recording plays back to its end.
  await voice.getByRole('button', { name: 'Play', exact: true }).click();
  await shown(voice.getByRole('button', { name: 'Pause', exact: true }));
  await shown(voice.getByRole('button', { name: 'Play', exact: true }), 15_000);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    voice.getByRole('button', { name: 'Download as WAV: Record a voice message' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'recording.wav');

  // By keyboard, at sample_rate=48000.
  await high.getByRole('button', { name: 'Record', exact: true }).press('Enter');
  const stopHigh = high.getByRole('button', { name: 'Stop recording' });
  await shown(stopHigh);
  assert.ok(await focused(stopHigh), 'focus stays on the button (Record -> Stop recording)');
  await until(async () => (await high.getByRole('timer').innerText()) !== '00:00', 'the second timer', 10_000);
  await afterRun(page, () => page.keyboard.press('Enter'));
  await shown(page.getByText(/^High quality: audio\/wav \| 48000 Hz, 1 channel, 16 bit, \d+ frames$/));
  assert.ok(await focused(high.getByRole('button', { name: 'Record', exact: true })), 'and back to Record');

  // Clear recording: the value is None again.
  await afterRun(page, () => voice.getByRole('button', { name: 'Clear recording: Record a voice message' }).click());
  await until(async () => (await page.getByText(/^Recording: /).count()) === 0, 'the recording to be cleared');
  assert.equal(await voice.getByRole('timer').innerText(), '00:00');
  await shown(voice.getByRole('button', { name: 'Record', exact: true }));

  assert.deepEqual(errors, []);
  assert.deepEqual(violations, []);
});
