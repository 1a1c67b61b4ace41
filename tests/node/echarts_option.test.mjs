// st.echarts_chart's spec as ECharts gets it (web/render/elements/charts/echarts_option.js),
// each figure read off 1.67's page: the "streamlit" theme's grid (8 px left and bottom, 24 px
// right, 16 px top, labels inside it), room for a title and a top legend, stacked bottom
// controls, aria kept on, a display-only chart without a pointer, alt as the description.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chartOption } from '../../web/render/elements/charts/echarts_option.js';

const bars = () => ({ xAxis: { type: 'category', data: ['A', 'B'] }, yAxis: { type: 'value' }, series: [{ type: 'bar', data: [1, 2] }] });

test('a plain cartesian chart fills its box as 1.67 draws it', () => {
  const spec = bars();
  const o = chartOption(spec, { streamlit: true });
  assert.deepEqual(o.grid, { left: 8, right: 24, outerBoundsMode: 'same', top: 16, bottom: 8 });
  assert.deepEqual(o.aria, { enabled: true });
  assert.equal(o.series[0].cursor, 'default', 'display-only: no pointer over the bars');
  assert.equal(spec.grid, undefined, 'the spec itself is not changed');
  assert.equal(spec.series[0].cursor, undefined);
});

test("the spec's own grid wins over the theme's; theme=None keeps ECharts' layout", () => {
  assert.deepEqual(chartOption({ ...bars(), grid: { left: 50 } }, { streamlit: true }).grid,
    { left: 50, right: 24, outerBoundsMode: 'same', top: 16, bottom: 8 });
  assert.equal(chartOption({ ...bars(), grid: [{}, {}] }, { streamlit: true }).grid.length, 2, 'several grids are left alone');
  const plain = chartOption(bars(), { streamlit: false });
  assert.equal(plain.grid, undefined);
  assert.deepEqual(plain.aria, { enabled: true }, 'aria stays on without the theme too');
  assert.deepEqual(chartOption({ ...bars(), aria: { enabled: false } }, { streamlit: false }).aria, { enabled: false });
});

test('a title takes the top: heading size, padded, the grid below it; a centred top legend goes under it', () => {
  const o = chartOption({ ...bars(), title: { text: 'Sales' } }, { streamlit: true });
  assert.deepEqual(o.title, { text: 'Sales', textStyle: { fontSize: 14, fontWeight: 'normal' }, padding: [0, 0, 16, 0] });
  assert.equal(o.grid.top, undefined, "ECharts' own top under a title");
  const both = chartOption({ ...bars(), title: { text: 'Sales' }, legend: { top: 'top' } }, { streamlit: true });
  assert.equal(both.legend.top, 46, 'under the title (16 + 14 + 16)');
  assert.equal(both.grid.top, 74, 'the grid under both (46 + 24 + 4)');
  const sub = chartOption({ ...bars(), title: { text: 'Sales', subtext: 'by month' }, legend: { top: 0 } }, { streamlit: true });
  assert.equal(sub.legend.top, 68, 'a subtitle adds 10 + 12');
});

test('a bottom legend keeps the bottom free of the grid; several bottom controls are stacked', () => {
  assert.equal(chartOption({ ...bars(), legend: {} }, { streamlit: true }).grid.bottom, undefined);
  const o = chartOption({ ...bars(), dataZoom: [{ type: 'slider' }, { type: 'inside' }], visualMap: { orient: 'horizontal' } }, { streamlit: true });
  assert.equal(o.dataZoom[0].bottom, 8, 'the slider at the bottom edge');
  assert.equal(o.visualMap.bottom, 46, 'the visual map above it (8 + 32 + 6)');
  assert.equal(o.dataZoom[1].bottom, undefined, 'an inside zoom is not placed');
  assert.equal(o.grid.bottom, 84);
  const legendUp = chartOption({ ...bars(), dataZoom: { type: 'slider' }, legend: {} }, { streamlit: true });
  assert.equal(legendUp.legend.top, 0, 'a legend that would sit among the bottom controls goes to the top');
});

test('alt is the description; a selectable chart keeps its pointer', () => {
  const o = chartOption(bars(), { streamlit: true, alt: 'Two bars', selectable: true });
  assert.deepEqual(o.aria, { enabled: true, label: { enabled: true, description: 'Two bars' } });
  assert.equal(o.series[0].cursor, undefined);
  const timeline = chartOption({ baseOption: { ...bars(), timeline: { data: [1, 2] } }, options: [{ series: [{ data: [3, 4] }] }] }, { streamlit: true });
  assert.deepEqual(timeline.baseOption.aria, { enabled: true });
  assert.equal(timeline.baseOption.grid.left, 8, 'a baseOption gets the layout');
  assert.equal(timeline.options[0].series[0].cursor, 'default');
});
