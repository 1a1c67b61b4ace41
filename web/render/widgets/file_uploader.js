// st.file_uploader (1.67's drop zone: an "Upload" button, then file chips):
// a labelled <input type=file>; files are read as base64 and committed as
// [{name, type, size, data}].  A file larger
// than the widget's limit (server.maxUploadSize, max_upload_size) is refused
// in the widget before a byte of it is read; the page keeps one copy of each
// file it sent (the render tree names files without their bytes).
import { useState, useRef } from 'preact/hooks';
import { html } from '../html.js';
import { elAttrs, useWidget, Label, ariaName } from './common.js';
import { LabelMd } from '../markdown.js';

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

/** Aliases 1.67 shows once, under the first name (jpeg -> JPG, tiff -> TIF, ...). */
const TYPE_ALIASES = new Map([['jpg', 'jpeg'], ['tif', 'tiff'], ['html', 'htm'], ['mpg', 'mpeg'], ['mp4', 'mpeg4']]
  .flatMap(([a, b]) => [[a, a], [b, a]]));

/** The accepted types as 1.67 lists them under the button: "JPG, PNG", "CSV", "image". */
export function typesText(types) {
  if (!types || !types.length) return '';
  const seen = new Set();
  const out = [];
  for (const t of types) {
    const mime = String(t).includes('/');
    const bare = mime ? String(t).toLowerCase() : String(t).replace(/^\./, '').toLowerCase();
    const key = mime ? bare : TYPE_ALIASES.get(bare) || bare;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(mime ? (key.endsWith('/*') ? key.slice(0, -2) : key) : key.toUpperCase());
  }
  return out.join(', ');
}

/**
 * A size as 1.67's file chips print it: one decimal, the largest unit that
 * keeps the number above half a unit, 1000 bytes to the kilobyte ("5.0B",
 * "1.5KB", "2.3MB").
 * @param {number} n  bytes
 */
export function chipSize(n) {
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = Math.max(0, n);
  let i = 0;
  while (i < units.length - 1 && v > 500) { v /= 1000; i++; }
  return v.toFixed(1) + units[i];
}

/** 1.67's icons: upload, add, file, cancel (Material). */
const PATHS = {
  // (Material Symbols Rounded "upload", as 1.67's button draws it: its own 960-unit box, see UPLOAD_BOX)
  upload: 'M220-160q-24 0-42-18t-18-42v-113q0-12.75 8.68-21.38 8.67-8.62 21.5-8.62 12.82 0 21.32 8.62 8.5 8.63 8.5 21.38v113h520v-113q0-12.75 8.68-21.38 8.67-8.62 21.5-8.62 12.82 0 21.32 8.62 8.5 8.63 8.5 21.38v113q0 24-18 42t-42 18H220Zm230-524-99 99q-8.8 9-20.9 8.5-12.1-.5-21.49-9.5-8.61-9-8.61-21.5t9-21.5l150-150q5-5 10.13-7 5.14-2 11-2 5.87 0 10.87 2 5 2 10 7l151 151q9 9 9 21t-8.61 21q-9.39 9-21.89 9t-21.5-9l-99-98v341q0 12.75-8.68 21.37-8.67 8.63-21.5 8.63-12.82 0-21.32-8.63-8.5-8.62-8.5-21.37v-341Z',
  add: 'M19 13h-6v6h-2v-6H5v-2h6V5h2v6h6v2z',
  file: 'M14 2H6c-1.1 0-1.99.9-1.99 2L4 20c0 1.1.89 2 1.99 2H18c1.1 0 2-.9 2-2V8l-6-6zM6 20V4h7v5h5v11H6z',
  close: 'M12 2C6.47 2 2 6.47 2 12s4.47 10 10 10 10-4.47 10-10S17.53 2 12 2zm5 13.59L15.59 17 12 13.41 8.41 17 7 15.59 10.59 12 7 8.41 8.41 7 12 10.59 15.59 7 17 8.41 13.41 12 17 15.59z',
};
const UPLOAD_BOX = '0 -960 960 960';
const Svg = ({ d, size: px = 18, box = '0 0 24 24', testid }) => html`<svg aria-hidden="true" data-testid=${testid} viewBox=${box} width=${px} height=${px} fill="currentColor"><path d=${d} /></svg>`;

/**
 * st.file_uploader in 1.67's design: a drop zone holding an "Upload" button
 * and the limit ("200MB per file • CSV"); once files are chosen the zone
 * holds their chips (name, size, a "Remove <name>" button) and, for several
 * files, an "Add files" button.  A click on the zone opens the file dialog;
 * dragging files over it shows "Drag and drop files here".  The file input
 * itself stays in the page, named by the widget's label.
 */
