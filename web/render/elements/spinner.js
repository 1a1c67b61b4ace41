// st.spinner: a spinner with its text while a streamed run is inside the
// block.  Shown after half a second (Streamlit's delay), so a short block
// does not flash; with show_time, the seconds elapsed.
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { InlineMd } from '../markdown.js';

function Spinner({ node }) {
  const p = node.props;
  const [start] = useState(() => Date.now());
  const [, tick] = useState(0);
  useEffect(() => {
    if (!p.show_time) return undefined;
    const t = setInterval(() => tick((x) => x + 1), 100);
    return () => clearInterval(t);
  }, [p.show_time]);
  const secs = ((Date.now() - start) / 1000).toFixed(1);
  return html`<div class="tl-el tl-k-spinner" role="status" data-testid="stSpinner">
    <span class="tl-mini-spinner" aria-hidden="true"></span>
    <span class="tl-spinner-text"><${InlineMd} text=${p.text || ''} />${p.show_time ? html` <span class="tl-spinner-time">(${secs} seconds)</span>` : null}</span>
  </div>`;
}

export default { spinner: Spinner };
