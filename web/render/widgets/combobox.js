// The pieces of Streamlit 1.67's searchable comboboxes (st.selectbox,
// st.multiselect), after the WAI-ARIA combobox pattern: an <input
// role=combobox> that owns a role=listbox popup (aria-controls,
// aria-expanded, aria-activedescendant; focus stays in the input), the
// filter of each filter_mode, the popup's placement and its outside-click
// closing.
import { useLayoutEffect, useState, useEffect, useRef } from 'preact/hooks';
import { hasMatch, score } from 'fzy.js';
import { html } from '../html.js';

/**
 * @typedef {Object} ComboItem
 * @property {string} key      unique within the list (the option index, or a marker)
 * @property {string} label    what the option shows
 * @property {any} [value]     what choosing it means to the widget
 * @property {boolean} [special]  an action row ("Add: x", "Select all"), drawn with a rule
 */

/**
 * The options that `text` keeps under a 1.67 filter mode, in display order:
 * "fuzzy" keeps the labels that hold the text's characters in order (any case)
 * and ranks them by fzy's score, best first (ties keep their order);
 * "contains" and "prefix" keep, in order, the labels that contain or start
 * with the text (any case); null filters nothing (typing is off then).
 * @template {{label: string}} T
 * @param {T[]} items
 * @param {string} text
 * @param {'fuzzy'|'contains'|'prefix'|null|undefined} mode  undefined: fuzzy (1.67's default)
 * @returns {T[]}
 */
export function filterOptions(items, text, mode) {
  if (!text || mode === null) return items;
  const m = mode === undefined ? 'fuzzy' : mode;
  const needle = text.toLowerCase();
  if (m === 'contains') return items.filter((it) => it.label.toLowerCase().includes(needle));
  if (m === 'prefix') return items.filter((it) => it.label.toLowerCase().startsWith(needle));
  const kept = items.map((it, i) => ({ it, i })).filter(({ it }) => hasMatch(text, it.label));
  const scores = new Map(kept.map(({ it, i }) => [i, score(text, it.label)]));
  kept.sort((a, b) => (scores.get(b.i) - scores.get(a.i)) || a.i - b.i);
  return kept.map(({ it }) => it);
}

/**
 * 1.67's placeholder when the app gives none (utils' placeholder rule):
 * "Choose an option" / "Choose options", "Choose or add …" with
 * accept_new_options, "Add an option" / "Add options" when there are no
 * options to choose but new ones may be typed, and "No options to select"
 * (the widget then disabled) when there are none at all.
 * @param {string|null|undefined} given
 * @param {number} count  how many options
 * @param {boolean} acceptNew
 * @param {boolean} multi
 * @returns {{placeholder: string, disable: boolean}}
 */
export function placeholderFor(given, count, acceptNew, multi) {
  if (given) return { placeholder: given, disable: false };
  if (count === 0) {
    if (acceptNew) return { placeholder: multi ? 'Add options' : 'Add an option', disable: false };
    return { placeholder: 'No options to select', disable: true };
  }
  if (acceptNew) return { placeholder: multi ? 'Choose or add options' : 'Choose or add an option', disable: false };
  return { placeholder: multi ? 'Choose options' : 'Choose an option', disable: false };
}

/** Rows drawn at once when a list is long (the rest are spacers), and the row height in px. */
const WINDOW = 60;
const ROW_PX = 40;

/**
 * Where the popup goes: fixed under its anchor (above it when there is more
 * room there), as wide as the anchor; followed on scroll and resize.
 * @param {boolean} open
 * @param {{current: HTMLElement|null}} anchor
 * @returns {string|undefined} the popup's style
 */
export function usePopupPlace(open, anchor) {
  const [style, setStyle] = useState(/** @type {string|undefined} */ (undefined));
  useLayoutEffect(() => {
    if (!open || !anchor.current) return;
    const el = anchor.current;
    const win = el.ownerDocument.defaultView;
    if (!win) return;
    const place = () => {
      const r = el.getBoundingClientRect();
      const below = win.innerHeight - r.bottom;
      const up = below < 200 && r.top > below;
      const room = Math.max(120, (up ? r.top : below) - 12);
      setStyle(`position:fixed;left:${r.left}px;width:${r.width}px;max-height:min(18.75rem,${room}px);` +
        (up ? `bottom:${win.innerHeight - r.top + 4}px` : `top:${r.bottom + 4}px`));
    };
    place();
    win.addEventListener('scroll', place, true);
    win.addEventListener('resize', place);
    return () => {
      win.removeEventListener('scroll', place, true);
      win.removeEventListener('resize', place);
    };
  }, [open]);
  return open ? style : undefined;
}

/**
 * Calls `close` on a pointer press outside `root` while `open`.
 * @param {boolean} open
 * @param {{current: HTMLElement|null}} root
 * @param {() => void} close
 */
export function useOutsideClose(open, root, close) {
  const latest = useRef(close);
  latest.current = close;
  useEffect(() => {
    if (!open || !root.current) return;
    const doc = root.current.ownerDocument;
    const onDown = (ev) => { if (root.current && !root.current.contains(/** @type {Node} */ (ev.target))) latest.current(); };
    doc.addEventListener('pointerdown', onDown);
    return () => doc.removeEventListener('pointerdown', onDown);
  }, [open]);
}

