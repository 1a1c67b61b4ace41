// st.dialog: a native modal <dialog> (role dialog, named by its title) over the
// app.  Dismissible ones close on Escape, the Close button or a click on the
// backdrop; with on_dismiss "rerun"/a callback, closing sends a trigger.
// props.opened changes each time the script opens it: it shows again then.
// Opening it focuses the dialog itself, as 1.67 does; Tab then reaches its first control.
import { useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { useCtx, domId } from '../context.js';
import { children, VerticalBlock } from '../registry.js';
import { InlineMd } from '../markdown.js';
import { Icon } from '../widgets/icon.js';
import { CROSS } from '../close_cross.js';
import { useModal } from '../modal.js';

const WIDTHS = { small: '500px', medium: '750px', large: '1280px' };

function Dialog({ node }) {
  const ctx = useCtx();
  const p = node.props;
  const ref = useRef(/** @type {HTMLDialogElement|null} */ (null));
  const [closedAt, setClosedAt] = useState(/** @type {number|null} */ (null));
  const open = closedAt !== p.opened;
  const titleId = domId(ctx, node.id, '-title');
  useModal(ref, open, p.opened);
  const dismiss = () => {
    if (!p.dismissible) return;
    setClosedAt(p.opened);
    if (p.on_dismiss === 'rerun') ctx.send({ type: 'update', changes: [], trigger: node.id });
  };
  const w = typeof p.width === 'number' ? `${p.width}px` : WIDTHS[p.width] || WIDTHS.small;
  return html`<dialog ref=${ref} class=${'tl-dialog tl-dialog-' + (p.position || 'center')} data-testid="stDialog" aria-labelledby=${titleId} tabindex="-1"
      style=${`width:min(${w}, calc(100vw - 2rem))`}
      onCancel=${(ev) => { ev.preventDefault(); dismiss(); }}
      onClick=${(ev) => { if (ev.target === ref.current) dismiss(); }}>
    <div class="tl-dialog-inner">
      <header class="tl-dialog-head">
        <h2 class="tl-dialog-title" id=${titleId}><${Icon} icon=${p.icon} /><${InlineMd} text=${p.title} /></h2>
        ${p.dismissible ? html`<button type="button" class="tl-icon-btn tl-dialog-close" aria-label="Close" onClick=${dismiss}>${CROSS}</button>` : null}
      </header>
      <div class="tl-dialog-body"><${VerticalBlock}>${open ? children(node.children) : null}</${VerticalBlock}></div>
    </div>
  </dialog>`;
}

export default { dialog: Dialog };
