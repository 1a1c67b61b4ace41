// st.plotly_chart: plotly.js (its CSP-safe "strict" build: no eval, no
// new Function) in a lazily loaded chunk.
//
// The figure arrives as plotly JSON on Streamlit's "streamlit" template,
// whose colours are placeholders (#000001...); they become the theme's
// palette here, and Streamlit's layout theme (fonts, grid, background) is
// merged into the template, as Streamlit 1.67's frontend does.  With
// on_select the chart is a widget: clicks and box/lasso selections send
// {selection: {points, point_indices, box, lasso}}.
import { useEffect, useRef } from 'preact/hooks';
import Plotly from 'plotly.js-strict-dist-min';
import { html } from '../../html.js';
import { useWidget } from '../../widgets/common.js';
import { ChartFrame, adoptStyles, download, useSize, useTheme } from './common.js';

const PLOTLY_CATEGORY = ['#636efa', '#EF553B', '#00cc96', '#ab63fa', '#FFA15A', '#19d3f3', '#FF6692', '#B6E880', '#FF97FF', '#FECB52'];
const PLOTLY_SEQUENTIAL = ['#0d0887', '#46039f', '#7201a8', '#9c179e', '#bd3786', '#d8576b', '#ed7953', '#fb9f3a', '#fdca26', '#f0f921'];
const PLOTLY_DIVERGING = ['#8e0152', '#c51b7d', '#de77ae', '#f1b6da', '#fde0ef', '#e6f5d0', '#b8e186', '#7fbc41', '#4d9221', '#276419'];

const hex = (n) => `#${String(n).padStart(6, '0')}`;

/** Placeholder colour -> colour, for the chosen theme. */
function placeholders(t, streamlit) {
  const map = new Map();
  const cat = streamlit ? t.categorical : PLOTLY_CATEGORY;
  const seq = streamlit ? t.sequential : PLOTLY_SEQUENTIAL;
  const div = streamlit ? t.diverging : PLOTLY_DIVERGING;
  for (let i = 0; i < 10; i++) {
    map.set(hex(i + 1), cat[i]);
    map.set(hex(i + 11), seq[i]);
    map.set(hex(i + 21), div[i]);
  }
  const rest = streamlit
    ? [t.named.green, t.named.red, t.named.blue, t.grid, t.faded, t.text, t.bg, t.grid, t.dark ? '#262730' : '#f0f2f6']
    : ['#3D9970', '#FF4136', '#4499FF', '#B2B5BE', '#2a3f5f', '#2a3f5f', '#EBF0F8', 'white', '#C8D4E3'];
  rest.forEach((c, i) => map.set(hex(32 + i), c));
  return map;
}

function themedSpec(specText, t, streamlit) {
  const map = placeholders(t, streamlit);
  const text = specText.replace(/"#0000[0-4][0-9]"/g, (m) => {
    const c = map.get(m.slice(1, -1));
    return c ? JSON.stringify(c) : m;
  });
  const spec = JSON.parse(text);
  if (!streamlit) return spec;
  const layout = spec.layout && typeof spec.layout === 'object' ? spec.layout : (spec.layout = {});
  const template = layout.template && typeof layout.template === 'object' ? layout.template : (layout.template = {});
  template.layout = merge(template.layout && typeof template.layout === 'object' ? template.layout : {}, layoutTheme(t));
  if (typeof layout.title === 'string') layout.title = { text: `<b>${layout.title}</b>` };
  else if (layout.title && typeof layout.title === 'object' && typeof layout.title.text === 'string') layout.title = { ...layout.title, text: `<b>${layout.title.text}</b>` };
  return spec;
}

