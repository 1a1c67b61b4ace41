// st.pills and st.segmented_control: a labelled group of toggle buttons
// (aria-pressed).  Wire value: a list of option indexes.  Single mode keeps at
// most one; required (single mode) never lets the last one go.
import { html } from '../html.js';
import { LabelMd } from '../markdown.js';
import { elAttrs, useWidget, Label } from './common.js';

function ButtonGroup({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const opts = p.options || [];
  const sel = Array.isArray(w.e.value) ? w.e.value : [];
  const multi = p.selection_mode === 'multi';
  const labelId = w.id + '-label';
  const toggle = (i) => {
    if (p.disabled) return;
    const on = sel.includes(i);
    let next;
    if (multi) next = on ? sel.filter((j) => j !== i) : [...sel, i].sort((a, b) => a - b);
    else if (on) next = p.required ? sel : [];
    else next = [i];
    w.commit(next);
  };
  const seg = node.kind === 'segmented_control';
  return html`<div ...${elAttrs(node)}>
    <${Label} node=${node} tag="div" labelId=${labelId} />
    <div role="group" aria-labelledby=${labelId} class=${(seg ? 'tl-segmented' : 'tl-pills') + (p.wrap === false ? ' tl-nowrap' : '')}>
      ${opts.map((o, i) => html`<button type="button" key=${i} class=${seg ? 'tl-segment' : 'tl-pill'} aria-pressed=${sel.includes(i) ? 'true' : 'false'}
        disabled=${!!p.disabled} onClick=${() => toggle(i)}><${LabelMd} text=${o} links=${false} /></button>`)}
    </div>
  </div>`;
}

export default { pills: ButtonGroup, segmented_control: ButtonGroup };
