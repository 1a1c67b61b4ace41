// Vega-Lite charts (st.vega_lite_chart, st.altair_chart and the built-in
// line/area/bar/scatter charts), drawn with vega-embed: a lazily loaded chunk.
//
// Under a Content-Security-Policy without 'unsafe-eval' Vega cannot compile
// its expressions to functions, so they are interpreted (vega-interpreter,
// `ast: true`).  vega-embed's and vega-tooltip's own <style> injection is off;
// their styles come with common.js's adopted stylesheet.
//
// Themed as Streamlit 1.67's charts (the config below mirrors its Vega theme),
// sized to the container (`width: "stretch"` follows it as it resizes), named
// for screen readers (alt, then the spec's description or title), and with
// `on_select` the chart is a widget whose value is {selection: {param: value}}.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import embed from 'vega-embed';
import { expressionInterpreter } from 'vega-interpreter';
import { html } from '../../html.js';
import { useWidget } from '../../widgets/common.js';
import { ChartFrame, adoptStyles, download, useSize, useTheme } from './common.js';
import { COMPOSED, scaleBindingsOnContinuousChannels, streamlitPadding, stretchVconcat, withoutSubsetDomains } from './vega_spec.js';

const CANVAS_ABOVE = 5000; // rows: more than this draw on a canvas, fewer as SVG
/** Pixels of a fullscreen chart's window that are not the chart: the frame's margin and padding, the toolbar's row. */
const FULL_CHROME = 120;

/** Streamlit's Vega config for a theme (frontend theme values in px). */
export function streamlitConfig(t) {
  return {
    font: t.font,
    background: t.bg,
    fieldTitle: 'verbal',
    autosize: { type: 'fit', contains: 'padding' },
    title: { align: 'left', anchor: 'start', color: t.text, titleFontStyle: 'normal', fontWeight: 600, fontSize: 16, orient: 'top', offset: 26 },
    header: { titleFontWeight: 400, titleFontSize: 16, titleColor: t.text, titleFontStyle: 'normal', labelFontSize: 12, labelFontWeight: 400, labelColor: t.text, labelFontStyle: 'normal' },
    axis: {
      labelFontSize: 12, labelFontWeight: 400, labelColor: t.faded, labelFontStyle: 'normal', titleFontWeight: 400, titleFontSize: 14,
      titleColor: t.faded, titleFontStyle: 'normal', ticks: false, gridColor: t.grid, domain: false, domainWidth: 1, domainColor: t.grid,
      labelFlush: true, labelFlushOffset: 1, labelBound: false, labelLimit: 100, titlePadding: 16, labelPadding: 16, labelSeparation: 4, labelOverlap: true,
    },
    legend: {
      labelFontSize: 14, labelFontWeight: 400, labelColor: t.faded, titleFontSize: 14, titleFontWeight: 400, titleFontStyle: 'normal',
      titleColor: t.faded, titlePadding: 8, labelPadding: 16, columnPadding: 8, rowPadding: 4, padding: 8, symbolStrokeWidth: 4,
    },
    range: { category: t.categorical, diverging: t.diverging, ramp: t.sequential, heatmap: t.sequential },
    view: { columns: 1, strokeWidth: 0, stroke: 'transparent', continuousHeight: 350, continuousWidth: 400 },
    concat: { columns: 1 },
    facet: { columns: 1 },
    mark: { tooltip: { content: 'encoding' }, color: t.categorical[0] },
    bar: { binSpacing: 4, discreteBandSize: { band: 0.85 } },
    axisDiscrete: { grid: false },
    axisXPoint: { grid: false },
    axisTemporal: { grid: false },
    axisXBand: { grid: false },
  };
}

/** The config of `theme=None`: only the page's colours and font. */
function plainConfig(t) {
  const fonts = { labelFont: t.font, titleFont: t.font, labelFontSize: 12, titleFontSize: 12 };
  return {
    background: t.bg,
    axis: { labelColor: t.text, titleColor: t.text, gridColor: t.grid, ...fonts },
    legend: { labelColor: t.text, titleColor: t.text, ...fonts },
    title: { color: t.text, subtitleColor: t.text, ...fonts },
    header: { labelColor: t.text, titleColor: t.text, ...fonts },
    view: { stroke: t.grid, continuousHeight: 350, continuousWidth: 400 },
    mark: { tooltip: true },
  };
}

