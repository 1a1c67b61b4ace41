// st.audio_input as 1.67 draws it: a bar holding a "Record" button, a dotted
// line (then the live waveform while recording, then the recording's
// waveform), and a time code; "Stop recording" ends the recording, which is
// converted to 1.67's format (mono 16-bit PCM WAV at sample_rate, named
// "<YYYY-MM-DDTHH-MM>_audio.wav") and becomes the widget's value.  "Play" /
// "Pause" play it back; the toolbar offers "Download as WAV" and "Clear
// recording".  A refused microphone shows 1.67's "This app would like to use
// your microphone." with its "Learn how to allow access." link.
//
// The waveform and the recorder are wavesurfer.js and its record plugin (as
// in 1.67, recorder.js, shared with chat_input), loaded as their own chunk the
// first time an audio_input is drawn.
// Better than 1.67 where recording is impossible (no microphone, or no
// getUserMedia/MediaRecorder here): the bar says so and offers to choose an
// audio file instead (converted as a recording would be).  sample_rate=None
// keeps the microphone's own rate, as documented (1.67 records at 16 kHz).
import { useEffect, useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { elAttrs, useWidget, Label, ariaName } from './common.js';
import { wavFromAudio } from './capture.js';
import { canRecord, loadLibrary, makeRecorder, micProblem, startRecording, stopRecording, themeColors, wavFile } from './recorder.js';

export { loadLibrary, micProblem };

/** Where 1.67 sends users to learn how to let the page use the microphone. */
export const MIC_HELP_URL = 'https://docs.streamlit.io/end-users/enable-peripherals';

// Material icons (Apache-2.0): mic, stop_circle, play_arrow, pause, refresh, file_download, delete.
const P = {
  mic: 'M12 14c1.66 0 3-1.34 3-3V5c0-1.66-1.34-3-3-3S9 3.34 9 5v6c0 1.66 1.34 3 3 3zm5-3c0 2.76-2.24 5-5 5s-5-2.24-5-5H5c0 3.53 2.61 6.43 6 6.92V21h2v-3.08c3.39-.49 6-3.39 6-6.92h-2z',
  stop: 'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm4 14H8V8h8v8z',
  play: 'M8 5v14l11-7z',
  pause: 'M6 19h4V5H6v14zm8-14v14h4V5h-4z',
  reset: 'M17.65 6.35A7.958 7.958 0 0 0 12 4c-4.42 0-7.99 3.58-7.99 8s3.57 8 7.99 8c3.73 0 6.84-2.55 7.73-6h-2.08A5.99 5.99 0 0 1 12 18c-3.31 0-6-2.69-6-6s2.69-6 6-6c1.66 0 3.14.69 4.22 1.78L13 11h7V4l-2.35 2.35z',
  download: 'M19 9h-4V3H9v6H5l7 7 7-7zM5 18v2h14v-2H5z',
  delete: 'M6 19c0 1.1.9 2 2 2h8c1.1 0 2-.9 2-2V7H6v12zM19 4h-3.5l-1-1h-5l-1 1H5v2h14V4z',
};
const Icon = ({ d, px = 18 }) => html`<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width=${px} height=${px} fill="currentColor"><path d=${d} /></svg>`;

/** 1.67's time code: "mm:ss", "hh:mm:ss" from an hour on. */
export function timeCode(ms) {
  const s = Math.floor(Math.max(0, ms) / 1000);
  const m = Math.floor(s / 60);
  const two = (n) => String(n).padStart(2, '0');
  return m < 60 ? `${two(m)}:${two(s % 60)}` : `${two(Math.floor(m / 60))}:${two(m % 60)}:${two(s % 60)}`;
}

/** 1.67's file name of a recording made now: the UTC minute, "2026-12-02T01-43_audio.wav". */
export function recordingName(now = new Date()) {
  return `${now.toISOString().slice(0, 16).replaceAll(':', '-')}_audio.wav`;
}

/** A player that cannot be made is an error, except where nothing can record anyway:
 * "No microphone is available here" and its file choice stay (jsdom, old browsers). */
const keepNoMic = (/** @type {null|'denied'|'none'|'error'} */ p) => (p === 'none' ? p : 'error');

function bytesOf(b64) {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function AudioInput({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const files = Array.isArray(w.e.value) ? w.e.value : [];
  const file = files[0] || null;
  const disabled = !!p.disabled;
  const rate = typeof p.sample_rate === 'number' ? p.sample_rate : null;
  const wave = useRef(/** @type {HTMLDivElement|null} */ (null));
  const root = useRef(/** @type {HTMLDivElement|null} */ (null));
  const picker = useRef(/** @type {HTMLInputElement|null} */ (null));
  const lib = useRef(/** @type {{ws: any, rec: any}|null} */ (null));
  const urlRef = useRef(/** @type {string|null} */ (null));
  const [url, setUrl] = useState(/** @type {string|null} */ (null));
  const [recording, setRecording] = useState(false);
  const [playing, setPlaying] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(/** @type {null|'denied'|'none'|'error'} */ (canRecord() ? null : 'none'));
  const [time, setTime] = useState('00:00');
  const [ready, setReady] = useState(false);

  const setRecordingUrl = (next) => {
    if (urlRef.current && urlRef.current !== next) URL.revokeObjectURL(urlRef.current);
    urlRef.current = next;
    setUrl(next);
  };

  // wavesurfer: made once the chunk is here; destroyed (mic stopped) when the widget goes.
  useEffect(() => {
    let gone = false;
    loadLibrary().then((loaded) => {
      if (gone || !wave.current || !root.current) return;
      try {
        makePlayer(loaded);
      } catch {
        setProblem(keepNoMic);
      }
    }, () => { if (!gone) setProblem(keepNoMic); });
    const makePlayer = (loaded) => {
      const { ws, rec } = makeRecorder(loaded, wave.current, root.current);
      rec.on('record-progress', (ms) => setTime(timeCode(ms)));
      ws.on('timeupdate', (s) => setTime(timeCode(s * 1000)));
      ws.on('play', () => setPlaying(true));
      ws.on('pause', () => setPlaying(false));
      ws.on('finish', () => { setPlaying(false); setTime(timeCode(ws.getDuration() * 1000)); });
      lib.current = { ws, rec };
      setReady(true);
    };
    return () => {
      gone = true;
      if (lib.current) lib.current.ws.destroy();
      lib.current = null;
      if (urlRef.current) URL.revokeObjectURL(urlRef.current);
      urlRef.current = null;
    };
  }, []);

  /** Show a recording (a blob: URL) as the playback waveform. */
  const show = async (blobUrl) => {
    setRecordingUrl(blobUrl);
    const l = lib.current;
    if (!l) return;
    const colors = themeColors(root.current);
    l.ws.setOptions({ waveColor: colors.playback, progressColor: colors.progress, interact: true });
    await l.ws.load(blobUrl);
    setTime(timeCode(l.ws.getDuration() * 1000));
  };

  // A waveform whose load was cut short: drawn again from the value the page holds.
  const [again, setAgain] = useState(0);
  const redraw = () => {
    setRecordingUrl(null);
    setAgain((n) => n + 1);
  };

  // The value from outside: a file the page holds (a remount: shown again), or none (a cleared form).
  useEffect(() => {
    if (!ready || recording) return;
    if (!file) {
      if (urlRef.current) { lib.current && lib.current.ws.empty(); setRecordingUrl(null); setTime('00:00'); }
    } else if (!urlRef.current && typeof file.data === 'string') {
      show(URL.createObjectURL(new Blob([bytesOf(file.data)], { type: file.type || 'audio/wav' }))).catch(() => setProblem('error'));
    }
  }, [ready, file, recording, again]);

  const start = async () => {
    const l = lib.current;
    if (!l || recording || busy) return;
    if (l.ws.isPlaying()) l.ws.pause();
    setProblem(null);
    l.ws.empty();
    const { active } = themeColors(root.current);
    l.ws.setOptions({ waveColor: active, progressColor: active });
    setTime('00:00');
    try {
      await startRecording(l.rec, rate);
      setRecording(true);
    } catch (err) {
      setProblem(micProblem(err));
    }
  };

  const stop = async () => {
    const l = lib.current;
    if (!l || !recording || busy) return;
    setBusy(true);
    try {
      const wav = await stopRecording(l.rec, rate).finally(() => setRecording(false));
      w.commit([wavFile(recordingName(), wav)]);
      // (the value is committed: a waveform whose load a render in between cut short is drawn
      // again when the run's answer brings the file back, and is no error)
      await show(URL.createObjectURL(new Blob([wav], { type: 'audio/wav' }))).catch(redraw);
    } catch {
      setRecording(false);
      setProblem('error');
    } finally {
      setBusy(false);
    }
  };

  const clear = (commit) => {
    const l = lib.current;
    if (l) { if (l.ws.isPlaying()) l.ws.pause(); l.ws.empty(); }
    setRecordingUrl(null);
    setTime('00:00');
    setPlaying(false);
    if (commit) w.commit([]);
  };

  const choose = async (list) => {
    const f = list && list[0];
    if (!f) return;
    setBusy(true);
    try {
      const wav = await wavFromAudio(f, rate);
      w.commit([wavFile(recordingName(), wav)]);
      await show(URL.createObjectURL(new Blob([wav], { type: 'audio/wav' }))).catch(redraw);
    } catch {
      setProblem('error');  // (not audio this browser decodes: the value is left as it was)
    } finally {
      setBusy(false);
    }
  };

  const download = () => {
    if (!url) return;
    const a = document.createElement('a');
    a.href = url;
    a.download = 'recording.wav';
    document.body.appendChild(a);
    a.click();
    a.remove();
  };

  const name = ariaName(node);
  const labelId = w.id + '-label';
  const placeholder = !recording && !url && !file && problem === null;
  // (a refused microphone leaves Record enabled: once access is allowed, a click tries again; 1.67 needs a reload)
  const off = disabled || !ready;
  return html`<div ...${elAttrs(node)} role="group" aria-labelledby=${labelId} ref=${root}>
    <${Label} node=${node} tag="div" labelId=${labelId} />
    <div class=${'tl-audio' + (disabled ? ' tl-audio-disabled' : '')}>
      ${(url || file) && !recording ? html`<div class="tl-audio-toolbar" role="toolbar" aria-label=${name + ': recording tools'} data-testid="stElementToolbar">
          ${url ? html`<button type="button" class="tl-audio-tool" aria-label=${'Download as WAV: ' + name} title="Download as WAV"
            onClick=${download}><${Icon} d=${P.download} /></button>` : null}
          ${file ? html`<button type="button" class="tl-audio-tool" aria-label=${'Clear recording: ' + name} title="Clear recording"
            disabled=${disabled} onClick=${() => clear(true)}><${Icon} d=${P.delete} /></button>` : null}
        </div>` : null}
      <div class="tl-audio-actions">
        ${problem === 'error' ? html`<button type="button" class="tl-audio-action" aria-label="Reset" data-testid="stAudioInputActionButton"
            onClick=${() => { clear(false); setProblem(canRecord() ? null : 'none'); }}><${Icon} d=${P.reset} /></button>`
        : html`${recording
            ? html`<button type="button" class="tl-audio-action tl-audio-stop" aria-label="Stop recording" data-testid="stAudioInputActionButton"
                disabled=${disabled} onClick=${stop}><${Icon} d=${P.stop} /></button>`
            : html`<button type="button" class="tl-audio-action tl-audio-record" aria-label="Record" data-testid="stAudioInputActionButton"
                disabled=${off || problem === 'none'} aria-busy=${busy ? 'true' : undefined} onClick=${start}>
                ${busy ? html`<span class="tl-audio-spinner" aria-hidden="true"></span>` : html`<${Icon} d=${P.mic} />`}</button>`}
          ${url && !recording && !busy ? html`<button type="button" class="tl-audio-action" aria-label=${playing ? 'Pause' : 'Play'} data-testid="stAudioInputActionButton"
              disabled=${disabled} onClick=${() => lib.current && lib.current.ws.playPause()}><${Icon} d=${playing ? P.pause : P.play} /></button>` : null}`}
      </div>
      <div class="tl-audio-middle">
        ${problem === 'error' ? html`<div class="tl-audio-msg" role="alert">An error has occurred, please try again.</div>` : null}
        ${problem === 'denied' ? html`<div class="tl-audio-msg" role="status"><span>This app would like to use your microphone.</span>${' '}
            <a href=${MIC_HELP_URL} rel="noopener noreferrer" target="_blank">Learn how to allow access.</a></div>` : null}
        ${problem === 'none' && !url ? html`<div class="tl-audio-msg" role="status"><span>No microphone is available here.</span>${' '}
            <button type="button" class="tl-audio-choose" disabled=${disabled} onClick=${() => picker.current && picker.current.click()}>Choose an audio file instead</button></div>` : null}
        ${placeholder ? html`<div class="tl-audio-dots" aria-hidden="true"><div></div></div>` : null}
        <div class="tl-audio-wave" data-testid="stAudioInputWaveSurfer" ref=${wave}
          hidden=${placeholder || problem === 'denied' || problem === 'error' || (problem === 'none' && !url)}></div>
      </div>
      <span class=${'tl-audio-time' + (recording || playing ? ' tl-audio-live' : '')} data-testid="stAudioInputWaveformTimeCode" role="timer"
        aria-label=${(recording ? 'Recording time ' : 'Time ') + time}>${time}</span>
    </div>
    <input type="file" ref=${picker} class="tl-sr-only" tabindex="-1" aria-hidden="true" accept="audio/*"
      disabled=${disabled} onChange=${(ev) => { const t = ev.currentTarget; choose(t.files).finally(() => { t.value = ''; }); }} />
  </div>`;
}

export default AudioInput;
