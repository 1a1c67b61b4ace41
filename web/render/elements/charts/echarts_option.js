// What st.echarts_chart does to a spec before ECharts draws it, as 1.67 does
// (read off its page): the chart keeps a screen-reader description, a
// display-only chart does not show a pointer over its marks, and with the
// "streamlit" theme the plot fills its box (grid 8 px from the left and
// bottom, 24 px from the right, 16 px from the top, labels kept inside it),
// with room made for a title and a legend where the spec puts them, titles in
// the theme's heading size, and several bottom controls (data zoom slider,
// horizontal visual map, timeline) stacked rather than drawn over each other.
// Pure functions of the spec: tests/node/echarts_option.test.mjs.

/** Streamlit's spacing and font sizes, px (1rem = 16px). */
const SP = { twoXS: 4, sm: 8, md: 12, lg: 16, twoXL: 24, threeXL: 32, xs: 6 };
const FONT = { twoSm: 12, sm: 14 };

/** @param {unknown} v @returns {v is Record<string, any>} */
const isObj = (v) => !!v && typeof v === 'object' && !Array.isArray(v);

/** A component option as a list (an object, or the objects of an array). @param {unknown} v @returns {Record<string, any>[]} */
const listOf = (v) => (isObj(v) ? [v] : Array.isArray(v) ? v.filter(isObj) : []);

/** @param {Record<string, any>} t a title at the bottom */
const titleAtBottom = (t) => t.bottom !== undefined || t.top === 'bottom';

/** Horizontal, shown, and not placed by the spec: such a component sits at the bottom. @param {Record<string, any>} c */
const freeHorizontal = (c) => c.show !== false && c.orient !== 'vertical' && c.top === undefined;
/** @param {Record<string, any>} c */
const atBottomEdge = (c) => freeHorizontal(c) && (c.bottom === undefined || c.bottom === 0);

/** @param {Record<string, any>} o */
const sliderZooms = (o) => listOf(o.dataZoom).filter((z) => z.type !== 'inside');
/** @param {Record<string, any>} o */
const flatMaps = (o) => listOf(o.visualMap).filter((m) => m.orient === 'horizontal');
/** Whether a data zoom slider, horizontal visual map or timeline sits at the bottom. @param {Record<string, any>} o */
const bottomControls = (o) => [...sliderZooms(o), ...flatMaps(o), ...listOf(o.timeline)].some(freeHorizontal);

/** Where the titles are. @param {Record<string, any>} o */
function titlePlaces(o) {
  const ts = listOf(o.title);
  if (!ts.length) return { top: o.title !== undefined, bottom: false };
  let top = false;
  let bottom = false;
  for (const t of ts) if (t.show !== false) (titleAtBottom(t) ? (bottom = true) : (top = true));
  return { top, bottom };
}

/** Where the legends are (ECharts 6 puts one without `top` at the bottom). @param {Record<string, any>} o */
function legendPlaces(o) {
  const ls = listOf(o.legend);
  if (!ls.length) return { top: false, bottom: o.legend !== undefined && o.legend !== false };
  let top = false;
  let bottom = false;
  for (const l of ls) if (l.show !== false) (l.top !== undefined && l.top !== 'bottom' ? (top = true) : (bottom = true));
  return { top, bottom };
}

/** The height a top title takes, with its padding. @param {Record<string, any>} o */
function titleHeight(o) {
  const sub = listOf(o.title).some((t) => t.show !== false && !titleAtBottom(t) && typeof t.subtext === 'string' && t.subtext !== '');
  return SP.lg + FONT.sm + (sub ? 10 + FONT.twoSm : 0) + SP.lg;
}

/** Titles in the theme's heading size and weight, padded below. @param {Record<string, any>} o */
function styleTitles(o) {
  const ts = listOf(o.title);
  if (!ts.length) return o;
  const out = ts.map((t) => {
    if (t.show === false) return t;
    const next = { ...t, textStyle: { fontSize: FONT.sm, fontWeight: 'normal', ...(isObj(t.textStyle) ? t.textStyle : {}) } };
    if (t.padding === undefined) next.padding = [0, 0, SP.lg, 0];
    return next;
  });
  return { ...o, title: Array.isArray(o.title) ? out : out[0] };
}