/** The DOM id of an item's option element. */
export const optionId = (listId, item) => `${listId}-o-${item.key}`;

/**
 * The next active index for a navigation key, or undefined for other keys.
 * @param {string} key
 * @param {number} active  -1: none
 * @param {number} n  how many items
 */
export function moveActive(key, active, n) {
  if (!['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp'].includes(key)) return undefined;
  if (!n) return -1;
  if (key === 'ArrowDown') return active < 0 ? 0 : Math.min(n - 1, active + 1);
  if (key === 'ArrowUp') return active < 0 ? n - 1 : Math.max(0, active - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return n - 1;
  if (key === 'PageDown') return Math.min(n - 1, Math.max(0, active) + 7);
  if (key === 'PageUp') return Math.max(0, active - 7);
  return undefined;
}

/**
 * The popup list: role=listbox named like the widget, one role=option per
 * item (aria-selected on the chosen ones), the active one highlighted and
 * scrolled into view; a long list draws only the rows near the active one
 * and the scroll position.  Pointer presses do not take focus from the input.
 * @param {{id: string, label: string, items: ComboItem[], active: number, selected?: (it: ComboItem) => boolean,
 *   empty: string, style?: string, onPick: (it: ComboItem) => void, onHover: (i: number) => void, multi?: boolean}} props
 */
export function Listbox({ id, label, items, active, selected, empty, style, onPick, onHover, multi }) {
  const box = useRef(/** @type {HTMLElement|null} */ (null));
  const [top, setTop] = useState(0);
  const long = items.length > WINDOW;
  // the window: around the scroll position, widened to hold the active row
  let from = long ? Math.max(0, Math.floor(top / ROW_PX) - 10) : 0;
  if (long && active >= 0 && (active < from || active >= from + WINDOW)) from = Math.max(0, active - Math.floor(WINDOW / 2));
  const to = long ? Math.min(items.length, from + WINDOW) : items.length;
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || active < 0) return;
    const rowTop = active * ROW_PX;
    if (long) {
      if (rowTop < el.scrollTop) el.scrollTop = rowTop;
      else if (rowTop + ROW_PX > el.scrollTop + el.clientHeight) el.scrollTop = rowTop + ROW_PX - el.clientHeight;
      return;
    }
    const opt = /** @type {HTMLElement|null} */ (el.children[active]);
    if (opt && typeof opt.scrollIntoView === 'function') opt.scrollIntoView({ block: 'nearest' });
  }, [active, items]);
  const rows = [];
  for (let i = from; i < to; i++) {
    const it = items[i];
    const sel = selected ? selected(it) : false;
    rows.push(html`<li role="option" id=${optionId(id, it)} key=${it.key} aria-selected=${sel ? 'true' : 'false'}
      class=${'tl-cb-opt' + (i === active ? ' tl-active' : '') + (it.special ? ' tl-cb-special' : '')}
      onMouseMove=${() => { if (i !== active) onHover(i); }} onClick=${() => onPick(it)}><span class="tl-cb-opt-text">${it.label}</span></li>`);
  }
  return html`<ul role="listbox" id=${id} class="tl-cb-list" aria-label=${label} aria-multiselectable=${multi ? 'true' : undefined}
    ref=${box} style=${style} onPointerDown=${(ev) => ev.preventDefault()} onMouseDown=${(ev) => ev.preventDefault()}
    onScroll=${long ? (ev) => setTop(ev.currentTarget.scrollTop) : undefined}>
    ${long && from > 0 ? html`<li role="presentation" aria-hidden="true" style=${`height:${from * ROW_PX}px`}></li>` : null}
    ${rows.length ? rows : html`<li role="presentation" class="tl-cb-empty">${empty}</li>`}
    ${long && to < items.length ? html`<li role="presentation" aria-hidden="true" style=${`height:${(items.length - to) * ROW_PX}px`}></li>` : null}
  </ul>`;
}

/** The chevron of a combobox's "Open" button (1.67's ExpandMore). */
export function Chevron() {
  return html`<svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="currentColor"><path d="M16.59 8.59 12 13.17 7.41 8.59 6 10l6 6 6-6z" /></svg>`;
}

/** The circled cross of 1.67's clear buttons (Material "Cancel"). */
export function ClearIcon({ size = 16 }) {
  return html`<svg aria-hidden="true" viewBox="0 0 24 24" width=${size} height=${size} fill="currentColor"><path d="M12 2C6.47 2 2 6.47 2 12s4.47 10 10 10 10-4.47 10-10S17.53 2 12 2zm5 13.59L15.59 17 12 13.41 8.41 17 7 15.59 10.59 12 7 8.41 8.41 7 12 10.59 15.59 7 17 8.41 13.41 12 17 15.59z" /></svg>`;
}

/** The thin cross of a chip's remove button. */
export function ChipCross() {
  return html`<svg aria-hidden="true" viewBox="0 0 10 10" width="7" height="7"><path d="M9 1L5 5M1 9L5 5M5 5L1 1M5 5L9 9" stroke="currentColor" stroke-linecap="round" stroke-width="2" /></svg>`;
}
