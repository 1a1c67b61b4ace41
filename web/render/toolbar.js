// The toolbar in the app's top-right corner, as Streamlit's: a running
// indicator with Stop while a run is in progress, and the main menu as 1.67's
// (the theme: System / Light / Dark; Rerun, Auto rerun where the app is served
// with run-on-save; Clear cache; Print; "Made with" at the foot).  Keyboard: "R" reruns and "C" asks
// to clear the caches (when focus is not in a text field); the menu opens
// with Enter/Space/ArrowDown and moves with the arrow keys; Escape closes.
//
// It reads a RunState (mount.js owns it: the worker tells when runs start
// and end) and calls its actions; it holds no app state of its own.
import { useEffect, useRef, useState } from 'preact/hooks';
import { html } from './html.js';
import { useCtx } from './context.js';
import { Icon } from './widgets/icon.js';

/**
 * @typedef {Object} RunActions
 * @property {() => void} rerun
 * @property {(() => void)|null} stop  null while Stop is not possible
 * @property {() => void} clearCache
 * @property {((on: boolean) => void)|null} [setRunOnSave]  null where the app is not served with run-on-save
 */

/** The theme switcher at the top of 1.67's main menu: key, label, Material icon. */
const THEME_ITEMS = [['system', 'System', 'contrast'], ['light', 'Light', 'light_mode'], ['dark', 'Dark', 'dark_mode']];
const MENU_ITEMS = '[role=menuitem], [role=menuitemradio], [role=menuitemcheckbox]';
/** The main menu button's three dots (1.67 draws an SVG there too). */
const MENU_ICON = html`<svg viewBox="0 0 24 24" width="20" height="20" fill="currentColor" aria-hidden="true" focusable="false">
  <circle cx="12" cy="5" r="2" /><circle cx="12" cy="12" r="2" /><circle cx="12" cy="19" r="2" /></svg>`;
const THEME_KEY = 'tablit:theme';

/**
 * ms a run goes on before the toolbar says so.  Streamlit's status widget
 * fades in over 200 ms, so a shorter run shows next to nothing there either;
 * here it adds no element at all, and a click's answer does not wait behind
 * the frame that would draw and then remove it.
 */
export const RUNNING_SHOWN_AFTER = 100;

/** What the toolbar shows, and who to tell when it changes. */
export class RunState {
  /** @param {RunActions} actions */
  constructor(actions) {
    this.actions = actions;
    this.running = false;
    /** running for RUNNING_SHOWN_AFTER ms now: the toolbar shows it */
    this.runningShown = false;
    /** @type {ReturnType<typeof setTimeout>|null} */
    this.shownTimer = null;
    this.stopping = false;
    /** Keys of st.session_state a restore could not bring back (shown in a notice). */
    /** @type {string|null} */
    this.notice = null;
    this.runOnSave = true;
    /** A question with buttons (e.g. a run over its time limit). */
    /** @type {{text: string, choices: {label: string, run: () => void}[]}|null} */
    this.prompt = null;
    /** @type {Set<() => void>} */
    this.listeners = new Set();
    this.version = 0; // changes so far
  }

  /** @param {Partial<{running: boolean, runningShown: boolean, stopping: boolean, notice: string|null, runOnSave: boolean, prompt: any}>} patch */
  set(patch) {
    let changed = false;
    for (const k in patch) {
      if (/** @type {any} */ (this)[k] !== /** @type {any} */ (patch)[k]) {
        /** @type {any} */ (this)[k] = /** @type {any} */ (patch)[k];
        changed = true;
      }
    }
    if (this.running && !this.runningShown && this.shownTimer === null) {
      this.shownTimer = setTimeout(() => {
        this.shownTimer = null;
        if (this.running) this.set({ runningShown: true });
      }, RUNNING_SHOWN_AFTER);
    } else if (!this.running) {
      if (this.shownTimer !== null) clearTimeout(this.shownTimer);
      this.shownTimer = null;
      if (this.runningShown) {
        this.runningShown = false;
        changed = true;
      }
    }
    if (!changed) return;
    this.version++;
    for (const f of [...this.listeners]) f();
  }

  /** @param {() => void} f @returns {() => void} */
  subscribe(f) {
    this.listeners.add(f);
    return () => this.listeners.delete(f);
  }
}

/** The stored theme choice. */
export function storedTheme() {
  try {
    const t = globalThis.localStorage?.getItem(THEME_KEY);
    return THEME_ITEMS.some(([k]) => k === t) ? /** @type {string} */ (t) : 'system';
  } catch {
    return 'system';
  }
}

/** Whether the user picked a theme in Settings (stored for the next visit). */
function hasStoredTheme() {
  try {
    return THEME_ITEMS.some(([k]) => k === globalThis.localStorage?.getItem(THEME_KEY));
  } catch {
    return false;
  }
}

