// Choice widgets, committed on choice: st.selectbox and st.multiselect as
// 1.67's searchable comboboxes (combobox.js: type to filter by filter_mode,
// arrows/Home/End, Enter picks, Escape closes or clears; accept_new_options
// offers "Add: text"; multiselect chips with remove buttons, Backspace,
// "Clear all", "Select all").  Fetched the first time a page draws one (index.js); st.radio
// is radio.js.
import { useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { InlineMd } from '../markdown.js';
import { elAttrs, useWidget, Label, ariaName } from './common.js';
import { Icon } from './icon.js';
import { filterOptions, placeholderFor, usePopupPlace, useOutsideClose, moveActive, optionId, Listbox, Chevron, ClearIcon, ChipCross } from './combobox.js';
function hiddenName(node) {
  const v = node.props.label_visibility;
  return v && v !== 'visible' ? ariaName(node) : undefined;
}

/** props.filter_mode as combobox.js takes it (absent: 1.67's default, fuzzy). */
const modeOf = (p) => (p.filter_mode === undefined ? 'fuzzy' : p.filter_mode);

/**
 * What a keystroke into a shown (not yet filtered) value means: text typed
 * into "apple" (anywhere, or over a selection of part of it) is the search
 * by itself, as in 1.67; anything else (deleting) is kept as it is.
 * @param {string} before
 * @param {string} after
 */
export function typedOver(before, after) {
  let a = 0;
  while (a < before.length && a < after.length && before[a] === after[a]) a++;
  let z = 0;
  while (z < before.length - a && z < after.length - a && before[before.length - 1 - z] === after[after.length - 1 - z]) z++;
  const inserted = after.slice(a, after.length - z);
  return before.slice(a, before.length - z) === '' && inserted ? inserted : after;
}

/** Buttons inside a combobox box keep the focus in its input. */
const keepFocus = (ev) => ev.preventDefault();

function Selectbox({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const opts = p.options || [];
  const val = w.e.value;
  const acceptNew = !!p.accept_new_options;
  const mode = modeOf(p);
  const shown = val == null ? '' : typeof val === 'number' ? String(opts[val] ?? '') : String(val);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [filtering, setFiltering] = useState(false);
  const [active, setActive] = useState(-1);
  const root = useRef(/** @type {HTMLElement|null} */ (null));
  const box = useRef(/** @type {HTMLElement|null} */ (null));
  const input = useRef(/** @type {HTMLInputElement|null} */ (null));
  const { placeholder, disable } = placeholderFor(p.placeholder, opts.length, acceptNew, false);
  const disabled = !!p.disabled || disable;
  const items = opts.map((o, i) => ({ key: String(i), label: String(o), value: i }));
  const list = filtering && text ? filterOptions(items, text, mode) : items;
  const creatable = acceptNew && filtering && text && !opts.includes(text) ? { key: 'new', label: `Add: ${text}`, value: text, special: true } : null;
  const display = creatable ? [creatable, ...list] : list;
  const listId = w.id + '-listbox';
  const place = usePopupPlace(open, box);
  const close = () => { setOpen(false); setFiltering(false); setActive(-1); };
  useOutsideClose(open, root, close);
  const openList = () => {
    if (disabled || open) return;
    setOpen(true);
    const i = typeof val === 'number' ? display.findIndex((it) => it.value === val) : -1;
    setActive(i >= 0 ? i : display.length ? 0 : -1);
  };
  const pick = (it) => {
    close();
    w.commit(it.value);
  };
  const onInput = (ev) => {
    const now = ev.currentTarget.value;
    const t = filtering ? now : typedOver(shown, now);
    setText(t);
    setFiltering(t !== shown);
    setOpen(true);
    setActive(0);
  };
  const onKeyDown = (ev) => {
    if (disabled || ev.isComposing) return;
    const k = ev.key;
    if ((k === 'ArrowDown' || k === 'ArrowUp') && !open) { ev.preventDefault(); openList(); return; }
    const next = open ? moveActive(k, active, display.length) : undefined;
    if (next !== undefined) { ev.preventDefault(); setActive(next); return; }
    if (k === 'Enter') {
      if (open && display[active]) { ev.preventDefault(); pick(display[active]); }
      return;
    }
    if (k === 'Escape') {
      if (open || filtering) { ev.preventDefault(); ev.stopPropagation(); close(); }
      else if (p.clearable && !p.required && val != null) { ev.preventDefault(); w.commit(null); }
      return;
    }
    if (k === 'Tab' && open) close();
  };
  const clearable = p.clearable && !p.required && !disabled && val != null;
  return html`<div ...${elAttrs(node, disable ? 'tl-disabled' : '')} ref=${root}>
    <${Label} node=${node} forId=${w.id} />
    <div class=${'tl-cb-box' + (p.icon ? ' tl-has-icon' : '') + (disabled ? ' tl-cb-disabled' : '')} ref=${box}
      onClick=${(ev) => { if (ev.target === box.current) { input.current?.focus(); openList(); } }}>
      ${p.icon ? html`<span class="tl-input-icon"><${Icon} icon=${p.icon} /></span>` : null}
      <input class="tl-cb-input" id=${w.id} ref=${input} role="combobox" aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${listId} aria-autocomplete="list" aria-haspopup="listbox"
        aria-activedescendant=${open && display[active] ? optionId(listId, display[active]) : undefined}
        autocomplete="off" spellcheck=${false} value=${filtering ? text : shown} placeholder=${placeholder}
        readOnly=${mode === null} required=${!!p.required} disabled=${disabled} aria-label=${hiddenName(node)}
        onInput=${onInput} onKeyDown=${onKeyDown} onClick=${openList} onBlur=${close} />
      ${clearable ? html`<button type="button" class="tl-cb-btn tl-cb-clear" aria-label="Clear value" onMouseDown=${keepFocus}
        onClick=${() => { close(); w.commit(null); }}><${ClearIcon} /></button>` : null}
      <button type="button" class="tl-cb-btn tl-cb-open" aria-label="Open" tabindex="-1" disabled=${disabled} onMouseDown=${keepFocus}
        onClick=${() => { input.current?.focus(); if (open) close(); else openList(); }}><${Chevron} /></button>
    </div>
    ${open ? html`<${Listbox} id=${listId} label=${ariaName(node) || 'Selectbox options'} items=${display} active=${active} style=${place}
      selected=${(it) => it.value === val} empty="No results" onPick=${pick} onHover=${setActive} />` : null}
  </div>`;
}

/**
 * 1.67's "Select all" row: offered when at least two options are left and
 * select_all allows it (-1 always, 0 never, N: when at most N are left).
 */
function offersAll(count, selectAll) {
  if (count < 2) return false;
  const n = selectAll ?? 1000;
  return n === -1 || (n > 0 && count <= n);
}

function Multiselect({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const opts = p.options || [];
  const sel = Array.isArray(w.e.value) ? w.e.value : [];
  const name = (v) => (typeof v === 'number' ? String(opts[v] ?? '') : String(v));
  const acceptNew = !!p.accept_new_options;
  const mode = modeOf(p);
  const max = p.max_selections;
  const full = max != null && sel.length >= max;
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [chipFocus, setChipFocus] = useState(0);
  const root = useRef(/** @type {HTMLElement|null} */ (null));
  const box = useRef(/** @type {HTMLElement|null} */ (null));
  const input = useRef(/** @type {HTMLInputElement|null} */ (null));
  const { placeholder, disable } = placeholderFor(p.placeholder, opts.length, acceptNew, true);
  const disabled = !!p.disabled || disable;
  const free = opts.map((o, i) => ({ key: String(i), label: String(o), value: i })).filter((it) => !sel.includes(it.value));
  const matches = full ? [] : text ? filterOptions(free, text, mode) : free;
  const display = [];
  if (!full) {
    if (offersAll(matches.length, p.select_all)) {
      display.push({ key: 'all', label: text.trim() ? `Select ${matches.length} matches` : 'Select all', value: matches.map((it) => it.value), special: true });
    }
    display.push(...matches);
    if (acceptNew && text && !opts.includes(text) && !sel.some((v) => name(v) === text)) {
      display.push({ key: 'new', label: `Add: ${text}`, value: text, special: true });
    }
  }
  const act = Math.min(active, display.length - 1);
  const listId = w.id + '-listbox';
  const place = usePopupPlace(open, box);
  const close = () => { setOpen(false); setText(''); setActive(0); };
  useOutsideClose(open, root, close);
  const openList = () => { if (!disabled && !open) { setOpen(true); setActive(0); } };
  const commit = (v) => w.commit(v);
  const pick = (it) => {
    setText('');
    setActive(0);
    if (it.key === 'all') {
      const room = max != null ? Math.max(0, max - sel.length) : it.value.length;
      commit([...sel, ...it.value.slice(0, room)]);
    } else if (!full) commit([...sel, it.value]);
  };
  const removeAt = (i) => commit(sel.filter((_v, j) => j !== i));
  const chips = () => (root.current ? [...root.current.querySelectorAll('[data-tag]')] : []);
  const onKeyDown = (ev) => {
    if (disabled || ev.isComposing) return;
    const k = ev.key;
    if ((k === 'ArrowDown' || k === 'ArrowUp') && !open) { ev.preventDefault(); openList(); return; }
    const next = open ? moveActive(k, act, display.length) : undefined;
    if (next !== undefined) { ev.preventDefault(); setActive(next); return; }
    if (k === 'Enter') {
      if (open) { ev.preventDefault(); const it = display[act] || display[0]; if (it) pick(it); }
      return;
    }
    if (k === 'Escape') {
      if (text) { ev.preventDefault(); ev.stopPropagation(); setText(''); setActive(0); }
      else if (open) { ev.preventDefault(); ev.stopPropagation(); close(); }
      return;
    }
    if (k === 'Backspace' && !ev.currentTarget.value && sel.length) { ev.preventDefault(); removeAt(sel.length - 1); return; }
    if (k === 'ArrowLeft' && !ev.currentTarget.value && sel.length) {
      ev.preventDefault();
      const c = chips();
      setChipFocus(c.length - 1);
      /** @type {HTMLElement} */ (c[c.length - 1])?.focus();
      return;
    }
    if (k === 'Tab' && open) close();
  };
  const onChipKey = (i) => (ev) => {
    const c = chips();
    const go = (j) => { ev.preventDefault(); if (j >= c.length) { input.current?.focus(); setChipFocus(0); return; } setChipFocus(j); /** @type {HTMLElement} */ (c[j]).focus(); };
    const k = ev.key;
    if (k === 'ArrowLeft' || k === 'ArrowUp') { if (i > 0) go(i - 1); else ev.preventDefault(); }
    else if (k === 'ArrowRight' || k === 'ArrowDown') go(i + 1);
    else if (k === 'Home') go(0);
    else if (k === 'End') go(c.length - 1);
    else if (k === 'Delete' || k === 'Backspace') {
      ev.preventDefault();
      removeAt(i);
      const j = i < sel.length - 1 ? i : i - 1;
      if (j < 0) input.current?.focus();
      else { setChipFocus(j); requestAnimationFrame(() => /** @type {HTMLElement|undefined} */ (chips()[j])?.focus()); }
    }
  };
  const roving = Math.min(chipFocus, Math.max(0, sel.length - 1));
  const emptyText = full ? `You can only select up to ${max} ${max === 1 ? 'option' : 'options'}. Remove an option first.` : 'No results';
  return html`<div ...${elAttrs(node, disable ? 'tl-disabled' : '')} ref=${root}>
    <${Label} node=${node} forId=${w.id} />
    <div class=${'tl-cb-box tl-ms-box' + (disabled ? ' tl-cb-disabled' : '')} ref=${box}
      onClick=${(ev) => { if (ev.target === box.current || ev.target === box.current?.firstElementChild) { input.current?.focus(); openList(); } }}>
      <div class="tl-ms-tags" data-testid="stMultiSelectTagsContainer">
        ${sel.length ? html`<ul class="tl-chips" aria-label="Selected values">
          ${sel.map((v, i) => html`<li class="tl-chip" key=${typeof v + String(v)} data-tag="" tabindex=${!disabled && i === roving ? 0 : -1}
            onKeyDown=${disabled ? undefined : onChipKey(i)} onFocus=${() => setChipFocus(i)}>
            <span class="tl-chip-text" title=${name(v)}>${name(v)}</span>
            ${disabled ? null : html`<button type="button" class="tl-chip-x" tabindex="-1" aria-label=${'Remove ' + name(v)}
              onMouseDown=${keepFocus} onClick=${(ev) => { ev.stopPropagation(); removeAt(i); input.current?.focus(); }}><${ChipCross} /></button>`}
          </li>`)}
        </ul>` : null}
        <input class=${'tl-cb-input tl-ms-input' + (sel.length ? '' : ' tl-ms-alone')} id=${w.id} ref=${input} role="combobox" aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${listId} aria-autocomplete="list" aria-haspopup="listbox"
          aria-activedescendant=${open && display[act] ? optionId(listId, display[act]) : undefined}
          autocomplete="off" spellcheck=${false} value=${text} placeholder=${sel.length ? undefined : placeholder}
          readOnly=${mode === null} disabled=${disabled} aria-label=${hiddenName(node)}
          onInput=${(ev) => { setText(ev.currentTarget.value); setActive(0); if (!open) setOpen(true); }}
          onKeyDown=${onKeyDown} onClick=${openList} onBlur=${(ev) => { if (!root.current?.contains(ev.relatedTarget)) close(); }} />
      </div>
      ${sel.length && !disabled ? html`<button type="button" class="tl-cb-btn tl-cb-clear" aria-label="Clear all" onMouseDown=${keepFocus}
        onClick=${() => { commit([]); setText(''); }}><${ClearIcon} /></button>` : null}
      <button type="button" class="tl-cb-btn tl-cb-open" aria-label="Open" tabindex="-1" disabled=${disabled} onMouseDown=${keepFocus}
        onClick=${() => { input.current?.focus(); if (open) close(); else openList(); }}><${Chevron} /></button>
    </div>
    ${open ? html`<${Listbox} id=${listId} label=${ariaName(node) || 'Multiselect options'} items=${display} active=${act} style=${place} multi=${true}
      empty=${emptyText} onPick=${pick} onHover=${setActive} />` : null}
  </div>`;
}

export default { selectbox: Selectbox, multiselect: Multiselect };
