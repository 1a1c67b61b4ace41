// st.color_picker: native <input type=color>, committed on change.
import { html } from '../html.js';
import { elAttrs, useWidget, Label, ariaName } from './common.js';

/** '#rrggbb' for <input type=color>: "#abc" -> "#aabbcc"; anything else black. */
export function sixDigits(value) {
  const s = String(value || '').trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(s)) return s;
  if (/^#[0-9a-f]{3}$/.test(s)) return '#' + s[1] + s[1] + s[2] + s[2] + s[3] + s[3];
  return '#000000';
}

function ColorPicker({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const v = sixDigits(w.e.value);
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
