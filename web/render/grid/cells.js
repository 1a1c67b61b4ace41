// What one cell draws, by column type and st.column_config type: text,
// checkboxes, chips, links, images, progress bars and sparklines (inline SVG,
// drawn here rather than by the chart chunks).
import { html } from '../html.js';
import { InlineMd } from '../markdown.js';
import { markdownCellText } from './markdown_cell.js';
import { cellText, toNumber, formatNumber } from './format.js';
import { ActionMenu } from './actions.js';
import { MediaCell } from './media.js';

const SAFE_URL = /^(https?:|mailto:|data:image\/)/i;

/** The column type the cell is drawn as: the config's, else one from the data type. */
export function drawKind(spec) {
  const t = spec.config && spec.config.type_config && spec.config.type_config.type;
  if (t) return t;
  switch (spec.type) {
    case 'int': case 'float': case 'decimal': return 'number';
    case 'bool': return 'checkbox';
    case 'datetime': return 'datetime';
    case 'date': return 'date';
    case 'time': return 'time';
    case 'list': return 'list';
    case 'dict': return 'json';
    case 'category': return 'selectbox';
    default: return 'text';
  }
}

let sparkIds = 0;

/**
 * The SVG path of a sparkline through `pts`, smoothed as 1.67's grid (glide's sparkline cell)
 * draws it: quadratic curves whose control points are the data points and which pass through
 * the midpoints between them, ending at the last point.  So the curve softens peaks between the
 * ends (a row of 10, 100, 20, 100 reads as gentle waves), as 1.67's does.
 * @param {[number, number][]} pts  x ascending
 */
export function smoothPath(pts) {
  const f = (v) => v.toFixed(1);
  const n = pts.length;
  let d = `M${f(pts[0][0])},${f(pts[0][1])}`;
  if (n < 2) return d;
  for (let i = 1; i < n - 1; i++) {
    const [cx, cy] = pts[i];
    const last = i === n - 2;
    const [ex, ey] = last ? pts[i + 1] : [(cx + pts[i + 1][0]) / 2, (cy + pts[i + 1][1]) / 2];
    d += ` Q${f(cx)},${f(cy)} ${f(ex)},${f(ey)}`;
  }
  if (n === 2) d += ` L${f(pts[1][0])},${f(pts[1][1])}`;
  return d;
}

/**
 * A Line/Bar/AreaChartColumn cell as 1.67 draws it: values scaled to [y_min, y_max] (each
 * cell's own minimum and maximum by default) and clamped; 3 px above and below; the zero line,
 * faint, when zero is in range; bars 2 px apart rising from it; an area's fill fading
 * down from the line's colour at 20%.
 */
function Spark({ values, kind, width, height, tc }) {
  const nums = (Array.isArray(values) ? values : []).map(toNumber).filter((x) => x !== null && Number.isFinite(x));
  if (!nums.length) return null;
  const lo = tc.y_min ?? Math.min(...nums);
  const hi = tc.y_max ?? Math.max(...nums);
  const span = hi - lo || 1;
  const w = Math.max(width, 10); const h = Math.max(height, 8);
  const norm = (v) => Math.min(1, Math.max(0, (v - lo) / span));
  const y = (v) => h - norm(v) * h;
  const zeroY = y(0); // (the top when all is negative, the bottom when all is positive)
  const color = tc.color && /^#[0-9a-f]{3,8}$|^[a-z]+$/i.test(tc.color) ? tc.color : 'currentColor';
  const axis = lo <= 0 && hi >= 0 ? html`<path class="tl-grid-spark-axis" d=${`M0,${Math.min(zeroY, h - 0.5).toFixed(1)}H${w}`} fill="none" stroke-width="1" />` : null;
  if (kind === 'bar_chart') {
    const gap = 2;
    const bw = (w - (nums.length - 1) * gap) / nums.length;
    return html`<svg class="tl-grid-spark" width=${w} height=${h} aria-hidden="true">${axis}${nums.map((v, i) => {
      const top = Math.min(y(v), zeroY);
      return html`<rect x=${i * (bw + gap)} y=${top} width=${Math.max(bw, 0)} height=${Math.abs(zeroY - y(v))} fill=${color} />`;
    })}</svg>`;
  }
  const pts = (nums.length === 1 ? [nums[0], nums[0]] : nums).map((v, i, all) => [(i / (all.length - 1)) * w, y(v)]);
  const line = smoothPath(pts);
  const grad = `tl-spark-${(sparkIds += 1)}`;
  return html`<svg class="tl-grid-spark" width=${w} height=${h} aria-hidden="true">
    ${axis}
    ${kind === 'area_chart' ? html`<defs><linearGradient id=${grad} gradientUnits="userSpaceOnUse" x1="0" y1="0" x2="0" y2=${h * 1.4}>
        <stop offset="0" stop-color=${color} /><stop offset="1" stop-color=${color} stop-opacity="0" />
      </linearGradient></defs>
      <path d=${`${line} L${w},${zeroY} L0,${zeroY} Z`} fill=${`url(#${grad})`} fill-opacity="0.2" />` : null}
    <path d=${line} fill="none" stroke=${color} stroke-width="1" />
  </svg>`;
}

