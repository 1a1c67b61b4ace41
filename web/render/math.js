// Math typesetting with KaTeX: a lazily loaded chunk (dist/chunks/), fetched
// the first time a page draws st.latex or Markdown that holds $...$ / $$...$$.
// Its stylesheet and fonts are our own files (dist/katex/, copied by the
// build), added to the document only then.  katex.render builds DOM nodes and
// sets styles through the CSSOM: no eval, no inline <style>, no innerHTML, so
// it works under a Content-Security-Policy without 'unsafe-eval' or
// 'unsafe-inline'.
import katex from 'katex';
import { html } from './html.js';
import { elAttrs, Help } from './widgets/common.js';
import { runtimeURL } from '../runtime/location.js';

/** dist/katex/'s stylesheet: in the runtime folder mount() uses (this chunk may have been re-bundled elsewhere). */
const cssURL = () => new URL('katex/katex.min.css', runtimeURL() ?? new URL('../', import.meta.url)).href;

/** Add KaTeX's stylesheet once (only pages that draw math load it). */
function ensureCss() {
  if (typeof document === 'undefined' || !document.head) return;
  if (document.querySelector('link[data-tablit-katex]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = cssURL();
  link.setAttribute('data-tablit-katex', '');
  document.head.append(link);
}

/**
 * Typeset one TeX string into `el` (its content is replaced).  Errors are
 * shown in place (KaTeX's red source), never thrown.
 * @param {string} tex
 * @param {HTMLElement} el
 * @param {boolean} display
 */
export function typeset(tex, el, display) {
  ensureCss();
  katex.render(tex, el, { displayMode: display, throwOnError: false, output: 'htmlAndMathml', trust: false, strict: 'ignore' });
  el.setAttribute('data-typeset', '');
}

/**
 * Typeset every math placeholder that markdown.js left in `root`
 * (`<span class="tl-math">TeX</span>`, `tl-math-display` for $$...$$).
 * @param {ParentNode} root
 */
export function typesetAll(root) {
  for (const el of /** @type {NodeListOf<HTMLElement>} */ (root.querySelectorAll('.tl-math:not([data-typeset])'))) {
    typeset(el.textContent || '', el, el.classList.contains('tl-math-display'));
  }
}

/** The TeX of an st.latex body (sent as $$-fenced Markdown, as Streamlit does). */
export function latexSource(body) {
  return String(body ?? '').replace(/^\s*\$\$\s*/, '').replace(/\s*\$\$\s*$/, '');
}

/** st.latex: display math. */
export function Latex({ node }) {
  const p = node.props;
  const tex = latexSource(p.body);
  const ref = (/** @type {HTMLElement | null} */ el) => {
    if (el && el.getAttribute('data-tex') !== tex) {
      el.setAttribute('data-tex', tex);
      el.removeAttribute('data-typeset');
      typeset(tex, el, true);
    }
  };
  return html`<div ...${elAttrs(node)}>
    <div class="tl-latex" ref=${ref}></div>${p.help ? html`<${Help} text=${p.help} />` : null}
  </div>`;
}
