// Syntax highlighting for st.code and fenced code in Markdown: Prism, the
// highlighter 1.67 draws code with (so its tokens, operators and punctuation
// included, get 1.67's colours: lazy/highlight.css), with the languages data
// apps show most; a lazily loaded chunk (dist/chunks/) fetched the first time
// a page draws code.  Prism escapes the source and only adds
// <span class="token ...">; the result still passes DOMPurify before it
// reaches innerHTML.  A language Prism is not given here stays plain text, as
// a language 1.67's Prism does not know does there.
import './prism_setup.js';
import Prism from './prism_global.js';
import 'prismjs/components/prism-clike.js';
import 'prismjs/components/prism-markup.js';
import 'prismjs/components/prism-css.js';
import 'prismjs/components/prism-javascript.js';
import 'prismjs/components/prism-c.js';
import 'prismjs/components/prism-cpp.js';
import 'prismjs/components/prism-csharp.js';
import 'prismjs/components/prism-markup-templating.js';
import 'prismjs/components/prism-php.js';
import 'prismjs/components/prism-python.js';
import 'prismjs/components/prism-bash.js';
import 'prismjs/components/prism-diff.js';
import 'prismjs/components/prism-go.js';
import 'prismjs/components/prism-graphql.js';
import 'prismjs/components/prism-ini.js';
import 'prismjs/components/prism-java.js';
import 'prismjs/components/prism-json.js';
import 'prismjs/components/prism-kotlin.js';
import 'prismjs/components/prism-less.js';
import 'prismjs/components/prism-scss.js';
import 'prismjs/components/prism-lua.js';
import 'prismjs/components/prism-makefile.js';
import 'prismjs/components/prism-markdown.js';
import 'prismjs/components/prism-objectivec.js';
import 'prismjs/components/prism-perl.js';
import 'prismjs/components/prism-r.js';
import 'prismjs/components/prism-ruby.js';
import 'prismjs/components/prism-rust.js';
import 'prismjs/components/prism-sql.js';
import 'prismjs/components/prism-swift.js';
import 'prismjs/components/prism-typescript.js';
import 'prismjs/components/prism-jsx.js';
import 'prismjs/components/prism-tsx.js';
import 'prismjs/components/prism-yaml.js';
import 'prismjs/components/prism-toml.js';
import 'prismjs/components/prism-docker.js';
import 'prismjs/components/prism-latex.js';
import 'prismjs/components/prism-matlab.js';
import 'prismjs/components/prism-scala.js';
import 'prismjs/components/prism-julia.js';
import { sanitize } from './sanitize.js';

/** The Prism grammar for a language name (Prism's own names and aliases: py, sh, html, js...), or null. */
export function languageOf(lang) {
  const name = String(lang || '').toLowerCase();
  const grammar = name && Object.hasOwn(Prism.languages, name) ? Prism.languages[name] : null;
  return grammar && typeof grammar === 'object' ? name : null;
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
  el.innerHTML = sanitize(Prism.highlight(code, Prism.languages[language], language));
  el.classList.add('tl-highlighted');
  return true;
}

/** Highlight the fenced code blocks (`<pre><code class="language-x">`) below `root`. */
export function highlightAll(root) {
  for (const el of /** @type {NodeListOf<HTMLElement>} */ (root.querySelectorAll('pre > code[class*="language-"]:not(.tl-highlighted)'))) {
    const m = /language-(\S+)/.exec(el.className);
    if (m) highlightInto(el, el.textContent || '', m[1]);
  }
}