function Uploader({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const input = useRef(/** @type {HTMLInputElement|null} */ (null));
  const [over, setOver] = useState(false);
  const [refused, setRefused] = useState(/** @type {string[]} */ ([]));
  const files = Array.isArray(w.e.value) ? w.e.value : [];
  const many = !!p.accept_multiple_files;
  const limitMb = typeof p.max_upload_size_mb === 'number' && p.max_upload_size_mb > 0 ? p.max_upload_size_mb : DEFAULT_LIMIT_MB;
  const add = async (list) => {
    const { ok, refused: why } = screen(Array.from(list || []), p.type, limitMb);
    setRefused(why);
    if (!ok.length) return;
    const read = await Promise.all((many ? ok : ok.slice(0, 1)).map(readFile));
    w.commit(many ? [...files, ...read] : read);
  };
  const browse = () => { if (!p.disabled) input.current?.click(); };
  const hidden = p.label_visibility && p.label_visibility !== 'visible';
  const types = typesText(p.type);
  return html`<div ...${elAttrs(node)}>
    <${Label} node=${node} forId=${w.id} />
    <section class=${'tl-upload' + (over ? ' tl-over' : '') + (p.disabled ? ' tl-upload-disabled' : '')} data-testid="stFileUploaderDropzone"
      onClick=${(ev) => { if (!(/** @type {HTMLElement} */ (ev.target)).closest('button, input')) browse(); }}
      onDragOver=${(ev) => { ev.preventDefault(); setOver(true); }} onDragLeave=${() => setOver(false)}
      onDrop=${(ev) => { ev.preventDefault(); setOver(false); if (!p.disabled) add(ev.dataTransfer && ev.dataTransfer.files); }}>
      <input type="file" id=${w.id} ref=${input} class="tl-sr-only" tabindex="-1" multiple=${many} accept=${accept(p.type)}
        ...${p.accept_directory ? { webkitdirectory: '' } : {}}
        disabled=${!!p.disabled} aria-label=${hidden ? ariaName(node) : undefined}
        onChange=${(ev) => { const t = ev.currentTarget; add(t.files).finally(() => { t.value = ''; }); }} />
      ${over ? html`<div class="tl-upload-drag">${p.accept_directory ? 'Drag and drop directories here' : many ? 'Drag and drop files here' : 'Drag and drop a file here'}</div>` : null}
      ${files.length ? html`<div class="tl-upload-files" data-testid="stFileChips">
          <ul class="tl-upload-chips" aria-label="Uploaded files">${files.map((f, i) => html`<li class="tl-upload-chip" key=${i + f.name}
            data-testid="stFileChip" aria-label=${`${f.name}, ${chipSize(f.size || 0)}`}>
            <span class="tl-upload-icon"><${Svg} d=${PATHS.file} /></span>
            <span class="tl-upload-meta"><span class="tl-upload-name" title=${f.name}>${f.name}</span><span class="tl-upload-size">${chipSize(f.size || 0)}</span></span>
            <button type="button" class="tl-upload-del" aria-label=${'Remove ' + f.name} disabled=${!!p.disabled}
              onClick=${() => w.commit(files.filter((_f, j) => j !== i))}><${Svg} d=${PATHS.close} size=${16} /></button>
          </li>`)}</ul>
          ${many ? html`<button type="button" class="tl-upload-add" aria-label="Add files" disabled=${!!p.disabled} onClick=${browse}><${Svg} d=${PATHS.add} /></button>` : null}
        </div>`
      : html`<button type="button" class="tl-btn tl-btn-secondary tl-upload-btn" kind="secondary" data-testid="stBaseButton-secondary" disabled=${!!p.disabled}
          onClick=${browse}><${Svg} d=${PATHS.upload} box=${UPLOAD_BOX} size=${16} testid="stIconMaterial" /><${LabelMd} text=${p.accept_directory ? 'Upload directories' : 'Upload'} /></button>
        <span class="tl-upload-limit" data-testid="stFileUploaderDropzoneInstructions">${limitMb}MB per file${types ? ' • ' + types : ''}</span>`}
    </section>
    ${refused.length ? html`<div class="tl-file-error" role="alert">${refused.map((text) => html`<div>${text}</div>`)}</div>` : null}
  </div>`;
}

// st.camera_input / st.audio_input: live capture (camera preview, recorder), a chunk loaded when first drawn.

export default { file_uploader: Uploader };
