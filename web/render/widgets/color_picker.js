// st.color_picker: native <input type=color>, committed on change.
import { html } from '../html.js';
import { elAttrs, useWidget, Label, ariaName } from './common.js';

function ColorPicker({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const v = /^#[0-9a-f]{6}$/i.test(w.e.value || '') ? w.e.value.toLowerCase() : '#000000';
  const hidden = p.label_visibility && p.label_visibility !== 'visible';
  return html`<div ...${elAttrs(node)}>
    <${Label} node=${node} forId=${w.id} />
    <div class="tl-color">
      <input type="color" class="tl-color-input" id=${w.id} value=${v} disabled=${!!p.disabled}
        aria-label=${hidden ? ariaName(node) : undefined}
        onInput=${(ev) => w.setLocal(ev.currentTarget.value)} onChange=${(ev) => w.commit(ev.currentTarget.value)} />
      <code class="tl-color-hex">${v}</code>
    </div>
  </div>`;
}

export default { color_picker: ColorPicker };
