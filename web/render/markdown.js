// Markdown -> sanitised HTML (marked + DOMPurify), with a cache so an
// unchanged body is never parsed twice.  Raw HTML in the source is shown as
// text unless unsafe_allow_html; either way the output passes DOMPurify, so
// <script> and on*= handlers never reach the DOM.
import { Marked } from 'marked';
import DOMPurify from 'dompurify';
import { html } from './html.js';
import { escapeHtml, hasMath, startAt, streamlitDialect } from './dialect.js';
import { MATH_CLASS, useEnhance } from './enhance.js';
import { useMarkdownAnchors } from './anchors.js';

export { loadHighlighter } from './enhance.js';

export { escapeHtml };
// Math, as remark-math reads it in Streamlit: $$...$$ blocks and $...$ /
// $$...$$ inline.  Here the TeX only becomes an escaped placeholder; the
// KaTeX chunk (math.js) typesets the placeholders after the HTML is in the
// page, and is loaded only when a body holds math.
const mathExtension = {
  extensions: [
    {
      name: 'tlMathBlock',
      level: 'block',
      start(src) {
        // (marked asks with the paragraph's text less its first character: a
        // $$ block starts only after a newline, never mid-line)
        const m = src.match(/\n {0,3}\$\$/);
        return m ? m.index + 1 : undefined;
      },
      tokenizer(src) {
        const m = /^ {0,3}\$\$([\s\S]+?)\$\$[ \t]*(?:\n+|$)/.exec(src);
        if (m) return { type: 'tlMathBlock', raw: m[0], tex: m[1].trim() };
      },
      renderer(t) {
        return `<div class="${MATH_CLASS} tl-math-display">${escapeHtml(t.tex)}</div>\n`;
      },
    },
    {
      name: 'tlMath',
      level: 'inline',
      start: startAt('$'),
      tokenizer(src) {
        const m = /^(\$\$?)((?:\\[\s\S]|(?!\1)[^\\])+?)\1(?!\$)/.exec(src);
        if (m && m[2].trim()) return { type: 'tlMath', raw: m[0], tex: m[2], display: m[1].length === 2 };
      },
      renderer(t) {
        return `<span class="${MATH_CLASS}${t.display ? ' tl-math-display' : ''}">${escapeHtml(t.tex)}</span>`;
      },
    },
  ],
};

// One parser per mode, all with Streamlit's dialect: raw HTML shown as text
// (unless unsafe_allow_html), math only where 1.67 typesets it (hasMath),
// links drawn as their text where 1.67 disables them (button labels).
const ESCAPE_HTML = { renderer: { html: (t) => escapeHtml(t.text) } };
const LINK_AS_TEXT = { renderer: { link(t) { return this.parser.parseInline(t.tokens); } } };
/** @type {Map<string, Marked>} */
const parsers = new Map();
function parser(unsafe, math, links) {
  const key = `${+unsafe}${+math}${+links}`;
  let m = parsers.get(key);
  if (!m) {
    m = new Marked({ gfm: true }, streamlitDialect);
    if (!unsafe) m.use(ESCAPE_HTML);
    if (math) m.use(mathExtension);
    if (!links) m.use(LINK_AS_TEXT);
    parsers.set(key, m);
  }
  return m;
}

let purifier = null;
function purify() {
  if (!purifier) {
    purifier = DOMPurify.isSupported ? DOMPurify : DOMPurify(/** @type {any} */ (globalThis.window));
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A' && node.getAttribute('href') && !node.getAttribute('href').startsWith('#')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    // Set once: a config passed to every sanitize() is parsed again each
    // time (a third of a short body's sanitising).
    // FORCE_BODY keeps a leading <style> (st.html('<style>...</style>...')).
    purifier.setConfig({ ADD_ATTR: ['target'], FORBID_TAGS: ['script', 'iframe', 'object', 'embed', 'base', 'meta'], FORCE_BODY: true });
  }
  return purifier;
}

/** Sanitise an HTML string (always: nothing reaches innerHTML without this). */
export function sanitize(htmlText) {
  return purify().sanitize(htmlText);
}

const NO_MARKUP = /^[^<\]]*$/;
const CACHE_MAX = 2000;
const cache = new Map();

function cached(key, make) {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size >= CACHE_MAX) cache.clear();
    v = make();
    cache.set(key, v);
  }
  return v;
}

