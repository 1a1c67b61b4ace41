// A column header's menu (as 1.67's, opened from the header's ⋮ button, or Shift+F10 /
// the context-menu key on a focused header): Sort ascending, Sort descending, Autosize,
// Pin column / Unpin column, Hide column, Copy column name.  Fixed (popover.js); arrow
// keys, Home/End move, Escape/Tab or a pointer press outside close it.
import { html } from '../html.js';
import { menuKey } from '../menu_keys.js';
import { usePopover } from './popover.js';

/**
 * @param {{label: string, items: {label: string, act: () => void}[]}} p
 */
export function HeaderMenu({ label, items }) {
  const { open, root, button, close, toggle, fixedStyle } = usePopover('[role=menu]', '[role=menuitem]');
  const entries = () => (root.current ? [...root.current.querySelectorAll('[role=menuitem]')] : []);
  const name = `${label} column menu`;
  return html`<span class="tl-grid-hmenu" ref=${root} onClick=${(e) => e.stopPropagation()}>
    <button type="button" ref=${button} class="tl-grid-hmenu-btn" tabindex="-1" aria-label=${name}
      aria-haspopup="menu" aria-expanded=${open ? 'true' : 'false'} onClick=${(e) => toggle(e, { align: 'right' })}></button>
    ${open ? html`<ul role="menu" class="tl-menu tl-grid-menu" aria-label=${name} style=${fixedStyle()}
        onKeyDown=${(ev) => { ev.stopPropagation(); menuKey(ev, entries(), close); }}>
      ${items.map((it, i) => html`<li role="none" key=${i}><button type="button" role="menuitem" tabindex="-1" class="tl-menu-item"
        onClick=${() => { close(); it.act(); }}>${it.label}</button></li>`)}
    </ul>` : null}
  </span>`;
}
