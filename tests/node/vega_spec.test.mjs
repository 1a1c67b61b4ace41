// web/render/elements/charts/vega_spec.js: the built-in charts' specs (as 1.67
// and py/tablit/elements/charts/builtin.py make them) draw the same chart
// without Vega's console warnings.
import test from 'node:test';
import assert from 'node:assert/strict';
import * as vl from 'vega-lite';
import * as vega from 'vega';
import { scaleBindingsOnContinuousChannels, withoutSubsetDomains } from '../../web/render/elements/charts/vega_spec.js';

const X = 'index -- streamlit-generated', Y = 'value -- streamlit-generated', C = 'color -- streamlit-generated';
const ROWS = [[0, 'a', 1], [1, 'a', 3], [2, 'a', 2], [0, 'b', 2], [1, 'b', 1], [2, 'b', 4]].map(([x, c, y]) => ({ [X]: x, [C]: c, [Y]: y }));
const axis = (field, type) => ({ field, title: '', type, scale: {}, axis: { grid: false } });
const ZOOM = { name: 'param_1', select: { type: 'interval', encodings: ['x', 'y'] }, bind: 'scales' };

function bar(horizontal) {
  const [x, y] = horizontal ? [axis(Y, 'quantitative'), axis(X, 'ordinal')] : [axis(X, 'ordinal'), axis(Y, 'quantitative')];
  return { mark: { type: 'bar' }, encoding: { x, y, color: { field: C, type: 'nominal' } }, params: [ZOOM],
    data: { name: 'd' }, datasets: { d: ROWS } };
}

function line() {
  const encoding = { x: axis(X, 'quantitative'), y: axis(Y, 'quantitative'), color: { field: C, type: 'nominal' } };
  return {
    layer: [
      { mark: { type: 'line' }, encoding, name: 'view_1' },
      { mark: { type: 'point', opacity: 0 }, encoding, name: 'view_2' },
      { mark: { type: 'point', filled: true, size: 65 }, encoding, transform: [{ filter: { param: 'param_1', empty: false } }] },
    ],
    params: [
      { name: 'param_1', select: { type: 'point', clear: 'mouseleave', fields: [X], nearest: true, on: 'mousemove' }, views: ['view_2'] },
      { name: 'param_2', select: { type: 'interval', encodings: ['x', 'y'] }, bind: 'scales', views: ['view_1'] },
    ],
    data: { name: 'd' }, datasets: { d: ROWS },
  };
}

/** Compile and run the spec headless: the warnings logged, the scales' domains. */
async function draw(spec, patch = (v) => v) {
  const warnings = [];
  const logger = vega.logger(vega.Warn);
  logger.warn = (...m) => {
    const text = m.join(' ');
    if (!text.includes('event source: window')) warnings.push(text); // (no window in Node)
    return logger;
  };
  const compiled = patch(vl.compile(spec, { logger }).spec);
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logger });
  await view.runAsync();
  const domains = Object.fromEntries(['x', 'y', 'color'].map((s) => [s, view.scale(s).domain()]));
  view.finalize();
  return { warnings, domains, compiled };
}

test('bar charts: the zoom leaves out the band axis, as Vega-Lite does, without its warning', async () => {
  for (const horizontal of [false, true]) {
    const before = await draw(bar(horizontal));
    assert.ok(before.warnings.some((w) => w.includes('Scale bindings are currently only supported')), 'the spec as 1.67 sends it warns');
    const fixed = scaleBindingsOnContinuousChannels(bar(horizontal));
    assert.deepEqual(fixed.params[0].select.encodings, [horizontal ? 'x' : 'y']);
    const after = await draw(fixed);
    assert.deepEqual(after.warnings, []);
    assert.deepEqual(after.domains, before.domains);
    // the zoom binds the same scales (the continuous axis) to the same signals
    const bound = (c) => c.scales.map((s) => [s.name, s.domainRaw ?? null]);
    assert.deepEqual(bound(after.compiled), bound(before.compiled));
    assert.ok(bound(after.compiled).some(([, raw]) => raw));
  }
  // an on_select selection is reported as the chart defines it: left alone
  const kept = scaleBindingsOnContinuousChannels(bar(false), ['param_1']);
  assert.deepEqual(kept.params[0].select.encodings, ['x', 'y']);
  // continuous channels only (a scatter chart): the same object back
  const scatter = { ...bar(false), mark: { type: 'circle' }, encoding: { x: axis(X, 'quantitative'), y: axis(Y, 'quantitative') } };
  assert.equal(scaleBindingsOnContinuousChannels(scatter), scatter);
});

test('line charts: the hover layer no longer widens the domains from empty data (no Infinite extent)', async () => {
  const before = await draw(line());
  assert.ok(before.warnings.some((w) => w.includes('Infinite extent')), 'the spec as 1.67 sends it warns');
  const after = await draw(scaleBindingsOnContinuousChannels(line()), withoutSubsetDomains);
  assert.deepEqual(after.warnings, []);
  assert.deepEqual(after.domains, before.domains);
  assert.deepEqual(after.domains.x, [0, 2]);
  const x = after.compiled.scales.find((s) => s.name === 'x');
  assert.deepEqual(x.domain.fields.map((f) => f.data), ['data_0']);
});

test('withoutSubsetDomains keeps data sets that are not filters of another in the domain', () => {
  const vg = {
    data: [{ name: 'a', values: [] }, { name: 'b', source: 'a', transform: [{ type: 'formula', expr: '1', as: 'f' }] },
      { name: 'c', source: 'a', transform: [{ type: 'filter', expr: 'true' }] }],
    scales: [
      { name: 's', domain: { fields: [{ data: 'a', field: 'f' }, { data: 'b', field: 'f' }, { data: 'c', field: 'f' }] } },
      { name: 't', domain: { fields: [{ data: 'a', field: 'g' }, { data: 'c', field: 'f' }] } },
      { name: 'u', domain: { fields: [{ data: 'a', field: 'f' }, { data: 'c', field: 'f' }], sort: { op: 'count', field: 'f' } } },
    ],
  };
  const out = withoutSubsetDomains(vg);
  assert.deepEqual(out.scales[0].domain.fields.map((f) => f.data), ['a', 'b']);
  assert.deepEqual(out.scales[1].domain.fields.map((f) => f.data), ['a', 'c']);
  assert.equal(out.scales[2].domain.fields.length, 2);
});

test("streamlitPadding: 1.67's padding (0 at the sides and top, 20 px below) unless the spec sets its own", async () => {
  const { streamlitPadding } = await import('../../web/render/elements/charts/vega_spec.js');
  assert.deepEqual(streamlitPadding({}).padding, { bottom: 20 });
  assert.deepEqual(streamlitPadding({ padding: { left: 3 } }).padding, { left: 3, bottom: 20 });
  assert.deepEqual(streamlitPadding({ padding: { bottom: 0 } }).padding, { bottom: 0 });
  assert.equal(streamlitPadding({ padding: 8 }).padding, 8);
});
