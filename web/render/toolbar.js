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
import { lazyPart } from './lazy_part.js';

// the menu's list and the "Clear caches" dialog: fetched the first time either is opened
const MenuList = lazyPart(() => import('./toolbar_menu.js'), 'MenuList');
const ClearCaches = lazyPart(() => import('./toolbar_menu.js'), 'ClearCaches');

/**
 * @typedef {Object} RunActions
 * @property {() => void} rerun
 * @property {(() => void)|null} stop  null while Stop is not possible
 * @property {() => void} clearCache
 * @property {((on: boolean) => void)|null} [setRunOnSave]  null where the app is not served with run-on-save
 */

/** The main menu button's three dots (1.67 draws an SVG there too). */
const MENU_ICON = html`<svg viewBox="0 0 24 24" width="20" height="20" fill="currentColor" aria-hidden="true" focusable="false">
  <circle cx="12" cy="5" r="2" /><circle cx="12" cy="12" r="2" /><circle cx="12" cy="19" r="2" /></svg>`;
const THEME_KEY = 'tablit:theme';
/** The themes a user can pick in the menu (toolbar_menu.js). */
const THEMES = ['system', 'light', 'dark'];

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
    return THEMES.includes(/** @type {string} */ (t)) ? /** @type {string} */ (t) : 'system';
  } catch {
    return 'system';
  }
}

/** Whether the user picked a theme in Settings (stored for the next visit). */
function hasStoredTheme() {
  try {
    return THEMES.includes(String(globalThis.localStorage?.getItem(THEME_KEY)));
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
    const doc = btnRef.current?.ownerDocument;
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
  const chooseTheme = (/** @type {string} */ t) => {
    setTheme(t);
    try {
      globalThis.localStorage?.setItem(THEME_KEY, t);
    } catch {
      // storage refused (private mode): the choice lasts this page
    }
  };

  return html`<div class="tl-toolbar" data-testid="stToolbar">
    ${rs.runningShown || rs.stopping ? html`<div class="tl-running" role="status" data-testid="stStatusWidget">
      <span class="tl-running-icon" aria-hidden="true"></span><span>${rs.stopping ? 'Stopping...' : 'Running...'}</span>
      ${rs.stopping || !rs.actions.stop ? null : html`<button type="button" class="tl-btn tl-btn-tertiary tl-stop" onClick=${() => rs.actions.stop?.()}>Stop</button>`}
    </div>` : null}
    <span class="tl-menu-wrap" data-testid="stMainMenu" id=${ctx.prefix === 'tl0-' ? 'MainMenu' : undefined /* 1.67's id ("#MainMenu {visibility: hidden}"), once a page */}>
      <button type="button" class="tl-icon-btn tl-menu-btn" aria-label="Main menu" aria-haspopup="menu" aria-expanded=${menu ? 'true' : 'false'}
        aria-controls=${ids + '-menu'} ref=${btnRef} data-testid="stMainMenuButton"
        onClick=${() => setMenu(!menu)}
        onKeyDown=${(ev) => { if (ev.key === 'ArrowDown') { ev.preventDefault(); setMenu(true); } }}>${MENU_ICON}</button>
      ${menu ? html`<${MenuList} id=${ids + '-menu'} menuRef=${menuRef} theme=${theme} chooseTheme=${chooseTheme} rs=${rs} close=${close}
        pick=${(/** @type {() => void} */ f) => () => { setMenu(false); f(); }} askClear=${() => setDialog('clear')} />` : null}
    </span>
    ${dialog === 'clear' ? html`<${ClearCaches} id=${ids + '-clear'} onClose=${() => setDialog(null)} clear=${() => { setDialog(null); rs.actions.clearCache(); }} />` : null}
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
