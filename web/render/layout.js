// Blocks and the app shell: main column, collapsible sidebar with the page
// menu, columns, tabs (role tablist/tab/tabpanel), expander (<details>),
// container, empty.  (Forms live in forms.js.)
import { useState, useEffect, useRef } from 'preact/hooks';
import { html } from './html.js';
import { children, NodeView } from './registry.js';
import { CompileErrorDialog } from './elements/exception.js';
import { ToastArea } from './elements/misc.js';
import { useStickToBottom } from './stick_bottom.js';
import { gapCss } from './elements/grid.js';
import { keyClass, widthStyle } from './widgets/common.js';
import { storage, store } from './storage.js';
import { lazyPart } from './lazy_part.js';
import { withCss } from './lazy_css.js';
import { useCtx } from './context.js';
import { Icon } from './widgets/icon.js';
import { loadIcon } from './enhance.js';

// the multipage menus: their module (and web/render/lazy/nav.css) fetched the first time an app has pages to show
const hasPages = (/** @type {{pages?: any[]}} */ p) => !!(p.pages && p.pages.length);
const PageNav = lazyPart(() => withCss(import('./page_nav.js'), 'nav', 'after'), 'PageNav', hasPages);
const TopNav = lazyPart(() => withCss(import('./page_nav.js'), 'nav', 'after'), 'TopNav', hasPages);
// st.logo: its module fetched the first time an app sets one
const Logo = lazyPart(() => import('./elements/logo.js'), 'Logo', (p) => !!(p.logo && p.logo.image));

function Block({ node }) {
  return html`<div class="tl-block" data-testid="stVerticalBlock">${children(node.children)}</div>`;
}

const JUSTIFY = { left: 'flex-start', top: 'flex-start', center: 'center', right: 'flex-end', bottom: 'flex-end', distribute: 'space-between' };
const ALIGN = { left: 'flex-start', top: 'flex-start', center: 'center', right: 'flex-end', bottom: 'flex-end', distribute: 'stretch' };

/**
 * st.container as 1.67's flex container: a column (or, horizontal, a row that wraps unless
 * wrap=False, then scrolls); the alignments map to justify/align the way Streamlit maps them
 * (a row: horizontal_alignment justifies; a column: vertical_alignment does).
 */
function Container({ node }) {
  const p = node.props;
  const bordered = p.border === true || (p.border == null && p.height);
  const row = p.horizontal === true;
  const style = [];
  if (p.height) style.push(`height:${p.height}px`, 'overflow:auto');
  else if (p.stretch_height) style.push('flex-grow:1');
  if (p.gap !== undefined) style.push(`gap:${gapCss(p.gap)}`);
  const main = row ? p.horizontal_alignment : p.vertical_alignment;
  const cross = row ? p.vertical_alignment : p.horizontal_alignment;
  if (main && main !== 'left' && main !== 'top') style.push(`justify-content:${JUSTIFY[main]}`);
  if (row && cross) style.push(`align-items:${ALIGN[cross]}`);
  const w = widthStyle(p.width);
  if (w && p.width !== 'stretch') style.push(w);
  const cls = 'tl-el tl-k-container tl-block' + (bordered ? ' tl-bordered' : '') + (row ? ' tl-horizontal' : '')
    + (row && p.wrap === false ? ' tl-nowrap-row' : '') + (!row && cross && cross !== 'left' && cross !== 'distribute' ? ` tl-halign-${cross}` : '') + keyClass(node);
  return html`<div class=${cls} style=${style.join(';') || undefined} data-testid=${row ? 'stHorizontalBlock' : 'stVerticalBlock'}>
    ${children(node.children)}
  </div>`;
}

function Empty({ node }) {
  return html`<div class="tl-el tl-k-empty" data-testid="stEmpty">${children(node.children)}</div>`;
}

/**
 * A fragment's writes to a container made outside it (py/tablit/runtime/fragments.py): its
 * children stand in the container as if placed there (1.67 draws no element for it).
 */
function Transparent({ node }) {
  return html`<div class="tl-transparent" style="display:contents">${children(node.children)}</div>`;
}

