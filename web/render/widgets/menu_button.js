// st.menu_button: a button (aria-haspopup="menu") opening a role=menu list;
// choosing an item sends its index as a change plus trigger.  Arrow keys,
// Home/End move; Escape or a click outside closes.
import { useState, useRef, useLayoutEffect } from 'preact/hooks';
import { html } from '../html.js';
import { useCtx, domId } from '../context.js';
import { InlineMd, LabelMd } from '../markdown.js';
import { elAttrs, Help } from './common.js';
import { Icon } from './icon.js';
import { menuKey } from '../menu_keys.js';

function MenuButton({ node }) {
  const ctx = useCtx();
  const p = node.props;
  const opts = p.options || [];
  const [open, setOpen] = useState(false);
  const root = useRef(/** @type {HTMLElement|null} */ (null));
  const btnId = domId(ctx, node.id, '-btn');
  const menuId = domId(ctx, node.id, '-menu');
  const items = () => (root.current ? [...root.current.querySelectorAll('[role=menuitem]')] : []);
  useLayoutEffect(() => {
    if (!open) return;
    const doc = root.current && root.current.ownerDocument;
    if (!doc) return;
    const first = items()[0];
    if (first) /** @type {HTMLElement} */ (first).focus();
    const onDown = (ev) => { if (root.current && !root.current.contains(ev.target)) setOpen(false); };
    doc.addEventListener('pointerdown', onDown);
    return () => doc.removeEventListener('pointerdown', onDown);
  }, [open]);
  const close = () => {
    setOpen(false);
    const b = root.current && root.current.ownerDocument.getElementById(btnId);
    if (b) b.focus();
  };
  const choose = (i) => {
    close();
    ctx.send({ type: 'update', changes: [{ id: node.id, value: i }], trigger: node.id });
  };
  const onMenuKey = (ev) => menuKey(ev, items(), close);
  const kind = p.type === 'primary' ? 'primary' : p.type === 'tertiary' ? 'tertiary' : 'secondary';
  return html`<div ...${elAttrs(node, 'tl-menu-button')} ref=${root}>
    <button type="button" id=${btnId} class=${'tl-btn tl-btn-' + kind + (p.wrap === false ? ' tl-nowrap' : '')} kind=${kind} data-testid="stMenuButtonButton" aria-haspopup="menu" aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${menuId} disabled=${!!p.disabled} onClick=${() => setOpen(!open)}
      onKeyDown=${(ev) => { if (ev.key === 'ArrowDown' && !open) { ev.preventDefault(); setOpen(true); } }}>
      <${Icon} icon=${p.icon} /><span class="tl-btn-label"><${LabelMd} text=${p.label} links=${false} /></span><span aria-hidden="true" class="tl-menu-caret"><${Icon} icon=${open ? ':material/expand_less:' : ':material/expand_more:'} /></span>
    </button>${p.help ? html`<${Help} text=${p.help} />` : null}
    ${open ? html`<ul role="menu" id=${menuId} class="tl-menu" aria-labelledby=${btnId} onKeyDown=${onMenuKey}>
      ${opts.map((o, i) => html`<li role="none" key=${i}><button type="button" role="menuitem" tabindex="-1" class="tl-menu-item" onClick=${() => choose(i)}><${InlineMd} text=${o} links=${false} /></button></li>`)}
    </ul>` : null}
  </div>`;
}

export default { menu_button: MenuButton };