/** Deep merge: the spec's own config wins; arrays are replaced, not merged. */
function merge(base, over) {
  if (!over || typeof over !== 'object' || Array.isArray(over)) return over === undefined ? base : over;
  const out = { ...base };
  for (const k of Object.keys(over)) {
    const b = base ? base[k] : undefined;
    out[k] = b && typeof b === 'object' && !Array.isArray(b) ? merge(b, over[k]) : over[k];
  }
  return out;
}

/** Streamlit's colour names ("red", "primary"...) in colour values and scale ranges, as theme colours. */
function resolveNamedColors(value, t) {
  const named = (c) => {
    if (typeof c !== 'string') return c;
    const k = c.toLowerCase();
    return k === 'primary' ? t.primary : (t.named[k] || c);
  };
  const walk = (v, key) => {
    if (Array.isArray(v)) return key === 'range' ? v.map(named) : v.map((x) => walk(x, ''));
    if (!v || typeof v !== 'object') return v;
    const out = {};
    for (const k of Object.keys(v)) {
      if (k === 'datasets' || k === 'data') { out[k] = v[k]; continue; }
      const x = v[k];
      out[k] = (k === 'value' && ['color', 'fill', 'stroke'].includes(key)) ? named(x) : walk(x, k);
    }
    return out;
  };
  return walk(value, '');
}

function rowCount(spec) {
  let n = 0;
  for (const rows of Object.values(spec.datasets || {})) if (Array.isArray(rows)) n = Math.max(n, rows.length);
  if (spec.data && Array.isArray(spec.data.values)) n = Math.max(n, spec.data.values.length);
  return n;
}

function titleText(spec) {
  const t = spec.title;
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) return t.join(' ');
  if (t && typeof t === 'object') return Array.isArray(t.text) ? t.text.join(' ') : t.text;
  return '';
}

const NAMES = { line_chart: 'Line chart', area_chart: 'Area chart', bar_chart: 'Bar chart', scatter_chart: 'Scatter chart',
  altair_chart: 'Chart', vega_lite_chart: 'Chart', map: 'Map' };

/** The tables behind "Show data": the spec's named datasets and inline values. */
function tablesOf(spec) {
  const out = [];
  const sets = Object.entries(spec.datasets || {});
  sets.forEach(([, rows], i) => {
    if (Array.isArray(rows)) out.push({ name: sets.length > 1 ? `Data ${i + 1}` : 'Data', rows });
  });
  if (spec.data && Array.isArray(spec.data.values)) out.push({ name: out.length ? `Data ${out.length + 1}` : 'Data', rows: spec.data.values });
  return out;
}

function selectionValue(v) {
  if (v && typeof v === 'object' && v.vlPoint && typeof v.vlPoint === 'object' && 'or' in v.vlPoint) v = v.vlPoint.or;
  return JSON.parse(JSON.stringify(v || {}));
}

