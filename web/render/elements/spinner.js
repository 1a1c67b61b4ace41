// st.spinner: a spinner with its text while a streamed run is inside the
// block (a transient: the run's final tree no longer has it).  Shown after half a second (Streamlit's delay), so a short block
// does not flash; with show_time, the seconds elapsed.
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { InlineMd } from '../markdown.js';
import { widthStyle } from '../widgets/common.js';

const unit = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** 1.67's elapsed time: "(4.2 seconds)", "(1 minute, 3.0 seconds)", "(2 hours, 1 minute)". */
export function elapsed(total) {
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const secs = s === 0 ? '' : `${s.toFixed(1)} seconds`;
  if (h === 0 && m === 0) return `(${s.toFixed(1)} seconds)`;
  const parts = h === 0 ? [unit(m, 'minute')] : [unit(h, 'hour'), ...(m === 0 ? [] : [unit(m, 'minute')])];
  return `(${[...parts, ...(secs ? [secs] : [])].join(', ')})`;
}

function Spinner({ node }) {
  const p = node.props;
  const [start] = useState(() => Date.now());
  const [, tick] = useState(0);
  useEffect(() => {
    if (!p.show_time) return undefined;
    const t = setInterval(() => tick((x) => x + 1), 100);
    return () => clearInterval(t);
  }, [p.show_time]);
  const secs = (Date.now() - start) / 1000;
  // (the live region is the text alone: the ticking time is not announced)
  return html`<div class="tl-el tl-k-spinner" data-testid="stSpinner" style=${widthStyle(p.width)}>
    <span class="tl-mini-spinner" aria-hidden="true"></span>
    <span class="tl-spinner-text"><span role="status"><${InlineMd} text=${p.text || ''} /></span>${p.show_time ? html`<span class="tl-spinner-time">${elapsed(secs)}</span>` : null}</span>
  </div>`;
}

export default { spinner: Spinner };