/** Legends that `pick` chooses moved to `top`. @param {Record<string, any>} o @param {number} top @param {(l: Record<string, any>) => boolean} pick */
function moveLegends(o, top, pick) {
  const ls = listOf(o.legend);
  if (!ls.length) return o.legend !== undefined && o.legend !== false && pick({}) ? { ...o, legend: { top } } : o;
  const out = ls.map((l) => (pick(l) ? { ...l, top } : l));
  return out.every((l, i) => l === ls[i]) ? o : { ...o, legend: Array.isArray(o.legend) ? out : out[0] };
}

/** Several bottom controls stacked upwards from the bottom edge; the grid's bottom above them. @param {Record<string, any>} o */
function stackBottom(o) {
  const zooms = sliderZooms(o).filter(atBottomEdge);
  const maps = flatMaps(o).filter(atBottomEdge);
  const lines = listOf(o.timeline).filter(atBottomEdge);
  const tallest = (cs) => cs.reduce((h, c) => (typeof c.height === 'number' ? Math.max(h, c.height) : h), SP.threeXL);
  const rows = [];
  if (lines.length) rows.push({ cs: lines, h: tallest(lines) + SP.md });
  if (zooms.length) rows.push({ cs: zooms, h: tallest(zooms) });
  if (maps.length) rows.push({ cs: maps, h: tallest(maps) });
  if (rows.length < 2) return { option: o, stackedBottom: undefined };
  const at = new Map();
  let y = SP.sm;
  for (const r of rows) {
    for (const c of r.cs) at.set(c, y);
    y += r.h + SP.xs;
  }
  const place = (v) => (isObj(v) ? (at.has(v) ? { ...v, bottom: at.get(v) } : v)
    : Array.isArray(v) ? v.map((c) => (isObj(c) && at.has(c) ? { ...c, bottom: at.get(c) } : c)) : v);
  return {
    option: { ...o, ...(zooms.length ? { dataZoom: place(o.dataZoom) } : {}), ...(maps.length ? { visualMap: place(o.visualMap) } : {}),
      ...(lines.length ? { timeline: place(o.timeline) } : {}) },
    stackedBottom: y,
  };
}

/** The grid Streamlit's theme gives a cartesian chart. @param {Record<string, any>} o @param {number|undefined} stackedTop @param {number|undefined} stackedBottom */
function themeGrid(o, stackedTop, stackedBottom) {
  const t = titlePlaces(o);
  const l = legendPlaces(o);
  /** @type {Record<string, any>} */
  const grid = { left: SP.sm, right: SP.twoXL, outerBoundsMode: 'same' };
  if (!t.top && !l.top) grid.top = SP.lg;
  else if (stackedTop !== undefined) grid.top = stackedTop;
  if (!t.bottom && !l.bottom && !bottomControls(o)) grid.bottom = SP.sm;
  else if (stackedBottom !== undefined) grid.bottom = stackedBottom;
  return grid;
}

/** The "streamlit" theme's layout of one option (a plain option or a baseOption). @param {Record<string, any>} o0 */
function layout(o0) {
  let o = styleTitles(o0);
  const titleTop = titlePlaces(o).top;
  const cartesian = ('xAxis' in o || 'yAxis' in o) && !Array.isArray(o.grid);
  const th = titleTop ? titleHeight(o) : 0;
  // a legend that would sit at the bottom among the bottom controls goes under the title
  if (bottomControls(o) && legendPlaces(o).bottom) o = moveLegends(o, th, (x) => x.show !== false && x.top === undefined && x.bottom === undefined);
  let stackedTop;
  if (titleTop && cartesian) {
    const centredTop = (x) => x.show !== false && x.orient !== 'vertical' && (x.top === 'top' || x.top === 0)
      && (x.left === 'center' || (x.left === undefined && x.right === undefined));
    const moved = moveLegends(o, th, centredTop);
    if (moved !== o) stackedTop = th + SP.twoXL + SP.twoXS;
    o = moved;
  }
  const { option, stackedBottom } = stackBottom(o);
  if (('xAxis' in option || 'yAxis' in option) && !Array.isArray(option.grid)) {
    const grid = themeGrid(option, stackedTop, stackedBottom);
    if (option.grid === undefined) option.grid = grid;
    else if (isObj(option.grid)) option.grid = { ...grid, ...option.grid };
  }
  return option;
}

