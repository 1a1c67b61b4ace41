// Blocks and the app shell: main column, collapsible sidebar with the page
// menu, columns, tabs (role tablist/tab/tabpanel), expander (<details>),
// container, empty.  (Forms live in forms.js.)
import { useState, useRef, useEffect, useLayoutEffect } from 'preact/hooks';
import { html } from './html.js';
import { useCtx, domId } from './context.js';
import { children, NodeView } from './registry.js';
import { InlineMd } from './markdown.js';
import { Icon } from './widgets/icon.js';
import { Banner } from './elements/exception.js';
import { Logo } from './elements/media.js';
import { Help } from './widgets/common.js';
import { ToastArea } from './elements/misc.js';

function Block({ node }) {
  return html`<div class="tl-block">${children(node.children)}</div>`;
}

function Container({ node }) {
  const p = node.props;
  const bordered = p.border === true || (p.border == null && p.height);
  const style = p.height ? `height:${p.height}px;overflow:auto` : undefined;
  return html`<div class=${'tl-el tl-k-container tl-block' + (bordered ? ' tl-bordered' : '')} style=${style} data-testid="stVerticalBlock">
    ${children(node.children)}
  </div>`;
}

function Empty({ node }) {
  return html`<div class="tl-el tl-k-empty" data-testid="stEmpty">${children(node.children)}</div>`;
}

function Columns({ node }) {
  const p = node.props;
  return html`<div class=${`tl-el tl-k-columns tl-columns tl-gap-${p.gap || 'small'} tl-valign-${p.vertical_alignment || 'top'}`} data-testid="stHorizontalBlock">
    ${children(node.children)}
  </div>`;
}

function Column({ node }) {
  const w = +node.props.weight || 1;
  return html`<div class="tl-column tl-block" style=${`flex:${w} 1 0%`} data-testid="stColumn">${children(node.children)}</div>`;
}

function Tabs({ node }) {
  const ctx = useCtx();
  const [active, setActive] = useState(0);
  const list = useRef(/** @type {HTMLElement|null} */ (null));
  const tabs = (node.children || []).filter((c) => c.kind === 'tab');
  const labels = node.props.labels || [];
  const a = Math.max(0, Math.min(active, tabs.length - 1));
  const base = domId(ctx, node.id);
  const onKeyDown = (ev) => {
    const d = ev.key === 'ArrowRight' ? 1 : ev.key === 'ArrowLeft' ? -1 : 0;
    const to = ev.key === 'Home' ? 0 : ev.key === 'End' ? tabs.length - 1 : d ? (a + d + tabs.length) % tabs.length : -1;
    if (to < 0) return;
    ev.preventDefault();
    setActive(to);
    const btn = list.current && list.current.querySelectorAll('[role=tab]')[to];
    if (btn) /** @type {HTMLElement} */ (btn).focus();
  };
  return html`<div class="tl-el tl-k-tabs tl-tabs" data-testid="stTabs">
    <div role="tablist" class="tl-tablist" ref=${list} onKeyDown=${onKeyDown}>
      ${tabs.map((t, i) => html`<button type="button" role="tab" key=${t.id} id=${`${base}-tab-${i}`} class="tl-tab"
        aria-selected=${i === a ? 'true' : 'false'} aria-controls=${`${base}-panel-${i}`} tabindex=${i === a ? 0 : -1}
        onClick=${() => setActive(i)}><${InlineMd} text=${t.props.label ?? labels[i] ?? ''} /></button>`)}
    </div>
    ${tabs.map((t, i) => html`<${NodeView} key=${t.id} node=${t} active=${i === a} panelId=${`${base}-panel-${i}`} tabId=${`${base}-tab-${i}`} />`)}
  </div>`;
}

function Tab({ node, active, panelId, tabId }) {
  return html`<div role="tabpanel" class="tl-tabpanel tl-block" id=${panelId} aria-labelledby=${tabId} hidden=${!active} tabindex="0">
    ${children(node.children)}
  </div>`;
}

const CHEVRON = html`<svg class="tl-chevron" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path fill="currentColor" d="M7.4 8.6L12 13.2l4.6-4.6L18 10l-6 6-6-6z"/></svg>`;

/**
 * st.popover: a button (aria-expanded) opening a floating panel with its
 * block; Escape or a click outside closes it.  Its content stays mounted
 * while closed, and reruns keep it open.
 */
