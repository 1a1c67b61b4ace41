// A ButtonColumn cell whose value lists several labels: as in Streamlit 1.67, one
// small button (aria-haspopup="menu", named by the labels) opening a menu of them;
// choosing one clicks it.  The menu is position: fixed (popover.js); arrow keys,
// Home/End move, Escape/Tab or a click outside close.
import { html } from '../html.js';
import { InlineMd } from '../markdown.js';
import { menuKey } from '../menu_keys.js';
import { usePopover } from './popover.js';

/**
 * @param {{items: string[], kind: string, onChoose: ((label: string) => void) | null}} p
 */
export function ActionMenu({ items, kind, onChoose }) {
  const { open, root, button, close, toggle, fixedStyle } = usePopover('[role=menu]', '[role=menuitem]');
  const entries = () => (root.current ? [...root.current.querySelectorAll('[role=menuitem]')] : []);
  const onMenuKey = (ev) => {
    ev.stopPropagation(); // (the grid's own keys must not move its focus meanwhile)
    menuKey(ev, entries(), close);
  };
  const name = items.join(', ');
  return html`<span class="tl-grid-actions" ref=${root}>
    <button type="button" ref=${button} class=${'tl-btn tl-btn-' + kind + ' tl-grid-btn'} aria-label=${name}
      aria-haspopup="menu" aria-expanded=${open ? 'true' : 'false'} disabled=${!onChoose} onClick=${toggle}
      onKeyDown=${(ev) => { if (ev.key === 'ArrowDown' && !open) { ev.preventDefault(); ev.stopPropagation(); toggle(ev); } }}>⋯</button>
    ${open ? html`<ul role="menu" class="tl-menu tl-grid-menu" aria-label=${name} style=${fixedStyle()}
        onKeyDown=${onMenuKey} onClick=${(e) => e.stopPropagation()}>
      ${items.map((x, i) => html`<li role="none" key=${i}><button type="button" role="menuitem" tabindex="-1" class="tl-menu-item"
        aria-label=${x} onClick=${() => { close(); if (onChoose) onChoose(x); }}><${InlineMd} text=${x} /></button></li>`)}
    </ul>` : null}
  </span>`;
}