/** With aria on unless the spec set it. @param {Record<string, any>} o */
function withAria(o) {
  if (o.aria === undefined) return { ...o, aria: { enabled: true } };
  if (isObj(o.aria) && !('enabled' in o.aria)) return { ...o, aria: { ...o.aria, enabled: true } };
  return o;
}

/**
 * An option with `f` applied to it and to every option it holds (its media
 * queries' options, a timeline's baseOption and options, and theirs).
 * @param {Record<string, any>} o @param {(x: Record<string, any>) => Record<string, any>} f
 */
function eachOption(o, f) {
  const withMedia = (x) => {
    const y = f(x);
    return Array.isArray(y.media) ? { ...y, media: y.media.map((m) => (isObj(m) && isObj(m.option) ? { ...m, option: f(m.option) } : m)) } : y;
  };
  let out = withMedia(o);
  if (isObj(out.baseOption)) out = { ...out, baseOption: withMedia(out.baseOption) };
  if (Array.isArray(out.options)) out = { ...out, options: out.options.map((x) => (isObj(x) ? withMedia(x) : x)) };
  return out;
}

/** Each series of an option through `f`. @param {Record<string, any>} x @param {(s: Record<string, any>) => Record<string, any>} f */
const mapSeries = (x, f) => (Array.isArray(x.series) ? { ...x, series: x.series.map((s) => (isObj(s) ? f(s) : s)) } : isObj(x.series) ? { ...x, series: f(x.series) } : x);

/** An option whose accessible description is `alt`. @param {Record<string, any>} x @param {string} alt */
function described(x, alt) {
  const aria = isObj(x.aria) ? x.aria : {};
  const label = isObj(aria.label) ? aria.label : {};
  return { ...x, aria: { ...aria, enabled: true, label: { ...label, enabled: true, description: alt } } };
}

/**
 * The option ECharts is given for a spec.
 * @param {Record<string, any>} spec  the parsed spec (not changed)
 * @param {{streamlit: boolean, alt?: string|null, selectable?: boolean}} how
 */
export function chartOption(spec, { streamlit, alt = null, selectable = false }) {
  let o = isObj(spec.baseOption) ? { ...spec, baseOption: withAria(spec.baseOption) } : withAria(spec);
  if (streamlit) o = isObj(o.baseOption) ? { ...o, baseOption: layout(o.baseOption) } : layout(o);
  if (!selectable) o = eachOption(o, (x) => mapSeries(x, (s) => ('cursor' in s ? s : { ...s, cursor: 'default' })));
  if (alt) o = eachOption(o, (x) => described(x, alt));
  return o;
}

/** The axis look of Streamlit's theme (labels 12 px, 8 px from the axis, haloed in the background colour). @param {{faded: string, grid: string, font: string, bg: string}} t */
export function themeAxis(t) {
  return {
    axisLine: { lineStyle: { color: t.grid } }, axisTick: { lineStyle: { color: t.grid } },
    axisLabel: { color: t.faded, fontFamily: t.font, fontSize: FONT.twoSm, margin: SP.sm, textBorderColor: t.bg, textBorderWidth: 2 },
    nameTextStyle: { color: t.faded, fontFamily: t.font, fontSize: FONT.twoSm },
    splitLine: { lineStyle: { color: t.grid } },
  };
}
