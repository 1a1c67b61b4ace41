// st.balloons and st.snow.  Fetched the first time a page draws one (web/render/index.js).
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';

const FLAKES = 24;

/** A short animation over the page, replayed by every run that calls it (see tree.js). */
function Celebration({ node }) {
  const [on, setOn] = useState(true);
  useEffect(() => {
    setOn(true);
    const t = setTimeout(() => setOn(false), 5000);
    return () => clearTimeout(t);
  }, [node]);
  if (!on) return html`<div class="tl-k-fx" hidden></div>`;
  const snow = node.kind === 'snow';
  const items = [];
  for (let i = 0; i < FLAKES; i++) {
    const left = (i * 37) % 100;
    const delay = ((i * 7) % 10) / 10 + (i % 3) * 0.3;
    items.push(html`<span class="tl-fx-item" style=${`left:${left}%;animation-delay:${delay}s`}>${snow ? '❄' : '🎈'}</span>`);
  }
  return html`<div class=${'tl-k-fx tl-fx tl-fx-' + node.kind} aria-hidden="true" data-testid=${snow ? 'stSnow' : 'stBalloons'}>${items}</div>`;
}

export default { balloons: Celebration, snow: Celebration };