/** st.columns: a row of columns as tall as the tallest (1.67 stretches them); gap as 1.67's sizes. */
function Columns({ node }) {
  const p = node.props;
  // (the gap is also a variable: each column's basis takes the whole gap off its share)
  const g = p.gap === undefined ? undefined : gapCss(p.gap);
  const gap = g === undefined ? undefined : `gap:${g};--tl-col-gap:${g === '0' ? '0px' : g}`; // (calc() needs a unit)
  const w = p.width !== 'stretch' ? widthStyle(p.width) : undefined;
  return html`<div class=${`tl-el tl-k-columns tl-columns tl-valign-${p.vertical_alignment || 'top'}${p.wrap === false ? ' tl-nowrap-row' : ''}`}
    style=${[gap, w].filter(Boolean).join(';') || undefined} data-testid="stHorizontalBlock">
    ${children(node.children)}
  </div>`;
}

function Column({ node }) {
  const p = node.props;
  const w = +p.weight || 1;
  const justify = JUSTIFY[p.vertical_alignment];
  // 1.67's basis: its share less a whole gap, then every column grows alike, so st.columns((1, 4, 1))
  // is 107 | 459 | 107 px of 704, not 112 | 448 | 112 (weight is the share, 0-1)
  // (as 1.67's: the column holds an stVerticalBlock as tall as itself, which lays out the children)
  const style = `flex:1 1 calc(${w * 100}% - var(--tl-col-gap, 1rem))`;
  return html`<div class=${'tl-column' + (p.border ? ' tl-bordered' : '')} style=${style} data-testid="stColumn"><div class="tl-block"
    style=${justify && justify !== 'flex-start' ? `justify-content:${justify}` : undefined} data-testid="stVerticalBlock">${children(node.children)}</div></div>`;
}

/** 1.67's "md" breakpoint: at this width or less the sidebar overlays the app and starts collapsed. */
export const NARROW_MAX = 768;

function isWide() {
  return typeof window === 'undefined' || !window.innerWidth || window.innerWidth > NARROW_MAX;
}

/** Sidebar open at first: st.set_page_config(initial_sidebar_state=...), else ("auto") by screen width. */
function initialOpen(cfg) {
  const s = cfg && cfg.initial_sidebar_state;
  if (s === 'collapsed') return false;
  if (s === 'expanded' || s === 'locked') return true;
  return isWide();
}

/**
 * The sidebar's open state as 1.67 keeps it: the user's last choice for this app (localStorage
 * "stSidebarCollapsed-<app URL>", as 1.67), else the config's initial state; on a narrow
 * screen it closes when the window shrinks to it and when the pointer goes down in the app
 * outside the sidebar (it overlays the app there); those two are not remembered.
 */
