// st.file_uploader: a labelled <input type=file> in a drop zone; files are
// read as base64 and committed as [{name, type, size, data}].  A file larger
// than the widget's limit (server.maxUploadSize, max_upload_size) is refused
// in the widget before a byte of it is read; the page keeps one copy of each
// file it sent (the render tree names files without their bytes).
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { elAttrs, useWidget, Label, ariaName } from './common.js';
import { scaleImage, toWav } from './capture.js';

/** Streamlit's default server.maxUploadSize, in MB. */
export const DEFAULT_LIMIT_MB = 200;

export function readFile(file) {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onerror = () => reject(r.error);
    r.onload = () => {
      let s = String(r.result);
      const data = s.slice(s.indexOf(',') + 1);
      s = '';  // (the data: URL goes; the base64 is the one copy kept)
      resolve({ name: file.name, type: file.type || '', size: file.size, data });
    };
    r.readAsDataURL(file);
  });
}

/**
 * Split picked files into those to read and the reasons the others are refused.
 * @param {{name: string, size: number, type?: string}[]} all
 * @param {string[]|null|undefined} types
 * @param {number} limitMb
 */
export function screen(all, types, limitMb) {
  const ok = [];
  const refused = [];
  for (const f of all) {
    if (!accepts(types, f)) refused.push(`${f.name}: file type not allowed.`);
    else if (f.size > limitMb * 1024 * 1024) refused.push(`${f.name}: file must be ${limitMb}MB or smaller.`);
    else ok.push(f);
  }
  return { ok, refused };
}

/** The accept attribute: MIME types and wildcards as they are, "csv" -> ".csv". */
export function accept(types) {
  if (!types || !types.length) return undefined;
  return types.map((t) => (t.includes('/') || t.startsWith('.') ? t : '.' + t)).join(',');
}

/**
 * Whether a file matches the allowed types: ".png" by file name, "image/*" by
 * MIME prefix, "text/csv" by MIME type.
 * @param {string[]|null|undefined} types
 * @param {{name: string, type?: string}} file
 */
export function accepts(types, file) {
  if (!types || !types.length) return true;
  const name = String(file.name || '').toLowerCase();
  const mime = String(file.type || '').toLowerCase();
  return types.some((raw) => {
    const t = String(raw).trim().toLowerCase();
    if (!t) return false;
    if (t.endsWith('/*')) return mime.startsWith(t.slice(0, -1));
    if (t.includes('/')) return mime === t;
    return name.endsWith(t.startsWith('.') ? t : '.' + t);
  });
}

/** A data: URL for a preview of a file we read (only a plain MIME type). */
function previewUrl(f, prefix) {
  const type = String(f.type || '');
  if (!type.startsWith(prefix) || !/^[\w.+-]+\/[\w.+-]+$/.test(type) || typeof f.data !== 'string') return null;
  return `data:${type};base64,${f.data}`;
}

function size(n) {
  if (n < 1024) return n + ' B';
  if (n < 1048576) return (n / 1024).toFixed(1) + ' KB';
  return (n / 1048576).toFixed(1) + ' MB';
}

const TEXT = {
  file_uploader: { button: 'Browse files', drop: (many) => `Drag and drop file${many ? 's' : ''} here` },
  camera_input: { button: 'Take photo', drop: () => 'Take a photo or drop an image here' },
  audio_input: { button: 'Record audio', drop: () => 'Record or drop an audio file here' },
};

/**
 * st.file_uploader, and st.camera_input / st.audio_input: the same drop zone
 * with a `capture` file input (phones open the camera or the microphone) and
 * a preview of the one file.
 */
function FileUploader({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const [over, setOver] = useState(false);
  const [refused, setRefused] = useState(/** @type {string[]} */ ([]));
  const files = Array.isArray(w.e.value) ? w.e.value : [];
  const many = !!p.accept_multiple_files;
  const text = TEXT[node.kind] || TEXT.file_uploader;
  const limitMb = typeof p.max_upload_size_mb === 'number' && p.max_upload_size_mb > 0 ? p.max_upload_size_mb : DEFAULT_LIMIT_MB;
  const add = async (list) => {
    const { ok, refused: why } = screen(Array.from(list || []), p.type, limitMb);
    setRefused(why);
    if (!ok.length) return;
    const read = await Promise.all((many ? ok : ok.slice(0, 1)).map(async (f) => {
      // camera_input(resolution) / audio_input(sample_rate): the captured file in Streamlit's shape.
      if (node.kind === 'audio_input') return (await toWav(f, p.sample_rate)) || readFile(f);
      if (node.kind === 'camera_input' && p.resolution_height) return (await scaleImage(f, p.resolution_height)) || readFile(f);
      return readFile(f);
    }));
    w.commit(many ? [...files, ...read] : read);
  };
  const hidden = p.label_visibility && p.label_visibility !== 'visible';
  const types = p.type && p.type.length ? p.type.map((t) => t.replace(/^\./, '').toUpperCase()).join(', ') : '';
  const img = node.kind === 'camera_input' && files[0] ? previewUrl(files[0], 'image/') : null;
  const audio = node.kind === 'audio_input' && files[0] ? previewUrl(files[0], 'audio/') : null;
  return html`<div ...${elAttrs(node)}>
    <${Label} node=${node} forId=${w.id} />
    <div class=${'tl-dropzone' + (over ? ' tl-over' : '')} data-testid="stFileUploaderDropzone"
      onDragOver=${(ev) => { ev.preventDefault(); setOver(true); }} onDragLeave=${() => setOver(false)}
      onDrop=${(ev) => { ev.preventDefault(); setOver(false); if (!p.disabled) add(ev.dataTransfer && ev.dataTransfer.files); }}>
      <div class="tl-dropzone-text"><span>${text.drop(many)}</span>
        <small>Limit ${limitMb}MB per file${types ? ' • ' + types : ''}</small></div>
      <label class="tl-btn tl-btn-secondary tl-browse">${text.button}
        <input type="file" id=${w.id} class="tl-sr-only" multiple=${many} accept=${accept(p.type)}
          capture=${p.capture || undefined}
          disabled=${!!p.disabled} aria-label=${hidden ? ariaName(node) : undefined}
          onChange=${(ev) => { const t = ev.currentTarget; add(t.files).finally(() => { t.value = ''; }); }} />
      </label>
    </div>
    ${refused.length ? html`<div class="tl-file-error" role="alert">${refused.map((text) => html`<div>${text}</div>`)}</div>` : null}
    ${img ? html`<img class="tl-capture-preview" src=${img} alt=${files[0].name} />` : null}
    ${audio ? html`<audio class="tl-capture-preview" controls src=${audio} aria-label=${files[0].name}></audio>` : null}
    ${files.length ? html`<ul class="tl-files">${files.map((f, i) => html`<li class="tl-file" key=${i + f.name}>
      <span class="tl-file-name">${f.name}</span><small>${size(f.size || 0)}</small>
      <button type="button" class="tl-chip-x" aria-label=${'Remove ' + f.name} disabled=${!!p.disabled}
        onClick=${() => w.commit(files.filter((_f, j) => j !== i))}>×</button></li>`)}</ul>` : null}
  </div>`;
}

export default { file_uploader: FileUploader, camera_input: FileUploader, audio_input: FileUploader };