/** Streamlit's plotly layout theme (its frontend's values, in px). */
function layoutTheme(t) {
  const font = { color: t.faded, family: t.font, size: 12 };
  return {
    font: { ...font, weight: 400 },
    title: { font: { family: t.font, size: 16, color: t.text }, pad: { l: 4 }, xanchor: 'left', x: 0 },
    legend: { title: { font: { size: 12, color: t.faded }, side: 'top' }, valign: 'top', bordercolor: 'rgba(0,0,0,0)', borderwidth: 0, font: { size: 12, color: t.text } },
    paper_bgcolor: t.bg,
    plot_bgcolor: t.bg,
    yaxis: { ticklabelposition: 'outside', zerolinecolor: t.grid, title: { font: { color: t.faded, size: 14 }, standoff: 32 }, tickcolor: t.grid, tickfont: { color: t.faded, size: 12 }, gridcolor: t.grid, minor: { gridcolor: t.grid }, automargin: true },
    xaxis: { zerolinecolor: t.grid, gridcolor: t.grid, showgrid: false, tickfont: { color: t.faded, size: 12 }, tickcolor: t.grid, title: { font: { color: t.faded, size: 14 }, standoff: 24 }, minor: { gridcolor: t.grid }, zeroline: false, automargin: true, rangeselector: { bgcolor: t.bg, bordercolor: t.grid, borderwidth: 1, x: 0 } },
    margin: { pad: 8, r: 0, l: 0 },
    hoverlabel: { bgcolor: t.bg, bordercolor: t.grid, font: { color: t.faded, family: t.font, size: 12 } },
    coloraxis: { colorbar: { thickness: 16, xpad: 32, ticklabelposition: 'outside', outlinecolor: 'rgba(0,0,0,0)', outlinewidth: 8, len: 0.75, y: 0.5745, title: { font: { color: t.faded, size: 14 } }, tickfont: { color: t.faded, size: 12 } } },
  };
}

function merge(base, over) {
  const out = { ...base };
  for (const k of Object.keys(over)) {
    const b = out[k], o = over[k];
    out[k] = b && o && typeof b === 'object' && typeof o === 'object' && !Array.isArray(b) && !Array.isArray(o) ? merge(b, o) : o;
  }
  return out;
}

const snake = (k) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const plain = (v) => v === null || ['number', 'string', 'boolean'].includes(typeof v)
  || (Array.isArray(v) && v.every((x) => x === null || ['number', 'string', 'boolean'].includes(typeof x)));

/** A plotly event point as 1.67 reports it: its JSON-safe fields, snake_cased, plus legendgroup. */
function pointOf(p) {
  const out = {};
  for (const k of Object.keys(p)) {
    if (k === 'data' || k === 'fullData' || k === 'xaxis' || k === 'yaxis') continue;
    if (plain(p[k])) out[snake(k)] = p[k];
  }
  const group = p.data && p.data.legendgroup;
  if (group) out.legendgroup = group;
  return out;
}

function selectionOf(ev) {
  const sel = { points: [], point_indices: [], box: [], lasso: [] };
  if (!ev) return sel;
  const indices = new Set();
  for (const p of ev.points || []) {
    sel.points.push(pointOf(p));
    if (typeof p.pointIndex === 'number') indices.add(p.pointIndex);
    if (Array.isArray(p.pointIndices)) p.pointIndices.forEach((i) => indices.add(i));
  }
  sel.point_indices = [...indices];
  for (const s of ev.selections || []) {
    if (s.type === 'rect') sel.box.push({ xref: s.xref, yref: s.yref, x: [s.x0, s.x1], y: [s.y0, s.y1] });
    if (s.type === 'path' && s.path) {
      const xs = [], ys = [];
      for (const pt of s.path.replace('M', '').replace('Z', '').split('L')) {
        const [x, y] = pt.split(',').map(Number);
        xs.push(x); ys.push(y);
      }
      sel.lasso.push({ xref: s.xref, yref: s.yref, x: xs, y: ys });
    }
  }
  return sel;
}