function useSidebarOpen(cfg, hasSidebar, rootRef, sideRef, key) {
  const [open, setOpenNow] = useState(() => {
    const kept = cfg.initial_sidebar_state === 'locked' ? null : storage()?.getItem(key);
    return kept === 'true' ? false : kept === 'false' ? true : initialOpen(cfg);
  });
  /** The user opened or closed it: remembered for the next visit. */
  const choose = (/** @type {boolean} */ to) => {
    store(key, to ? 'false' : 'true');
    setOpenNow(to);
  };
  const width = useRef(typeof window === 'undefined' ? 0 : window.innerWidth);
  const [, setWide] = useState(isWide);
  useEffect(() => {
    if (typeof window === 'undefined') return undefined;
    const onResize = () => {
      const before = width.current;
      width.current = window.innerWidth;
      setWide(isWide()); // crossing the breakpoint moves a top menu into the sidebar and back
      if (width.current < before && width.current <= NARROW_MAX) setOpenNow(false);
    };
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  useEffect(() => {
    if (!hasSidebar || !open || typeof document === 'undefined') return undefined;
    const onDown = (/** @type {Event} */ ev) => {
      const t = /** @type {globalThis.Node} */ (ev.target);
      if (isWide() || sideRef.current?.contains(t) || !rootRef.current?.contains(t)) return;
      setOpenNow(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [hasSidebar, open]);
  return [open, choose, setOpenNow];
}

/** 1.67's sidebar widths: 12.5rem to 37.5rem, 18.75rem unless the config says (in px) or the user dragged it. */
const SIDEBAR_REM = { min: 12.5, max: 37.5, default: 18.75 };
/** The root font size in px: the theme's baseFontSize when it set one (theme.js), else the browser's 16. */
const rootPx = () => Number.parseFloat(document.documentElement.style.fontSize) || 16;
const sidebarPx = (/** @type {'min'|'max'|'default'} */ which) => Math.round(SIDEBAR_REM[which] * rootPx());
const clampWidth = (/** @type {number} */ w) => Math.min(sidebarPx('max'), Math.max(sidebarPx('min'), Math.round(w)));

/**
 * The sidebar's width: dragged on its right edge (1.67's resize handle), kept across visits
 * ("sidebarWidth", as 1.67); a double click goes back to the configured width.  Here the
 * handle is also a focusable separator that the arrow keys move (1.67's takes no keyboard).
 * `width` is null while neither the config nor the user set one: the stylesheet's 18.75rem then
 * applies, which follows the theme's baseFontSize as 1.67's does.
 */
function useSidebarWidth(/** @type {number|null} */ configured) {
  const base = configured ? clampWidth(configured) : null;
  const [width, setWidth] = useState(() => {
    const kept = Number.parseInt(storage()?.getItem('sidebarWidth') ?? '', 10);
    return Number.isNaN(kept) ? base : clampWidth(kept);
  });
  const set = (/** @type {number} */ w) => {
    const to = clampWidth(w);
    store('sidebarWidth', String(to));
    setWidth(to);
  };
  const reset = () => {
    store('sidebarWidth', null);
    setWidth(base);
  };
  return { width, shown: width ?? sidebarPx('default'), set, reset };
}

/** The handle on the sidebar's right edge. */
function ResizeHandle({ sized, sideRef, controls }) {
  const onPointerDown = (/** @type {PointerEvent} */ ev) => {
    if (ev.button !== 0) return;
    ev.preventDefault();
    const handle = /** @type {HTMLElement} */ (ev.currentTarget);
    const left = sideRef.current?.getBoundingClientRect().left ?? 0;
    handle.setPointerCapture?.(ev.pointerId);
    const move = (/** @type {PointerEvent} */ e) => sized.set(e.clientX - left);
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      handle.removeEventListener('pointercancel', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
    handle.addEventListener('pointercancel', up);
  };
  const onKeyDown = (/** @type {KeyboardEvent} */ ev) => {
    const step = ev.shiftKey ? 50 : 10;
    const to = { ArrowLeft: sized.shown - step, ArrowRight: sized.shown + step, Home: sidebarPx('min'), End: sidebarPx('max') }[ev.key];
    if (to === undefined) return;
    ev.preventDefault();
    sized.set(to);
  };
  return html`<div class="tl-sidebar-resize" data-testid="stSidebarResizeHandle" role="separator" aria-orientation="vertical"
    aria-label="Resize sidebar" aria-controls=${controls} aria-valuenow=${sized.shown} aria-valuemin=${sidebarPx('min')} aria-valuemax=${sidebarPx('max')}
    tabindex="0" onPointerDown=${onPointerDown} onDblClick=${() => sized.reset()} onKeyDown=${onKeyDown}></div>`;
}

/** A header button of the shell (1.67's headerNoPadding kind) with a Material icon. */
function ShellButton({ label, icon, expanded, controls, testid, onClick, btnRef }) {
  return html`<button type="button" class="tl-icon-btn tl-shell-btn" aria-label=${label} aria-expanded=${expanded ? 'true' : 'false'}
    aria-controls=${controls} data-testid=${testid} ref=${btnRef} onClick=${onClick}><${Icon} icon=${icon} /></button>`;
}

/** "Skip to main content": the first stop of Tab, shown while focused, moving focus to the main column. */
function SkipLink({ mainId }) {
  return html`<a class="tl-skip" href=${'#' + mainId} data-testid="stSkipToContent" onClick=${(/** @type {MouseEvent} */ ev) => {
    ev.preventDefault();
    /** @type {HTMLElement|null} */ (/** @type {HTMLElement} */ (ev.currentTarget).ownerDocument.getElementById(mainId))?.focus({ preventScroll: true });
  }}>Skip to main content</a>`;
}

/** An emoji page_icon as an SVG data URL for the tab's favicon; URLs as they are. */
function faviconHref(icon) {
  if (typeof icon !== 'string' || !icon || icon.startsWith(':material/')) return null;
  if (/^(data:image\/|https?:\/\/|\/)/.test(icon)) return icon;
  if (icon.length > 16) return null;
  const esc = icon.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return 'data:image/svg+xml,' + encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${esc}</text></svg>`);
}

/** page_config title/icon -> the tab (document.title, favicon). */
function usePageConfig(cfg, pages, current) {
  const title = (cfg && (cfg.title || cfg.page_title)) || null;
  const page = pages && pages.length ? pages.find((pg) => pg.url_path === current) || pages[0] : null;
  const shown = title || (page ? page.title : null);
  const icon = (cfg && (cfg.icon || cfg.page_icon)) || null;
  useEffect(() => {
    if (shown && typeof document !== 'undefined') document.title = String(shown);
  }, [shown]);
  useEffect(() => {
    if (typeof document === 'undefined' || !document.head) return undefined;
    const set = (/** @type {string|null} */ href) => {
      if (!href) return;
      let link = document.head.querySelector('link[rel~="icon"][data-tablit]');
      if (!link) {
        link = document.createElement('link');
        link.setAttribute('rel', 'icon');
        link.setAttribute('data-tablit', '');
        document.head.append(link);
      }
      link.setAttribute('href', href);
    };
    const material = typeof icon === 'string' ? /^:material\/(\w+):$/.exec(icon) : null;
    if (!material) {
      set(faviconHref(icon));
      return undefined;
    }
    // a Material icon: our own copy of its SVG (1.67 fetches it from Google's font CDN)
    let live = true;
    loadIcon(material[1]).then((svg) => { if (live && svg) set('data:image/svg+xml,' + encodeURIComponent(svg)); });
    return () => { live = false; };
  }, [icon]);
}

/**
 * The app shell for a render message: sidebar (when it has content or a page
 * menu) and the centered main column (wide with layout="wide"); the "Script
 * execution error" dialog of a compile error; toasts in a corner.
 */
export function Shell({ msg, tree }) {
  const ctx = useCtx();
  const cfg = msg.page_config || {};
  const sidebar = tree.sidebar;
  const pages = msg.pages || [];
  const sidebarContent = !!(sidebar && sidebar.children && sidebar.children.length);
  // position="top": the menu is in the header, except on a narrow screen (there, in the sidebar as 1.67)
  const top = !!(msg.nav && msg.nav.position === 'top' && pages.length && isWide());
  const sidePages = top ? [] : pages;
  // 1.67 keeps 8rem above the first element while a top menu of several pages is set, narrow or wide
  const topNav = !!(msg.nav && msg.nav.position === 'top' && pages.length > 1);
  const hasSidebar = sidebarContent || !!sidePages.length;
  const appRef = useRef(/** @type {HTMLElement|null} */ (null));
  const sideRef = useRef(/** @type {HTMLElement|null} */ (null));
  const [open, setOpen, setOpenNow] = useSidebarOpen(cfg, hasSidebar, appRef, sideRef, 'stSidebarCollapsed-' + ctx.pageHref(''));
  const main = tree.main;
  const wide = cfg.layout === 'wide' || !!(main && main.props && main.props.layout === 'wide');
  const locked = cfg.initial_sidebar_state === 'locked';
  const sized = useSidebarWidth(typeof cfg.initial_sidebar_state === 'number' ? cfg.initial_sidebar_state : null);
  const width = sized.width === null ? undefined : `--tl-sidebar-w:${sized.width}px`;
  usePageConfig(cfg, pages, msg.page);
  // a pinned bottom block (a top-level chat_input, st.bottom): the page keeps to its end
  const hasBottom = !!(tree.bottom && tree.bottom.children && tree.bottom.children.length);
  const mainRef = useRef(null);
  useStickToBottom(hasBottom, mainRef);
  const sideId = ctx.prefix + 'sidebar';
  const mainId = ctx.prefix + 'main';
  // the button that opens or closes the sidebar takes focus when the other one goes away
  const toggled = useRef(false);
  const collapseRef = useRef(/** @type {HTMLButtonElement|null} */ (null));
  const expandRef = useRef(/** @type {HTMLButtonElement|null} */ (null));
  const toggle = (/** @type {boolean} */ to) => { toggled.current = true; setOpen(to); };
  useEffect(() => {
    if (!toggled.current) return;
    toggled.current = false;
    const doc = appRef.current?.ownerDocument;
    const active = doc?.activeElement;
    // only when focus was on the button that went away (or nowhere): not when it is elsewhere in the app
    const lost = !active || active === doc.body || (!open && sideRef.current?.contains(active));
    if (!lost) return;
    (open ? collapseRef : expandRef).current?.focus();
  }, [open]);
  // the logo leads back to the default page from the others (1.67)
  const home = pages.length > 1 && pages.some((pg) => pg.url_path === '') && (msg.page || '') !== '' ? '' : null;
  const narrowNavDone = () => { if (!isWide() && !locked) setOpenNow(false); };
  return html`<div class=${'tl-app' + (hasSidebar ? ' tl-has-sidebar' : '') + (hasSidebar && open ? ' tl-sidebar-open' : '') + (wide ? ' tl-layout-wide' : '') + (hasBottom ? ' tl-has-bottom' : '') + (topNav ? ' tl-has-topnav' : '')} data-testid="stApp" style=${width} ref=${appRef}>
    <${SkipLink} mainId=${mainId} />
    ${hasSidebar ? html`<section class="tl-sidebar stSidebar" id=${sideId} aria-label="Sidebar" data-testid="stSidebar" data-collapsed=${open ? 'false' : 'true'}
      aria-expanded=${open ? 'true' : 'false'} hidden=${!open} ref=${sideRef}>
      <div class="tl-sidebar-inner" data-testid="stSidebarContent">
        <div class="tl-sidebar-top" data-testid="stSidebarHeader">
          ${msg.logo && msg.logo.image ? html`<${Logo} logo=${msg.logo} where="sidebar" home=${home} />` : html`<div class="tl-logo-spacer" data-testid="stLogoSpacer"></div>`}
          ${locked ? null : html`<div class="tl-sidebar-collapse" data-testid="stSidebarCollapseButton">
            <${ShellButton} label="Collapse sidebar" icon=":material/keyboard_double_arrow_left:" expanded=${true} controls=${sideId}
              testid="stBaseButton-headerNoPadding" btnRef=${collapseRef} onClick=${() => toggle(false)} /></div>`}
        </div>
        <${PageNav} pages=${sidePages} current=${msg.page} nav=${msg.nav} collapsible=${sidebarContent} onNavigate=${narrowNavDone} />
        <div class="tl-sidebar-content" data-testid="stSidebarUserContent">${sidebar ? html`<${NodeView} node=${sidebar} />` : null}</div>
      </div>
      <${ResizeHandle} sized=${sized} sideRef=${sideRef} controls=${sideId} />
    </section>` : null}
    <div class="tl-main-area stAppViewContainer appview-container" data-testid="stAppViewContainer">
      <header class="tl-header" data-testid="stHeader">
        ${hasSidebar && open ? null : html`<${Logo} logo=${msg.logo} where="main" home=${home} />`}
        ${hasSidebar && !open ? html`<div class="tl-expand-sidebar"><${ShellButton} label="Expand sidebar" icon=":material/keyboard_double_arrow_right:"
          expanded=${false} controls=${sideId} testid="stExpandSidebarButton" btnRef=${expandRef} onClick=${() => toggle(true)} /></div>` : null}
        ${top ? html`<${TopNav} pages=${pages} current=${msg.page} />` : null}
      </header>
      <main class="tl-main" data-testid="stMain" id=${mainId} tabindex="-1" ref=${mainRef}>
        <div class=${'tl-block-container block-container' + (wide ? ' tl-wide' : '')} data-testid="stMainBlockContainer">
          ${main ? html`<${NodeView} node=${main} />` : null}
        </div>
      </main>
      ${hasBottom ? html`<div class="tl-bottom" data-testid="stBottom">
        <div class=${'tl-block-container' + (wide ? ' tl-wide' : '')} data-testid="stBottomBlockContainer"><${NodeView} node=${tree.bottom} /></div>
      </div>` : null}
    </div>
    ${tree.event ? html`<${NodeView} node=${tree.event} />` : null}
    <${CompileErrorDialog} banner=${msg.banner} run=${msg.run} />
    <${ToastArea} />
  </div>`;
}

export default { block: Block, container: Container, empty: Empty, transparent: Transparent, columns: Columns, column: Column };
