// The live microphone recorder st.audio_input and st.chat_input(accept_audio=True)
// share: wavesurfer.js and its record plugin (as in 1.67), loaded as their own
// chunk the first time a recorder is needed; a recording ends as 1.67's WAV
// (mono 16-bit PCM at the sample rate, capture.js).
import { base64, wavFromAudio } from './capture.js';

let library = null;

/** wavesurfer.js and its record plugin: one lazily loaded chunk. */
export function loadLibrary() {
  library ??= Promise.all([import('wavesurfer.js'), import('wavesurfer.js/dist/plugins/record.esm.js')])
    .then(([ws, rec]) => ({ WaveSurfer: ws.default, RecordPlugin: rec.default }));
  return library;
}

/**
 * Why the microphone could not be had: "denied" (1.67's message), "none" (no
 * microphone, no getUserMedia/MediaRecorder here: a file can be chosen), or
 * "error" (anything else: 1.67's "An error has occurred").  The record plugin
 * rewraps getUserMedia's error, so its message is read too.
 * @param {any} err
 */
export function micProblem(err) {
  const name = (err && err.name) || '';
  const msg = String((err && err.message) || err || '').toLowerCase();
  if (name === 'NotAllowedError' || name === 'PermissionDeniedError' || name === 'SecurityError'
    || msg.includes('permission denied') || msg.includes('not allowed')) return 'denied';
  if (name === 'NotFoundError' || msg.includes('not found') || msg.includes('not supported')) return 'none';
  return 'error';
}

/** Whether this browser and page can record at all. */
export function canRecord() {
  return typeof navigator !== 'undefined' && !!navigator.mediaDevices && typeof navigator.mediaDevices.getUserMedia === 'function'
    && typeof MediaRecorder !== 'undefined' && typeof AudioContext !== 'undefined';
}

/** A CSS colour (custom properties, color-mix) as the canvas can use it. */
function resolveColor(el, css) {
  const probe = document.createElement('span');
  probe.style.color = css;
  probe.hidden = true;
  el.appendChild(probe);
  const out = getComputedStyle(probe).color;
  probe.remove();
  return out;
}

/** 1.67's waveform colours from the theme (read each time: the theme can change): live, played, to play. */
export function themeColors(el) {
  return {
    active: resolveColor(el, 'var(--tl-primary)'),
    progress: resolveColor(el, 'var(--tl-text)'),
    playback: resolveColor(el, 'var(--tl-faint)'),
  };
}

/**
 * A waveform in `container` with the record plugin: {ws, rec}.  `colorsFrom`
 * is the element whose theme colours it takes.
 * @param {{WaveSurfer: any, RecordPlugin: any}} lib
 * @param {HTMLElement} container
 * @param {HTMLElement} colorsFrom
 */
export function makeRecorder({ WaveSurfer, RecordPlugin }, container, colorsFrom) {
  const colors = themeColors(colorsFrom);
  const ws = WaveSurfer.create({
    container, waveColor: colors.active, progressColor: colors.progress, height: 'auto',
    barWidth: 4, barGap: 4, barRadius: 8, cursorWidth: 0, interact: true,
  });
  const webm = typeof MediaRecorder !== 'undefined' && MediaRecorder.isTypeSupported && MediaRecorder.isTypeSupported('audio/webm');
  const rec = ws.registerPlugin(RecordPlugin.create({ renderRecordedAudio: false, mimeType: webm ? 'audio/webm' : undefined }));
  return { ws, rec };
}

/** Start recording at `rate` (null: the microphone's own); a device that cannot honour it records at its own, as in 1.67. */
export async function startRecording(rec, rate) {
  try {
    await rec.startRecording(rate ? { sampleRate: { ideal: rate } } : undefined);
  } catch (err) {
    if (!rate || micProblem(err) !== 'error') throw err;
    await rec.startRecording(undefined);
  }
}

/** Stop recording (the microphone is released): the recording as WAV bytes at `rate`. */
export async function stopRecording(rec, rate) {
  const blob = await new Promise((resolve) => {
    const off = rec.on('record-end', (b) => { off(); resolve(b); });
    rec.stopRecording();
  });
  if (!blob || !blob.size) throw new Error('empty recording');
  return wavFromAudio(blob, rate);
}

/** WAV bytes as a file value (as file_uploader's: {name, type, size, data}). */
export function wavFile(name, wav) {
  return { name, type: 'audio/wav', size: wav.length, data: base64(wav) };
}
