// st.feedback: thumbs (2), faces (5) or stars (5) as a radiogroup of buttons, drawn as
// 1.67 draws them: Material Symbols Rounded icons (thumbs up first, then down; five
// sentiment faces; outlined stars that fill up to the chosen one), muted until chosen,
// 1.67's accessible names, a roving tab stop (arrow keys move, Space/Enter choose).
// Clicking the chosen one again clears it (wire value: index or null).
import { useRef } from 'preact/hooks';
import { html } from '../html.js';
import { elAttrs, useWidget } from './common.js';
import { Icon } from './icon.js';

/** [icon, value] in display order, per options= (thumbs: up = 1 first, as 1.67). */
const SETS = {
  thumbs: [['thumb_up', 1], ['thumb_down', 0]],
  faces: ['sentiment_sad', 'sentiment_dissatisfied', 'sentiment_neutral', 'sentiment_satisfied',
    'sentiment_very_satisfied'].map((name, i) => [name, i]),
  stars: [0, 1, 2, 3, 4].map((i) => ['star', i]),
};
const FACES = ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'];

/** 1.67's accessible name of option `value`. */
export function feedbackName(options, value) {
  if (options === 'stars') return `${value + 1} out of 5 stars`;
  if (options === 'faces') return FACES[value] ?? `Rating ${value + 1}`;
  return value === 1 ? 'Thumbs up' : 'Thumbs down';
}

// Material Symbols Rounded "star" filled (FILL 1), for the stars up to the chosen one
const STAR_FILLED = html`<span class="tl-icon" aria-hidden="true"><svg class="tl-mi" viewBox="0 -960 960 960"><path fill="currentColor" d="m480-269-155 93q-11 7-23 6t-21-8q-9-7-14-17.5t-2-23.5l41-176-137-118q-10-9-12.5-20.5T157-556q3-11 12-18.5t22-8.5l181-16 70-166q5-12 15-18t23-6q13 0 23 6t15 18l70 166 181 16q13 1 22 8.5t12 18.5q4 11 1.5 22.5T791-512L654-394l41 176q3 13-2 23.5T679-177q-9 7-21 8t-23-6l-155-94Z"/></svg></span>`;

function Feedback({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const kind = SETS[p.options] ? p.options : 'thumbs';
  const items = SETS[kind];
  const v = typeof w.e.value === 'number' ? w.e.value : null;
  const refs = useRef(/** @type {HTMLButtonElement[]} */ ([]));
  const choose = (value) => { if (!p.disabled) w.commit(v === value ? null : value); };
  const onKey = (ev, i) => {
    const n = items.length;
    let to = -1;
    if (ev.key === 'ArrowLeft' || ev.key === 'ArrowUp') to = (i + n - 1) % n;
    else if (ev.key === 'ArrowRight' || ev.key === 'ArrowDown') to = (i + 1) % n;
    if (to < 0) return;
    ev.preventDefault();
    refs.current[to]?.focus();
  };
  return html`<div ...${elAttrs(node)}>
    <div role="radiogroup" aria-label="Feedback rating" class=${'tl-feedback tl-feedback-' + kind}>
      ${items.map(([icon, value], i) => {
        const on = kind === 'stars' ? v != null && value <= v : v === value;
        return html`<button type="button" role="radio" key=${value} ref=${(el) => { refs.current[i] = el; }}
          class=${'tl-feedback-opt' + (on ? ' tl-on' : '')} aria-checked=${v === value ? 'true' : 'false'}
          aria-label=${feedbackName(kind, value)} tabindex=${v === value || (v == null && i === 0) ? 0 : -1}
          disabled=${!!p.disabled} data-testid=${on ? 'stFeedbackButtonActive' : 'stFeedbackButton'}
          onClick=${() => choose(value)} onKeyDown=${(ev) => onKey(ev, i)}>
          ${on && kind === 'stars' ? STAR_FILLED : html`<${Icon} icon=${`:material/${icon}:`} />`}</button>`;
      })}
    </div>
  </div>`;
}

export default { feedback: Feedback };
