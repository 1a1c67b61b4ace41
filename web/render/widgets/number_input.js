// st.number_input: commits on Enter, blur or the -/+ step buttons (mouse
// only, hidden from assistive tech like Streamlit's: the arrow keys step the
// input itself, and an "Increment" app button keeps its name to itself); values
// clamped to min/max, integers for data_type "int".  The half-typed text is
// kept in the store entry's draft so a rerun never loses it.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { formatNumber, roundTo } from '../format.js';
import { elAttrs, useWidget, Label, ariaName } from './common.js';
import { Icon } from './icon.js';

function clamp(v, p) {
  if (p.min != null && v < p.min) v = p.min;
  if (p.max != null && v > p.max) v = p.max;
  return v;
}

/** Parse typed text: a number, null (empty), or undefined (invalid). */
export function parseNumber(text, p) {
  const s = String(text).trim();
  if (s === '') return null;
  let n = Number(s);
  if (!isFinite(n)) return undefined;
  if (p.data_type === 'int') n = Math.round(n);
  return clamp(n, p);
}

function NumberInput({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const e = w.e;
  const [focused, setFocused] = useState(false);
  const allowNull = e.initial == null;
  const shown = e.draft != null ? e.draft : formatNumber(e.value, p);
  const step = p.step || (p.data_type === 'int' ? 1 : 0.01);

  const commitValue = (v) => {
    e.draft = null;
    w.commit(v);
  };
  const commitDraft = () => {
    if (e.draft == null) return;
    let v = parseNumber(e.draft, p);
    if (v === undefined || (v === null && !allowNull)) v = e.value;
    commitValue(v);
  };
  const stepBy = (dir) => {
    let base = e.draft != null ? parseNumber(e.draft, p) : e.value;
    if (base == null) base = p.min != null ? p.min : 0;
    let v = clamp(roundTo(base + dir * step, step), p);
    if (p.data_type === 'int') v = Math.round(v);
    commitValue(v);
  };
  const onKeyDown = (ev) => {
    if (ev.key !== 'Enter') return;
    ev.preventDefault();
    commitDraft();
    if (w.form) w.enterSubmit();
  };
  const vis = p.label_visibility || 'visible';
  const cur = e.value;
  const dirty = e.draft != null && e.draft !== formatNumber(cur, p);
  return html`<div ...${elAttrs(node)}>
    <${Label} node=${node} forId=${w.id} />
    <div class=${'tl-input-wrap tl-number' + (p.icon ? ' tl-has-icon' : '')}>
      ${p.icon ? html`<span class="tl-input-icon"><${Icon} icon=${p.icon} /></span>` : null}
      <input class="tl-input" id=${w.id} type="number" inputmode=${p.data_type === 'int' ? 'numeric' : 'decimal'} required=${!!p.required}
        value=${shown} step=${step} min=${p.min ?? undefined} max=${p.max ?? undefined}
        placeholder=${p.placeholder || undefined} disabled=${!!p.disabled}
        aria-label=${vis !== 'visible' ? ariaName(node) : undefined}
        onInput=${(ev) => { e.draft = ev.currentTarget.value; w.ctx.store.notify(e); }}
        onFocus=${() => setFocused(true)}
        onBlur=${() => { setFocused(false); commitDraft(); }}
        onKeyDown=${onKeyDown} />
      <button type="button" class="tl-step" aria-hidden="true" tabindex="-1" title="Decrease" data-testid="stNumberInputStepDown" disabled=${!!p.disabled || (p.min != null && cur != null && cur <= p.min)}
        onClick=${() => stepBy(-1)}>−</button>
      <button type="button" class="tl-step" aria-hidden="true" tabindex="-1" title="Increase" data-testid="stNumberInputStepUp" disabled=${!!p.disabled || (p.max != null && cur != null && cur >= p.max)}
        onClick=${() => stepBy(1)}>+</button>
    </div>
    ${focused && dirty && !w.form ? html`<div class="tl-instructions" aria-hidden="true">Press Enter to apply</div>` : null}
  </div>`;
}

export default { number_input: NumberInput };
