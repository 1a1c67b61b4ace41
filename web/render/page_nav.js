// The st.navigation menu, as 1.67 draws it: in the sidebar (sections, a long menu
// collapsed to its first pages with "View N more" / "View less") or, with
// position="top", in the header (pages as links, a section as a button opening a
// menu of its pages).  Every link sends {type: "navigate"}; a plain click stays
// in the tab, a modified click opens the page's URL as a browser would.
import { useState, useEffect, useRef } from 'preact/hooks';
import { html } from './html.js';
import { useCtx } from './context.js';
import { Icon } from './widgets/icon.js';
import { InlineMd } from './markdown.js';

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
function PageLink({ pg, cur, cls, role, onDone }) {
  const ctx = useCtx();
  return html`<a class=${cls} role=${role} href=${ctx.pageHref(pg.url_path)}
      aria-current=${pg === cur ? 'page' : undefined}
      onClick=${(/** @type {MouseEvent} */ ev) => {
        if (ev.button || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
        ev.preventDefault();
        onDone?.();
        ctx.send({ type: 'navigate', page: pg.url_path, query: '' });
      }}><${Icon} icon=${pg.icon} /><span><${InlineMd} text=${pg.title} links=${false} /></span></a>`;
}

/**
 * The sidebar menu.  `collapsible`: the sidebar holds more than the menu (1.67 collapses
 * only then); the menu collapses to `nav.visible` pages when at least three more are there.
 */
export function PageNav({ pages, current, nav, collapsible }) {
  const [more, setMore] = useState(false);
  if (!pages || !pages.length) return null;
  const visible = nav && nav.visible > 0 ? nav.visible : 10;
  const canCollapse = !!collapsible && !(nav && nav.expanded) && pages.length >= visible + 3;
  const shown = canCollapse && !more ? new Set(pages.slice(0, visible)) : null;
  const cur = currentOf(pages, current);
  const groups = grouped(pages)
    .map((g) => ({ ...g, pages: shown ? g.pages.filter((pg) => shown.has(pg)) : g.pages }))
    .filter((g) => g.pages.length);
  return html`<nav class="tl-nav" aria-label="Pages" data-testid="stSidebarNav">
    ${groups.map((g) => html`<div class="tl-nav-group" key=${g.section}>
      ${g.section ? html`<div class="tl-nav-section"><${InlineMd} text=${g.section} links=${false} /></div>` : null}
      <ul>${g.pages.map((pg) => html`<li key=${pg.url_path}><${PageLink} pg=${pg} cur=${cur} cls="tl-nav-link" /></li>`)}</ul>
    </div>`)}
    ${canCollapse ? html`<button type="button" class="tl-nav-more" data-testid="stSidebarNavViewButton"
        aria-expanded=${more ? 'true' : 'false'} onClick=${() => setMore(!more)}>
        ${more ? 'View less' : `View ${pages.length - visible} more`}</button>` : null}
  </nav>`;
}

/** A section of the top menu: a button opening a menu of its pages (Escape, arrows, outside click). */
function TopSection({ section, pages, cur }) {
  const [open, setOpen] = useState(false);
  const root = useRef(/** @type {HTMLElement|null} */ (null));
  const button = useRef(/** @type {HTMLButtonElement|null} */ (null));
  const id = useRef(`tl-topnav-${Math.random().toString(36).slice(2)}`).current;
  const items = () => /** @type {HTMLElement[]} */ ([...(root.current?.querySelectorAll('[role=menuitem]') ?? [])]);
  useEffect(() => {
    if (!open) return undefined;
    const away = (/** @type {Event} */ ev) => { if (!root.current?.contains(/** @type {globalThis.Node} */ (ev.target))) setOpen(false); };
    document.addEventListener('pointerdown', away);
    (items().find((a) => a.getAttribute('aria-current') === 'page') ?? items()[0])?.focus();
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
  const here = pages.includes(cur);
  return html`<div class="tl-topnav-section" ref=${root} onKeyDown=${onKey}>
    <button type="button" class=${'tl-topnav-item' + (here ? ' tl-topnav-here' : '')} ref=${button}
      data-testid="stTopNavSection" aria-haspopup="menu" aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${open ? id : undefined}
      onKeyDown=${(/** @type {KeyboardEvent} */ ev) => { if (ev.key === 'ArrowDown' && !open) { ev.preventDefault(); setOpen(true); } }}
      onClick=${() => setOpen(!open)}><${InlineMd} text=${section} links=${false} /><span class="tl-topnav-caret" aria-hidden="true">${open ? '▴' : '▾'}</span></button>
    ${open ? html`<div class="tl-topnav-menu" role="menu" id=${id} aria-label=${section}>
      ${pages.map((pg) => html`<${PageLink} key=${pg.url_path} pg=${pg} cur=${cur} cls="tl-topnav-menuitem" role="menuitem" onDone=${() => setOpen(false)} />`)}
    </div>` : null}
  </div>`;
}

/** The menu of st.navigation(position="top"), in the header. */
export function TopNav({ pages, current }) {
  if (!pages || !pages.length) return null;
  const cur = currentOf(pages, current);
  return html`<nav class="tl-topnav" aria-label="App pages" data-testid="stTopNav">
    ${grouped(pages).map((g) => (g.section
      ? html`<${TopSection} key=${'s:' + g.section} section=${g.section} pages=${g.pages} cur=${cur} />`
      : g.pages.map((pg) => html`<${PageLink} key=${pg.url_path} pg=${pg} cur=${cur} cls="tl-topnav-item" />`)))}
  </nav>`;
}
