// st.metric: the big number, its delta and its small chart (chart_data).  Fetched the
// first time a page draws one (web/render/index.js).
import { html } from '../html.js';
import { LabelMd } from '../markdown.js';
import { elAttrs, Help } from '../widgets/common.js';
import { Icon } from '../widgets/icon.js';

// 1.67's ArrowUpward / ArrowDownward (Material), 14 px before the delta
const ARROW = {
  up: 'M4 12l1.41 1.41L11 7.83V20h2V7.83l5.58 5.59L20 12l-8-8-8 8z',
  down: 'M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8 8-8z',
};

function Metric({ node }) {
  const p = node.props;
  const vis = p.label_visibility || 'visible';
  const dir = p.direction === 'up' || p.direction === 'down' ? p.direction : null;
  const delta = p.delta == null ? '' : String(p.delta);
  return html`<div ...${elAttrs(node, 'tl-metric' + (p.border ? ' tl-bordered' : ''))}>
    <div class=${'tl-metric-label' + (vis === 'collapsed' ? ' tl-sr-only' : '')} data-testid="stMetricLabel"
      style=${vis === 'hidden' ? 'visibility:hidden' : undefined}>
      <${Icon} icon=${p.icon} /><span><${LabelMd} text=${p.label} /></span>${p.help ? html`<${Help} text=${p.help} />` : null}
    </div>
    <div class="tl-metric-value" data-testid="stMetricValue"><${LabelMd} text=${String(p.value ?? '')} /></div>
    ${delta ? html`<div class=${'tl-metric-delta tl-delta-' + (p.color || 'gray')} data-testid="stMetricDelta"
        data-direction=${dir || 'none'}>
      ${dir ? html`<svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" data-testid=${dir === 'up' ? 'stMetricDeltaIcon-Up' : 'stMetricDeltaIcon-Down'}><path fill="currentColor" d=${ARROW[dir]} /></svg>` : null}
      ${dir ? html`<span class="tl-sr-only">${dir === 'up' ? 'Up' : 'Down'} </span>` : null}<span><${LabelMd} text=${delta} /></span>
    </div>` : null}
    ${Array.isArray(p.chart_data) && p.chart_data.length ? html`<${Sparkline} data=${p.chart_data} type=${p.chart_type} color=${p.color} />` : null}
  </div>`;
}

/**
 * st.metric's chart_data as 1.67 draws it (a Vega-Lite spec there): 3.5rem tall, the
 * card's whole width (to its border when bordered), 6 px above and below the marks; a
 * 2 px line with round caps in the colour's line tone; an area filled with the delta's
 * background tone down to 0 when the data crosses it (else to its lowest value); bars
 * 5 px wide with round ends, from 0 (or the nearest edge).  Decorative: aria-hidden.
 * The viewBox is 100 x 56 stretched to the width, so heights are pixels and strokes
 * keep their width (vector-effect).
 */
function Sparkline({ data, type, color }) {
  const values = data.length === 1 ? [data[0], data[0]] : data;
  const n = values.length;
  const lo = Math.min(...values), hi = Math.max(...values);
  const span = hi - lo;
  const y = (v) => (span ? 50 - ((v - lo) / span) * 44 : 28);
  const x = (i) => (i / (n - 1)) * 100;
  const base = lo < 0 && hi > 0 ? 0 : lo;
  const points = values.map((v, i) => `${x(i).toFixed(3)},${y(v).toFixed(2)}`).join(' ');
  const cls = 'tl-metric-chart tl-delta-' + (color || 'gray');
  const line = { fill: 'none', 'stroke-width': 2, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'vector-effect': 'non-scaling-stroke' };
  if (type === 'bar') {
    const zero = y(Math.min(Math.max(0, lo), hi));
    return html`<svg class=${cls} viewBox="0 0 100 56" preserveAspectRatio="none" aria-hidden="true" data-testid="stMetricChart">
      ${values.map((v, i) => {
        const cx = ((i + 0.5) * 100 / n).toFixed(3);
        const top = Math.min(y(v), zero), bottom = Math.max(y(v), zero);
        // a 5 px bar with round ends: a round-capped stroke, its caps (2.5 px) kept inside the bar
        // (a bar shorter than its width is a flat dash, as 1.67's radius is capped by the height)
        const round = bottom - top >= 5;
        const a = round ? top + 2.5 : top, b = round ? bottom - 2.5 : bottom;
        return html`<line class="tl-metric-bar" x1=${cx} x2=${cx} y1=${a.toFixed(2)} y2=${b.toFixed(2)} stroke-width="5" stroke-linecap=${round ? 'round' : 'butt'} vector-effect="non-scaling-stroke" />`;
      })}
    </svg>`;
  }
  return html`<svg class=${cls} viewBox="0 0 100 56" preserveAspectRatio="none" aria-hidden="true" data-testid="stMetricChart">
    ${type === 'area' ? html`<polygon class="tl-metric-area" points=${`0,${y(base).toFixed(2)} ${points} 100,${y(base).toFixed(2)}`} />` : null}
    <polyline class="tl-metric-line" points=${points} ...${line} />
  </svg>`;
}

export default { metric: Metric };
