// st.number_input as 1.67 draws and runs it: commits on Enter, blur, the
// ArrowUp/ArrowDown keys or the "Decrement"/"Increment" step buttons (named,
// but out of the tab order: tabindex -1).  A typed number outside min/max is
// not clamped: it stays in the field, marked invalid, with 1.67's message
// ("Number is outside the allowed range. ...") and nothing is committed until
// it is corrected.  A widget whose default is None gets a "Clear value"
// button (and Escape) unless it is required; a required one left empty says
// "This field is required.".  The half-typed text is kept in the store
// entry's draft so a rerun never loses it.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { formatNumber, roundTo } from '../format.js';
import { elAttrs, useWidget, Label, ariaName } from './common.js';
import { Icon } from './icon.js';

/**
 * Parse typed text as 1.67 does (parseInt for "int", parseFloat else):
 * a number, or null when empty or not a number.  No clamping: see rangeError.
 */
export function parseNumber(text, p) {
  const s = String(text ?? '').trim();
  if (s === '') return null;
  const n = p.data_type === 'int' ? Number.parseInt(s, 10) : Number.parseFloat(s);
  return Number.isFinite(n) ? n : null;
}

/** 1.67's message for a value outside min/max (numbers shown in the widget's format), else null. */
export function rangeError(v, p) {
  const below = p.min != null && v < p.min;
  const above = p.max != null && v > p.max;
  if (!below && !above) return null;
  const lo = p.min != null ? formatNumber(p.min, p) || String(p.min) : '';
  const hi = p.max != null ? formatNumber(p.max, p) || String(p.max) : '';
  if (p.min != null && p.max != null) return `Number is outside the allowed range. Please enter a value between ${lo} and ${hi}.`;
  if (below) return `Number is below the allowed range. Please enter a value greater than or equal to ${lo}.`;
  return `Number is above the allowed range. Please enter a value less than or equal to ${hi}.`;
}

/** 1.67's error mark: a red circled "!" whose tooltip repeats the message. */
function ErrorMark({ text }) {
  return html`<span class="tl-num-error" title=${text} aria-hidden="true">
    <svg viewBox="0 0 24 24" width="18" height="18" fill="currentColor"><path d="M11 15h2v2h-2zm0-8h2v6h-2zm.99-5C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zM12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8z" /></svg>
  </span>`;
}

