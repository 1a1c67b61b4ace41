// The toolbar's main menu list and its "Clear caches" dialog (toolbar.js draws
// the button, owns the state and the keyboard shortcuts).  A lazy part: its code
// is fetched the first time a user opens the menu or presses "C", so an app
// that is only used, never configured, does not download it.
import { useEffect, useRef } from 'preact/hooks';
import { html } from './html.js';
import { Icon } from './widgets/icon.js';
import { menuKey } from './menu_keys.js';

/** The theme switcher at the top of 1.67's main menu: key, label, Material icon. */
const THEME_ITEMS = [['system', 'System', 'contrast'], ['light', 'Light', 'light_mode'], ['dark', 'Dark', 'dark_mode']];
const MENU_ITEMS = '[role=menuitem], [role=menuitemradio], [role=menuitemcheckbox]';

/**
 * The open menu: focus goes to its first item; arrows, Home and End move, Escape and Tab close.
 * @param {{id: string, menuRef: {current: HTMLElement|null}, theme: string, chooseTheme: (t: string) => void,
 *   rs: import('./toolbar.js').RunState, close: () => void, pick: (f: () => void) => () => void, askClear: () => void}} p
 */
export function MenuList({ id, menuRef, theme, chooseTheme, rs, close, pick, askClear }) {
  useEffect(() => {
    /** @type {HTMLElement|null} */ (menuRef.current?.querySelector(MENU_ITEMS) ?? null)?.focus();
  }, []);
  const onMenuKey = (/** @type {KeyboardEvent} */ ev) => menuKey(ev, [...(menuRef.current?.querySelectorAll(MENU_ITEMS) ?? [])], close);
  const item = (label, onClick, key = null, tid = '') => html`<button type="button" role="menuitem" class="tl-menu-item" tabindex="-1" onClick=${onClick}
    data-testid=${tid ? 'stMainMenuItem-' + tid : undefined}>
    <span data-testid="stMainMenuItemLabel">${label}</span>${key ? html`<kbd aria-hidden="true">${key}</kbd>` : null}</button>`;
  return html`<div class="tl-menu" role="menu" id=${id} aria-label="Main menu" ref=${menuRef} onKeyDown=${onMenuKey} data-testid="stMainMenuList">
    <div class="tl-theme-switch" role="group" aria-label="Theme" data-testid="stThemeSwitcher">
      ${THEME_ITEMS.map(([k, label, icon]) => html`<button type="button" role="menuitemradio" class="tl-theme-item" tabindex="-1"
        aria-checked=${theme === k ? 'true' : 'false'} data-testid=${'stMainMenuItem-theme-' + label}
        onClick=${() => chooseTheme(k)}><${Icon} icon=${`:material/${icon}:`} /><span>${label}</span></button>`)}
    </div>
    <div role="separator" class="tl-menu-sep"></div>
    ${item('Rerun', pick(() => rs.actions.rerun()), 'R', 'rerun')}
    ${rs.actions.setRunOnSave ? html`<button type="button" role="menuitemcheckbox" class="tl-menu-item" tabindex="-1"
      aria-checked=${rs.runOnSave ? 'true' : 'false'} data-testid="stMainMenuItem-autoRerun"
      onClick=${() => rs.actions.setRunOnSave?.(!rs.runOnSave)}><span>Auto rerun</span>
      <span class="tl-menu-switch" aria-hidden="true"></span></button>` : null}
    <div role="separator" class="tl-menu-sep"></div>
    ${item('Clear cache', pick(askClear), 'C', 'clearCache')}
    <div role="separator" class="tl-menu-sep"></div>
    ${item('Print', pick(() => globalThis.print?.()), null, 'print')}
    <div class="tl-menu-foot" role="none">Made with tablit</div>
  </div>`;
}

/**
 * "Clear caches": a modal dialog; focus moves in, Escape or Close closes it, focus returns.
 * @param {{id: string, onClose: () => void, clear: () => void}} p
 */
export function ClearCaches({ id, onClose, clear }) {
  const box = useRef(/** @type {HTMLElement|null} */ (null));
  useEffect(() => {
    const prev = /** @type {HTMLElement|null} */ (box.current?.ownerDocument.activeElement ?? null);
    /** @type {HTMLElement|null} */ (box.current?.querySelector('select, input, button') ?? null)?.focus();
    return () => prev?.focus?.();
  }, []);
  const onKeyDown = (/** @type {KeyboardEvent} */ ev) => {
    if (ev.key === 'Escape') {
      ev.stopPropagation();
      onClose();
    }
  };
  return html`<div class="tl-dialog-backdrop" onClick=${(ev) => ev.target === ev.currentTarget && onClose()}>
    <div class="tl-dialog" role="dialog" aria-modal="true" aria-labelledby=${id} ref=${box} onKeyDown=${onKeyDown}>
      <div class="tl-dialog-head"><h2 id=${id} class="tl-dialog-title">Clear caches</h2>
        <button type="button" class="tl-icon-btn" aria-label="Close" onClick=${onClose}>×</button></div>
      <p>Are you sure you want to clear the app's function caches?</p>
      <p>This will remove all cached entries from functions using <code>@st.cache_data</code> and <code>@st.cache_resource</code>.</p>
      <div class="tl-dialog-actions">
        <button type="button" class="tl-btn tl-btn-secondary" onClick=${onClose}>Cancel</button>
        <button type="button" class="tl-btn tl-btn-primary" onClick=${clear}>Clear caches</button>
      </div>
    </div>
  </div>`;
}
