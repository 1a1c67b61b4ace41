// Blocks and the app shell: main column, collapsible sidebar with the page
// menu, columns, tabs (role tablist/tab/tabpanel), expander (<details>),
// container, empty.  (Forms live in forms.js.)
import { useState, useEffect, useRef } from 'preact/hooks';
import { html } from './html.js';
import { children, NodeView } from './registry.js';
import { Banner } from './elements/exception.js';
import { Logo } from './elements/media.js';
import { ToastArea } from './elements/misc.js';
import { useStickToBottom } from './stick_bottom.js';
import { gapCss } from './elements/grid.js';
import { widthStyle } from './widgets/common.js';
import { PageNav, TopNav } from './page_nav.js';

function Block({ node }) {
  return html`<div class="tl-block">${children(node.children)}</div>`;
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
    + (row && p.wrap === false ? ' tl-nowrap-row' : '') + (!row && cross && cross !== 'left' && cross !== 'distribute' ? ` tl-halign-${cross}` : '');
  return html`<div class=${cls} style=${style.join(';') || undefined} data-testid=${row ? 'stHorizontalBlock' : 'stVerticalBlock'}>
    ${children(node.children)}
  </div>`;
}

function Empty({ node }) {
  return html`<div class="tl-el tl-k-empty" data-testid="stEmpty">${children(node.children)}</div>`;
}

/** st.columns: a row of columns as tall as the tallest (1.67 stretches them); gap as 1.67's sizes. */
function Columns({ node }) {
  const p = node.props;
  const gap = p.gap === undefined ? undefined : `gap:${gapCss(p.gap)}`;
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
  const style = `flex:${w} 1 0%` + (justify && justify !== 'flex-start' ? `;justify-content:${justify}` : '');
  return html`<div class=${'tl-column tl-block' + (p.border ? ' tl-bordered' : '')} style=${style} data-testid="stColumn">${children(node.children)}</div>`;
}

function isWide() {
  return typeof window === 'undefined' || !window.matchMedia || !window.matchMedia('(max-width: 767px)').matches;
}

/** Sidebar open at first: st.set_page_config(initial_sidebar_state=...), else by screen width. */
function initialOpen(cfg) {
  const s = cfg && cfg.initial_sidebar_state;
  if (s === 'collapsed') return false;
  if (s === 'expanded' || s === 'locked') return true;
  return isWide();
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
    const href = faviconHref(icon);
    if (!href || typeof document === 'undefined' || !document.head) return;
    let link = document.head.querySelector('link[rel~="icon"][data-tablit]');
    if (!link) {
      link = document.createElement('link');
      link.setAttribute('rel', 'icon');
      link.setAttribute('data-tablit', '');
      document.head.append(link);
    }
    link.setAttribute('href', href);
  }, [icon]);
}

/**
 * The app shell for a render message: sidebar (when it has content or a page
 * menu) and the centered main column (wide with layout="wide") with the
 * compile-error banner on top; toasts in a corner.
 */
export function Shell({ msg, tree }) {
  const cfg = msg.page_config || {};
  const [open, setOpen] = useState(() => initialOpen(cfg));
  const sidebar = tree.sidebar;
  const pages = msg.pages || [];
  const sidebarContent = !!(sidebar && sidebar.children && sidebar.children.length);
  // position="top": the menu is in the header, except on a narrow screen (there, in the sidebar as 1.67)
  const top = !!(msg.nav && msg.nav.position === 'top' && pages.length && isWide());
  const sidePages = top ? [] : pages;
  const hasSidebar = sidebarContent || !!sidePages.length;
  const main = tree.main;
  const wide = cfg.layout === 'wide' || !!(main && main.props && main.props.layout === 'wide');
  const locked = cfg.initial_sidebar_state === 'locked';
  const width = typeof cfg.initial_sidebar_state === 'number' ? `--tl-sidebar-w:${cfg.initial_sidebar_state}px` : undefined;
  usePageConfig(cfg, pages, msg.page);
  // a pinned bottom block (a top-level chat_input, st.bottom): the page keeps to its end
  const hasBottom = !!(tree.bottom && tree.bottom.children && tree.bottom.children.length);
  const mainRef = useRef(null);
  useStickToBottom(hasBottom, mainRef);
  return html`<div class=${'tl-app' + (hasSidebar ? ' tl-has-sidebar' : '') + (hasSidebar && open ? ' tl-sidebar-open' : '') + (wide ? ' tl-layout-wide' : '') + (hasBottom ? ' tl-has-bottom' : '')} style=${width}>
    ${hasSidebar ? html`<section class="tl-sidebar stSidebar" aria-label="Sidebar" data-testid="stSidebar" data-open=${open ? 'true' : 'false'} aria-expanded=${open ? 'true' : 'false'} hidden=${!open}>
      <div class="tl-sidebar-top"><${Logo} logo=${msg.logo} where="sidebar" />${locked ? null : html`<button type="button" class="tl-icon-btn" aria-label="Close sidebar" onClick=${() => setOpen(false)}>«</button>`}</div>
      <${PageNav} pages=${sidePages} current=${msg.page} nav=${msg.nav} collapsible=${sidebarContent} />
      <div class="tl-sidebar-content">${sidebar ? html`<${NodeView} node=${sidebar} />` : null}</div>
    </section>` : null}
    <div class="tl-main-area">
      <header class="tl-header">
        ${hasSidebar && open ? null : html`<${Logo} logo=${msg.logo} where="main" />`}
        ${hasSidebar && !open ? html`<button type="button" class="tl-icon-btn" aria-label="Open sidebar" onClick=${() => setOpen(true)}>»</button>` : null}
        ${top ? html`<${TopNav} pages=${pages} current=${msg.page} />` : null}
      </header>
      <main class="tl-main" data-testid="stMain" ref=${mainRef}>
        <div class=${'tl-block-container' + (wide ? ' tl-wide' : '')}>
          <${Banner} banner=${msg.banner} />
          ${main ? html`<${NodeView} node=${main} />` : null}
        </div>
      </main>
      ${hasBottom ? html`<div class="tl-bottom" data-testid="stBottom">
        <div class=${'tl-block-container' + (wide ? ' tl-wide' : '')}><${NodeView} node=${tree.bottom} /></div>
      </div>` : null}
    </div>
    ${tree.event ? html`<${NodeView} node=${tree.event} />` : null}
    <${ToastArea} />
  </div>`;
}

export default { block: Block, container: Container, empty: Empty, columns: Columns, column: Column };
