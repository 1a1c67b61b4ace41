// A ButtonColumn cell whose value lists several labels: as in Streamlit 1.67, one
// small button (aria-haspopup="menu", named by the labels) opening a menu of them;
// choosing one clicks it.  The menu is position: fixed (grid cells clip their
// content, and the body's overflow clips absolute children); arrow keys, Home/End move, Escape/Tab or a click outside close.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { InlineMd } from '../markdown.js';
import { menuKey } from '../menu_keys.js';

/**
 * @param {{items: string[], kind: string, onChoose: ((label: string) => void) | null}} p
 */
export function ActionMenu({ items, kind, onChoose }) {
  const [open, setOpen] = useState(/** @type {{left: number, top: number, above: number} | null} */ (null));
  const root = useRef(/** @type {HTMLElement | null} */ (null));
  const button = useRef(/** @type {HTMLButtonElement | null} */ (null));
  const entries = () => (root.current ? [...root.current.querySelectorAll('[role=menuitem]')] : []);
  useLayoutEffect(() => {
    if (!open || !root.current) return undefined;
    // (a transformed or contained ancestor makes `fixed` relative to it: correct by the difference)
    const menu = /** @type {HTMLElement | null} */ (root.current.querySelector('[role=menu]'));
    if (menu) {
      const r = menu.getBoundingClientRect();
      const view = menu.ownerDocument.defaultView;
      // below the button, or above it when the window has no room below (a fixed menu cannot scroll into view)
      const top = open.top + r.height > (view ? view.innerHeight : Infinity) ? Math.max(open.above - r.height - 2, 0) : open.top;
      menu.style.left = `${open.left * 2 - r.left}px`;
      menu.style.top = `${top + open.top - r.top}px`;
    }
    const first = entries()[0];
    if (first) /** @type {HTMLElement} */ (first).focus();
    const doc = root.current.ownerDocument;
    const onDown = (ev) => { if (root.current && !root.current.contains(ev.target)) setOpen(null); };
    doc.addEventListener('pointerdown', onDown);
    return () => doc.removeEventListener('pointerdown', onDown);
  }, [open]);
  const close = () => { setOpen(null); if (button.current) button.current.focus(); };
  const toggle = (e) => {
    e.stopPropagation();
    if (open) { setOpen(null); return; }
    const r = e.currentTarget.getBoundingClientRect();
    setOpen({ left: r.left, top: r.bottom + 2, above: r.top });
  };
  const onMenuKey = (ev) => {
    ev.stopPropagation(); // (the grid's own keys must not move its focus meanwhile)
    menuKey(ev, entries(), close);
  };
  const name = items.join(', ');
  return html`<span class="tl-grid-actions" ref=${root}>
    <button type="button" ref=${button} class=${'tl-btn tl-btn-' + kind + ' tl-grid-btn'} aria-label=${name}
      aria-haspopup="menu" aria-expanded=${open ? 'true' : 'false'} disabled=${!onChoose} onClick=${toggle}
      onKeyDown=${(ev) => { if (ev.key === 'ArrowDown' && !open) { ev.preventDefault(); ev.stopPropagation(); toggle(ev); } }}>⋯</button>
    ${open ? html`<ul role="menu" class="tl-menu tl-grid-menu" aria-label=${name} style=${`position:fixed;right:auto;left:${open.left}px;top:${open.top}px`}
        onKeyDown=${onMenuKey} onClick=${(e) => e.stopPropagation()}>
      ${items.map((x, i) => html`<li role="none" key=${i}><button type="button" role="menuitem" tabindex="-1" class="tl-menu-item"
        aria-label=${x} onClick=${() => { close(); if (onChoose) onChoose(x); }}><${InlineMd} text=${x} /></button></li>`)}
    </ul>` : null}
  </span>`;
}
