// st.button and st.form_submit_button: <button>, click sends a trigger.
import { useRef } from 'preact/hooks';
import { html } from '../html.js';
import { useCtx } from '../context.js';
import { LabelMd } from '../markdown.js';
import { submitForm } from '../forms.js';
import { buttonKind, elAttrs, Help } from './common.js';
import { Icon } from './icon.js';
import { useShortcut, shortcutLabel, shortcutHint } from './shortcut.js';

/**
 * Shared look of every button-like widget.  A `props.shortcut` is drawn as a
 * key hint and bound: pressing it (outside text fields) clicks the button.
 */
export function ButtonFace({ node, onClick, extra = null }) {
  const p = node.props;
  const kind = buttonKind(p);
  // 1.67's kind attribute and test id (apps style button[kind="primary"]; a form's submit button is "primaryFormSubmit")
  const face = kind + (node.kind === 'form_submit_button' ? 'FormSubmit' : '');
  const ref = useRef(/** @type {HTMLButtonElement | null} */ (null));
  useShortcut(p.shortcut, () => ref.current?.click(), !!p.disabled);
  return html`<div ...${elAttrs(node)}>
    <button ref=${ref} type="button" class=${'tl-btn tl-btn-' + kind} disabled=${!!p.disabled} onClick=${onClick} kind=${face} data-testid=${'stBaseButton-' + face}
      aria-keyshortcuts=${shortcutLabel(p.shortcut)}>
      ${p.icon_position === 'right' ? null : html`<${Icon} icon=${p.icon} />`}<span class="tl-btn-label"><${LabelMd} text=${p.label} links=${false} /></span>${p.icon_position === 'right' ? html`<${Icon} icon=${p.icon} />` : null}
      ${p.shortcut ? html`<kbd class="tl-kbd" aria-hidden="true">${shortcutHint(p.shortcut)}</kbd>` : null}
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