/**
 * The run state, re-rendering the component when what `shown` picks of it
 * changed (not on every run's start and end: a quick rerun changes `running`
 * twice and nothing the toolbar draws).
 * @param {RunState} rs @param {(rs: RunState) => string} shown
 */
function useRunState(rs, shown) {
  const [, tick] = useState(0);
  const drawn = useRef(shown(rs));
  drawn.current = shown(rs);
  useEffect(() => {
    const check = () => { if (shown(rs) !== drawn.current) tick((x) => x + 1); };
    const off = rs.subscribe(check);
    check(); // changed before the effect subscribed
    return off;
  }, [rs]);
  return rs;
}

/** A modal dialog: focus moves in, Escape or Close closes it, focus returns. */
function Dialog({ title, onClose, children, id }) {
  const box = useRef(/** @type {HTMLElement|null} */ (null));
  useEffect(() => {
    const prev = /** @type {HTMLElement|null} */ (box.current?.ownerDocument.activeElement ?? null);
    const first = /** @type {HTMLElement|null} */ (box.current?.querySelector('select, input, button') ?? null);
    first?.focus();
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
      <div class="tl-dialog-head"><h2 id=${id} class="tl-dialog-title">${title}</h2>
        <button type="button" class="tl-icon-btn" aria-label="Close" onClick=${onClose}>×</button></div>
      ${children}
    </div>
  </div>`;
}

/** What of the run state the toolbar draws. @param {RunState} rs */
const toolbarShows = (rs) => `${rs.runningShown} ${rs.stopping} ${rs.runOnSave} ${!!rs.actions.stop} ${!!rs.actions.setRunOnSave}`;

/** @param {{root: () => Element|null}} p */
export function Toolbar({ root }) {
  const ctx = useCtx();
  const rs = useRunState(/** @type {RunState} */ (/** @type {any} */ (ctx).runState), toolbarShows);
  const [menu, setMenu] = useState(false);
  const [dialog, setDialog] = useState(/** @type {null|'clear'} */ (null));
  const [theme, setTheme] = useState(storedTheme);
  const menuRef = useRef(/** @type {HTMLElement|null} */ (null));
  const btnRef = useRef(/** @type {HTMLButtonElement|null} */ (null));
  const ids = ctx.prefix + 'tb';

  useEffect(() => {
    const el = root();
    if (el) el.setAttribute('data-theme', theme);
  }, [theme]);
  // A [theme] with a base shows that mode until the user picks one (render/theme.js).
  useEffect(() => {
    const el = root();
    if (!el) return undefined;
    const follow = () => { if (!hasStoredTheme() && el.dataset.themeDefault) setTheme(el.dataset.themeDefault); };
    follow();
    el.addEventListener('tl-theme-default', follow);
    return () => el.removeEventListener('tl-theme-default', follow);
  }, []);

  // R reruns, C asks to clear caches: not while typing, not with modifiers.
  useEffect(() => {
    const el = root();
    const doc = el && el.ownerDocument;
    if (!doc) return;
    const onKey = (/** @type {KeyboardEvent} */ ev) => {
      if (ev.ctrlKey || ev.metaKey || ev.altKey || ev.defaultPrevented) return;
      const t = /** @type {HTMLElement} */ (ev.target);
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      // widgets that take letters themselves (a grid cell opens its editor with the key typed)
      if (t?.closest?.('[role=grid],[role=treegrid],[role=textbox],[role=combobox],[role=listbox],[role=menu],[role=dialog],[role=application]')) return;
      if (t && t !== doc.body && el && !el.contains(t)) return; // focus in another app or widget of the page
      const k = ev.key.toLowerCase();
      if (k === 'r' && !dialog) {
        ev.preventDefault();
        rs.actions.rerun();
      } else if (k === 'c' && !dialog) {
        ev.preventDefault();
        setDialog('clear');
      }
    };
    doc.addEventListener('keydown', onKey);
    return () => doc.removeEventListener('keydown', onKey);
  }, [dialog]);

  useEffect(() => {
    if (!menu) return;
    const first = /** @type {HTMLElement|null} */ (menuRef.current?.querySelector(MENU_ITEMS) ?? null);
    first?.focus();
    const doc = menuRef.current?.ownerDocument;
    const onDown = (/** @type {Event} */ ev) => {
      const t = /** @type {Node} */ (ev.target);
      if (!menuRef.current?.contains(t) && !btnRef.current?.contains(t)) setMenu(false);
    };
    doc?.addEventListener('pointerdown', onDown);
    return () => doc?.removeEventListener('pointerdown', onDown);
  }, [menu]);

  const close = () => {
    setMenu(false);
    btnRef.current?.focus();
  };
  const pick = (/** @type {() => void} */ f) => () => {
    setMenu(false);
    f();
  };
  const onMenuKey = (/** @type {KeyboardEvent} */ ev) => {
    const items = /** @type {HTMLElement[]} */ ([...(menuRef.current?.querySelectorAll(MENU_ITEMS) ?? [])]);
    const at = items.indexOf(/** @type {HTMLElement} */ (ev.target));
    let to = -1;
    if (ev.key === 'ArrowDown') to = (at + 1) % items.length;
    else if (ev.key === 'ArrowUp') to = (at - 1 + items.length) % items.length;
    else if (ev.key === 'Home') to = 0;
    else if (ev.key === 'End') to = items.length - 1;
    else if (ev.key === 'Escape' || ev.key === 'Tab') {
      if (ev.key === 'Escape') ev.preventDefault();
      close();
      return;
    }
    if (to >= 0) {
      ev.preventDefault();
      items[to].focus();
    }
  };
  const chooseTheme = (/** @type {string} */ t) => {
    setTheme(t);
    try {
      globalThis.localStorage?.setItem(THEME_KEY, t);
    } catch {
      // storage refused (private mode): the choice lasts this page
    }
  };

  const item = (label, onClick, key = null, id = '') => html`<button type="button" role="menuitem" class="tl-menu-item" tabindex="-1" onClick=${onClick}
    data-testid=${id ? 'stMainMenuItem-' + id : undefined}>
    <span data-testid="stMainMenuItemLabel">${label}</span>${key ? html`<kbd aria-hidden="true">${key}</kbd>` : null}</button>`;

  return html`<div class="tl-toolbar" data-testid="stToolbar">
    ${rs.runningShown || rs.stopping ? html`<div class="tl-running" role="status" data-testid="stStatusWidget">
      <span class="tl-running-icon" aria-hidden="true"></span><span>${rs.stopping ? 'Stopping...' : 'Running...'}</span>
      ${rs.stopping || !rs.actions.stop ? null : html`<button type="button" class="tl-btn tl-btn-tertiary tl-stop" onClick=${() => rs.actions.stop?.()}>Stop</button>`}
    </div>` : null}
    <span class="tl-menu-wrap" data-testid="stMainMenu">
      <button type="button" class="tl-icon-btn tl-menu-btn" aria-label="Main menu" aria-haspopup="menu" aria-expanded=${menu ? 'true' : 'false'}
        aria-controls=${ids + '-menu'} ref=${btnRef} data-testid="stMainMenuButton"
        onClick=${() => setMenu(!menu)}
        onKeyDown=${(ev) => { if (ev.key === 'ArrowDown') { ev.preventDefault(); setMenu(true); } }}>${MENU_ICON}</button>
      ${menu ? html`<div class="tl-menu" role="menu" id=${ids + '-menu'} aria-label="Main menu" ref=${menuRef} onKeyDown=${onMenuKey} data-testid="stMainMenuList">
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
        ${item('Clear cache', pick(() => setDialog('clear')), 'C', 'clearCache')}
        <div role="separator" class="tl-menu-sep"></div>
        ${item('Print', pick(() => globalThis.print?.()), null, 'print')}
        <div class="tl-menu-foot" role="none">Made with tablit</div>
      </div>` : null}
    </span>
    ${dialog === 'clear' ? html`<${Dialog} id=${ids + '-clear'} title="Clear caches" onClose=${() => setDialog(null)}>
      <p>Are you sure you want to clear the app's function caches?</p>
      <p>This will remove all cached entries from functions using <code>@st.cache_data</code> and <code>@st.cache_resource</code>.</p>
      <div class="tl-dialog-actions">
        <button type="button" class="tl-btn tl-btn-secondary" onClick=${() => setDialog(null)}>Cancel</button>
        <button type="button" class="tl-btn tl-btn-primary" onClick=${() => { setDialog(null); rs.actions.clearCache(); }}>Clear caches</button>
      </div>
    </${Dialog}>` : null}
  </div>`;
}

/** What of the run state RunNotice draws (the prompt object, by identity). @param {RunState} rs */
const noticeShows = (rs) => (rs.prompt === null && rs.notice === null ? '' : `${rs.version}`);

/** A notice above the app (e.g. the session keys a restore could not bring back). */
export function RunNotice() {
  const ctx = useCtx();
  const rs = useRunState(/** @type {RunState} */ (/** @type {any} */ (ctx).runState), noticeShows);
  if (!rs.notice && !rs.prompt) return null;
  const p = rs.prompt;
  return html`${p ? html`<div class="tl-run-notice" role="alertdialog" aria-label="The run takes long" aria-describedby=${ctx.prefix + 'prompt'}>
    <span id=${ctx.prefix + 'prompt'}>${p.text}</span>
    <span class="tl-run-notice-actions">${p.choices.map((c) => html`<button type="button" class="tl-btn tl-btn-secondary"
      onClick=${() => { rs.set({ prompt: null }); c.run(); }}>${c.label}</button>`)}</span>
  </div>` : null}${rs.notice ? html`<div class="tl-run-notice" role="alert">
    <span>${rs.notice}</span>
    <button type="button" class="tl-icon-btn" aria-label="Dismiss" onClick=${() => rs.set({ notice: null })}>×</button>
  </div>` : null}`;
}
