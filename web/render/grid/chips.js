// The cell editor of ListColumn / MultiselectColumn (and list-typed columns): the
// items as chips, each with a remove button, and an input that adds one (Enter).
// A MultiselectColumn offers its options (a datalist) and takes only those unless
// accept_new_options.  Enter on an empty input, or focus leaving the editor, commits;
// Escape cancels; Backspace on an empty input removes the last chip.
import { useRef, useState } from 'preact/hooks';
import { html } from '../html.js';

/** Options of a MultiselectColumn as [{value, label}]. */
function optionsOf(tc) {
  return (Array.isArray(tc.options) ? tc.options : []).map((o) => (o && typeof o === 'object'
    ? { value: o.value, label: o.label ?? String(o.value) } : { value: o, label: String(o) }));
}

const text = (x) => (typeof x === 'object' && x !== null ? JSON.stringify(x) : String(x));

/**
 * @param {{col: any, value: any, onDone: (v: any) => void, label: string, initial?: string, multiselect: boolean}} p
 */
export function ChipsEditor({ col, value, onDone, label, initial, multiselect }) {
  const tc = (col.spec.config && col.spec.config.type_config) || {};
  const required = !!(col.spec.config && col.spec.config.required);
  const opts = multiselect ? optionsOf(tc) : [];
  const [items, setItems] = useState(() => (value === null || value === undefined ? [] : Array.isArray(value) ? [...value] : [value]));
  const [invalid, setInvalid] = useState(false);
  const done = useRef(false);
  const box = useRef(/** @type {HTMLElement | null} */ (null));
  const listId = useRef(`tl-chips-${Math.random().toString(36).slice(2)}`).current;
  const labelOf = (x) => { const o = opts.find((q) => q.value === x); return o ? o.label : text(x); };

  const finish = (commit, list = items) => {
    if (done.current) return;
    done.current = true;
    if (!commit) return onDone(undefined);
    onDone(list.length ? list : required ? undefined : null);
  };
  /** The item typed text stands for, or undefined (not an option and no new options). */
  const itemOf = (t) => {
    if (!multiselect) return t;
    const o = opts.find((q) => q.label === t) || opts.find((q) => text(q.value) === t);
    if (o) return o.value;
    return tc.accept_new_options ? t : undefined;
  };
  const onKeyDown = (e) => {
    e.stopPropagation();
    const input = e.currentTarget;
    const t = input.value.trim();
    if (e.key === 'Escape') { e.preventDefault(); finish(false); return; }
    if (e.key === 'Enter') {
      e.preventDefault();
      if (!t) { finish(true); return; }
      const item = itemOf(t);
      if (item === undefined) { setInvalid(true); return; }
      if (!multiselect || !items.includes(item)) setItems([...items, item]);
      input.value = '';
      setInvalid(false);
      return;
    }
    if (e.key === 'Backspace' && !input.value && items.length) setItems(items.slice(0, -1));
  };
  const remove = (i) => {
    setItems(items.filter((_, k) => k !== i));
    box.current && box.current.querySelector('input')?.focus();
  };
  // the input is focused once, when the editor opens (with the key typed on the cell, if any)
  const inputRef = (el) => {
    if (el && !el.dataset.focused) {
      el.dataset.focused = '1';
      if (initial !== undefined) el.value = initial;
      el.focus();
    }
  };
  return html`<div ref=${box} class="tl-grid-editor tl-grid-chips-editor" role="group" aria-label=${label}
      onFocusOut=${(e) => { if (!box.current || !box.current.contains(/** @type {Node} */ (e.relatedTarget))) finish(true); }}
      onClick=${(e) => e.stopPropagation()}>
    ${items.map((x, i) => html`<span class="tl-grid-chip">${labelOf(x)}<button type="button" class="tl-grid-chip-remove"
      aria-label=${`Remove ${labelOf(x)}`} onMouseDown=${(e) => e.preventDefault()} onClick=${() => remove(i)}>×</button></span>`)}
    <input ref=${inputRef} class="tl-grid-chips-input" type="text" aria-label=${`${label}: add an item`}
      aria-invalid=${invalid ? 'true' : undefined} list=${multiselect ? listId : undefined} onKeyDown=${onKeyDown}
      onInput=${() => invalid && setInvalid(false)} />
    ${multiselect ? html`<datalist id=${listId}>${opts.filter((o) => !items.includes(o.value)).map((o) => html`<option value=${o.label} />`)}</datalist>` : null}
  </div>`;
}
