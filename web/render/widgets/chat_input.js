// st.chat_input: Enter (without Shift) or the send button sends the text as a
// change plus trigger, then clears the box.  A top-level one is pinned in the
// bottom block (py/tablit/widgets/_chat_input.py); nested ones stay inline.
// With accept_file an "Attach files" button adds files (one, several, or a
// folder), shown as removable chips.  With accept_audio, 1.67's "Start recording"
// microphone button records live (recorder.js, shared with audio_input): the
// box shows the live waveform with "Cancel recording" and "Submit recording",
// which sends the text, the files and the recording (1.67's WAV at
// audio_sample_rate, named "audio-<ISO time>.wav") at once; a refused
// microphone says "Microphone access denied".  Where nothing can record here,
// a "Record audio" file input takes a recording instead (the microphone on
// phones).  Then the change is {text, files, audio} (files as file_uploader's).
// submit_mode "disable": the box is disabled while the app runs; "stop": a
// message sent while it runs stops that run first (the toolbar's Stop).
import { useEffect, useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { elAttrs, useWidget } from './common.js';
import { accept, accepts, readFile } from './file_uploader.js';
import { canRecord, loadLibrary, makeRecorder, micProblem, startRecording, stopRecording, wavFile } from './recorder.js';

/** 1.67's name of a recording sent from the chat input: "audio-2026-12-02T05-40-12-345Z.wav". */
export function chatRecordingName(now = new Date()) {
  return `audio-${now.toISOString().replaceAll(/[:.]/g, '-')}.wav`;
}

// 1.67's icons: "add" (attach) and "arrow_upward" (send), Material Symbols Rounded
const CLIP = html`<svg viewBox="0 -960 960 960" width="20" height="20" aria-hidden="true"><path fill="currentColor" d="M450-450H230q-12.75 0-21.37-8.68-8.63-8.67-8.63-21.5 0-12.82 8.63-21.32 8.62-8.5 21.37-8.5h220v-220q0-12.75 8.68-21.38 8.67-8.62 21.5-8.62 12.82 0 21.32 8.62 8.5 8.63 8.5 21.38v220h220q12.75 0 21.38 8.68 8.62 8.67 8.62 21.5 0 12.82-8.62 21.32-8.63 8.5-21.38 8.5H510v220q0 12.75-8.68 21.37-8.67 8.63-21.5 8.63-12.82 0-21.32-8.63-8.5-8.62-8.5-21.37v-220Z"/></svg>`;
const SEND = html`<svg viewBox="0 -960 960 960" width="20" height="20" aria-hidden="true"><path fill="currentColor" d="M450-686 223-459q-9 9-21 9t-21-9q-9-9-9-21t9-21l278-278q5-5 10-7t11-2q6 0 11 2t10 7l278 278q9 9 9 21t-9 21q-9 9-21 9t-21-9L510-686v496q0 13-8.5 21.5T480-160q-13 0-21.5-8.5T450-190v-496Z"/></svg>`;
// 1.67's "mic_none", "close" and "check" (Material icons, Apache-2.0)
const MIC_NONE = html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path fill="currentColor" d="M12 14c1.66 0 3-1.34 3-3V5c0-1.66-1.34-3-3-3S9 3.34 9 5v6c0 1.66 1.34 3 3 3zm-1-9c0-.55.45-1 1-1s1 .45 1 1v6c0 .55-.45 1-1 1s-1-.45-1-1V5zm6 6c0 2.76-2.24 5-5 5s-5-2.24-5-5H5c0 3.53 2.61 6.43 6 6.92V21h2v-3.08c3.39-.49 6-3.39 6-6.92h-2z"/></svg>`;
const CLOSE = html`<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><path fill="currentColor" d="M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z"/></svg>`;
const CHECK = html`<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><path fill="currentColor" d="M9 16.17 4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z"/></svg>`;
const MIC = html`<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><path fill="currentColor" d="M12 14a3 3 0 0 0 3-3V5a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.9V21h2v-3.1A7 7 0 0 0 19 11h-2z"/></svg>`;

function ChatInput({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const e = w.e;
  const [files, setFiles] = useState(/** @type {any[]} */ ([]));
  const [audio, setAudio] = useState(/** @type {any} */ (null));
  const [refused, setRefused] = useState(/** @type {string[]} */ ([]));
  const rs = /** @type {any} */ (w.ctx).runState;
  const [, tick] = useState(0);
  const seen = rs ? rs.version : 0;
  useEffect(() => {
    if (!rs || !p.submit_mode || p.submit_mode === 'submit') return undefined;
    const unsubscribe = rs.subscribe(() => tick((x) => x + 1));
    if (rs.version !== seen) tick((x) => x + 1); // changed before the effect subscribed
    return unsubscribe;
  }, [rs, p.submit_mode]);
  const running = !!(rs && rs.running);
  const off = !!p.disabled || (p.submit_mode === 'disable' && running);
  const text = e.draft || '';
  const rich = !!p.accept_file || !!p.accept_audio;
  const many = p.accept_file === 'multiple' || p.accept_file === 'directory';
  const limit = (p.max_upload_size || 200) * 1024 * 1024;
  const submit = (recorded = null) => {
    const v = e.draft || '';
    const sound = recorded || audio;
    if ((!v.trim() && !files.length && !sound) || off) return;
    if (p.submit_mode === 'stop' && rs && rs.running && rs.actions && rs.actions.stop) rs.actions.stop();
    e.draft = null;
    w.ctx.store.notify(e);
    const value = rich ? { text: v, files, audio: sound } : v;
    setFiles([]);
    setAudio(null);
    w.ctx.send({ type: 'update', changes: [{ id: node.id, value }], trigger: node.id });
  };
  const addFiles = async (list) => {
    const all = Array.from(list || []);
    const ok = all.filter((f) => accepts(p.file_type, f) && f.size <= limit);
    setRefused(all.filter((f) => !ok.includes(f)).map((f) => f.name));
    const read = await Promise.all(ok.map(readFile));
    setFiles(many ? [...files, ...read] : read.slice(0, 1));
  };
  const addAudio = async (list) => {
    const f = Array.from(list || [])[0];
    if (!f) return;
    if (!String(f.type).startsWith('audio/') || f.size > limit) { setRefused([f.name]); return; }
    setRefused([]);
    setAudio(await readFile(f));
  };
  // The live recorder (accept_audio where the browser can record): made on the first "Start recording".
  const live = !!p.accept_audio && canRecord();
  const wave = useRef(/** @type {HTMLDivElement|null} */ (null));
  const root = useRef(/** @type {HTMLDivElement|null} */ (null));
  const recorder = useRef(/** @type {{ws: any, rec: any}|null} */ (null));
  const [recState, setRecState] = useState(/** @type {null|'recording'|'sending'} */ (null));
  const [micError, setMicError] = useState(/** @type {string|null} */ (null));
  const rate = typeof p.audio_sample_rate === 'number' ? p.audio_sample_rate : null;
  useEffect(() => () => { if (recorder.current) recorder.current.ws.destroy(); recorder.current = null; }, []);
  const startRec = async () => {
    if (off || recState) return;
    setMicError(null);
    try {
      const loaded = await loadLibrary();
      if (wave.current) wave.current.hidden = false;  // (drawn at its width: made while shown)
      if (!recorder.current) recorder.current = makeRecorder(loaded, wave.current, root.current);
      recorder.current.ws.empty();
      await startRecording(recorder.current.rec, rate);
      setRecState('recording');
    } catch (err) {
      if (wave.current) wave.current.hidden = true;
      setMicError(micProblem(err) === 'denied' ? 'Microphone access denied' : 'Recording failed');
    }
  };
  const cancelRec = () => {
    const r = recorder.current;
    if (r && r.rec.isRecording()) r.rec.stopRecording();
    if (r) r.ws.empty();
    setRecState(null);
  };
  const approveRec = async () => {
    const r = recorder.current;
    if (!r || recState !== 'recording') return;
    setRecState('sending');
    try {
      const wav = await stopRecording(r.rec, rate);
      submit(wavFile(chatRecordingName(), wav));
    } catch {
      setMicError('Recording failed');
    } finally {
      r.ws.empty();
      setRecState(null);
    }
  };
  const recording = recState !== null;
  const placeholder = p.placeholder || 'Your message';
  const style = typeof p.height === 'number' ? `--tl-chat-h:${p.height}px` : undefined;
  const attached = [...files.map((f, i) => ({ f, drop: () => setFiles(files.filter((_x, j) => j !== i)) })),
    ...(audio ? [{ f: audio, drop: () => setAudio(null) }] : [])];
  return html`<div ...${elAttrs(node)} ref=${root}>
    ${attached.length ? html`<ul class="tl-chips tl-chat-files" aria-label="Attachments">${attached.map(({ f, drop }, i) => html`<li class="tl-chip" key=${i + f.name}>
      <span>${f.name}</span><button type="button" class="tl-chip-x" aria-label=${'Remove ' + f.name} onClick=${drop}>×</button></li>`)}</ul>` : null}
    ${refused.length ? html`<div class="tl-file-error" role="alert">${refused.map((n) => html`<div>${n}: file type or size not allowed.</div>`)}</div>` : null}
    <div class=${'tl-chat-box' + (recording ? ' tl-chat-recording' : '')} style=${style}>
      ${p.accept_file && !recording ? html`<label class="tl-chat-attach" title="Attach files">
        <input type="file" class="tl-sr-only" aria-label=${p.accept_file === 'directory' ? 'Attach a folder' : many ? 'Attach files' : 'Attach a file'}
          multiple=${many} accept=${accept(p.file_type)} disabled=${off}
          ...${p.accept_file === 'directory' ? { webkitdirectory: '' } : {}}
          onChange=${(ev) => { const t = ev.currentTarget; addFiles(t.files).finally(() => { t.value = ''; }); }} />${CLIP}</label>` : null}
      ${live ? html`<div class="tl-chat-wave" data-testid="stChatInputWaveform" ref=${wave} hidden=${!recording}
        role="img" aria-label="Recording"></div>` : null}
      <textarea class="tl-chat-text" data-testid="stChatInputTextArea" id=${w.id} rows="1" value=${text} placeholder=${placeholder} hidden=${recording}
        aria-label=${p.label || placeholder} maxLength=${p.max_chars || undefined} disabled=${off}
        onInput=${(ev) => { e.draft = ev.currentTarget.value; w.ctx.store.notify(e); }}
        onKeyDown=${(ev) => { if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) { ev.preventDefault(); submit(); } }} />
      ${recording ? html`
        <button type="button" class="tl-chat-attach" aria-label="Cancel recording" data-testid="stChatInputCancelButton"
          disabled=${off} onClick=${cancelRec}>${CLOSE}</button>
        <button type="button" class="tl-chat-send tl-chat-approve" aria-label="Submit recording" data-testid="stChatInputApproveButton"
          disabled=${off || recState === 'sending'} aria-busy=${recState === 'sending' ? 'true' : undefined} onClick=${approveRec}>${CHECK}</button>`
      : html`
      ${live ? html`<button type="button" class=${'tl-chat-attach' + (micError ? ' tl-chat-mic-error' : '')} aria-label="Start recording"
          data-testid="stChatInputMicButton" title=${micError || undefined} disabled=${off} onClick=${startRec}>${MIC_NONE}</button>
        ${micError ? html`<span class="tl-sr-only" role="alert">${micError}</span>` : null}` : null}
      ${p.accept_audio && !live ? html`<label class="tl-chat-attach" title="Record audio">
        <input type="file" class="tl-sr-only" aria-label="Record audio" accept="audio/*" capture="user" disabled=${off}
          onChange=${(ev) => { const t = ev.currentTarget; addAudio(t.files).finally(() => { t.value = ''; }); }} />${MIC}</label>` : null}
      <button type="button" class="tl-chat-send" data-testid="stChatInputSubmitButton" aria-label="Send message" disabled=${off || (!text.trim() && !files.length && !audio)} onClick=${() => submit()}>
        ${SEND}
      </button>`}
    </div>
  </div>`;
}

export default { chat_input: ChatInput };
