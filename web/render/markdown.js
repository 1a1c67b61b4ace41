// Streamlit's Markdown in the page: the fast paths (plain words, `code`
// spans, a lone :material/icon:) drawn here as vnodes, everything else by
// marked + DOMPurify in their own chunk (markdown_full.js), fetched the first
// time a page holds a body the fast paths do not cover.  The renderer asks
// needsMarkdown() of every run's tree and waits for that chunk before it
// paints such a tree (render/index.js), so no body is ever drawn before it;
// a body that reaches a component some other way (a grid cell) holds an empty
// placeholder until the chunk is there.  Raw HTML in the source is shown as
// text unless unsafe_allow_html; either way the output passes DOMPurify.
import { useEffect, useState } from 'preact/hooks';
import { html } from './html.js';
import { escapeHtml, iconPlaceholder } from './md_text.js';
import { useEnhance } from './enhance.js';
import { useMarkdownAnchors } from './anchors.js';

export { loadHighlighter } from './enhance.js';

export { escapeHtml };

/** @type {typeof import('./markdown_full.js') | null} */
let full = null;
/** @type {Promise<void> | null} */
let loading = null;

/** Fetch the marked + DOMPurify chunk (once); resolves when markdownToHtml and sanitize work. */
export function loadMarkdown() {
  loading ??= import('./markdown_full.js').then((m) => { full = m; }, (e) => { loading = null; throw e; });
  return loading;
}

/** Whether the marked + DOMPurify chunk is here (markdownToHtml and sanitize work at once). */
export const markdownReady = () => full !== null;

/** Text that DOMPurify gives back as it is (no markup, entity or no-break space). */
const INERT = /^[^<>&\u00a0]*$/;

/**
 * Sanitise an HTML string (always: nothing reaches innerHTML without this).
 * Before the chunk is here only inert text passes (DOMPurify returns it unchanged);
 * anything else throws: callers check markdownReady() first.
 * @param {string} htmlText
 */
export function sanitize(htmlText) {
  if (full) return full.sanitize(htmlText);
  if (INERT.test(htmlText)) return htmlText;
  throw new Error('sanitize: the Markdown chunk is not loaded (loadMarkdown)');
}

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
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (!full) throw new Error('markdownToHtml: the Markdown chunk is not loaded (loadMarkdown)');
  return cached(key, () => full.toHtml(src, { unsafe: !!opts.unsafe, inline: !!opts.inline, links }));
}

