// Syntax highlighting for st.code and fenced code in Markdown: highlight.js
// with its common languages, a lazily loaded chunk (dist/chunks/) fetched the
// first time a page draws code in a language it knows.  highlight.js escapes
// the source and only adds <span class="hljs-...">; the result still passes
// DOMPurify before it reaches innerHTML.
import hljs from 'highlight.js/lib/common';
import { sanitize } from './sanitize.js';

/** Streamlit's language names that highlight.js spells differently. */
const ALIASES = { py: 'python', js: 'javascript', ts: 'typescript', sh: 'bash', zsh: 'bash', text: 'plaintext', txt: 'plaintext', html: 'xml', jsx: 'javascript', tsx: 'typescript' };

/** The highlight.js name for a language, or null when it has none. */
export function languageOf(lang) {
  const name = String(lang || '').toLowerCase();
  const resolved = ALIASES[name] || name;
  return resolved && resolved !== 'plaintext' && hljs.getLanguage(resolved) ? resolved : null;
}

/**
 * Highlight `code` into `el` (its content replaced); unknown languages stay plain text.
 * @param {HTMLElement} el
 * @param {string} code
 * @param {string} lang
 */
export function highlightInto(el, code, lang) {
  const language = languageOf(lang);
  if (!language) return false;
  el.innerHTML = sanitize(hljs.highlight(code, { language, ignoreIllegals: true }).value);
  el.classList.add('hljs');
  return true;
}

/** Highlight the fenced code blocks (`<pre><code class="language-x">`) below `root`. */
export function highlightAll(root) {
  for (const el of /** @type {NodeListOf<HTMLElement>} */ (root.querySelectorAll('pre > code[class*="language-"]:not(.hljs)'))) {
    const m = /language-(\S+)/.exec(el.className);
    if (m) highlightInto(el, el.textContent || '', m[1]);
  }
}