// the chart palette 1.67 gives MultiselectColumn(color="auto") options, in turn
const AUTO_COLORS = ['#0068c9', '#83c9ff', '#ff2b2b', '#ffabab', '#29b09d', '#7defa1', '#ff8700', '#ffd16a', '#6d3fc0', '#d5dae5'];
const NAMED = new Set(['red', 'orange', 'yellow', 'green', 'blue', 'violet', 'gray', 'grey']);

/** Readable text on a solid hex background: dark on light colours, white on dark ones. */
function textOn(hex) {
  let h = hex.slice(1);
  if (h.length <= 4) h = [...h.slice(0, 3)].map((c) => c + c).join('');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255);
  return 0.299 * r + 0.587 * g + 0.114 * b > 0.6 ? '#31333f' : '#ffffff';
}

/**
 * The chip style of each MultiselectColumn option (its `color`): a hex colour fills the chip
 * (with readable text), "primary" and the theme's colour names tint it, "auto" takes the chart
 * palette in turn, as 1.67 draws them.
 * @param {any[]} opts
 * @returns {(string | undefined)[]}
 */
export function chipColors(opts) {
  let auto = 0;
  return opts.map((o) => {
    const c = o && typeof o === 'object' ? o.color : undefined;
    if (typeof c !== 'string' || !c) return undefined;
    if (/^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(c)) return `background:${c};color:${textOn(c)}`;
    if (c === 'auto') return `background:color-mix(in srgb, ${AUTO_COLORS[auto++ % AUTO_COLORS.length]} 40%, var(--tl-bg))`;
    if (c === 'primary') return 'background:color-mix(in srgb, var(--tl-primary) 12%, var(--tl-bg))';
    if (NAMED.has(c)) { const n = c === 'grey' ? 'gray' : c; return `background:var(--tl-md-${n}-bg);color:var(--tl-md-${n})`; }
    return undefined;
  });
}

/**
 * The content of one cell.
 * @param {{v: any, spec: any, width: number, height: number, placeholder: string, display?: string,
 *   editable: boolean, onToggle?: () => void, label: string, onButton?: ((label: string) => void) | null}} p
 */
