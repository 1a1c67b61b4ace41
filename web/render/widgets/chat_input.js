// st.chat_input: Enter (without Shift) or the send button sends the text as a
// change plus trigger, then clears the box.  A top-level one is pinned in the
// bottom block (py/tablit/widgets/_chat_input.py); nested ones stay inline.
// With accept_file an "Attach files" button adds files (one, several, or a
// folder), shown as removable chips; with accept_audio a "Record audio" input
// (the microphone on phones, an audio file elsewhere) adds a recording.  Then
// the change is {text, files, audio} (files as file_uploader's).
// submit_mode "disable": the box is disabled while the app runs; "stop": a
// message sent while it runs stops that run first (the toolbar's Stop).
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { elAttrs, useWidget } from './common.js';
import { accept, accepts, readFile } from './file_uploader.js';

// 1.67's icons: "add" (attach) and "arrow_upward" (send), Material Symbols Rounded
const CLIP = html`<svg viewBox="0 -960 960 960" width="20" height="20" aria-hidden="true"><path fill="currentColor" d="M450-450H230q-12.75 0-21.37-8.68-8.63-8.67-8.63-21.5 0-12.82 8.63-21.32 8.62-8.5 21.37-8.5h220v-220q0-12.75 8.68-21.38 8.67-8.62 21.5-8.62 12.82 0 21.32 8.62 8.5 8.63 8.5 21.38v220h220q12.75 0 21.38 8.68 8.62 8.67 8.62 21.5 0 12.82-8.62 21.32-8.63 8.5-21.38 8.5H510v220q0 12.75-8.68 21.37-8.67 8.63-21.5 8.63-12.82 0-21.32-8.63-8.5-8.62-8.5-21.37v-220Z"/></svg>`;
const SEND = html`<svg viewBox="0 -960 960 960" width="18" height="18" aria-hidden="true"><path fill="currentColor" d="M450-686 223-459q-9 9-21 9t-21-9q-9-9-9-21t9-21l278-278q5-5 10-7t11-2q6 0 11 2t10 7l278 278q9 9 9 21t-9 21q-9 9-21 9t-21-9L510-686v496q0 13-8.5 21.5T480-160q-13 0-21.5-8.5T450-190v-496Z"/></svg>`;
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
  const submit = () => {
    const v = e.draft || '';
    if ((!v.trim() && !files.length && !audio) || off) return;
    if (p.submit_mode === 'stop' && rs && rs.running && rs.actions && rs.actions.stop) rs.actions.stop();
    e.draft = null;
    w.ctx.store.notify(e);
    const value = rich ? { text: v, files, audio } : v;
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
  const placeholder = p.placeholder || 'Your message';
  const style = typeof p.height === 'number' ? `--tl-chat-h:${p.height}px` : undefined;
  const attached = [...files.map((f, i) => ({ f, drop: () => setFiles(files.filter((_x, j) => j !== i)) })),
    ...(audio ? [{ f: audio, drop: () => setAudio(null) }] : [])];
  return html`<div ...${elAttrs(node)}>
    ${attached.length ? html`<ul class="tl-chips tl-chat-files" aria-label="Attachments">${attached.map(({ f, drop }, i) => html`<li class="tl-chip" key=${i + f.name}>
      <span>${f.name}</span><button type="button" class="tl-chip-x" aria-label=${'Remove ' + f.name} onClick=${drop}>×</button></li>`)}</ul>` : null}
    ${refused.length ? html`<div class="tl-file-error" role="alert">${refused.map((n) => html`<div>${n}: file type or size not allowed.</div>`)}</div>` : null}
    <div class="tl-chat-box" style=${style}>
      ${p.accept_file ? html`<label class="tl-chat-attach" title="Attach files">
        <input type="file" class="tl-sr-only" aria-label=${p.accept_file === 'directory' ? 'Attach a folder' : many ? 'Attach files' : 'Attach a file'}
          multiple=${many} accept=${accept(p.file_type)} disabled=${off}
          ...${p.accept_file === 'directory' ? { webkitdirectory: '' } : {}}
          onChange=${(ev) => { const t = ev.currentTarget; addFiles(t.files).finally(() => { t.value = ''; }); }} />${CLIP}</label>` : null}
      <textarea class="tl-chat-text" id=${w.id} rows="1" value=${text} placeholder=${placeholder}
        aria-label=${p.label || placeholder} maxLength=${p.max_chars || undefined} disabled=${off}
        onInput=${(ev) => { e.draft = ev.currentTarget.value; w.ctx.store.notify(e); }}
        onKeyDown=${(ev) => { if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) { ev.preventDefault(); submit(); } }} />
      ${p.accept_audio ? html`<label class="tl-chat-attach" title="Record audio">
        <input type="file" class="tl-sr-only" aria-label="Record audio" accept="audio/*" capture="user" disabled=${off}
          onChange=${(ev) => { const t = ev.currentTarget; addAudio(t.files).finally(() => { t.value = ''; }); }} />${MIC}</label>` : null}
      <button type="button" class="tl-chat-send" aria-label="Send message" disabled=${off || (!text.trim() && !files.length && !audio)} onClick=${submit}>
        ${SEND}
      </button>
    </div>
  </div>`;
}

export default { chat_input: ChatInput };
