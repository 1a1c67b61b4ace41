// The grid toolbar's "Show/hide columns" (as 1.67's): a popover listing the table's columns,
// each a checkbox; unticking one hides that column in this page (the script is not told,
// as in 1.67).  Escape or a pointer press outside closes it (popover.js).
import { html } from '../html.js';
import { usePopover } from './popover.js';
import { ToolButton } from '../element_toolbar.js';

/**
 * @param {{columns: {pos: number, label: string}[], hidden: number[], onToggle: (pos: number) => void}} p
 */
export function ColumnsMenu({ columns, hidden, onToggle }) {
  const { open, root, button, close, toggle } = usePopover('[role=dialog]', '[role=dialog] input');
  return html`<span class="tl-grid-colmenu" ref=${root}>
    <${ToolButton} buttonRef=${button} label="Show/hide columns" icon="columns" haspopup="dialog" expanded=${open}
      onClick=${(e) => toggle(e, { fixed: false })} />
    ${open ? html`<div role="dialog" aria-label="Show/hide columns" class="tl-grid-colmenu-pop"
        onKeyDown=${(e) => { e.stopPropagation(); if (e.key === 'Escape') { e.preventDefault(); close(); } }}>
      ${columns.map((c) => html`<label class="tl-grid-colmenu-item" key=${c.pos}>
        <input type="checkbox" checked=${!hidden.includes(c.pos)} onChange=${() => onToggle(c.pos)} />
        <span>${c.label}</span></label>`)}
    </div>` : null}
  </span>`;
}