const PLAIN = /^[^*_`~[\]<>&:\\$#|!\n]*$/;
/** A label that is one Material icon (a data_editor's column header): marked's HTML without marked. */
const LONE_ICON = /^:material\/(\w+):$/;

/**
 * Whether a string is drawn without the marked chunk wherever it is drawn: as
 * plain text (PLAIN, nothing DOMPurify would change), words and `code`
 * (simpleParts) or one Material icon.
 * @param {string} s
 */
function covered(s) {
  return (PLAIN.test(s) && !s.includes('\u00a0')) || simpleParts(s) !== null || LONE_ICON.test(s);
}

/** Plain objects and arrays found to hold only covered strings (a run's unchanged nodes keep their identity). */
const coveredObjects = new WeakSet();

// Fields of a node that are never drawn as Markdown (ids, keys, specs, code,
// URLs, formats...): their strings do not fetch the chunk.  A field missing
// here only fetches it sooner than needed; a Markdown field wrongly listed
// would wait in a MarkdownPending placeholder.
const NOT_MARKDOWN = new Set(['id', 'kind', 'key', 'form', 'form_id', 'spec', 'json', 'js', 'css', 'events', 'command', 'src', 'url',
  'traceback', 'format', 'editing_mode', 'selection_mode', 'component_name', 'color', 'type', 'language', 'config']);
const TYPED = new Set(['text_input', 'text_area', 'chat_input', 'number_input', 'slider', 'date_input', 'time_input', 'datetime_input', 'color_picker']);
/** Per node kind, more such fields: code and JSON bodies, typed-in values. */
const NOT_MARKDOWN_OF = /** @type {Record<string, Set<string>>} */ ({ code: new Set(['body']), json: new Set(['body']), latex: new Set(['body']),
  bidi_component: new Set(['html']), help: new Set(['name', 'type', 'value', 'doc_string', 'members']), ...Object.fromEntries([...TYPED].map((k) => [k, new Set(['value'])])), color_picker: new Set(['value', 'default']) });
const PLAIN_MESSAGE = new Set(['message']); // (an exception's message is Markdown only when it says so)

/**
 * Whether drawing `value` (a run's tree, or any part of a render message) needs
 * the marked chunk that is not here yet: some string in it that is drawn as
 * Markdown is not covered.
 * @param {unknown} value
 * @returns {boolean}
 */
export function needsMarkdown(value) {
  return full ? false : scan(value, null);
}

/** @param {unknown} value @param {Set<string> | null} skip  the current node's fields that hold no Markdown */
function scan(value, skip) {
  if (typeof value === 'string') return !covered(value);
  if (value === null || typeof value !== 'object' || coveredObjects.has(value)) return false;
  if (Array.isArray(value)) {
    for (const v of value) if (scan(v, skip)) return true;
  } else if (Object.getPrototypeOf(value) === Object.prototype) {
    const o = /** @type {Record<string, unknown>} */ (value);
    const node = typeof o.kind === 'string' && typeof o.id === 'string';
    const own = !node ? skip : o.kind === 'exception' && !(/** @type {any} */ (o.props)?.message_is_markdown) ? PLAIN_MESSAGE : NOT_MARKDOWN_OF[o.kind] ?? null;
    for (const k in o) if (!NOT_MARKDOWN.has(k) && !own?.has(k) && scan(o[k], own)) return true;
  } else {
    return false; // (bytes, files: no Markdown)
  }
  coveredObjects.add(value);
  return false;
}

/**
 * What stands for a body until the marked chunk is here (it is fetched on
 * mount), then `draw()`; a chunk that cannot be fetched leaves the source as text.
 * Only a body that reached a component without passing needsMarkdown() waits here.
 * @param {{draw: () => any, text: string, inline?: boolean, testid?: string|null, cls?: string}} props
 */
export function MarkdownPending({ draw, text, inline = false, testid = 'stMarkdownContainer', cls = '' }) {
  const [failed, setFailed] = useState(false);
  const [, setReady] = useState(false);
  useEffect(() => {
    if (full) return undefined;
    let live = true;
    loadMarkdown().then(() => live && setReady(true), () => live && setFailed(true));
    return () => { live = false; };
  }, []);
  if (full) return draw();
  const content = failed ? text : null;
  return inline
    ? html`<span class="tl-md-inline" aria-busy=${failed ? null : 'true'}>${content}</span>`
    : html`<div class=${'tl-markdown ' + cls} data-testid=${testid} aria-busy=${failed ? null : 'true'}>${content}</div>`;
}

/** Block Markdown as a vnode. */
export function Markdown(props) {
  const { body, unsafe: u = false, class: cls = '' } = props; // (props.testid: another test id than stMarkdownContainer, a caption's)
  const parts = simpleParts(body);
  if (!parts && !full) {
    return html`<${MarkdownPending} text=${String(body ?? '')} testid=${props.testid} cls=${cls} draw=${() => html`<${Markdown} ...${props} />`} />`;
  }
  const out = parts ? '' : markdownToHtml(body, { unsafe: u });
  const ref = useEnhance(out);
  useMarkdownAnchors(ref, out);
  if (parts) {
    // the DOM marked's "<p>...</p>\n" makes, as vnodes: a rerun that changes a number changes one text node
    return html`<div ref=${ref} class=${'tl-markdown ' + cls} data-testid=${props.testid || 'stMarkdownContainer'}><p>${codeParts(parts)}</p>${'\n'}</div>`;
  }
  return html`<div ref=${ref} class=${'tl-markdown ' + cls} data-testid=${props.testid || 'stMarkdownContainer'} dangerouslySetInnerHTML=${{ __html: out }} />`;
}

/** simpleParts' text and code parts as vnodes. @param {string[]} parts */
const codeParts = (parts) => parts.map((t, i) => (i % 2 ? html`<code>${t}</code>` : t || null));

// A one-line body of plain words and `code` spans, the most common st.write
// ("Count =  `3`"): nothing in it is Markdown syntax but the code spans (no
// list, heading or rule can start with a letter on one line; no emphasis,
// link, autolink, HTML, entity, escape, math, emoji, directive or symbol
// without * _ ~ [ ] < > & \\ $ | @, "--", "->", a ":" before anything but a
// space, or "www.").  tests/node/markdown_simple.test.mjs checks that marked
// makes exactly these of them, as a body and inline.
const SIMPLE = /^[A-Za-z](?:[A-Za-z0-9 ,.;=()?'"/%+!#-]|:(?= |$)|`[A-Za-z0-9,.;=()?'"/%+-]+(?: +[A-Za-z0-9,.;=()?'"/%+-]+)*`)*$/;

/**
 * The alternating text and code parts of a simple body (see SIMPLE), else null.
 * @param {unknown} body
 * @returns {string[]|null}
 */
export function simpleParts(body) {
  if (typeof body !== 'string' || body.length > 300 || body.endsWith(' ') || body.includes('``') || !SIMPLE.test(body) || /www\./i.test(body)) return null;
  const parts = body.split('`');
  for (let i = 0; i < parts.length; i += 2) if (/--|->/.test(parts[i])) return null;
  return parts;
}

/**
 * Inline Markdown (labels, headings, options): plain text stays a text node.
 * `links={false}` where 1.67 disables links (buttons, menu items, pills, pages).
 */
export function InlineMd({ text, links = true }) {
  const s = String(text ?? '');
  if (PLAIN.test(s)) return s;
  const icon = LONE_ICON.exec(s);
  if (icon) return html`<${InlineHtml} out=${iconPlaceholder(icon[1])} />`;
  const parts = simpleParts(s);
  if (parts) return html`<span class="tl-md-inline">${codeParts(parts)}</span>`;
  if (!full) return html`<${MarkdownPending} inline text=${s} draw=${() => html`<${InlineHtml} out=${markdownToHtml(s, { inline: true, links })} />`} />`;
  return html`<${InlineHtml} out=${markdownToHtml(s, { inline: true, links })} />`;
}

/**
 * A control's label (a widget's, a button's, a tab's, an option's, a metric's parts) in 1.67's
 * `stMarkdownContainer > p`: apps' CSS names labels through it (`[data-testid=stWidgetLabel] p`,
 * `.stButton button p`, `[data-testid=stMarkdownContainer] p {font-size}`).  Both boxes are inline
 * (tablit.css `.tl-md-label`), so the label lays out as its bare text did and a click or a test's
 * `getByText` lands on the `p` as on 1.67's.
 */
export function LabelMd({ text, links = true }) {
  return html`<div class="tl-md-label" data-testid="stMarkdownContainer"><p><${InlineMd} text=${text} links=${links} /></p></div>`;
}

/**
 * A st.table cell (header, index or value): 1.67 renders each as Markdown
 * (a whole body, in the table's font), every one in its own
 * `stMarkdownContainer > p`, plain text and blanks too (apps' CSS reaches
 * cells as `[data-testid=stTable] td p`).
 */
export function CellMd({ text }) {
  const s = String(text ?? '');
  if (PLAIN.test(s)) return html`<div class="tl-markdown tl-md-cell" data-testid="stMarkdownContainer"><p>${s}</p>${'\n'}</div>`;
  const parts = simpleParts(s);
  if (parts) return html`<div class="tl-markdown tl-md-cell" data-testid="stMarkdownContainer"><p>${codeParts(parts)}</p>${'\n'}</div>`;
  if (!full) return html`<${MarkdownPending} text=${s} cls="tl-md-cell" draw=${() => html`<${CellHtml} out=${markdownToHtml(s)} />`} />`;
  return html`<${CellHtml} out=${markdownToHtml(s)} />`;
}

function CellHtml({ out }) {
  const ref = useEnhance(out);
  return html`<div ref=${ref} class="tl-markdown tl-md-cell" data-testid="stMarkdownContainer" dangerouslySetInnerHTML=${{ __html: out }} />`;
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