function VegaLiteChart({ node }) {
  adoptStyles();
  const p = node.props;
  const frameRef = useRef(/** @type {HTMLElement|null} */ (null));
  const hostRef = useRef(/** @type {HTMLElement|null} */ (null));
  const viewRef = useRef(/** @type {any} */ (null));
  const theme = useTheme(frameRef);
  const size = useSize(frameRef);
  const widget = useWidget(node);
  const commitRef = useRef(widget.commit);
  commitRef.current = widget.commit;
  const spec = useMemo(() => JSON.parse(p.spec), [p.spec]);
  const composed = COMPOSED.some((k) => k in spec) || ['row', 'column', 'facet'].some((k) => spec.encoding && k in spec.encoding);
  const stretch = p.width === 'stretch' && !composed;
  // (a stretched vconcat: its charts take the container's width, drawn again when it changes)
  const vstretch = p.width === 'stretch' && Array.isArray(spec.vconcat);
  const widthRef = useRef(0);
  widthRef.current = size.width;
  const modes = (p.selection_mode || []).join('\n');
  // fullscreen (the toolbar's, charts/common.js): as 1.67's, the chart fills the window's width and height
  const [full, setFull] = useState(false);
  const name = p.alt || spec.description || titleText(spec) || NAMES[p.command] || 'Chart';

  useEffect(() => {
    const host = hostRef.current;
    if (!theme || !host || !widthRef.current) return undefined;
    let cancelled = false;
    /** @type {any} */
    let result = null;
    let timer = 0;
    const s = scaleBindingsOnContinuousChannels(resolveNamedColors(spec, theme), p.selection_mode || []);
    s.config = merge(p.theme === 'streamlit' ? streamlitConfig(theme) : plainConfig(theme), s.config);
    if (full && !composed) s.width = widthRef.current;
    else if (typeof p.width === 'number') s.width = p.width;
    else if (stretch) s.width = widthRef.current;
    else if (vstretch) stretchVconcat(s, widthRef.current);
    else if (s.width === 0) delete s.width;
    if (full && !composed) s.height = Math.max(200, window.innerHeight - FULL_CHROME);
    else if (typeof p.height === 'number') s.height = p.height;
    else if (s.height === 0) delete s.height;
    if (p.alt) s.description = p.alt;
    streamlitPadding(s);
    const opts = {
      mode: 'vega-lite', actions: false, ast: true, expr: expressionInterpreter, defaultStyle: false,
      renderer: rowCount(s) > CANVAS_ABOVE ? 'canvas' : 'svg',
      tooltip: { theme: theme.dark ? 'dark' : 'light', disableDefaultStyle: true },
      config: {},
      patch: withoutSubsetDomains,
    };
    embed(host, s, /** @type {any} */ (opts)).then((r) => {
      if (cancelled) { r.finalize(); return; }
      result = r;
      viewRef.current = r.view;
      // Vega sizes the view (its origin: the room left of the plot for the y axis and its
      // title) in the first run only, from bounds that run had before its last pass; 1.67's
      // chart is sized again once drawn, and its y-axis title sits 9 px further left than
      // after one run.  So one more autosize pass, in the same frame.
      r.view.resize().runAsync();
      const params = modes ? modes.split('\n') : [];
      const state = {};
      for (const param of params) {
        state[param] = {};
        try {
          r.view.addSignalListener(param, (_n, value) => {
            state[param] = selectionValue(value);
            clearTimeout(timer);
            timer = setTimeout(() => commitRef.current({ selection: { ...state } }), 150);
          });
        } catch (e) {
          console.warn(`tablit: no selection parameter ${param} in the chart`, e);
        }
      }
    }, (e) => {
      if (cancelled) return;
      host.textContent = '';
      const msg = document.createElement('div');
      msg.className = 'tl-chart-message';
      msg.setAttribute('role', 'alert');
      msg.textContent = `This chart could not be drawn: ${e && e.message || e}`;
      host.appendChild(msg);
    });
    return () => {
      cancelled = true;
      clearTimeout(timer);
      if (result) result.finalize();
      viewRef.current = null;
    };
  }, [p.spec, p.theme, p.width, p.height, p.alt, theme, modes, size.width > 0, vstretch ? size.width : 0, full]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view || !(stretch || (full && !composed)) || !size.width) return;
    view.width(size.width);
    view.runAsync();
  }, [size.width]);

  const savePng = () => {
    const view = viewRef.current;
    if (view) view.toImageURL('png', 2).then((url) => download(url, 'chart.png'));
  };
  // (1.67's toolbar: "Download as PNG" and "Copy Vega-Lite spec", the chart's spec as JSON)
  const copySpec = () => navigator.clipboard?.writeText(JSON.stringify(spec, null, 2))
    .catch((e) => console.error('tablit: could not copy the chart\'s spec', e));
  return html`<${ChartFrame} node=${node} name=${name} frameRef=${frameRef} tables=${() => tablesOf(spec)} full=${full} onFull=${setFull}
      downloads=${[{ label: 'Download as PNG', run: savePng }, { label: 'Copy Vega-Lite spec', icon: 'copy', run: copySpec }]}>
    <div class=${'tl-vega' + (stretch || vstretch ? '' : ' tl-content-width')} ref=${hostRef}></div>
  <//>`;
}

export default VegaLiteChart;
