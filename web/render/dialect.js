// Streamlit 1.67's Markdown dialect as marked extensions: what its
// StreamlitMarkdown adds to CommonMark + GFM, in every place it renders
// Markdown (bodies, labels, tab and expander titles, st.table cells, captions,
// help, toasts).  markdown.js builds its parsers from these; nothing else
// should parse Markdown.
//
//   :red[...] :orange[...] :yellow[...] :green[...] :blue[...] :violet[...]
//   :gray[...]/:grey[...] :primary[...] :rainbow[...]   coloured text
//   :<colour>-background[...] (rainbow too)              coloured background
//   :<colour>-badge[...] (not rainbow)                   a small badge
//   :small[...]  :shimmer[...]                           smaller / shimmering text
//   :color[...]{foreground="#f00" background="..."}      any CSS colour
//   :help[...]                                           an inline help mark
//   :unknown[...]{...}                                   ":unknown" (as 1.67 shows it)
//   :material/name:                                      a Material Symbols icon (icons.js)
//   :cat:                                                an emoji shortcode (emoji_table.js)
//   " -> ", " <- ", " <-> ", " -- ", " >= ", " <= ", " ~= "   arrows and symbols
//
// Directives nest (:blue[**bold :red[x]**]).  Icons and emoji are placeholders
// here (<span data-mi>, <span data-sc>): the page fills them in after the HTML
// is in place (enhance.js), loading the icon files and the emoji table only
// when a page shows one.
import { escapeHtml, iconPlaceholder } from './md_text.js';

export { escapeHtml, iconPlaceholder };

/** The colours of 1.67's text directives (grey is gray). */
export const COLORS = ['red', 'orange', 'yellow', 'green', 'blue', 'violet', 'gray', 'grey', 'primary', 'rainbow'];
const COLOR_SET = new Set(COLORS);

/**
 * What a directive name draws: [class, kind] or null for a name 1.67 does not know.
 * @param {string} name
 * @returns {{cls: string, badge?: boolean} | null}
 */
export function directiveClass(name) {
  const canon = (c) => (c === 'grey' ? 'gray' : c);
  if (COLOR_SET.has(name)) return { cls: `tl-md-c tl-md-c-${canon(name)}` };
  let m = /^(.+)-background$/.exec(name);
  if (m && COLOR_SET.has(m[1])) return { cls: `tl-md-bg tl-md-bg-${canon(m[1])}` };
  m = /^(.+)-badge$/.exec(name);
  if (m && COLOR_SET.has(m[1]) && m[1] !== 'rainbow') return { cls: `tl-md-badge tl-md-bg-${canon(m[1])} tl-md-c-${canon(m[1])}`, badge: true };
  if (name === 'small') return { cls: 'tl-md-small' };
  if (name === 'shimmer') return { cls: 'tl-md-shimmer' };
  return null;
}

