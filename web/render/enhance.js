// What Markdown HTML needs once it is in the page: Material icons and emoji
// shortcodes (placeholders left by dialect.js), math (KaTeX) and fenced code
// (highlight.js).  Each comes from a lazily loaded chunk, fetched the first
// time a page shows one: a page without icons, emoji, math or code fetches
// none of them.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { html } from './html.js';
import { withCss } from './lazy_css.js';

/** @type {Map<string, string | null>} icon name -> sanitised SVG (null: no such icon) */
const icons = new Map();
/** @type {Map<string, Promise<string | null>>} */
const iconLoads = new Map();
/** @type {Promise<any> | null} */
let iconChunk = null;

/**
 * A Material Symbols icon's SVG (loaded once per name; null when the icon
 * set has no such name).
 * @param {string} name
 * @returns {Promise<string | null>}
 */
export function loadIcon(name) {
  let p = iconLoads.get(name);
  if (!p) {
    iconChunk ??= import('./icon_files.js').catch((e) => { iconChunk = null; throw e; });
    p = iconChunk.then((m) => m.iconSvg(name)).then((svg) => {
      icons.set(name, svg);
      return svg;
    }, (e) => {
      iconLoads.delete(name); // a network failure is tried again next time
      console.error(`tablit: could not load the icon "${name}"`, e);
      return null;
    });
    iconLoads.set(name, p);
  }
  return p;
}

/** Draw an icon placeholder: its SVG, or its name as text when there is no such icon. */
function drawIcon(el, svg) {
  if (svg) el.innerHTML = svg; // sanitised by icon_files.js
  else el.textContent = el.getAttribute('data-mi') || '';
  el.setAttribute('data-drawn', svg ? 'svg' : 'text');
}

/** @type {Map<string, string> | null} */
let emojiTable = null;
/** @type {Promise<Map<string, string>> | null} */
let emojiLoad = null;

/** 1.67's shortcode table (emojilib 2.4, as remark-emoji/node-emoji use it), loaded once. */
export function loadEmoji() {
  emojiLoad ??= import('./emoji_table.js').then((m) => (emojiTable = m.table), (e) => {
    emojiLoad = null;
    throw e;
  });
  return emojiLoad;
}

function drawEmoji(el) {
  const ch = emojiTable?.get(el.getAttribute('data-sc') || '');
  if (ch) el.textContent = ch;
  el.setAttribute('data-drawn', '');
}

/** @type {Promise<any> | null} */
let mathChunk = null;
/** @type {Promise<any> | null} */
let highlightChunk = null;

/** The highlight.js chunk (st.code, fenced code), loaded once. */
export function loadHighlighter() {
  highlightChunk ??= withCss(import('./highlight.js'), 'highlight', 'after').catch((e) => { // (its token colours: lazy/highlight.css)
    highlightChunk = null;
    throw e;
  });
  return highlightChunk;
}

export const MATH_CLASS = 'tl-math';
const FENCED = 'class="language-';

/**
 * Fill what `root`'s Markdown HTML `out` left for the page: icons and emoji
 * at once when already loaded (no flash on a rerun), else when their chunk
 * arrives; math and code through their chunks.
 * @param {HTMLElement} root
 * @param {string} out
 */
export function enhance(root, out) {
  if (out.includes('data-mi=')) {
    for (const el of /** @type {NodeListOf<HTMLElement>} */ (root.querySelectorAll('.tl-mi[data-mi]:not([data-drawn])'))) {
      const name = el.getAttribute('data-mi') || '';
      if (icons.has(name)) drawIcon(el, icons.get(name) ?? null);
      else loadIcon(name).then((svg) => { if (!el.hasAttribute('data-drawn')) drawIcon(el, svg); });
    }
  }
  if (out.includes('data-sc=')) {
    const pending = root.querySelectorAll('.tl-sc[data-sc]:not([data-drawn])');
    if (emojiTable) pending.forEach(drawEmoji);
    else loadEmoji().then(() => pending.forEach(drawEmoji), (e) => console.error('tablit: could not load the emoji table', e));
  }
  if (out.includes(MATH_CLASS)) {
    mathChunk ??= import('./math.js');
    mathChunk.then((m) => m.typesetAll(root), (e) => {
      mathChunk = null;
      console.error('tablit: could not load the math typesetting code', e);
    });
  }
  if (out.includes(MERMAID_FENCE)) drawMermaidFences(root);
  if (out.includes(FENCED) && root.querySelector('pre > code[class*="language-"]')) {
    loadHighlighter().then((m) => m.highlightAll(root), (e) => console.error('tablit: could not load the code highlighter', e));
  }
}

const MERMAID_FENCE = 'class="language-mermaid"';
/** @type {Promise<any> | null} */
let mermaidChunk = null;

/**
 * Mermaid fences (st.mermaid_chart, or ```mermaid in any Markdown, as 1.67)
 * become diagrams: each `pre` is replaced at once by a placeholder holding the
 * source (so the code highlighter never sees it), drawn when the mermaid chunk
 * (elements/charts/mermaid.js) arrives.
 * @param {HTMLElement} root
 */
function drawMermaidFences(root) {
  const hosts = [];
  for (const code of root.querySelectorAll('pre > code.language-mermaid')) {
    const pre = /** @type {HTMLElement} */ (code.parentElement);
    const host = document.createElement('div');
    host.className = 'tl-mermaid';
    host.dataset.testid = 'stMermaidChart';
    host.dataset.source = (code.textContent || '').replace(/\n$/, '');
    host.setAttribute('aria-busy', 'true');
    pre.replaceWith(host);
    hosts.push(host);
  }
  if (!hosts.length) return;
  mermaidChunk ??= import('./elements/charts/mermaid.js');
  mermaidChunk.then((m) => m.drawMermaid(hosts), (e) => {
    mermaidChunk = null;
    console.error('tablit: could not load the diagram code', e);
    for (const host of hosts) {
      host.setAttribute('aria-busy', 'false');
      host.setAttribute('role', 'alert');
      host.textContent = 'Mermaid diagram error: the diagram code could not be loaded.';
    }
  });
}

/** A ref for an element whose HTML is `out`: enhanced each time `out` changes. */
export function useEnhance(out) {
  const ref = useRef(/** @type {HTMLElement | null} */ (null));
  useLayoutEffect(() => {
    if (ref.current) enhance(ref.current, out);
  }, [out]);
  return ref;
}

/**
 * One Material Symbols icon (`name` without ":material/"), drawn as inline
 * SVG in the text colour; decorative unless `label` is given.
 * @param {{name: string, label?: string, class?: string}} props
 */
export function MaterialIcon({ name, label, class: cls = '' }) {
  const [, setLoaded] = useState(0);
  const svg = icons.get(name);
  useLayoutEffect(() => {
    if (!icons.has(name)) {
      let live = true;
      loadIcon(name).then(() => { if (live) setLoaded((n) => n + 1); });
      return () => { live = false; };
    }
    return undefined;
  }, [name]);
  const a11y = label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': 'true' };
  if (svg === null) return html`<span class=${'tl-mi tl-mi-text ' + cls} ...${a11y} translate="no">${name}</span>`;
  return html`<span class=${'tl-mi ' + cls} data-icon=${name} ...${a11y} translate="no"
    dangerouslySetInnerHTML=${{ __html: svg ?? '' }} />`;
}
