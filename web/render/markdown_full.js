// Markdown -> sanitised HTML (marked + DOMPurify): the chunk markdown.js loads
// the first time a page holds a body its fast paths do not draw (most pages
// that show only words and `code` never fetch it).  Raw HTML in the source
// is shown as text unless unsafe_allow_html; either way the output passes
// DOMPurify, so <script> and on*= handlers never reach the DOM.
import { Marked } from 'marked';
import { escapeHtml, hasMath, startAt, streamlitDialect } from './dialect.js';
import { MATH_CLASS } from './enhance.js';
import { sanitize } from './sanitize.js';

export { sanitize };

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

const NO_MARKUP = /^[^<\]]*$/;

/**
 * Markdown -> sanitised HTML string (markdown.js's markdownToHtml, which caches it).
 * @param {string} src
 * @param {{unsafe?: boolean, inline?: boolean, links?: boolean}} opts
 */
export function toHtml(src, opts) {
  const m = parser(!!opts.unsafe, hasMath(src), opts.links !== false);
  const out = /** @type {string} */ (opts.inline ? m.parseInline(src) : m.parse(src));
  // Without "<" or "]" a source holds no raw HTML, link, image or autolink,
  // and marked escapes text: in safe mode its output needs no sanitising
  // (the common case: "Count = `1`", a third of a click's page time).
  return !opts.unsafe && NO_MARKUP.test(src) ? out : sanitize(out);
}
