// st.exception and uncaught script errors: type, message, traceback; also the
// compile-error banner shown above the kept tree.
import { html } from '../html.js';
import { Markdown } from '../markdown.js';
import { elAttrs } from '../widgets/common.js';

export function ExceptionBody({ type, message, isMarkdown, traceback }) {
  // (frames of traceback.format_tb end with a newline of their own)
  const tb = Array.isArray(traceback) ? traceback.map((l) => String(l).replace(/\n$/, '')).join('\n') : traceback || '';
  return html`<div class="tl-exc-head">
      <strong class="tl-exc-type">${type}</strong>${message ? ': ' : ''}${isMarkdown
        ? html`<${Markdown} body=${message} class="tl-exc-message" />`
        : html`<span class="tl-exc-message">${message}</span>`}
    </div>
    ${tb ? html`<div class="tl-exc-tb-title">Traceback:</div><pre class="tl-traceback"><code>${tb}</code></pre>` : null}`;
}

/**
 * 1.67's error links under an exception: Copy (type, message and traceback), Ask Google, Ask
 * ChatGPT.  As client.showErrorLinks "auto" (its default): shown only when the page is served
 * from localhost / 127.0.0.1, never on a deployed site.
 */
export function ErrorLinks({ type, message, traceback }) {
  if (typeof location === 'undefined' || !['localhost', '127.0.0.1'].includes(location.hostname)) return null;
  const head = `${type}: ${message}`;
  const lines = Array.isArray(traceback) ? traceback.map((l) => String(l).replace(/\n$/, '')) : traceback ? [String(traceback)] : [];
  const full = `${head}\n\n${lines.join('\n')}`;
  const copy = () => { if (navigator.clipboard) navigator.clipboard.writeText(full).catch(() => {}); };
  return html`<div class="tl-exc-links">
    <button type="button" class="tl-exc-copy" onClick=${copy}>Copy</button>
    <a href=${`https://www.google.com/search?q=${encodeURIComponent(head)}`} target="_blank" rel="noopener noreferrer">Ask Google</a>
    <a href=${`https://chatgpt.com/?q=${encodeURIComponent(full)}`} target="_blank" rel="noopener noreferrer">Ask ChatGPT</a>
  </div>`;
}

function Exception({ node }) {
  const p = node.props;
  return html`<div ...${elAttrs(node, 'tl-exception' + (p.is_warning ? ' tl-alert-warning' : ' tl-alert-error'))} role="alert">
    <${ExceptionBody} type=${p.type} message=${p.message} isMarkdown=${!!p.message_is_markdown} traceback=${p.traceback} />
    <${ErrorLinks} type=${p.type} message=${p.message} traceback=${p.traceback} />
  </div>`;
}

/** Compile-error banner: {type, message, traceback}. */
export function Banner({ banner }) {
  if (!banner) return null;
  return html`<div class="tl-el tl-banner tl-exception tl-alert-error" role="alert" data-testid="stException">
    <${ExceptionBody} type=${banner.type || 'Error'} message=${banner.message || ''} isMarkdown=${false} traceback=${banner.traceback} />
    <${ErrorLinks} type=${banner.type || 'Error'} message=${banner.message || ''} traceback=${banner.traceback} />
  </div>`;
}

export default { exception: Exception };
