// st.echarts_chart: Apache ECharts (a lazily loaded chunk), themed as
// Streamlit's, sized to its container; with on_select a widget whose value is
// {selection: {selected: [{series_index, series_id, series_name, data_type,
// data_indices}], areas: [{brush_index, brush_type, coord_range}]}}.
import { useEffect, useRef } from 'preact/hooks';
import * as echarts from 'echarts';
import { html } from '../../html.js';
import { useWidget } from '../../widgets/common.js';
import { ChartFrame, adoptStyles, download, useSize, useTheme } from './common.js';
import { chartOption, themeAxis } from './echarts_option.js';

function echartsTheme(t) {
  const text = { color: t.faded, fontFamily: t.font, fontSize: 12 };
  const axis = themeAxis(t);
  const valueAxis = { ...axis, axisLabel: { ...axis.axisLabel, hideOverlap: true } };
  return {
    color: t.categorical, backgroundColor: 'transparent', darkMode: t.dark, textStyle: text,
    title: { textStyle: { color: t.text, fontFamily: t.font, fontSize: 14, fontWeight: 'normal' }, subtextStyle: text },
    legend: { textStyle: { color: t.faded, fontFamily: t.font, fontSize: 12 }, inactiveColor: t.grid, pageIconColor: t.faded, pageTextStyle: { color: t.faded } },
    tooltip: { backgroundColor: t.bg, borderColor: t.grid, textStyle: { color: t.text, fontFamily: t.font, fontSize: 12 } },
    categoryAxis: axis, valueAxis, logAxis: valueAxis, timeAxis: valueAxis, angleAxis: axis, radiusAxis: axis, parallelAxis: axis, singleAxis: axis,
    visualMap: { inRange: { color: t.sequential }, textStyle: text },
  };
}

function seriesList(option) {
  const s = option.series;
  return Array.isArray(s) ? s : s ? [s] : [];
}

function tablesOf(option) {
  const out = [];
  const ds = Array.isArray(option.dataset) ? option.dataset : option.dataset ? [option.dataset] : [];
  ds.forEach((d, i) => {
    if (Array.isArray(d.source) && Array.isArray(d.source[0])) {
      const [head, ...rows] = d.source;
      out.push({ name: `Dataset ${i + 1}`, rows: rows.map((r) => Object.fromEntries(head.map((h, j) => [String(h), r[j]]))) });
    }
  });
  seriesList(option).forEach((s, i) => {
    if (Array.isArray(s.data)) {
      out.push({ name: s.name || `Series ${i + 1}`, rows: s.data.map((v, j) => (v && typeof v === 'object' && !Array.isArray(v) ? { index: j, ...v } : { index: j, value: v })) });
    }
  });
  return out;
}

function EChartsChart({ node }) {
  adoptStyles();
  const p = node.props;
  const frameRef = useRef(/** @type {HTMLElement|null} */ (null));
  const hostRef = useRef(/** @type {HTMLElement|null} */ (null));
  const chartRef = useRef(/** @type {any} */ (null));
  const theme = useTheme(frameRef);
  const size = useSize(frameRef);
  const widget = useWidget(node);
  const commitRef = useRef(widget.commit);
  commitRef.current = widget.commit;
  const option = JSON.parse(p.spec);
  const titleOf = (o) => { const t = Array.isArray(o.title) ? o.title[0] : o.title; return (t && t.text) || ''; };
  const name = p.alt || titleOf(option) || 'Chart';
  const width = p.width === 'stretch' ? size.width : (typeof p.width === 'number' ? p.width : 700);
  const height = typeof p.height === 'number' ? p.height : 350;

  useEffect(() => {
    const el = hostRef.current;
    if (!theme || !el || !size.width) return undefined;
    const themeName = `tablit-${theme.dark ? 'dark' : 'light'}`;
    if (p.theme === 'streamlit') echarts.registerTheme(themeName, echartsTheme(theme));
    const chart = echarts.init(el, p.theme === 'streamlit' ? themeName : (theme.dark ? 'dark' : undefined), { renderer: p.renderer || 'canvas', width, height });
    chartRef.current = chart;
    const opt = chartOption(JSON.parse(p.spec), { streamlit: p.theme === 'streamlit', alt: p.alt, selectable: !!p.selection_activated });
    chart.setOption(opt);
    if (p.selection_activated) {
      const native = new Map(); // series -> Set(indices) from clicks
      const brushed = new Map();
      let areas = [];
      const info = (i) => { const s = seriesList(opt)[i] || {}; return { series_id: s.id ?? null, series_name: s.name ?? null }; };
      const send = () => {
        const keys = new Set([...native.keys(), ...brushed.keys()]);
        const selected = [];
        for (const k of [...keys].sort()) {
          const [si, dt] = k.split('|');
          const idx = new Set([...(native.get(k) || []), ...(brushed.get(k) || [])]);
          if (!idx.size) continue;
          selected.push({ series_index: Number(si), ...info(Number(si)), data_type: dt, data_indices: [...idx].sort((a, b) => a - b) });
        }
        commitRef.current({ selection: { selected, areas } });
      };
      chart.on('selectchanged', (ev) => {
        native.clear();
        for (const s of ev.selected || []) native.set(`${s.seriesIndex}|${s.dataType || 'main'}`, s.dataIndex || []);
        send();
      });
      chart.on('brushSelected', (ev) => {
        brushed.clear();
        areas = [];
        for (const b of ev.batch || []) {
          (b.areas || []).forEach((a, i) => { if (a.coordRange) areas.push({ brush_index: areas.length || i, brush_type: a.brushType, coord_range: a.coordRange }); });
          for (const s of b.selected || []) if ((s.dataIndex || []).length) brushed.set(`${s.seriesIndex}|main`, s.dataIndex);
        }
        send();
      });
    }
    return () => { chart.dispose(); chartRef.current = null; };
  }, [p.spec, p.theme, p.renderer, p.alt, theme, size.width > 0]);

  useEffect(() => { if (chartRef.current && width) chartRef.current.resize({ width, height }); }, [width, height]);

  const save = () => {
    if (chartRef.current) download(chartRef.current.getDataURL({ type: 'png', pixelRatio: 2 }), 'chart.png');
  };
  return html`<${ChartFrame} node=${node} name=${name} frameRef=${frameRef} tables=${() => tablesOf(option)}
      downloads=${[{ label: 'Download as PNG', run: save }]}>
    <div class="tl-echarts" ref=${hostRef} style=${`height:${height}px`}></div>
  <//>`;
}

export default EChartsChart;