function Popover({ node }) {
  const ctx = useCtx();
  const p = node.props;
  const [open, setOpen] = useState(!!p.expanded);
  const root = useRef(/** @type {HTMLElement|null} */ (null));
  const btnId = domId(ctx, node.id, '-btn');
  const panelId = domId(ctx, node.id, '-panel');
  useLayoutEffect(() => {
    if (!open) return;
    const doc = root.current && root.current.ownerDocument;
    if (!doc) return;
    const onDown = (ev) => {
      if (root.current && !root.current.contains(/** @type {any} */ (ev.target))) setOpen(false);
    };
    const onKey = (ev) => {
      if (ev.key !== 'Escape') return;
      setOpen(false);
      const b = doc.getElementById(btnId);
      if (b && root.current && root.current.contains(doc.activeElement)) b.focus();
    };
    doc.addEventListener('pointerdown', onDown);
    doc.addEventListener('keydown', onKey);
    return () => {
      doc.removeEventListener('pointerdown', onDown);
      doc.removeEventListener('keydown', onKey);
    };
  }, [open]);
  const kind = p.type === 'primary' ? 'primary' : p.type === 'tertiary' ? 'tertiary' : 'secondary';
  return html`<div class=${'tl-el tl-k-popover tl-popover' + (p.disabled ? ' tl-disabled' : '')} data-testid="stPopover" ref=${root}>
    <button type="button" id=${btnId} class=${'tl-btn tl-btn-' + kind} aria-expanded=${open ? 'true' : 'false'} aria-controls=${panelId}
      disabled=${!!p.disabled} onClick=${() => setOpen(!open)}>
      <${Icon} icon=${p.icon} /><span class="tl-btn-label"><${InlineMd} text=${p.label} /></span>${CHEVRON}
    </button>${p.help ? html`<${Help} text=${p.help} />` : null}
    <div class="tl-popover-panel tl-block" id=${panelId} role="group" aria-labelledby=${btnId} hidden=${!open} data-testid="stPopoverBody">
      ${children(node.children)}
    </div>
  </div>`;
}

/** The st.navigation menu: links that send {type: "navigate"}. */
function PageNav({ pages, current }) {
  const ctx = useCtx();
  if (!pages || !pages.length) return null;
  const groups = [];
  for (const pg of pages) {
    const sec = pg.section || '';
    const last = groups[groups.length - 1];
    if (last && last.section === sec) last.pages.push(pg);
    else groups.push({ section: sec, pages: [pg] });
  }
  const cur = pages.find((pg) => pg.url_path === current) || pages[0];
  const isCurrent = (pg) => pg === cur;
  const link = (pg) => html`<li key=${pg.url_path}><a class="tl-nav-link" href=${ctx.pageHref(pg.url_path)}
      aria-current=${isCurrent(pg) ? 'page' : undefined}
      onClick=${(ev) => {
        if (ev.button || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
        ev.preventDefault();
        ctx.send({ type: 'navigate', page: pg.url_path, query: '' });
      }}><${Icon} icon=${pg.icon} /><span>${pg.title}</span></a></li>`;
  return html`<nav class="tl-nav" aria-label="Pages" data-testid="stSidebarNav">
    ${groups.map((g) => html`<div class="tl-nav-group" key=${g.section}>
      ${g.section ? html`<div class="tl-nav-section">${g.section}</div>` : null}
      <ul>${g.pages.map(link)}</ul>
    </div>`)}
  </nav>`;
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
  const hasSidebar = !!((sidebar && sidebar.children && sidebar.children.length) || pages.length);
  const main = tree.main;
  const wide = cfg.layout === 'wide' || !!(main && main.props && main.props.layout === 'wide');
  const locked = cfg.initial_sidebar_state === 'locked';
  const width = typeof cfg.initial_sidebar_state === 'number' ? `--tl-sidebar-w:${cfg.initial_sidebar_state}px` : undefined;
  usePageConfig(cfg, pages, msg.page);
  return html`<div class=${'tl-app' + (hasSidebar ? ' tl-has-sidebar' : '') + (hasSidebar && open ? ' tl-sidebar-open' : '') + (wide ? ' tl-layout-wide' : '')} style=${width}>
    ${hasSidebar ? html`<section class="tl-sidebar" aria-label="Sidebar" data-testid="stSidebar" data-open=${open ? 'true' : 'false'} hidden=${!open}>
      <div class="tl-sidebar-top"><${Logo} logo=${msg.logo} where="sidebar" />${locked ? null : html`<button type="button" class="tl-icon-btn" aria-label="Close sidebar" onClick=${() => setOpen(false)}>«</button>`}</div>
      <${PageNav} pages=${pages} current=${msg.page} />
      <div class="tl-sidebar-content">${sidebar ? html`<${NodeView} node=${sidebar} />` : null}</div>
    </section>` : null}
    <div class="tl-main-area">
      <header class="tl-header">
        ${hasSidebar && open ? null : html`<${Logo} logo=${msg.logo} where="main" />`}
        ${hasSidebar && !open ? html`<button type="button" class="tl-icon-btn" aria-label="Open sidebar" onClick=${() => setOpen(true)}>»</button>` : null}
      </header>
      <main class="tl-main" data-testid="stMain">
        <div class=${'tl-block-container' + (wide ? ' tl-wide' : '')}>
          <${Banner} banner=${msg.banner} />
          ${main ? html`<${NodeView} node=${main} />` : null}
        </div>
      </main>
      ${tree.bottom && tree.bottom.children && tree.bottom.children.length ? html`<div class="tl-bottom" data-testid="stBottom">
        <div class=${'tl-block-container' + (wide ? ' tl-wide' : '')}><${NodeView} node=${tree.bottom} /></div>
      </div>` : null}
    </div>
    ${tree.event ? html`<${NodeView} node=${tree.event} />` : null}
    <${ToastArea} />
  </div>`;
}

export default { popover: Popover, block: Block, container: Container, empty: Empty, columns: Columns, column: Column, tabs: Tabs, tab: Tab };
