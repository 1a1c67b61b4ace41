// What every chart chunk shares: the Streamlit chart palette and theme read
// from the page's CSS, container size, the chart frame (accessible name,
// toolbar with "Show data" / downloads), and the charts' stylesheet.
//
// The stylesheet is adopted from here (a constructed CSSStyleSheet), not put
// in tablit.css: an app without charts downloads not one byte of it, and a
// constructed sheet needs no 'unsafe-inline' style-src.
import { useEffect, useRef, useState } from 'preact/hooks';
import { html } from '../../html.js';
import { ToolBox, ToolButton } from '../../element_toolbar.js';
import { adoptCss } from '../../adopted_css.js';

// Streamlit 1.67's chart colours (its theme's chartCategoricalColors & co.).
const CATEGORICAL_LIGHT = ['#0068c9', '#83c9ff', '#ff2b2b', '#ffabab', '#29b09d', '#7defa1', '#ff8700', '#ffd16a', '#6d3fc0', '#d5dae5'];
const CATEGORICAL_DARK = ['#83c9ff', '#0068c9', '#ffabab', '#ff2b2b', '#7defa1', '#29b09d', '#ffd16a', '#ff8700', '#6d3fc0', '#d5dae5'];
const SEQUENTIAL_LIGHT = ['#e4f5ff', '#c7ebff', '#a6dcff', '#83c9ff', '#60b4ff', '#3d9df3', '#1c83e1', '#0068c9', '#0054a3', '#004280'];
const SEQUENTIAL_DARK = ['#004280', '#0054a3', '#0068c9', '#1c83e1', '#3d9df3', '#60b4ff', '#83c9ff', '#a6dcff', '#c7ebff', '#e4f5ff'];
const DIVERGING = ['#7d353b', '#bd4043', '#ff4b4b', '#ff8c8c', '#ffc7c7', '#a6dcff', '#60b4ff', '#1c83e1', '#0054a3', '#004280'];
// st.*_chart(color="red") etc.: Streamlit's named colours.
const NAMED_LIGHT = { red: '#ff4b4b', orange: '#ffa421', yellow: '#faca2b', green: '#21c354', blue: '#1c83e1', violet: '#803df5', gray: '#a3a8b8', grey: '#a3a8b8' };
const NAMED_DARK = { red: '#ff6c6c', orange: '#ffbd45', yellow: '#ffe312', green: '#3dd56d', blue: '#3d9df3', violet: '#9a5dff', gray: '#bfc5d3', grey: '#bfc5d3' };

/**
 * @typedef {{dark: boolean, text: string, faded: string, bg: string, grid: string, font: string,
 *   primary: string, categorical: string[], sequential: string[], diverging: string[],
 *   named: Record<string, string>}} ChartTheme
 */

function parseColor(c) {
  const m = /rgba?\(([^)]+)\)/.exec(c || '');
  if (m) return m[1].split(',').map((x) => parseFloat(x));
  const hx = /^#([0-9a-f]{6})/i.exec((c || '').trim());
  if (hx) return [0, 2, 4].map((i) => parseInt(hx[1].slice(i, i + 2), 16));
  return null;
}

/** A comma-separated colour list of a CSS variable, or null when it is empty. */
function list(value) {
  const items = String(value || '').split(',').map((x) => x.trim()).filter(Boolean);
  return items.length ? items : null;
}

function isDark(bg) {
  const rgb = parseColor(bg);
  if (!rgb || (rgb.length > 3 && rgb[3] === 0)) return false;
  return (0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]) / 255 < 0.5;
}

/**
 * The chart theme for an element: the page's text, background and font (its
 * CSS custom properties or computed colours), Streamlit's palettes for light
 * or dark backgrounds.
 * @param {Element} el
 * @returns {ChartTheme}
 */