function NumberInput({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const e = w.e;
  const [focused, setFocused] = useState(false);
  const [error, setError] = useState(/** @type {string|null} */ (null));
  const [missing, setMissing] = useState(false);
  const shown = e.draft != null ? e.draft : formatNumber(e.value, p);
  const step = p.step || (p.data_type === 'int' ? 1 : 0.01);
  const dirty = e.draft != null && e.draft !== formatNumber(e.value, p);
  // The number the field holds now (typed or committed): what the step buttons start from.
  // Read at call time: two clicks may come before the next render.
  const now = () => (e.draft != null ? parseNumber(e.draft, p) : (e.value ?? null));
  const can = (dir, cur = now()) => !p.disabled && cur != null
    && (dir > 0 ? p.max == null || roundTo(cur + step, step) <= p.max : p.min == null || roundTo(cur - step, step) >= p.min);
  const current = now();
  // The widget's default (value=): what an emptied field falls back to; None makes it clearable.
  const dflt = 'default' in p ? p.default : e.initial;
  const clearable = dflt == null && !p.disabled && !p.required;

  /** Commit `v` (null = empty) unless it is out of range or a required value is missing; true when accepted. */
  const accept = (v) => {
    const value = v ?? dflt ?? null;
    if (p.required && value == null && !w.form) { setMissing(true); return false; }
    if (value != null) {
      const bad = rangeError(value, p);
      if (bad) { setError(bad); return false; }
    }
    setError(null);
    setMissing(false);
    e.draft = null;
    w.commit(value);
    w.ctx.store.notify(e);
    return true;
  };
  const stepBy = (dir) => {
    const cur = now();
    if (!can(dir, cur)) return;
    let v = roundTo(cur + dir * step, step);
    if (p.data_type === 'int') v = Math.round(v);
    accept(v);
  };
  const clear = () => accept(null);
  const onKeyDown = (ev) => {
    switch (ev.key) {
      case 'ArrowUp': ev.preventDefault(); stepBy(1); break;
      case 'ArrowDown': ev.preventDefault(); stepBy(-1); break;
      case 'Escape': if (clearable) { ev.preventDefault(); clear(); } break;
      case 'Enter': {
        ev.preventDefault();
        const ok = e.draft != null ? accept(parseNumber(e.draft, p)) : true;
        if (ok && !error && w.form) w.enterSubmit();
        break;
      }
      default:
    }
  };
  const vis = p.label_visibility || 'visible';
  const message = missing && current == null && dflt == null ? 'This field is required.' : error;
  const errId = w.id + '-validation-error';
  const hint = w.form ? (w.ctx.store.forms.get(w.form)?.enterToSubmit ? 'Press Enter to submit form' : '') : 'Press Enter to apply';
  return html`<div ...${elAttrs(node)}>
    <${Label} node=${node} forId=${w.id} />
    <div class=${'tl-input-wrap tl-number' + (p.icon ? ' tl-has-icon' : '') + (message ? ' tl-invalid' : '')} data-testid="stNumberInputContainer">
      ${p.icon ? html`<span class="tl-input-icon" data-testid="stNumberInputIcon"><${Icon} icon=${p.icon} /></span>` : null}
      <input class="tl-input" id=${w.id} data-testid="stNumberInputField" type="number" inputmode=${p.data_type === 'int' ? 'numeric' : 'decimal'}
        required=${!!p.required} aria-required=${p.required ? 'true' : undefined}
        aria-invalid=${message ? 'true' : undefined} aria-describedby=${message ? errId : undefined}
        value=${shown} step=${step} min=${p.min ?? undefined} max=${p.max ?? undefined}
        placeholder=${p.placeholder || undefined} disabled=${!!p.disabled}
        aria-label=${vis !== 'visible' ? ariaName(node) : undefined}
        onInput=${(ev) => { e.draft = ev.currentTarget.value; setError(null); setMissing(false); w.ctx.store.notify(e); }}
        onFocus=${() => setFocused(true)}
        onBlur=${() => { setFocused(false); if (e.draft != null && dirty) accept(parseNumber(e.draft, p)); else e.draft = null; }}
        onWheel=${(ev) => { if (document.activeElement === ev.currentTarget) ev.preventDefault(); }}
        onKeyDown=${onKeyDown} />
      ${message ? html`<${ErrorMark} text=${message} />` : null}
      ${clearable && shown !== '' ? html`<button type="button" class="tl-num-clear" data-testid="stNumberInputClearButton" aria-label="Clear value"
        tabindex="-1" onMouseDown=${(ev) => ev.preventDefault()} onClick=${clear}>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="currentColor"><path d="M12 2C6.47 2 2 6.47 2 12s4.47 10 10 10 10-4.47 10-10S17.53 2 12 2zm5 13.59L15.59 17 12 13.41 8.41 17 7 15.59 10.59 12 7 8.41 8.41 7 12 10.59 15.59 7 17 8.41 13.41 12 17 15.59z" /></svg>
      </button>` : null}
      <button type="button" class="tl-step" tabindex="-1" aria-label="Decrement" data-testid="stNumberInputStepDown" disabled=${!can(-1, current)}
        onClick=${() => stepBy(-1)}>−</button>
      <button type="button" class="tl-step" tabindex="-1" aria-label="Increment" data-testid="stNumberInputStepUp" disabled=${!can(1, current)}
        onClick=${() => stepBy(1)}>+</button>
      ${message ? html`<span class="tl-sr-only" id=${errId} role="alert">${missing ? message : 'Error: ' + message}</span>` : null}
    </div>
    ${focused && (dirty || (w.form && hint)) && hint ? html`<div class="tl-instructions" data-testid="InputInstructions" aria-hidden="true">${hint}</div>` : null}
  </div>`;
}

export default { number_input: NumberInput };
