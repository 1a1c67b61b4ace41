// Keys of an open role=menu (st.menu_button, a ButtonColumn's actions): arrows wrap,
// Home/End jump, Escape or Tab close.
/**
 * @param {KeyboardEvent} ev
 * @param {Element[]} list the menu's items
 * @param {() => void} close
 */
export function menuKey(ev, list, close) {
  const at = list.indexOf(/** @type {Element} */ (ev.target));
  let to = -1;
  if (ev.key === 'ArrowDown') to = (at + 1) % list.length;
  else if (ev.key === 'ArrowUp') to = (at - 1 + list.length) % list.length;
  else if (ev.key === 'Home') to = 0;
  else if (ev.key === 'End') to = list.length - 1;
  else if (ev.key === 'Escape' || ev.key === 'Tab') { ev.preventDefault(); close(); return; }
  if (to >= 0) { ev.preventDefault(); /** @type {HTMLElement} */ (list[to]).focus(); }
}