export function CellContent({ v, spec, width, height, placeholder, display, editable, onToggle, label, onButton }) {
  const kind = drawKind(spec);
  const tc = (spec.config && spec.config.type_config) || {};
  if (v === null || v === undefined) {
    if (kind === 'checkbox' && editable) {
      return html`<input type="checkbox" class="tl-grid-check" checked=${false} aria-label=${label} onClick=${onToggle} />`;
    }
    return html`<span class="tl-grid-null">${placeholder}</span>`;
  }
  if (display !== undefined) return display;
  switch (kind) {
    case 'button': {
      // ButtonColumn: a real <button> named by the value; a list of several labels (or a
      // JSON list in text) is one button opening a menu of them (actions.js), as in 1.67.
      // Without a click widget (no key, or a disabled editor) they are disabled.
      let list = v;
      if (typeof v === 'string' && /^\s*\[[\s\S]*\]\s*$/.test(v)) { try { list = JSON.parse(v); } catch { list = v; } }
      const items = (Array.isArray(list) ? list : [list]).filter((x) => x !== null && x !== undefined)
        .map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x)));
      const t = tc.button_type === 'primary' || tc.button_type === 'tertiary' ? tc.button_type : 'secondary';
      if (items.length > 1) return html`<${ActionMenu} items=${items} kind=${t} onChoose=${onButton || null} />`;
      if (!items.length) return null;
      const text = items[0];
      return html`<button type="button" class=${'tl-btn tl-btn-' + t + ' tl-grid-btn'} aria-label=${text}
        disabled=${!onButton} onClick=${(e) => { e.stopPropagation(); if (onButton) onButton(text); }}
        ><${InlineMd} text=${text} /></button>`;
    }
    case 'checkbox':
      return html`<input type="checkbox" class="tl-grid-check" checked=${!!v} disabled=${!editable} aria-label=${label}
        onClick=${editable ? onToggle : (e) => e.preventDefault()} />`;
    case 'list': case 'multiselect': {
      const items = Array.isArray(v) ? v : [v];
      const opts = Array.isArray(tc.options) ? tc.options : [];
      const colors = chipColors(opts);
      return html`<span class="tl-grid-chips">${items.map((x) => {
        const k = opts.findIndex((q) => (q && typeof q === 'object' ? q.value : q) === x);
        const o = k >= 0 ? opts[k] : null;
        const text = o && typeof o === 'object' && o.label ? o.label : typeof x === 'object' ? JSON.stringify(x) : String(x);
        return html`<span class="tl-grid-chip" style=${k >= 0 ? colors[k] : undefined}>${text}</span>`;
      })}</span>`;
    }
    case 'link': {
      const url = String(v);
      let text = url;
      if (tc.display_text) {
        const dt = String(tc.display_text);
        try {
          const m = /[()[\]\\^$*+?]/.test(dt) ? new RegExp(dt).exec(url) : null;
          text = m ? (m[1] ?? m[0]) : dt;
        } catch { text = dt; }
      }
      // display_text=":material/open_in_new:" draws the icon, as 1.67 does
      const shown = /^:material\/\w+:$/.test(text) ? html`<${InlineMd} text=${text} />` : text;
      return SAFE_URL.test(url) && !url.startsWith('data:')
        ? html`<a href=${url} target="_blank" rel="noopener noreferrer" onClick=${(e) => e.stopPropagation()}>${shown}</a>`
        : shown;
    }
    case 'audio': case 'video':
      return html`<${MediaCell} v=${v} kind=${kind} label=${label} />`;
    case 'image':
      return SAFE_URL.test(String(v)) ? html`<img class="tl-grid-img" src=${String(v)} alt="" height=${height - 8} />` : String(v);
    case 'progress': {
      const x = toNumber(v);
      const lo = tc.min_value ?? 0;
      const hi = tc.max_value ?? (spec.type === 'int' ? 100 : 1);
      const frac = Math.min(Math.max((x - lo) / ((hi - lo) || 1), 0), 1);
      const text = tc.format ? formatNumber(x, tc.format) : spec.type === 'int' ? String(x) : formatNumber(frac, 'percent');
      return html`<span class="tl-grid-progress" role="progressbar" aria-valuemin=${lo} aria-valuemax=${hi} aria-valuenow=${x}>
        <span class="tl-grid-progress-bar"><span style=${`width:${(frac * 100).toFixed(1)}%`}></span></span>
        <span class="tl-grid-progress-text">${text}</span></span>`;
    }
    case 'line_chart': case 'bar_chart': case 'area_chart':
      return html`<${Spark} values=${v} kind=${kind} width=${width - 16} height=${height - 6} tc=${tc} />`;
    case 'markdown':
      return html`<span class="tl-grid-mdsrc">${markdownCellText(v)}</span>`; // (1.67 shows the source; opening the cell renders it: markdown_cell.js)
    case 'json':
      return typeof v === 'string' ? v : JSON.stringify(v);
    case 'selectbox': {
      const opts = Array.isArray(tc.options) ? tc.options : [];
      const o = opts.find((q) => q && typeof q === 'object' && q.value === v);
      return o && o.label ? o.label : cellText(v, spec);
    }
    default:
      return cellText(v, spec);
  }
}
