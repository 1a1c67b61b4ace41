// st.checkbox and st.toggle: a labelled native checkbox (role=switch for toggle),
// committed on change.
import { html } from '../html.js';
import { LabelMd } from '../markdown.js';
import { elAttrs, useWidget, Help } from './common.js';

function Check({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const toggle = node.kind === 'toggle';
  const vis = p.label_visibility || 'visible';
  return html`<div ...${elAttrs(node)}>
    <label class=${'tl-check' + (toggle ? ' tl-toggle' : '')} for=${w.id}>
      <input type="checkbox" id=${w.id} role=${toggle ? 'switch' : undefined} checked=${!!w.e.value}
        disabled=${!!p.disabled} onChange=${(ev) => w.commit(ev.currentTarget.checked)} />
      <span class=${'tl-check-label' + (vis !== 'visible' ? ' tl-sr-only' : '')} data-testid="stWidgetLabel"><${LabelMd} text=${p.label} /></span>
    </label>${p.help ? html`<${Help} text=${p.help} />` : null}
  </div>`;
}

export default { checkbox: Check, toggle: Check };
