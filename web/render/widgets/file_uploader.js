// st.file_uploader: a labelled <input type=file> in a drop zone; files are
// read as base64 and committed as [{name, type, size, data}].
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { elAttrs, useWidget, Label, ariaName } from './common.js';

function readFile(file) {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onerror = () => reject(r.error);
    r.onload = () => {
      const s = String(r.result);
      resolve({ name: file.name, type: file.type || '', size: file.size, data: s.slice(s.indexOf(',') + 1) });
    };
    r.readAsDataURL(file);
  });
}

function accept(types) {
  if (!types || !types.length) return undefined;
  return types.map((t) => (t.includes('/') || t.startsWith('.') ? t : '.' + t)).join(',');
}

function size(n) {
  if (n < 1024) return n + ' B';
  if (n < 1048576) return (n / 1024).toFixed(1) + ' KB';
  return (n / 1048576).toFixed(1) + ' MB';
}

function FileUploader({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const [over, setOver] = useState(false);
  const files = Array.isArray(w.e.value) ? w.e.value : [];
  const add = async (list) => {
    let picked = Array.from(list || []);
    const acc = accept(p.type);
    if (acc) {
      const ok = acc.split(',').map((s) => s.toLowerCase());
      picked = picked.filter((f) => ok.some((a) => (a.startsWith('.') ? f.name.toLowerCase().endsWith(a) : f.type === a)));
    }
    if (!picked.length) return;
    const read = await Promise.all(picked.map(readFile));
    w.commit(p.accept_multiple_files ? [...files, ...read] : read.slice(0, 1));
  };
  const hidden = p.label_visibility && p.label_visibility !== 'visible';
  return html`<div ...${elAttrs(node)}>
    <${Label} node=${node} forId=${w.id} />
    <div class=${'tl-dropzone' + (over ? ' tl-over' : '')}
      onDragOver=${(ev) => { ev.preventDefault(); setOver(true); }} onDragLeave=${() => setOver(false)}
      onDrop=${(ev) => { ev.preventDefault(); setOver(false); if (!p.disabled) add(ev.dataTransfer && ev.dataTransfer.files); }}>
      <div class="tl-dropzone-text"><span>Drag and drop file${p.accept_multiple_files ? 's' : ''} here</span>
        <small>Limit 200MB per file${p.type && p.type.length ? ' • ' + p.type.map((t) => t.replace(/^\./, '').toUpperCase()).join(', ') : ''}</small></div>
      <label class="tl-btn tl-btn-secondary tl-browse">Browse files
        <input type="file" id=${w.id} class="tl-sr-only" multiple=${!!p.accept_multiple_files} accept=${accept(p.type)}
          disabled=${!!p.disabled} aria-label=${hidden ? ariaName(node) : undefined}
          onChange=${(ev) => { const t = ev.currentTarget; add(t.files).finally(() => { t.value = ''; }); }} />
      </label>
    </div>
    ${files.length ? html`<ul class="tl-files">${files.map((f, i) => html`<li class="tl-file" key=${i + f.name}>
      <span class="tl-file-name">${f.name}</span><small>${size(f.size || 0)}</small>
      <button type="button" class="tl-chip-x" aria-label=${'Remove ' + f.name} disabled=${!!p.disabled}
        onClick=${() => w.commit(files.filter((_f, j) => j !== i))}>×</button></li>`)}</ul>` : null}
  </div>`;
}

export default { file_uploader: FileUploader };
