// st.button and st.form_submit_button: <button>, click sends a trigger.
import { html } from '../html.js';
import { useCtx } from '../context.js';
import { InlineMd } from '../markdown.js';
import { submitForm } from '../forms.js';
import { elAttrs, Help } from './common.js';
import { Icon } from './icon.js';

/** Shared look of every button-like widget. */
export function ButtonFace({ node, onClick, extra = null }) {
  const p = node.props;
  const kind = p.type === 'primary' ? 'primary' : p.type === 'tertiary' ? 'tertiary' : 'secondary';
  return html`<div ...${elAttrs(node, p.use_container_width ? 'tl-full' : '')}>
    <button type="button" class=${'tl-btn tl-btn-' + kind} disabled=${!!p.disabled} onClick=${onClick}>
      <${Icon} icon=${p.icon} /><span class="tl-btn-label"><${InlineMd} text=${p.label} /></span>
    </button>${p.help ? html`<${Help} text=${p.help} />` : null}${extra}
  </div>`;
}

function Button({ node }) {
  const ctx = useCtx();
  return html`<${ButtonFace} node=${node} onClick=${() => ctx.send({ type: 'update', changes: [], trigger: node.id })} />`;
}

function FormSubmitButton({ node }) {
  const ctx = useCtx();
  return html`<${ButtonFace} node=${node} onClick=${() => submitForm(ctx, node.props.form || '', node.id)} />`;
}

export default { button: Button, form_submit_button: FormSubmitButton };
