// One st.toast in the corner stack (toast.js): its text clamped to three lines with
// "view more", a named Close button.  Fetched the first time a page shows a toast.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { Markdown } from '../markdown.js';
import { Icon } from '../widgets/icon.js';

const CLOSE = html`<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path fill="currentColor" d="M18.3 5.7a1 1 0 0 0-1.4 0L12 10.6 7.1 5.7a1 1 0 0 0-1.4 1.4l4.9 4.9-4.9 4.9a1 1 0 1 0 1.4 1.4l4.9-4.9 4.9 4.9a1 1 0 0 0 1.4-1.4L13.4 12l4.9-4.9a1 1 0 0 0 0-1.4z"/></svg>`;

/** One toast; its text clamped to three lines with a "view more" button when longer. */
export function ToastCard({ t, onClose }) {
  const text = useRef(/** @type {HTMLElement|null} */ (null));
  const [long, setLong] = useState(false);
  const [more, setMore] = useState(false);
  useLayoutEffect(() => {
    const el = text.current;
    if (!el || !el.ownerDocument.defaultView) return;
    const line = parseFloat(el.ownerDocument.defaultView.getComputedStyle(el).lineHeight) || 20;
    setLong(el.scrollHeight > line * 3 + 1);
  }, [t.body]);
  return html`<div class="tl-toast" role="status" data-testid="stToast">
    <div class="tl-toast-main">
      ${t.icon ? html`<span class="tl-toast-icon"><${Icon} icon=${t.icon} /></span>` : null}
      <div class="tl-toast-body">
        <div class=${'tl-toast-text' + (long && !more ? ' tl-toast-clamped' : '')} ref=${text} data-testid="stToastText"><${Markdown} body=${t.body} /></div>
        ${long ? html`<button type="button" class="tl-toast-more" onClick=${() => setMore(!more)}>${more ? 'view less' : 'view more'}</button>` : null}
      </div>
    </div>
    <button type="button" class="tl-toast-x" aria-label="Close" onClick=${onClose}>${CLOSE}</button>
  </div>`;
}
