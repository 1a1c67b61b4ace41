// The one popover behaviour of the grid's small menus and players (a ButtonColumn's
// actions, a header's column menu, a media cell's player, "Show/hide columns"): open
// from a button, the first item focused, closed by a pointer press outside (or close(),
// which gives the focus back to the button).  A fixed popover (grid cells clip their
// content) opens below its button, or above it when the window has no room below.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * @typedef {{left: number, right: number, top: number, above: number, align: 'left' | 'right', fixed: boolean}} Place
 * @param {string} popSelector  the popover element, inside the root
 * @param {string} focusSelector  what takes the focus when it opens
 */
export function usePopover(popSelector, focusSelector) {
  const [open, setOpen] = useState(/** @type {Place | null} */ (null));
  const root = useRef(/** @type {HTMLElement | null} */ (null));
  const button = useRef(/** @type {HTMLButtonElement | null} */ (null));
  useLayoutEffect(() => {
    if (!open || !root.current) return undefined;
    const pop = /** @type {HTMLElement | null} */ (root.current.querySelector(popSelector));
    if (pop && open.fixed) {
      const r = pop.getBoundingClientRect();
      const view = pop.ownerDocument.defaultView;
      const left = open.align === 'right' ? Math.max(open.right - r.width, 0) : open.left;
      const top = open.top + r.height > (view ? view.innerHeight : Infinity) ? Math.max(open.above - r.height - 2, 0) : open.top;
      // (a transformed or contained ancestor makes `fixed` relative to it: correct by the difference)
      pop.style.left = `${parseFloat(pop.style.left || '0') + left - r.left}px`;
      pop.style.top = `${parseFloat(pop.style.top || '0') + top - r.top}px`;
    }
    const first = root.current.querySelector(focusSelector);
    if (first) /** @type {HTMLElement} */ (first).focus();
    const doc = root.current.ownerDocument;
    const onDown = (ev) => { if (root.current && !root.current.contains(ev.target)) setOpen(null); };
    doc.addEventListener('pointerdown', onDown);
    return () => doc.removeEventListener('pointerdown', onDown);
  }, [open]);
  const close = () => { setOpen(null); if (button.current) button.current.focus(); };
  /** Open below the event's button (or close when open). */
  const toggle = (e, { align = 'left', fixed = true } = {}) => {
    e.stopPropagation();
    if (open) { setOpen(null); return; }
    const r = e.currentTarget.getBoundingClientRect();
    setOpen({ left: r.left, right: r.right, top: r.bottom + 2, above: r.top, align, fixed });
  };
  /** The style of a fixed popover (its place is corrected once it is drawn). */
  const fixedStyle = () => (open ? `position:fixed;right:auto;left:${open.left}px;top:${open.top}px` : '');
  return { open, root, button, close, toggle, fixedStyle };
}
