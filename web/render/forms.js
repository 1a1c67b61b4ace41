// Forms: widgets inside a form (props.form != "") keep pending values in the
// store; the submit button sends them all with itself as trigger.
import { html } from './html.js';
import { children, VerticalBlock } from './registry.js';

/**
 * Send a form's pending values with the submit button as trigger.
 * @param {import('./context.js').RenderCtx} ctx
 * @param {string} formId
 * @param {string} submitId
 */
export function submitForm(ctx, formId, submitId) {
  // Let an input that is being edited record its text first.
  const changes = ctx.store.takePending(formId);
  for (const c of changes) {
    const e = ctx.store.get(c.id);
    if (e) e.committed = c.value;
  }
  ctx.send({ type: 'update', changes, trigger: submitId });
}

/** The st.form block. */
export function Form({ node }) {
  const p = node.props;
  return html`<form class=${'tl-el tl-k-form tl-form' + (p.border === false ? '' : ' tl-bordered')}
      data-testid="stForm" data-form-id=${p.form_id} onSubmit=${(ev) => ev.preventDefault()} novalidate>
    <${VerticalBlock}>${children(node.children)}</${VerticalBlock}>
  </form>`;
}