export function readTheme(el) {
  const cs = getComputedStyle(el);
  const v = (name, fallback) => (cs.getPropertyValue(name) || '').trim() || fallback;
  const bg = v('--tl-bg', 'rgb(255, 255, 255)');
  const text = v('--tl-text', cs.color || '#31333f');
  const dark = isDark(bg);
  return {
    dark,
    text,
    // axis and legend labels, and grid lines: 1.67 takes them from its fixed grey palette by the
    // background's lightness (gray70/gray30, gray30/gray85), whatever the theme's text or border colour
    faded: dark ? '#e6eaf1' : '#808495',
    bg,
    grid: dark ? '#31333f' : '#e6eaf1',
    font: v('--tl-font', cs.fontFamily || 'sans-serif'),
    primary: v('--tl-primary', '#ff4b4b'),
    // [theme] chartCategoricalColors / chartSequentialColors / chartDivergingColors (py/tablit/theme.py)
    categorical: list(v('--tl-chart-categorical', '')) || (dark ? CATEGORICAL_DARK : CATEGORICAL_LIGHT),
    sequential: list(v('--tl-chart-sequential', '')) || (dark ? SEQUENTIAL_DARK : SEQUENTIAL_LIGHT),
    diverging: list(v('--tl-chart-diverging', '')) || DIVERGING,
    named: dark ? NAMED_DARK : NAMED_LIGHT,
  };
}

/** How long a chart waits for its font before it draws in the fallback face. */
const FONT_WAIT_MS = 1500;

/**
 * Resolves when the regular face of `family` (a CSS font-family list) is loaded, at once
 * when it already is or the page has no FontFace API, after FONT_WAIT_MS at the latest.
 * @param {string} family
 * @returns {Promise<void>}
 */
export function fontLoaded(family) {
  const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
  const font = `400 12px ${family}`;
  let ready = true;
  try {
    ready = !fonts || fonts.check(font);
  } catch {
    // a family list the API refuses: draw at once
  }
  if (ready) return Promise.resolve();
  return Promise.race([
    fonts.load(font).then(() => {}, () => {}),
    new Promise((r) => setTimeout(r, FONT_WAIT_MS)),
  ]);
}

/**
 * The theme of the element behind `ref`, read again when the page's colour
 * scheme or its root's class/style/data-theme change (light/dark switch).
 * @param {{current: Element|null}} ref
 * @returns {ChartTheme|null}
 */
export function useTheme(ref) {
  const [theme, setTheme] = useState(/** @type {ChartTheme|null} */ (null));
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    let last = '';
    let gone = false;
    const update = () => {
      const t = readTheme(el);
      const k = JSON.stringify(t);
      if (k === last) return;
      last = k;
      // a chart lays out its axes by measuring its labels: measured in the fallback face (the
      // theme's font not loaded yet, as on a first visit), Vega keeps the wider margin after the
      // face arrives (1.67 draws charts after its fonts are in).  So the theme comes once the
      // face is loaded, or after FONT_WAIT_MS without it.
      fontLoaded(t.font).then(() => { if (!gone && last === k) setTheme(t); });
    };
    update();
    const mq = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
    mq?.addEventListener?.('change', update);
    const mo = new MutationObserver(update);
    for (const n of [document.documentElement, document.body, el.closest('.tl-root') || el.parentElement]) {
      if (n) mo.observe(n, { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] });
    }
    return () => { gone = true; mq?.removeEventListener?.('change', update); mo.disconnect(); };
  }, []);
  return theme;
}

/**
 * The content-box width (and height) of the element behind `ref`, followed
 * with a ResizeObserver: charts resize with their container.
 * @returns {{width: number, height: number}}
 */
