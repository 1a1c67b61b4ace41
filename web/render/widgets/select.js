// Choice widgets, committed on choice: st.selectbox (native <select>, or a
// combobox with a datalist when accept_new_options), st.radio (radiogroup),
// st.multiselect (chips + a labelled <select> to add an option).
import { html } from '../html.js';
import { InlineMd } from '../markdown.js';
import { elAttrs, useWidget, Label, ariaName } from './common.js';
import { Icon } from './icon.js';

function hiddenName(node) {
  const v = node.props.label_visibility;
  return v && v !== 'visible' ? ariaName(node) : undefined;
}

function Selectbox({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const opts = p.options || [];
  const val = w.e.value;
  if (p.accept_new_options) {
    const text = val == null ? '' : typeof val === 'number' ? String(opts[val] ?? '') : String(val);
    const commitText = (s) => {
      const i = opts.indexOf(s);
      w.commit(s === '' ? null : i >= 0 ? i : s);
    };
    return html`<div ...${elAttrs(node)}>
      <${Label} node=${node} forId=${w.id} />
      <input class="tl-input" id=${w.id} role="combobox" list=${w.id + '-list'} value=${text}
        placeholder=${p.placeholder || 'Choose or add an option'} disabled=${!!p.disabled} aria-label=${hiddenName(node)}
        onChange=${(ev) => commitText(ev.currentTarget.value)}
        onKeyDown=${(ev) => { if (ev.key === 'Enter') { ev.preventDefault(); commitText(ev.currentTarget.value); } }} />
      <datalist id=${w.id + '-list'}>${opts.map((o) => html`<option value=${o} />`)}</datalist>
    </div>`;
  }
  return html`<div ...${elAttrs(node)}>
    <${Label} node=${node} forId=${w.id} />
    <div class=${'tl-select-wrap' + (p.icon ? ' tl-has-icon' : '')}>
      ${p.icon ? html`<span class="tl-input-icon"><${Icon} icon=${p.icon} /></span>` : null}
      <select class="tl-input tl-select" id=${w.id} required=${!!p.required} value=${val == null ? '' : String(val)} disabled=${!!p.disabled}
        aria-label=${hiddenName(node)} onChange=${(ev) => { const s = ev.currentTarget.value; w.commit(s === '' ? null : Number(s)); }}>
        ${val == null ? html`<option value="" disabled>${p.placeholder || 'Choose an option'}</option>` : null}
        ${opts.map((o, i) => html`<option value=${String(i)}>${o}</option>`)}
      </select>
    </div>
  </div>`;
}

function Radio({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const opts = p.options || [];
  const captions = p.captions || [];
  const labelId = w.id + '-label';
  return html`<div ...${elAttrs(node)}>
    <${Label} node=${node} tag="div" labelId=${labelId} />
    <div role="radiogroup" aria-labelledby=${labelId} class=${'tl-radio' + (p.horizontal ? ' tl-horizontal' : '')}>
      ${opts.map((o, i) => html`<label class="tl-radio-opt" key=${i}>
        <input type="radio" name=${w.id} value=${String(i)} checked=${w.e.value === i} disabled=${!!p.disabled}
          onChange=${() => w.commit(i)} />
        <span class="tl-radio-text"><${InlineMd} text=${o} />${captions[i] ? html`<span class="tl-caption tl-radio-caption"><${InlineMd} text=${captions[i]} /></span>` : null}</span>
      </label>`)}
    </div>
  </div>`;
}

function Multiselect({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const opts = p.options || [];
  const sel = Array.isArray(w.e.value) ? w.e.value : [];
  const name = (v) => (typeof v === 'number' ? opts[v] ?? '' : String(v));
  const full = p.max_selections != null && sel.length >= p.max_selections;
  // "Select all" (select_all: -1 always, 0 never, N: when at most N are selectable; never below two).
  const selectable = opts.map((_o, i) => i).filter((i) => !sel.includes(i));
  const sa = p.select_all ?? 1000;
  const canSelectAll = !full && selectable.length >= 2 && (sa === -1 || (sa > 0 && selectable.length <= sa));
  const add = (ev) => {
    const s = ev.currentTarget.value;
    ev.currentTarget.value = '';
    if (s === '' || full) return;
    if (s === 'all') {
      const room = p.max_selections != null ? p.max_selections - sel.length : selectable.length;
      w.commit([...sel, ...selectable.slice(0, room)]);
      return;
    }
    w.commit([...sel, Number(s)]);
  };
  const remove = (i) => w.commit(sel.filter((_v, j) => j !== i));
  const placeholder = full ? `You can only select up to ${p.max_selections} options` : opts.length === sel.length ? 'No more options' : p.placeholder || 'Choose options';
  return html`<div ...${elAttrs(node)}>
    <${Label} node=${node} forId=${w.id} />
    <div class=${'tl-multiselect' + (p.disabled ? ' tl-disabled' : '')}>
      <ul class="tl-chips" aria-label="Selected">
        ${sel.map((v, i) => html`<li class="tl-chip" key=${String(v)}><span>${name(v)}</span><button type="button"
          class="tl-chip-x" aria-label=${'Remove ' + name(v)} disabled=${!!p.disabled} onClick=${() => remove(i)}>×</button></li>`)}
      </ul>
      <select class="tl-select tl-ms-add" id=${w.id} value="" disabled=${!!p.disabled || full} aria-label=${hiddenName(node)} onChange=${add}>
        <option value="">${placeholder}</option>
        ${canSelectAll ? html`<option value="all">Select all</option>` : null}
        ${opts.map((o, i) => (sel.includes(i) ? null : html`<option value=${String(i)}>${o}</option>`))}
      </select>
      ${sel.length ? html`<button type="button" class="tl-ms-clear" aria-label="Clear all" disabled=${!!p.disabled} onClick=${() => w.commit([])}>×</button>` : null}
    </div>
  </div>`;
}

export default { selectbox: Selectbox, radio: Radio, multiselect: Multiselect };