/**
 * Markdown -> sanitised HTML string: the one entry point for Streamlit's
 * Markdown (the components below and every element use it).
 * `inline`: a label (tab, expander, widget, button, option): no blocks.
 * `links: false`: links drawn as their text (1.67's button labels).
 * @param {string} body
 * @param {{unsafe?: boolean, inline?: boolean, links?: boolean}} [opts]
 */
export function markdownToHtml(body, opts = {}) {
  const src = String(body ?? '');
  const links = opts.links !== false;
  const key = (opts.unsafe ? 'u' : 's') + (opts.inline ? 'i' : 'b') + (links ? 'l' : 'n') + src;
  return cached(key, () => {
    const m = parser(!!opts.unsafe, hasMath(src), links);
    const out = /** @type {string} */ (opts.inline ? m.parseInline(src) : m.parse(src));
    // Without "<" or "]" a source holds no raw HTML, link, image or autolink,
    // and marked escapes text: in safe mode its output needs no sanitising
    // (the common case: "Count = `1`", a third of a click's page time).
    return !opts.unsafe && NO_MARKUP.test(src) ? out : sanitize(out);
  });
}

const PLAIN = /^[^*_`~[\]<>&:\\$#|!\n]*$/;

/** Block Markdown as a vnode. */
export function Markdown({ body, unsafe: u = false, class: cls = '' }) {
  const parts = simpleParts(body);
  const out = parts ? '' : markdownToHtml(body, { unsafe: u });
  const ref = useEnhance(out);
  useMarkdownAnchors(ref, out);
  if (parts) {
    // the DOM marked's "<p>...</p>\n" makes, as vnodes: a rerun that changes a number changes one text node
    return html`<div ref=${ref} class=${'tl-markdown ' + cls}><p>${parts.map((t, i) => (i % 2 ? html`<code>${t}</code>` : t || null))}</p>${'\n'}</div>`;
  }
  return html`<div ref=${ref} class=${'tl-markdown ' + cls} dangerouslySetInnerHTML=${{ __html: out }} />`;
}

// A one-line body of plain words and `code` spans, the most common st.write
// ("Count =  `3`"): nothing in it is Markdown syntax but the code spans (no
// list, heading or rule can start with a letter on one line; no emphasis,
// link, autolink, HTML, entity, escape, math, emoji, directive or symbol
// without * _ ~ [ ] < > & \\ $ : @ | ! # - or "www.").  tests/node/markdown_simple.test.mjs
// checks that marked makes exactly these of them.
const SIMPLE = /^[A-Za-z](?:[A-Za-z0-9 ,.;=()?'"/%+]|`[A-Za-z0-9,.;=()?'"/%+-]+(?: +[A-Za-z0-9,.;=()?'"/%+-]+)*`)*$/;

/**
 * The alternating text and code parts of a simple body (see SIMPLE), else null.
 * @param {unknown} body
 * @returns {string[]|null}
 */
export function simpleParts(body) {
  if (typeof body !== 'string' || body.length > 300 || body.endsWith(' ') || body.includes('``') || !SIMPLE.test(body) || /www\./i.test(body)) return null;
  return body.split('`');
}

/**
 * Inline Markdown (labels, headings, options): plain text stays a text node.
 * `links={false}` where 1.67 disables links (buttons, menu items, pills, pages).
 */
export function InlineMd({ text, links = true }) {
  const s = String(text ?? '');
  if (PLAIN.test(s)) return s;
  return html`<${InlineHtml} out=${markdownToHtml(s, { inline: true, links })} />`;
}

/**
 * A st.table cell (header, index or value): 1.67 renders each as Markdown
 * (a whole body, in the table's font).
 */
export function CellMd({ text }) {
  const s = String(text ?? '');
  if (PLAIN.test(s)) return s;
  return html`<${CellHtml} out=${markdownToHtml(s)} />`;
}

function CellHtml({ out }) {
  const ref = useEnhance(out);
  return html`<div ref=${ref} class="tl-markdown tl-md-cell" dangerouslySetInnerHTML=${{ __html: out }} />`;
}

function InlineHtml({ out }) {
  const ref = useEnhance(out);
  return html`<span ref=${ref} class="tl-md-inline" dangerouslySetInnerHTML=${{ __html: out }} />`;
}

/** Plain text of an inline-Markdown label (for aria-label). */
export function plainText(text) {
  const s = String(text ?? '');
  if (PLAIN.test(s)) return s;
  return s.replace(/:[a-z-]+\[([^\]]*)\](?:\{[^}\n]*\})?/g, '$1').replace(/[*_`~]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/:material\/\w+:/g, '').trim();
}
