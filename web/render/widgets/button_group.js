// st.pills and st.segmented_control as 1.67 draws them for assistive tech and tests: single
// mode is a radiogroup of role=radio buttons (aria-checked), multi mode a toolbar of toggle
// buttons (aria-pressed), each named by the widget's label.  The group is one tab stop: the
// arrow keys move between its buttons (not wrapping, as 1.67's), Space/Enter toggle one.
// Wire value: a list of option indexes.  Single mode keeps at most one; required (single
// mode) never lets the last one go.
import { useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { LabelMd } from '../markdown.js';
import { elAttrs, useWidget, Label } from './common.js';

const NEXT = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

function ButtonGroup({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const opts = p.options || [];
  const sel = Array.isArray(w.e.value) ? w.e.value : [];
  const multi = p.selection_mode === 'multi';
  const labelId = w.id + '-label';
  const refs = useRef(/** @type {HTMLButtonElement[]} */ ([]));
  const [focusAt, setFocusAt] = useState(/** @type {number|null} */ (null));
  const toggle = (i) => {
    if (p.disabled) return;
    const on = sel.includes(i);
    let next;
    if (multi) next = on ? sel.filter((j) => j !== i) : [...sel, i].sort((a, b) => a - b);
    else if (on) next = p.required ? sel : [];
    else next = [i];
    w.commit(next);
  };
  const onKey = (/** @type {KeyboardEvent} */ ev, i) => {
    const to = ev.key === 'Home' ? 0 : ev.key === 'End' ? opts.length - 1 : NEXT[ev.key] ? i + NEXT[ev.key] : null;
    if (to === null) return;
    ev.preventDefault();
    refs.current[Math.min(opts.length - 1, Math.max(0, to))]?.focus();
  };
  // the tab stop: the button last focused, else the (first) chosen one, else the first
  const stop = focusAt !== null && focusAt < opts.length ? focusAt : sel.length ? Math.min(...sel) : 0;
  const seg = node.kind === 'segmented_control';
  return html`<div ...${elAttrs(node)}>
    <${Label} node=${node} tag="div" labelId=${labelId} />
    <div role=${multi ? 'toolbar' : 'radiogroup'} aria-labelledby=${labelId} aria-orientation="horizontal"
      class=${(seg ? 'tl-segmented' : 'tl-pills') + (p.wrap === false ? ' tl-nowrap' : '')}>
      ${opts.map((o, i) => html`<button type="button" key=${i} class=${seg ? 'tl-segment' : 'tl-pill'}
        role=${multi ? undefined : 'radio'} aria-checked=${multi ? undefined : String(sel.includes(i))}
        aria-pressed=${multi ? String(sel.includes(i)) : undefined} tabindex=${i === stop ? 0 : -1}
        ref=${(el) => { refs.current[i] = el; }} onFocus=${() => setFocusAt(i)} onKeyDown=${(ev) => onKey(ev, i)}
        disabled=${!!p.disabled} onClick=${() => toggle(i)}><${LabelMd} text=${o} links=${false} /></button>`)}
    </div>
  </div>`;
}

export default { pills: ButtonGroup, segmented_control: ButtonGroup };
