// st.feedback: thumbs (2), faces (5) or stars (5) as a radiogroup of buttons;
// clicking the chosen one again clears it (wire value: index or null).
import { html } from '../html.js';
import { elAttrs, useWidget } from './common.js';

const SETS = {
  thumbs: [['👎', 'Thumbs down'], ['👍', 'Thumbs up']],
  faces: [['😞', 'Very unhappy'], ['🙁', 'Unhappy'], ['😐', 'Neutral'], ['🙂', 'Happy'], ['😀', 'Very happy']],
  stars: [['★', 'One star'], ['★', 'Two stars'], ['★', 'Three stars'], ['★', 'Four stars'], ['★', 'Five stars']],
};

function Feedback({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const items = SETS[p.options] || SETS.thumbs;
  const v = typeof w.e.value === 'number' ? w.e.value : null;
  const stars = p.options === 'stars';
  return html`<div ...${elAttrs(node)}>
    <div role="radiogroup" aria-label="Feedback" class=${'tl-feedback tl-feedback-' + (p.options || 'thumbs')}>
      ${items.map(([glyph, name], i) => {
        const on = stars ? v != null && i <= v : v === i;
        return html`<button type="button" role="radio" key=${i} class=${'tl-feedback-opt' + (on ? ' tl-on' : '')}
          aria-checked=${v === i ? 'true' : 'false'} aria-label=${name} disabled=${!!p.disabled}
          onClick=${() => w.commit(v === i ? null : i)}><span aria-hidden="true">${glyph}</span></button>`;
      })}
    </div>
  </div>`;
}

export default { feedback: Feedback };