export function useSize(ref) {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const measure = () => {
      const r = el.getBoundingClientRect();
      const w = Math.floor(r.width), h = Math.floor(r.height);
      setSize((s) => (s.width === w && s.height === h ? s : { width: w, height: h }));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return size;
}

/** Add the charts' stylesheet to the document once. */
export function adoptStyles() {
  adoptCss('charts', CSS);
}

/**
 * Data tables for the toolbar's "Show data": records as a table.
 * @param {{name: string, rows: Record<string, any>[]}[]} tables
 */
function DataTables({ tables, id }) {
  const LIMIT = 1000;
  return html`<div class="tl-chart-data" id=${id}>
    ${tables.length === 0 ? html`<p>This chart has no tabular data.</p>` : null}
    ${tables.map((t) => {
      const cols = [];
      for (const r of t.rows.slice(0, LIMIT)) for (const k in r) if (!cols.includes(k)) cols.push(k);
      return html`<div class="tl-chart-data-wrap" tabindex="0" role="region" aria-label=${t.name}>
        <table class="tl-table">
          <caption>${t.name} (${t.rows.length} row${t.rows.length === 1 ? '' : 's'}${t.rows.length > LIMIT ? `, first ${LIMIT} shown` : ''})</caption>
          <thead><tr>${cols.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
          <tbody>${t.rows.slice(0, LIMIT).map((r) => html`<tr>${cols.map((c) => html`<td>${cell(r[c])}</td>`)}</tr>`)}</tbody>
        </table></div>`;
    })}
  </div>`;
}

function cell(v) {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/**
 * A chart's frame: a figure named for screen readers, a toolbar (show the
 * data as a table, downloads, fullscreen: 1.67's), and the drawing.  In
 * fullscreen the chart fills the window but a margin (its width follows,
 * useSize); Escape or the same button ends it.
 * @param {{node: any, name: string, tables: () => {name: string, rows: any[]}[], downloads?: {label: string, icon?: string, run: () => void}[],
 *   children: any, frameRef?: any, height?: number|string, full?: boolean, onFull?: (on: boolean) => void}} p
 */
export function ChartFrame({ node, name, tables, downloads = [], children, frameRef, extraClass = '', full: fullProp, onFull }) {
  const [showData, setShowData] = useState(false);
  const [fullOwn, setFullOwn] = useState(false);
  // (a chart that draws itself to the window's size in fullscreen holds the state: vega.js)
  const full = onFull ? !!fullProp : fullOwn;
  const setFull = onFull || setFullOwn;
  useEffect(() => {
    if (!full) return undefined;
    const onKey = (e) => { if (e.key === 'Escape') setFull(false); };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [full]);
  const id = `tl-chart-data-${node.id.replace(/[^\w-]/g, '_')}`;
  return html`<div class=${`tl-el tl-chart tl-k-${node.kind} ${extraClass}${full ? ' tl-chart-fullscreen' : ''}`} data-testid=${testIdOf(node.kind)}
      role=${full ? 'dialog' : undefined} aria-modal=${full ? 'true' : undefined} aria-label=${full ? name : undefined}>
    <div class="tl-chart-toolbar tl-tools" role="toolbar" aria-label=${`${name}: chart tools`} data-testid="stElementToolbar"><${ToolBox}>
      <${ToolButton} label=${showData ? 'Show chart' : 'Show data'} icon=${showData ? 'chart' : 'table'} pressed=${showData} controls=${id}
        onClick=${() => setShowData(!showData)} />
      ${downloads.map((d) => html`<${ToolButton} label=${d.label} icon=${d.icon || 'download'} onClick=${d.run} />`)}
      <${ToolButton} label=${full ? 'Close fullscreen' : 'Fullscreen'} icon=${full ? 'fullscreen_exit' : 'fullscreen'} pressed=${full} onClick=${() => setFull(!full)} />
    </${ToolBox}></div>
    <figure class="tl-chart-figure" role="figure" aria-label=${name} ref=${frameRef} hidden=${showData}>${children}</figure>
    ${showData ? html`<${DataTables} tables=${tables()} id=${id} />` : null}
  </div>`;
}

function testIdOf(kind) {
  return { vega_lite_chart: 'stVegaLiteChart', plotly_chart: 'stPlotlyChart', deck_gl_json_chart: 'stDeckGlJsonChart',
    graphviz_chart: 'stGraphVizChart', echarts_chart: 'stEChartsChart' }[kind] || 'stChart';
}

/** Save a data URL or Blob under a file name. */
export function download(href, filename) {
  const a = document.createElement('a');
  const url = typeof href === 'string' ? href : URL.createObjectURL(href);
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  if (typeof href !== 'string') setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A ref-like holder whose value survives renders. */
export function useBox(init) {
  return useRef(init);
}

const CSS = `
.tl-chart { position: relative; max-width: 100%; }
/* where 1.67 has it, hidden or shown: only its opacity changes, so a pointer that moves to a tool does not make it jump */
.tl-chart-toolbar { display: flex; justify-content: flex-end; gap: 0.25rem; opacity: 0; transition: opacity 0.15s; position: absolute; top: -2.25rem; right: 0; z-index: 2; }
.tl-chart:hover .tl-chart-toolbar, .tl-chart:focus-within .tl-chart-toolbar { opacity: 1; }
.tl-chart-figure { margin: 0; min-width: 0; max-width: 100%; overflow: hidden; }
.tl-chart.tl-chart-fullscreen { position: fixed; inset: 1rem; z-index: 1000; background: var(--tl-bg); padding: 3rem 1.5rem 1.5rem; overflow: auto; box-shadow: 0 0 0 100vmax rgba(0, 0, 0, 0.3); }
.tl-chart.tl-chart-fullscreen .tl-chart-toolbar { opacity: 1; top: 0.5rem; right: 1rem; }
.tl-chart-figure[hidden] { display: none; }
.tl-chart-data { max-height: 24rem; overflow: auto; }
.tl-chart-data caption { text-align: left; font-size: 0.875rem; color: var(--tl-muted); padding: 0.25rem 0; }
.tl-chart-data-wrap { overflow: auto; margin-bottom: 0.5rem; }
.tl-chart-message { padding: 1rem; border: 1px solid var(--tl-border); border-radius: var(--tl-radius, 0.5rem); color: var(--tl-muted); font-size: 0.875rem; }
.tl-vega { width: 100%; }
.tl-vega .vega-embed { display: block; width: 100%; }
.tl-vega.tl-content-width .vega-embed { display: inline-block; width: auto; }
.tl-vega .vega-embed summary, .tl-vega .vega-embed .vega-actions { display: none; }
#vg-tooltip-element { visibility: hidden; padding: 0.5rem 0.75rem; position: fixed; z-index: 1000; font-family: var(--tl-font, sans-serif); font-size: 0.875rem; border-radius: 0.25rem; box-shadow: 0 1px 4px rgba(0,0,0,0.2); pointer-events: none; background: #fff; color: #31333f; border: 1px solid rgba(49,51,63,0.2); max-width: 24rem; }
#vg-tooltip-element.visible { visibility: visible; }
#vg-tooltip-element.dark-theme { background: #262730; color: #fafafa; border-color: rgba(250,250,250,0.2); }
#vg-tooltip-element table { border-spacing: 0; }
#vg-tooltip-element td.key { color: rgba(128,128,128,1); text-align: right; padding-right: 0.5rem; }
#vg-tooltip-element td.value { text-align: left; }
#vg-tooltip-element h2 { margin: 0 0 0.25rem; font-size: 0.875rem; }
.tl-plotly { width: 100%; }
.tl-graphviz svg { max-width: 100%; height: auto; }
.tl-graphviz { overflow: auto; }
.tl-mermaid { position: relative; margin: 0 0 1rem; }
.tl-mermaid:hover .tl-chart-toolbar, .tl-mermaid:focus-within .tl-chart-toolbar { opacity: 1; }
.tl-mermaid-img { display: block; margin: 0 auto; max-width: 100%; height: auto; }
.tl-mermaid-loading { min-height: 6rem; border-radius: 0.5rem; background: var(--tl-bg2, rgba(128,128,128,0.1)); }
.tl-echarts { width: 100%; }
.tl-map { position: relative; width: 100%; border-radius: 0.5rem; overflow: hidden; }
.tl-map canvas { display: block; }
/* 1.67's zoom control: two 29 px buttons in a white group, 12 px from the map's top, 13 px from its right */
.tl-map-zoom { position: absolute; top: 12px; right: 13px; z-index: 1; background: #fff; border-radius: 4px; box-shadow: 0 0 0 2px rgba(0,0,0,0.1); overflow: hidden; }
.tl-map-zoom button { display: block; width: 29px; height: 29px; padding: 0; margin: 0; border: 0; background: transparent; cursor: pointer; fill: #333; }
.tl-map-zoom button + button { border-top: 1px solid #dcd8d4; }
.tl-map-zoom button:hover { background: rgba(0,0,0,0.05); }
.tl-map-zoom button:focus-visible { outline: 2px solid var(--tl-primary, #ff4b4b); outline-offset: -2px; }
.tl-map-zoom svg { display: block; }
.tl-map-attribution { position: absolute; right: 0.25rem; bottom: 0.25rem; font-size: 0.625rem; color: var(--tl-muted); background: rgba(255,255,255,0.7); padding: 0 0.25rem; border-radius: 0.125rem; }
`;