function tablesOf(spec) {
  const out = [];
  (spec.data || []).forEach((tr, i) => {
    const cols = ['x', 'y', 'z', 'lat', 'lon', 'labels', 'values', 'text'].filter((k) => Array.isArray(tr[k]));
    if (!cols.length) return;
    const n = Math.max(...cols.map((k) => tr[k].length));
    const rows = [];
    for (let r = 0; r < n; r++) rows.push(Object.fromEntries(cols.map((k) => [k, tr[k][r] ?? null])));
    out.push({ name: tr.name || `Trace ${i + 1}${tr.type ? ` (${tr.type})` : ''}`, rows });
  });
  return out;
}

function PlotlyChart({ node }) {
  adoptStyles();
  const p = node.props;
  const frameRef = useRef(/** @type {HTMLElement|null} */ (null));
  const hostRef = useRef(/** @type {any} */ (null));
  const theme = useTheme(frameRef);
  const size = useSize(frameRef);
  const widget = useWidget(node);
  const commitRef = useRef(widget.commit);
  commitRef.current = widget.commit;
  const modes = p.selection_mode || [];
  const specRef = useRef(/** @type {any} */ (null));
  const stretch = p.width === 'stretch';
  const title = (() => {
    try {
      const l = JSON.parse(p.spec).layout || {};
      return typeof l.title === 'string' ? l.title : (l.title && l.title.text) || '';
    } catch { return ''; }
  })();
  const name = p.alt || title || 'Plotly chart';

  useEffect(() => {
    const el = hostRef.current;
    if (!theme || !el || !size.width) return undefined;
    const spec = themedSpec(p.spec, theme, p.theme === 'streamlit');
    specRef.current = spec;
    const layout = { ...(spec.layout || {}) };
    layout.width = stretch ? size.width : (typeof p.width === 'number' ? p.width : layout.width);
    layout.height = typeof p.height === 'number' ? p.height : (layout.height || 450);
    if (modes.length) {
      layout.clickmode = 'event+select';
      layout.hovermode = layout.hovermode ?? 'closest';
      if (layout.dragmode === undefined) layout.dragmode = modes.includes('box') ? 'select' : modes.includes('lasso') ? 'lasso' : 'zoom';
    }
    const config = { displaylogo: false, responsive: false, ...JSON.parse(p.config || '{}') };
    if (modes.length) config.modeBarButtonsToRemove = [...(config.modeBarButtonsToRemove || []), ...['select2d', 'lasso2d'].filter((b) => !modes.includes(b === 'select2d' ? 'box' : 'lasso'))];
    let live = true;
    Plotly.react(el, spec.data || [], layout, config).then(() => {
      if (!live || !modes.length) return;
      el.removeAllListeners?.('plotly_selected');
      el.removeAllListeners?.('plotly_click');
      el.removeAllListeners?.('plotly_deselect');
      const send = (ev) => commitRef.current({ selection: selectionOf(ev) });
      el.on('plotly_selected', (ev) => { if (ev) send(ev); });
      el.on('plotly_click', (ev) => { if (modes.includes('points')) send({ points: ev.points }); });
      el.on('plotly_deselect', () => send(null));
    }, (e) => {
      el.textContent = `This chart could not be drawn: ${e && e.message || e}`;
    });
    return () => { live = false; };
  }, [p.spec, p.config, p.theme, p.width, p.height, theme, modes.join(), stretch ? size.width : 0, size.width > 0]);

  useEffect(() => () => { if (hostRef.current) Plotly.purge(hostRef.current); }, []);

  const save = () => {
    if (hostRef.current) Plotly.toImage(hostRef.current, { format: 'png', scale: 2 }).then((url) => download(url, 'chart.png'));
  };
  return html`<${ChartFrame} node=${node} name=${name} frameRef=${frameRef}
      tables=${() => tablesOf(specRef.current || JSON.parse(p.spec))} downloads=${[{ label: 'Download as PNG', run: save }]}>
    <div class="tl-plotly" ref=${hostRef}></div>
  <//>`;
}

export default PlotlyChart;
