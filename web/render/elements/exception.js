// st.exception and uncaught script errors: type, message, traceback; also the
// "Script execution error" dialog of a script that does not compile.
import { useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { Markdown } from '../markdown.js';
import { elAttrs } from '../widgets/common.js';
import { useCtx } from '../context.js';
import { CROSS } from '../close_cross.js';
import { useModal } from '../modal.js';
import { Icon } from '../widgets/icon.js';

function copyText(text) {
  if (navigator.clipboard) navigator.clipboard.writeText(text).catch(() => {});
}

export function ExceptionBody({ type, message, isMarkdown, traceback }) {
  // (rows: 1.67's, one per frame or chained exception line; older trees' frames ended with a newline)
  const rows = Array.isArray(traceback) ? traceback.map((l) => String(l).replace(/\n$/, '')) : traceback ? [String(traceback)] : [];
  // each row a block of its own, 8px below the one before, as 1.67's stExceptionTraceRow
  return html`<div class="tl-exc-head">
      <strong class="tl-exc-type">${type}</strong>${message ? ': ' : ''}${isMarkdown
        ? html`<${Markdown} body=${message} class="tl-exc-message" />`
        : html`<span class="tl-exc-message">${message}</span>`}
    </div>
    ${rows.length ? html`<div class="tl-exc-tb"><div class="tl-exc-tb-title">Traceback:</div><pre class="tl-traceback"><code>${
      rows.map((r) => html`<div class="tl-tb-row" data-testid="stExceptionTraceRow">${r}</div>`)}</code></pre></div>` : null}`;
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
  const copy = () => copyText(full);
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

/**
 * The script does not compile (a render message's banner: {type, message}): 1.67's "Script
 * execution error" dialog, a modal over the page, which keeps the previous run's elements as
 * they were.  Its body is the message in a code block with a copy button; the cross, Close,
 * Escape or a click beside it close it, and each new run that fails (another render message)
 * opens it again.  Opening it focuses the dialog itself, as 1.67 does.
 */
export function CompileErrorDialog({ banner, run }) {
  const ctx = useCtx();
  const ref = useRef(/** @type {HTMLDialogElement|null} */ (null));
  const [closedRun, setClosedRun] = useState(/** @type {number|null} */ (null));
  const open = !!banner && closedRun !== run;
  useModal(ref, open, run);
  if (!banner) return null;
  const close = () => setClosedRun(run);
  const message = String(banner.message || 'No message');
  const titleId = ctx.prefix + 'compile-error-title';
  return html`<dialog ref=${ref} class="tl-dialog tl-dialog-center tl-compile-error" aria-labelledby=${titleId} tabindex="-1"
      onCancel=${(ev) => { ev.preventDefault(); close(); }}
      onClick=${(ev) => { if (ev.target === ref.current) close(); }}>
    <div class="tl-dialog-inner">
      <header class="tl-dialog-head">
        <h2 class="tl-dialog-title" id=${titleId}>Script execution error</h2>
        <button type="button" class="tl-icon-btn tl-dialog-close" aria-label="Close" onClick=${close}>${CROSS}</button>
      </header>
      <div class="tl-dialog-body">
        <div class="tl-error-code" data-testid="stErrorCodeBlock">
          <pre><code>${message}</code></pre>
          <button type="button" class="tl-error-copy" aria-label="Copy to clipboard" onClick=${() => copyText(message)}><${Icon} icon=":material/content_copy:" /></button>
        </div>
      </div>
      <footer class="tl-dialog-foot"><button type="button" class="tl-btn tl-btn-secondary" onClick=${close}>Close</button></footer>
    </div>
  </dialog>`;
}

export default { exception: Exception };
