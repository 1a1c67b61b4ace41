// The st.navigation menu, as 1.67 draws it: in the sidebar (sections, a long menu
// collapsed to its first pages with "View N more" / "View less") or, with
// position="top", in the header (pages as links, a section as a button opening a
// menu of its pages).  Every link sends {type: "navigate"}; a plain click stays
// in the tab, a modified click opens the page's URL as a browser would.
import { useState, useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { html } from './html.js';
import { useCtx } from './context.js';
import { Icon } from './widgets/icon.js';
import { InlineMd, LabelMd } from './markdown.js';
import { storage, store } from './storage.js';

/** @typedef {{url_path: string, title: string, icon: string|null, section: string|null}} PageInfo */
/** @typedef {{position: 'sidebar'|'top', expanded: boolean, visible: number}} NavLayout */

/** Pages grouped by section, in order (consecutive pages of a section form one group). */
function grouped(/** @type {PageInfo[]} */ pages) {
  /** @type {{section: string, pages: PageInfo[]}[]} */
  const groups = [];
  for (const pg of pages) {
    const sec = pg.section || '';
    const last = groups[groups.length - 1];
    if (last && last.section === sec) last.pages.push(pg);
    else groups.push({ section: sec, pages: [pg] });
  }
  return groups;
}

/** The current page's entry (the first page when the current one is not in the menu). */
function currentOf(/** @type {PageInfo[]} */ pages, /** @type {string} */ current) {
  return pages.find((pg) => pg.url_path === current) || pages[0];
}

/** A link to a page: href for new tabs and copying, a click navigates in place. */
function PageLink({ pg, cur, cls, role, testid, onDone }) {
  const ctx = useCtx();
  return html`<a class=${cls} role=${role} href=${ctx.pageHref(pg.url_path)} data-testid=${testid}
      aria-current=${pg === cur ? 'page' : undefined}
      onClick=${(/** @type {MouseEvent} */ ev) => {
        if (ev.button || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
        ev.preventDefault();
        onDone?.();
        ctx.send({ type: 'navigate', page: pg.url_path, query: '' });
      }}><${Icon} icon=${pg.icon} /><span><${LabelMd} text=${pg.title} links=${false} /></span></a>`;
}

/**
 * Which sections of the menu are folded, kept across visits as 1.67 keeps them (localStorage
 * "stSidebarSectionsState-<app URL>": section -> expanded; a section not in it is expanded).
 */
function useSectionState(/** @type {string} */ key) {
  const [state, setState] = useState(() => {
    try {
      const v = JSON.parse(storage()?.getItem(key) || '{}');
      return v && typeof v === 'object' ? /** @type {Record<string, boolean>} */ (v) : {};
    } catch {
      return {};
    }
  });
  const toggle = (/** @type {string} */ section) => {
    const next = { ...state, [section]: state[section] === false };
    setState(next);
    store(key, JSON.stringify(next));
  };
  return [state, toggle];
}

/** "View N more" kept open across visits, as 1.67 (localStorage "sidebarNavState" = "expanded"). */
function useViewMore() {
  const [more, setMore] = useState(() => storage()?.getItem('sidebarNavState') === 'expanded');
  const toggle = () => {
    const next = !more;
    store('sidebarNavState', next ? 'expanded' : null);
    setMore(next);
  };
  return [more, toggle];
}

/**
 * The sidebar menu.  `collapsible`: the sidebar holds more than the menu (1.67 collapses
 * only then, and draws a rule below the menu); the menu collapses to `nav.visible` pages
 * (10 by default) when more than two more are shown.  A section's header folds its pages
 * (a button here, so the keyboard reaches it); pages of folded sections do not count.
 */
export function PageNav({ pages, current, nav, collapsible, onNavigate }) {
  const ctx = useCtx();
  const [more, toggleMore] = useViewMore();
  const [folded, toggleSection] = useSectionState('stSidebarSectionsState-' + ctx.pageHref(''));
  if (!pages || !pages.length) return null;
  const visible = nav && nav.visible > 0 ? nav.visible : 10;
  const groups = grouped(pages);
  const open = (/** @type {{section: string}} */ g) => !g.section || folded[g.section] !== false;
  const showing = groups.reduce((n, g) => n + (open(g) ? g.pages.length : 0), 0);
  const canCollapse = !!collapsible && !(nav && nav.expanded) && showing > visible + 2;
  const limit = canCollapse && !more;
  const cur = currentOf(pages, current);
  let used = 0;
  const drawn = [];
  for (const g of groups) {
    let shown = g.pages;
    if (limit) {
      const room = visible - used;
      shown = room <= 0 ? [] : g.pages.slice(0, room);
    }
    if (!shown.length) continue;
    if (open(g)) used += shown.length;
    drawn.push({ ...g, pages: shown });
  }
  const link = (/** @type {PageInfo} */ pg) => html`<li key=${pg.url_path} class="tl-nav-item"><div data-testid="stSidebarNavLinkContainer">
    <${PageLink} pg=${pg} cur=${cur} cls="tl-nav-link" testid="stSidebarNavLink" onDone=${onNavigate} /></div></li>`;
  return html`<nav class="tl-nav" aria-label="App pages" data-testid="stSidebarNav">
    <ul class="tl-nav-items" data-testid="stSidebarNavItems">
      ${drawn.map((g) => (g.section ? html`<li class="tl-nav-group" key=${'s:' + g.section}>
        <button type="button" class="tl-nav-section" data-testid="stNavSectionHeader" aria-expanded=${open(g) ? 'true' : 'false'}
          onClick=${() => toggleSection(g.section)}><span class="tl-nav-section-text"><${InlineMd} text=${g.section} links=${false} /></span>
          <span class="tl-nav-section-icon"><${Icon} icon=":material/expand_more:" /></span></button>
        ${open(g) ? html`<ul>${g.pages.map(link)}</ul>` : null}
      </li>` : g.pages.map(link)))}
    </ul>
    ${canCollapse ? html`<button type="button" class="tl-nav-more" data-testid="stSidebarNavViewButton"
        aria-expanded=${more ? 'true' : 'false'} onClick=${toggleMore}>
        ${more ? 'View less' : `View ${showing - visible} more`}</button>` : null}
    ${collapsible ? html`<div class="tl-nav-sep" data-testid="stSidebarNavSeparator"></div>` : null}
  </nav>`;
}

/**
 * A button of the top menu opening a menu of pages (Escape, arrows, Home/End, outside click):
 * a section's pages, or the "N more" menu of what does not fit (its sections headed by name).
 */
function TopMenu({ label, groups, cur }) {
  const [open, setOpen] = useState(false);
  const root = useRef(/** @type {HTMLElement|null} */ (null));
  const button = useRef(/** @type {HTMLButtonElement|null} */ (null));
  const id = useRef(`tl-topnav-${Math.random().toString(36).slice(2)}`).current;
  const items = () => /** @type {HTMLElement[]} */ ([...(root.current?.querySelectorAll('[role=menuitem]') ?? [])]);
  // Focus goes into the menu as it is drawn (a layout effect, before the next key):
  // with an effect run after paint, a quick second ArrowDown, still on the button,
  // chose the first item and the late focus then took it back there.
  useLayoutEffect(() => {
    if (open) (items().find((a) => a.getAttribute('aria-current') === 'page') ?? items()[0])?.focus();
  }, [open]);
  useEffect(() => {
    if (!open) return undefined;
    const away = (/** @type {Event} */ ev) => { if (!root.current?.contains(/** @type {globalThis.Node} */ (ev.target))) setOpen(false); };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);
  const onKey = (/** @type {KeyboardEvent} */ ev) => {
    const all = items();
    const at = all.indexOf(/** @type {HTMLElement} */ (document.activeElement));
    if (ev.key === 'Escape') {
      ev.preventDefault();
      setOpen(false);
      button.current?.focus();
    } else if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      const step = ev.key === 'ArrowDown' ? 1 : -1;
      all[(at + step + all.length) % all.length]?.focus();
    } else if (ev.key === 'Home' || ev.key === 'End') {
      ev.preventDefault();
      all[ev.key === 'Home' ? 0 : all.length - 1]?.focus();
    } else if (ev.key === 'Tab') {
      setOpen(false);
    }
  };
  const here = groups.some((/** @type {{pages: PageInfo[]}} */ g) => g.pages.includes(cur));
  const headed = groups.length > 1 || (groups[0] && groups[0].section !== label);
  const item = (/** @type {PageInfo} */ pg) => html`<${PageLink} key=${pg.url_path} pg=${pg} cur=${cur} cls="tl-topnav-menuitem" role="menuitem"
    testid="stTopNavDropdownLink" onDone=${() => setOpen(false)} />`;
  return html`<div class="tl-topnav-section" ref=${root} onKeyDown=${onKey}>
    <button type="button" class=${'tl-topnav-item' + (here ? ' tl-topnav-here' : '')} ref=${button}
      data-testid="stTopNavSection" aria-haspopup="menu" aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${open ? id : undefined}
      onKeyDown=${(/** @type {KeyboardEvent} */ ev) => {
        // (stopped here: the menu, drawn between this listener and the next, would take the key too)
        if (ev.key === 'ArrowDown' && !open) { ev.preventDefault(); ev.stopPropagation(); setOpen(true); }
      }}
      onClick=${() => setOpen(!open)}><${InlineMd} text=${label} links=${false} /><span class="tl-topnav-caret" aria-hidden="true">${open ? '▴' : '▾'}</span></button>
    ${open ? html`<div class="tl-topnav-menu" role="menu" id=${id} aria-label=${label} data-testid="stTopNavPopover">
      ${groups.map((/** @type {{section: string, pages: PageInfo[]}} */ g) => (headed && g.section
        ? html`<div role="group" aria-label=${g.section} key=${'s:' + g.section}><div class="tl-topnav-menuhead" aria-hidden="true"><${InlineMd} text=${g.section} links=${false} /></div>${g.pages.map(item)}</div>`
        : g.pages.map(item)))}
    </div>` : null}
  </div>`;
}

/** The items of the top menu: a page link, or a section's menu. */
function topItems(/** @type {PageInfo[]} */ pages) {
  return grouped(pages).flatMap((g) => (g.section ? [g] : g.pages.map((pg) => ({ section: '', pages: [pg] }))));
}

/** The width kept for the "N more" button while deciding what fits. */
const MORE_ROOM = 96;

/**
 * The menu of st.navigation(position="top"), in the header.  What does not fit in one line
 * goes into a last "N more" menu (N: its pages), as 1.67; a hidden copy of every item is
 * measured to decide, again whenever the header's width changes.
 */
export function TopNav({ pages, current }) {
  const navRef = useRef(/** @type {HTMLElement|null} */ (null));
  const measureRef = useRef(/** @type {HTMLElement|null} */ (null));
  const [fit, setFit] = useState(Infinity);
  const items = pages && pages.length ? topItems(pages) : [];
  const key = items.map((g) => g.section + ':' + g.pages.map((pg) => pg.url_path + '=' + pg.title).join(',')).join('|');
  useLayoutEffect(() => {
    const nav = navRef.current;
    const measure = measureRef.current;
    if (!nav || !measure) return undefined;
    const decide = () => {
      const room = nav.clientWidth;
      const widths = [...measure.children].map((el) => /** @type {HTMLElement} */ (el).getBoundingClientRect().width);
      const gap = 4;
      const total = widths.reduce((a, w) => a + w + gap, 0);
      if (!room || total <= room) { setFit(Infinity); return; }
      let used = 0;
      let n = 0;
      while (n < widths.length && used + widths[n] + gap + MORE_ROOM <= room) used += widths[n++] + gap;
      setFit(n);
    };
    decide();
    const RO = nav.ownerDocument.defaultView?.ResizeObserver;
    if (!RO) return undefined;
    const ro = new RO(decide);
    ro.observe(nav);
    return () => ro.disconnect();
  }, [key]);
  if (!items.length) return null;
  const cur = currentOf(pages, current);
  const shown = items.slice(0, fit);
  const rest = items.slice(shown.length);
  const restPages = rest.reduce((n, g) => n + g.pages.length, 0);
  const draw = (/** @type {{section: string, pages: PageInfo[]}} */ g, /** @type {boolean} */ live) => (g.section
    ? (live ? html`<${TopMenu} key=${'s:' + g.section} label=${g.section} groups=${[g]} cur=${cur} />`
      : html`<span class="tl-topnav-item">${g.section}<span class="tl-topnav-caret">▾</span></span>`)
    : html`<div class="tl-topnav-linkbox" data-testid=${live ? 'stTopNavLinkContainer' : undefined} key=${g.pages[0].url_path}>
        ${live ? html`<${PageLink} pg=${g.pages[0]} cur=${cur} cls="tl-topnav-item" testid="stTopNavLink" />`
    : html`<span class="tl-topnav-item"><${Icon} icon=${g.pages[0].icon} /><span><${InlineMd} text=${g.pages[0].title} links=${false} /></span></span>`}</div>`);
  return html`<nav class="tl-topnav" aria-label="App pages" data-testid="stTopNav" ref=${navRef}>
    ${shown.map((g) => draw(g, true))}
    ${rest.length ? html`<${TopMenu} key="more" label=${`${restPages} more`} groups=${rest} cur=${cur} />` : null}
    <div class="tl-topnav-measure" aria-hidden="true" ref=${measureRef}>${items.map((g) => draw(g, false))}</div>
  </nav>`;
}
