// MarkdownColumn cells as Streamlit 1.67 has them: the cell shows the Markdown source on
// one line (line breaks as spaces, nothing rendered); opening the cell (Enter, F2 or a
// double click, read-only grids too) shows it rendered in an overlay over the cell,
// "Markdown content" (Escape or a press outside closes it).  In an editable column the
// overlay has an "Edit" button, and typing on the cell starts editing at once: a text
// area ("Edit markdown content") saved by "Save (Ctrl+Enter)" and dropped by "Cancel
// (Escape)".  The overlay is position: fixed at the cell's corner (cells clip).
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { InlineMd, Markdown } from '../markdown.js';

/** The cell's text: the source with its line breaks as spaces (1.67's displayValue). */
export function markdownCellText(v) {
  return String(v).replace(/\r\n|\n|\r/g, ' ');
}

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || '');

/**
 * @param {{value: any, readonly: boolean, initial?: string, label: string,
 *   onDone: (v?: string|null) => void}} p  onDone(undefined) closes without a change
 */
export function MarkdownCellOverlay({ value, readonly, initial, label, onDone }) {
  const source = value === null || value === undefined ? '' : String(value);
  const [editing, setEditing] = useState(!readonly && initial !== undefined && initial !== '');
  const [text, setText] = useState(editing ? initial : source);
  const root = useRef(/** @type {HTMLDivElement|null} */ (null));
  const done = useRef(false);
  const finish = (/** @type {string|null|undefined} */ v) => {
    if (done.current) return;
    done.current = true;
    onDone(v);
  };
  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return undefined;
    const cell = el.parentElement;
    const view = el.ownerDocument.defaultView;
    if (cell && view) {
      const c = cell.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      const left = Math.max(Math.min(c.left, view.innerWidth - r.width - 8), 0);
      const top = Math.max(Math.min(c.top, view.innerHeight - r.height - 8), 0);
      // (a transformed ancestor makes `fixed` relative to it: correct by the difference)
      el.style.left = `${parseFloat(el.style.left || '0') + left - r.left}px`;
      el.style.top = `${parseFloat(el.style.top || '0') + top - r.top}px`;
    }
    /** @type {HTMLElement|null} */ (el.querySelector(editing ? 'textarea' : '.tl-grid-mdview-body'))?.focus();
    const away = (/** @type {Event} */ ev) => { if (!el.contains(/** @type {Node} */ (ev.target))) finish(undefined); };
    el.ownerDocument.addEventListener('pointerdown', away);
    return () => el.ownerDocument.removeEventListener('pointerdown', away);
  }, [editing]);
  const save = () => finish(text === '' ? null : text);
  const onKey = (/** @type {KeyboardEvent} */ e) => {
    e.stopPropagation(); // (the grid's keys must not act meanwhile)
    if (e.key === 'Escape') { e.preventDefault(); finish(undefined); } else if (editing && e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); save(); }
  };
  const mod = isMac() ? '⌘' : 'Ctrl';
  if (editing) {
    return html`<div ref=${root} class="tl-grid-mdview tl-grid-mdview-editing" role="dialog" aria-label=${label}
        data-testid="stMarkdownColumnEditor" style="position:fixed;left:0;top:0" onKeyDown=${onKey}
        onClick=${(e) => e.stopPropagation()}>
      <div class="tl-grid-mdview-tools">
        <button type="button" aria-label=${`Save (${mod}+Enter)`} title=${`Save (${mod}+Enter)`} onClick=${save}><${InlineMd} text=":material/check:" /></button>
        <button type="button" aria-label="Cancel (Escape)" title="Cancel (Escape)" onClick=${() => finish(undefined)}><${InlineMd} text=":material/close:" /></button>
      </div>
      <textarea class="tl-grid-mdview-text" aria-label="Edit markdown content" placeholder="Enter markdown text..."
        value=${text} onInput=${(e) => setText(e.currentTarget.value)}></textarea>
    </div>`;
  }
  return html`<div ref=${root} class="tl-grid-mdview" role="dialog" aria-label=${label} data-testid="stMarkdownColumnViewer"
      style="position:fixed;left:0;top:0" onKeyDown=${onKey} onClick=${(e) => e.stopPropagation()}>
    <div class="tl-grid-mdview-body" tabindex="0" aria-label="Markdown content">
      ${readonly ? null : html`<div class="tl-grid-mdview-tools">
        <button type="button" aria-label="Edit" title="Edit" onClick=${() => { setText(source); setEditing(true); }}><${InlineMd} text=":material/edit:" /></button></div>`}
      ${source ? html`<${Markdown} body=${source} />` : html`<div class="tl-grid-mdview-empty">No content</div>`}
    </div>
  </div>`;
}
