// st.code: preformatted text with a copy button, optional line numbers,
// wrapping and height; highlighted by the lazily loaded highlight.js chunk
// (../highlight.js) — the plain text shows until it has loaded.
import { useEffect, useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { elAttrs } from '../widgets/common.js';
import { loadHighlighter } from '../markdown.js';
import { CHECK, COPY } from '../copy_icons.js';

/** How long the copy button shows its check mark ("Copied") after a copy, as 1.67 (about 2 s). */
const COPIED_MS = 2000;

function copy(text) {
  if (navigator.clipboard) navigator.clipboard.writeText(text).catch(() => {});
}

/**
 * 1.67's copy button: a 24 px icon button in the block's top right corner, shown while the
 * pointer is over the block; here it also shows when it has keyboard focus, so it stays
 * reachable with Tab.  After a copy it reads "Copied" with a check mark for a moment.
 */
function CopyButton({ text }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return undefined;
    const t = setTimeout(() => setCopied(false), COPIED_MS);
    return () => clearTimeout(t);
  }, [copied]);
  // (1.67's DOM: an element toolbar's button, so '[data-testid="stBaseButton-elementToolbar"]' finds it)
  return html`<div class="tl-copy" data-testid="stElementToolbarButton"><span class="stTooltipHoverTarget" data-testid="stTooltipHoverTarget">
    <button type="button" kind="elementToolbar" data-testid="stBaseButton-elementToolbar" aria-label=${copied ? 'Copied' : 'Copy to clipboard'}
      onClick=${() => { copy(text); setCopied(true); }}><svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="currentColor"
      data-testid="stElementToolbarButtonIcon"><path d=${copied ? CHECK : COPY} /></svg></button></span></div>`;
}

function Code({ node }) {
  const p = node.props;
  const body = String(p.body ?? '');
  const lang = p.language || 'plaintext';
  const ref = useRef(/** @type {HTMLElement | null} */ (null));
  useEffect(() => {
    const el = ref.current;
    if (!el || lang === 'plaintext' || lang === 'text') return;
    let live = true;
    loadHighlighter().then((m) => { if (live && ref.current === el) m.highlightInto(el, body, lang); },
      (e) => console.error('tablit: could not load the code highlighter', e));
    return () => { live = false; };
  }, [body, lang]);
  const lines = p.line_numbers ? body.split('\n').length : 0;
  const height = typeof p.height === 'number' ? { maxHeight: `${p.height}px`, overflowY: 'auto' } : undefined;
  const cls = 'tl-code' + (p.line_numbers ? ' tl-numbered' : '') + (p.wrap_lines ? ' tl-wrap' : '');
  return html`<div ...${elAttrs(node)}>
    <div class=${cls} style=${height}>
      ${lines ? html`<span class="tl-gutter" aria-hidden="true">${Array.from({ length: lines }, (_, i) => `${i + 1}\n`)}</span>` : null}
      <pre><code key=${lang + '\u0000' + body} ref=${ref} class=${'language-' + lang}>${body}</code></pre>
    </div>
    <${CopyButton} text=${body} />
  </div>`;
}

export default { code: Code };
