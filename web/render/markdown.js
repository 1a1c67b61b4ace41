// Markdown -> sanitised HTML (marked + DOMPurify), with a cache so an
// unchanged body is never parsed twice.  Raw HTML in the source is shown as
// text unless unsafe_allow_html; either way the output passes DOMPurify, so
// <script> and on*= handlers never reach the DOM.
import { Marked } from 'marked';
import DOMPurify from 'dompurify';
import { useEffect, useRef } from 'preact/hooks';
import { html } from './html.js';

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ESC[c]);

const COLORS = 'red|orange|yellow|green|blue|violet|gray|grey|rainbow|primary';
const COLOR_RE = new RegExp(`^:(${COLORS})(-background|-badge)?\\[((?:\\\\.|[^\\]\\\\])*)\\]`);
const EMOJI = {
  smile: '😄', grinning: '😀', joy: '😂', wink: '😉', heart: '❤️', '+1': '👍', thumbsup: '👍',
  '-1': '👎', tada: '🎉', rocket: '🚀', fire: '🔥', star: '⭐', sparkles: '✨', wave: '👋',
  warning: '⚠️', white_check_mark: '✅', x: '❌', balloon: '🎈', snake: '🐍', bulb: '💡',
  memo: '📝', eyes: '👀', chart_with_upwards_trend: '📈', bar_chart: '📊', book: '📖',
  sunglasses: '😎', thinking_face: '🤔', robot_face: '🤖', hourglass: '⌛', lock: '🔒',
};

/** Streamlit's Markdown extras: :color[text], :color-background[text], :emoji:, :material/icon: */
const streamlitExtras = {
  extensions: [
    {
      name: 'tlColor',
      level: 'inline',
      start(src) {
        const m = src.match(new RegExp(`:(?:${COLORS})(?:-background|-badge)?\\[`));
        return m ? m.index : undefined;
      },
      tokenizer(src) {
        const m = COLOR_RE.exec(src);
        if (m) {
          return { type: 'tlColor', raw: m[0], color: m[1] === 'grey' ? 'gray' : m[1], bg: !!m[2], badge: m[2] === '-badge', tokens: this.lexer.inlineTokens(m[3]) };
        }
      },
      renderer(t) {
        if (t.badge) return `<span class="tl-badge tl-color-${t.color}-bg">${this.parser.parseInline(t.tokens)}</span>`;
        return `<span class="tl-color-${t.color}${t.bg ? '-bg' : ''}">${this.parser.parseInline(t.tokens)}</span>`;
      },
    },
    {
      name: 'tlEmoji',
      level: 'inline',
      start(src) {
        const m = src.match(/:[a-z0-9_+\-/]+:/);
        return m ? m.index : undefined;
      },
      tokenizer(src) {
        const m = /^:(material\/[a-z0-9_]+|[a-z0-9_+-]+):/.exec(src);
        if (m && (m[1].startsWith('material/') || EMOJI[m[1]])) {
          return { type: 'tlEmoji', raw: m[0], name: m[1] };
        }
      },
      renderer(t) {
        if (t.name.startsWith('material/')) return `<span class="tl-icon" aria-hidden="true"></span>`;
        return EMOJI[t.name];
      },
    },
  ],
};

// Math, as remark-math reads it in Streamlit: $$...$$ blocks and $...$ /
// $$...$$ inline.  Here the TeX only becomes an escaped placeholder; the
// KaTeX chunk (math.js) typesets the placeholders after the HTML is in the
// page, and is loaded only when a body holds math.
const MATH_CLASS = 'tl-math';
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
      start(src) {
        const i = src.indexOf('$');
        return i < 0 ? undefined : i;
      },
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

/** @type {Promise<any> | null} */
let mathChunk = null;

/** Typeset the math placeholders in `el` (loads the KaTeX chunk the first time). */
function typesetIn(el) {
  mathChunk ??= import('./math.js');
  mathChunk.then((m) => m.typesetAll(el), (e) => {
    mathChunk = null;
    console.error('tablit: could not load the math typesetting code', e);
  });
}

/** @type {Promise<any> | null} */
let highlightChunk = null;

/** The highlight.js chunk (st.code, fenced code), loaded once. */
export function loadHighlighter() {
  highlightChunk ??= import('./highlight.js').catch((e) => {
    highlightChunk = null;
    throw e;
  });
  return highlightChunk;
}

const FENCED = 'class="language-';

/**
 * A ref for an element whose HTML `out` may hold math placeholders or fenced
 * code: each lazily loaded chunk runs over it once it is in the page.
 */
function useMath(out) {
  const ref = useRef(/** @type {HTMLElement | null} */ (null));
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (out.includes(MATH_CLASS)) typesetIn(el);
    if (out.includes(FENCED)) {
      loadHighlighter().then((m) => m.highlightAll(el), (e) => console.error('tablit: could not load the code highlighter', e));
    }
  }, [out]);
  return ref;
}

const safe = new Marked({ gfm: true }, streamlitExtras, { renderer: { html: (t) => escapeHtml(t.text) } });
const unsafe = new Marked({ gfm: true }, streamlitExtras);
safe.use(mathExtension);
unsafe.use(mathExtension);

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
 * Markdown body -> sanitised HTML string.
 * @param {string} body
 * @param {{unsafe?: boolean, inline?: boolean}} [opts]
 */
export function markdownToHtml(body, opts = {}) {
  const src = String(body ?? '');
  const key = (opts.unsafe ? 'u' : 's') + (opts.inline ? 'i' : 'b') + src;
  return cached(key, () => {
    const m = opts.unsafe ? unsafe : safe;
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
  const out = markdownToHtml(body, { unsafe: u });
  const ref = useMath(out);
  return html`<div ref=${ref} class=${'tl-markdown ' + cls} dangerouslySetInnerHTML=${{ __html: out }} />`;
}

/** Inline Markdown (labels, headings): plain text stays a text node. */
export function InlineMd({ text }) {
  const s = String(text ?? '');
  if (PLAIN.test(s)) return s;
  return html`<${InlineHtml} out=${markdownToHtml(s, { inline: true })} />`;
}

function InlineHtml({ out }) {
  const ref = useMath(out);
  return html`<span ref=${ref} class="tl-md-inline" dangerouslySetInnerHTML=${{ __html: out }} />`;
}

/** Plain text of an inline-Markdown label (for aria-label). */
export function plainText(text) {
  const s = String(text ?? '');
  if (PLAIN.test(s)) return s;
  return s.replace(/:[a-z-]+\[([^\]]*)\]/g, '$1').replace(/[*_`~]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/:material\/[a-z_]+:/g, '').trim();
}
