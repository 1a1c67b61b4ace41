// Header anchors as Streamlit 1.67 shows them: st.title/header/subheader and
// Markdown headings get an id made from their text (slug.js, loaded the first
// time a heading is drawn), and a "Link to heading" link after the text that
// appears while the pointer or keyboard focus is on the heading's element (it
// is a real link: Tab reaches it).  anchor="x" sets the id, anchor=False (or
// st.markdown(anchors=False)) hides the link.  A page opened at #id scrolls
// to that heading once its id is known.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { html } from './html.js';

/** @type {Promise<{headingId: (t: string) => string}> | null} */
let loading = null;
/** @type {{headingId: (t: string) => string} | null} */
let slugger = null;

/** The slug chunk, loaded once. */
export function loadSlugger() {
  if (!loading) {
    loading = import('./slug.js').then((m) => (slugger = m), (e) => {
      loading = null;
      throw e;
    });
  }
  return loading;
}

/** `text`'s id when the slug chunk is here, else null. */
function idNow(text) {
  return slugger ? slugger.headingId(text) : null;
}

/**
 * The in-page part of a URL's hash: "#x" -> "x"; with hash routing the page comes
 * first ("#/page#x" -> "x", "#/page" -> "").
 */
export function inPageFragment(hash) {
  if (!hash.startsWith('#/')) return hash.slice(1);
  const i = hash.indexOf('#', 2);
  return i < 0 ? '' : hash.slice(i + 1);
}

/** Scroll to `el` when the page's #fragment names `id` (a link to a heading). */
function revealIfTarget(el, id) {
  const loc = el.ownerDocument.defaultView && el.ownerDocument.defaultView.location;
  if (!id || !loc || !loc.hash) return;
  let hash = inPageFragment(loc.hash);
  try { hash = decodeURIComponent(hash); } catch { /* keep it raw */ }
  if (hash === id && typeof el.scrollIntoView === 'function') el.scrollIntoView(true);
}

/**
 * The id of a heading whose text is in `textRef` (null until known), or
 * `explicit` when given: 1.67 derives it from what the page shows.
 */
export function useHeadingId(textRef, explicit, deps) {
  const [id, setId] = useState(/** @type {string|null} */ (typeof explicit === 'string' && explicit ? explicit : null));
  const shown = useRef(/** @type {string|null} */ (null));
  useLayoutEffect(() => {
    let live = true;
    const apply = (next) => {
      if (!live) return;
      setId(next || null);
      if (next && next !== shown.current && textRef.current) revealIfTarget(textRef.current, next);
      shown.current = next;
    };
    if (typeof explicit === 'string' && explicit) apply(explicit);
    else {
      const text = textRef.current ? textRef.current.textContent || '' : '';
      const now = idNow(text);
      if (now !== null) apply(now);
      else loadSlugger().then((m) => apply(m.headingId(text)), (e) => console.error('tablit: could not load heading ids', e));
    }
    return () => { live = false; };
  }, deps);
  return id;
}

export const LINK_ICON = html`<svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><path d="M15 7h3a5 5 0 0 1 0 10h-3M9 17H6A5 5 0 0 1 6 7h3M8 12h8"/></svg>`;

/** The link after a heading's text. */
export function AnchorLink({ id }) {
  return id ? html`<a class="tl-anchor" href=${'#' + id} aria-label="Link to heading">${LINK_ICON}</a>` : null;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The link element for a heading drawn by Markdown (plain DOM: that HTML is not Preact's). */
function anchorElement(doc, id) {
  const a = doc.createElement('a');
  a.className = 'tl-anchor';
  a.href = '#' + id;
  a.setAttribute('aria-label', 'Link to heading');
  const svg = doc.createElementNS(SVG_NS, 'svg');
  for (const [k, v] of Object.entries({ viewBox: '0 0 24 24', width: '16', height: '16', fill: 'none', stroke: 'currentColor',
    'stroke-width': '2', 'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'aria-hidden': 'true' })) svg.setAttribute(k, v);
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', 'M15 7h3a5 5 0 0 1 0 10h-3M9 17H6A5 5 0 0 1 6 7h3M8 12h8');
  svg.append(path);
  a.append(svg);
  return a;
}

let seq = 0;

/**
 * Give the h1-h6 of a Markdown body (in `ref`, re-done when `out` changes)
 * 1.67's ids and anchor links.  The heading stays named by its text alone.
 */
export function useMarkdownAnchors(ref, out) {
  useEffect(() => {
    const root = ref.current;
    if (!root || !/<h[1-6][\s>]/.test(out)) return undefined;
    let live = true;
    const decorate = (m) => {
      if (!live) return;
      const doc = root.ownerDocument;
      for (const h of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
        if (h.querySelector(':scope > .tl-h-actions')) continue;
        const text = doc.createElement('span');
        text.setAttribute('data-heading-text', '');
        text.id = `tl-h-${++seq}`;
        text.append(...h.childNodes);
        h.append(text);
        h.setAttribute('aria-labelledby', text.id);
        const id = h.id || m.headingId(text.textContent || '');
        if (!id) continue;
        h.id = id;
        const actions = doc.createElement('span');
        actions.className = 'tl-h-actions';
        actions.setAttribute('data-testid', 'stHeaderActionElements');
        actions.append(anchorElement(doc, id));
        h.append(actions);
        revealIfTarget(h, id);
      }
    };
    if (slugger) decorate(slugger);
    else loadSlugger().then(decorate, (e) => console.error('tablit: could not load heading ids', e));
    return () => { live = false; };
  }, [out]);
}