// A CSS colour 1.67 would accept for :color[...]{foreground=...}: hex, a
// functional notation with plain numbers, or a colour keyword.  (1.67 parses
// it; anything else is dropped, as there.)
const CSS_COLOR = /^(?:#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|(?:rgba?|hsla?)\(\s*[-\d.%\s,/]+\)|[a-z]{3,30})$/i;
export const isCssColor = (v) => typeof v === 'string' && CSS_COLOR.test(v.trim()) && !/^(?:inherit|initial|unset|revert|currentcolor)$/i.test(v.trim());

/**
 * The end of a directive label that starts after `[` at `i`: the index of
 * its closing `]` (brackets nest, a backslash escapes), or -1.
 */
function labelEnd(src, i) {
  let depth = 1;
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') { i++; continue; }
    if (c === '`') {
      // a code span inside the label: its brackets do not count
      const run = /^`+/.exec(src.slice(i))[0];
      const close = src.indexOf(run, i + run.length);
      if (close > 0) { i = close + run.length - 1; continue; }
    }
    if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
    else if (c === '\n' && src[i + 1] === '\n') return -1;
  }
  return -1;
}

/** `{a="x" b='y' c=z .cls #id}` -> {a: 'x', ...} */
function parseAttributes(text) {
  const out = {};
  const re = /([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`}]+))/g;
  let m;
  while ((m = re.exec(text))) out[m[1]] = m[2] ?? m[3] ?? m[4];
  return out;
}

const directive = {
  name: 'tlDirective',
  level: 'inline',
  start(src) {
    const m = /:[A-Za-z]/.exec(src);
    return m ? m.index : undefined;
  },
  tokenizer(src) {
    const m = /^:([A-Za-z][\w-]*)(?=[[{])/.exec(src);
    if (!m) return undefined;
    let i = m[0].length;
    let label = '';
    let attrs = null;
    if (src[i] === '[') {
      const end = labelEnd(src, i + 1);
      if (end < 0) return undefined;
      label = src.slice(i + 1, end);
      i = end + 1;
    }
    if (src[i] === '{') {
      const end = src.indexOf('}', i);
      if (end < 0 || src.slice(i, end).includes('\n')) return undefined;
      attrs = parseAttributes(src.slice(i + 1, end));
      i = end + 1;
    }
    return { type: 'tlDirective', raw: src.slice(0, i), name: m[1], attrs, tokens: this.lexer.inlineTokens(label) };
  },
  renderer(t) {
    const inner = () => this.parser.parseInline(t.tokens);
    const known = directiveClass(t.name);
    if (known) return `<span class="${known.cls}">${inner()}</span>`;
    if (t.name === 'color') {
      const a = t.attrs || {};
      const fg = isCssColor(a.foreground) ? a.foreground.trim() : '';
      const bg = isCssColor(a.background) ? a.background.trim() : '';
      if (!fg && !bg) return `<span>${inner()}</span>`;
      const style = [fg && `color: ${fg}`, bg && `background-color: ${bg}`].filter(Boolean).join('; ');
      return `<span class="${bg ? 'tl-md-bg' : 'tl-md-c'}" style="${escapeHtml(style)}">${inner()}</span>`;
    }
    if (t.name === 'help') {
      const text = t.tokens.map((x) => x.raw).join('');
      return `<span class="tl-md-help" role="img" tabindex="0" aria-label="${escapeHtml(text || 'Help')}" title="${escapeHtml(text)}">?</span>`;
    }
    // 1.67 turns a directive it does not know into the text ":name"
    return `:${escapeHtml(t.name)}`;
  },
};

/** A marked extension's start(): where `needle` first occurs, if it does. */
export const startAt = (needle) => (src) => {
  const i = src.indexOf(needle);
  return i < 0 ? undefined : i;
};

const materialIcon = {
  name: 'tlIcon',
  level: 'inline',
  start: startAt(':material/'),
  tokenizer(src) {
    const m = /^:material\/(\w+):/.exec(src);
    if (m) return { type: 'tlIcon', raw: m[0], name: m[1] };
    return undefined;
  },
  renderer(t) {
    return iconPlaceholder(t.name);
  },
};


// Our own drawing of Streamlit's mark (a paper boat folded in its three reds), for :streamlit:.
const STREAMLIT_MARK = 'data:image/svg+xml,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 58 33">'
  + '<path fill="#7d353b" d="M36 14 58 6 48 31z"/><path fill="#bd4043" d="M19 16 29 1l19 30z"/>'
  + '<path fill="#ff4b4b" d="M0 6l48 25q-19 2.5-39 1z"/></svg>');

// remark-emoji's shortcode pattern (1.67 loads it only for a body that
// holds one): ":+1:", ":-1:", ":word-or_word:".
const emoji = {
  name: 'tlEmoji',
  level: 'inline',
  start(src) {
    const m = /:(?:\+1|-1|[\w-]+):/.exec(src);
    return m ? m.index : undefined;
  },
  tokenizer(src) {
    const m = /^:(\+1|-1|[\w-]+):/.exec(src);
    if (m && !m[1].startsWith('material')) return { type: 'tlEmoji', raw: m[0], name: m[1] };
    return undefined;
  },
  renderer(t) {
    // :streamlit: is 1.67's one picture among the shortcodes: its logo, inline at 0.75em
    if (t.name === 'streamlit') return `<img class="tl-st-mark" alt="Streamlit logo" src="${STREAMLIT_MARK}">`;
    // the shortcode stays as text until the emoji table says what it is
    return `<span class="tl-sc" data-sc="${escapeHtml(t.name)}">${escapeHtml(t.raw)}</span>`;
  },
};

// 1.67's typographical symbols, replaced only between spaces (or at the
// ends) and never inside a link's text.
const SYMBOLS = [[/(^|\s)<->(?=\s|$)/g, '$1↔'], [/(^|\s)->(?=\s|$)/g, '$1→'], [/(^|\s)<-(?=\s|$)/g, '$1←'],
  [/(^|\s)--(?=\s|$)/g, '$1—'], [/(^|\s)>=(?=\s|$)/g, '$1≥'], [/(^|\s)<=(?=\s|$)/g, '$1≤'], [/(^|\s)~=(?=\s|$)/g, '$1≈']];
const SYMBOL_HINT = /<-|->|--|>=|<=|~=/;

function noSymbols(tokens) {
  for (const t of tokens || []) {
    t.tlNoSymbols = true;
    noSymbols(t.tokens);
  }
}

/** walkTokens: arrows and symbols in text (parents are walked before their children). */
function symbols(token) {
  if (token.type === 'link') noSymbols(token.tokens);
  else if (token.type === 'text' && !token.tlNoSymbols && !token.tokens && SYMBOL_HINT.test(token.text)) {
    let s = token.text;
    for (const [re, to] of SYMBOLS) s = s.replace(re, to);
    token.text = s;
  }
}

/** The dialect as one marked extension (pass to Marked or marked.use). */
export const streamlitDialect = { extensions: [materialIcon, emoji, directive], walkTokens: symbols };

// ---------------------------------------------------------------- math
// Whether 1.67 typesets math in a body: only then does it run remark-math
// (else every "$" is text).  A $$...$$ pair, or a $...$ whose contents do not
// start or end with a space and whose closing $ is not followed by a digit
// ("costs $5 and $10" stays text); code spans and fences do not count.
const CODE_OR_ESCAPE = /(?<=^|\n) {0,3}(`{3,}|~{3,})[\s\S]*?(?:\n[ \t]*\1|$)|(?<!`)(`+)[^`\n]+\2(?!`)|\\[\\$`]/g;
const DISPLAY_MATH = /(?<!\$)\$\$+(?!\$)[\s\S]*?\$\$/;
const INLINE_MATH = /(?<!\$)\$(?![\s$])[^$\n]*?[^\s$]\$(?!\d)/;

/** True when 1.67 would typeset math in `src`. */
export function hasMath(src) {
  if (!src.includes('$')) return false;
  const s = src.replace(CODE_OR_ESCAPE, '_');
  return DISPLAY_MATH.test(s) || INLINE_MATH.test(s);
}
