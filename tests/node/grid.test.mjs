// The grid's data layer without a browser: the Arrow IPC reader against what
// pyarrow writes (through tablit's own encoder), cell formats, and row order.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

import { columns, valueAt, viewRows } from '../../web/render/grid/data.js';
import { cellText, formatDate, formatNumber } from '../../web/render/grid/format.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Both wire forms of one table, from tablit's Python encoder (system python3 with pyarrow). */
function wireForms() {
  const script = `
import json, sys, datetime as dt
sys.path.insert(0, ${JSON.stringify(path.join(ROOT, 'py'))})
from tablit.elements.dataframe import frame, wire
t = frame.to_table({
    "i": [1, None, -3, 2**40], "f": [1.5, float("nan"), float("inf"), -0.25],
    "s": ["x", None, "zé", ""], "b": [True, False, None, True],
    "d": [dt.datetime(2024, 1, 2, 3, 4, 5), None, dt.datetime(1999, 12, 31), dt.datetime(2000, 1, 1)],
    "l": [[1, 2], None, [], ["a"]], "r": range(10, 50, 10),
    "day": [dt.date(2024, 2, 29), None, dt.date(1970, 1, 1), dt.date(1900, 6, 5)],
    "t": [dt.time(13, 7), dt.time(0, 0, 1, 500000), None, dt.time(23, 59, 59)]})
specs = wire.column_specs(t, {})
print(json.dumps({"specs": specs, "json": wire.encode(t, arrow=False), "arrow": wire.encode(t, arrow=True)}))
`;
  return JSON.parse(execFileSync('python3', ['-c', script], { encoding: 'utf8' }));
}

test('Arrow IPC and the JSON form decode to the same cells', () => {
  const w = wireForms();
  assert.ok(w.arrow.arrow, 'the Arrow form carries an IPC stream');
  assert.ok(w.arrow.cols.some((c) => typeof c.arrow === 'number'));
  const a = columns({ columns: w.specs, data: w.arrow });
  const j = columns({ columns: w.specs, data: w.json });
  for (let c = 0; c < a.length; c++) {
    for (let r = 0; r < 4; r++) {
      const x = a[c].get(r);
      const y = j[c].get(r);
      // (the same instant: Python's isoformat writes every fraction digit, the reader trims zeros)
      const norm = (v) => (typeof v === 'string' && /\d\d:\d\d/.test(v) ? v.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '') : v);
      assert.deepEqual(norm(x === Infinity ? 'inf' : x), norm(y), `column ${w.specs[c].name} row ${r}`);
    }
  }
  assert.equal(a[1].get(3), 2 ** 40);
  assert.equal(a[3].get(2), 'zé');
  assert.deepEqual(a[6].get(0), [1, 2]);
  assert.equal(a[7].get(3), 40);
  assert.equal(a[5].get(0), '2024-01-02T03:04:05');
  assert.equal(a[8].get(0), '2024-02-29');
  assert.equal(a[8].get(3), '1900-06-05');
  assert.equal(a[9].get(1), '00:00:01.500');
});

test('number formats as Streamlit names them', () => {
  assert.equal(formatNumber(3, null, true), '3');
  assert.equal(formatNumber(0.123456, null), '0.1235');
  assert.equal(formatNumber(1234567.5, null), '1234567.5');  // 1.67's default: no thousands separators
  assert.equal(formatNumber(13429, null, true), '13429');
  assert.equal(formatNumber(0.00001234, null), '0.00001');  // (tiny values keep their first digit)
  assert.equal(formatNumber(3.14159, null, false, 2), '3.14');  // a step of 0.01: two decimals
  assert.equal(formatNumber(3, null, false, 2), '3.00');
  assert.equal(formatNumber(2020, 'plain', true), '2020');
  assert.equal(formatNumber(1234.5, '%d'), '1234');  // sprintf-js: parseInt, as 1.67's grid shows 3.99 as 3
  assert.equal(formatNumber(3.14159, '%.2f'), '3.14');
  assert.equal(formatNumber(200, '$%f'), '$200');  // sprintf-js: %f without a precision is the number as it is
  assert.equal(formatNumber(5, '%d ⭐'), '5 ⭐');
  assert.equal(formatNumber(1234567.891, '%,.1f'), '1,234,567.9');
  assert.equal(formatNumber(0.256, 'percent'), '25.6%');
  assert.equal(formatNumber(1234.5, 'dollar'), '$1,234.50');
  assert.equal(formatNumber(1500, 'compact'), '1.5K');
  assert.equal(formatNumber(12345, 'scientific'), '1.235E4');
  assert.equal(formatNumber(-5, 'accounting'), '(5.00)');
  assert.equal(formatNumber(1234.5, 'accounting'), '1,234.50');
});

test('dates and times with momentjs-style formats', () => {
  assert.equal(formatDate('2024-02-03T04:05:06', 'datetime'), '2024-02-03 04:05:06');
  assert.equal(formatDate('2024-02-03', 'date'), '2024-02-03');
  assert.equal(formatDate('13:07:00', 'time'), '13:07:00');
  assert.equal(formatDate('2024-02-03T16:05:06', 'datetime', 'MMM D, YYYY h:mm A'), 'Feb 3, 2024 4:05 PM');
  assert.equal(formatDate('2024-02-03', 'date', 'dddd [the] Do of MMMM'), 'Saturday the 3rd of February');
  assert.equal(formatDate('2024-02-03T04:05:06', 'datetime', 'iso8601'), '2024-02-03T04:05:06');
  assert.equal(cellText(null, { type: 'int' }), 'None');
  assert.equal(cellText([1, 'a'], { type: 'list' }), '1, a');
  assert.equal(cellText({ k: 1 }, { type: 'dict' }), '{"k":1}');
});

test('row order: sort (missing last), search, deletions and additions', () => {
  const props = {
    columns: [{ name: '', type: 'int', index: true }, { name: 'n', type: 'int', index: false }, { name: 's', type: 'str', index: false }],
    data: { n: 4, cols: [{ range: [0, 1] }, [3, null, 1, 2], ['c', 'a', 'b', 'a']] },
  };
  const cols = columns(props);
  const base = { n: 4, cols, edits: null, search: '', searchCols: cols };
  assert.equal(viewRows({ ...base, sort: null }), null, 'no order array when nothing changes the order');
  assert.deepEqual([...viewRows({ ...base, sort: { pos: 1, dir: 'asc' } })], [2, 3, 0, 1]);
  assert.deepEqual([...viewRows({ ...base, sort: { pos: 1, dir: 'desc' } })], [0, 3, 2, 1]);
  assert.deepEqual([...viewRows({ ...base, sort: null, search: 'A' })], [1, 3]);
  const edits = { edited_rows: { 2: { n: 9 } }, added_rows: [{ n: 0, s: 'z' }], deleted_rows: [0] };
  assert.deepEqual([...viewRows({ ...base, edits, sort: { pos: 1, dir: 'asc' } })], [4, 3, 2, 1]);
  assert.equal(valueAt(cols[1], 2, 4, edits), 9);
  assert.equal(valueAt(cols[2], 4, 4, edits), 'z');
});

test('store: a live run\'s stale subtree does not re-apply its old set=true (selections survive slow reruns)', async () => {
  const { WidgetStore } = await import('../../web/render/store.js');
  const store = new WidgetStore();
  const node = (value, set) => ({ id: 'main', kind: 'block', props: {}, children: [
    { id: 'w', kind: 'dataframe', props: { value, set, form: '' } }] });
  store.sync({ tree: { main: node({ selection: { rows: [] } }, true) } });
  store.setLocal('w', { selection: { rows: [2] } });
  // the next run streams a partial tree: the widget is not reached yet, its old props come along
  store.sync({ tree: { main: node({ selection: { rows: [] } }, true) }, stale: ['w'] });
  assert.deepEqual(store.get('w').value, { selection: { rows: [2] } });
  store.sync({ tree: { main: node({ selection: { rows: [2] } }, false) } });
  assert.deepEqual(store.get('w').value, { selection: { rows: [2] } });
});

test('store: a run still going does not take back a value the user just committed (a text field after Enter looked edited again)', async () => {
  const { WidgetStore } = await import('../../web/render/store.js');
  const store = new WidgetStore();
  const tree = (value) => ({ main: { id: 'main', kind: 'block', props: {}, children: [
    { id: 't', kind: 'text_input', props: { value, set: false, form: '' } }] } });
  store.sync({ tree: tree('') });
  store.setLocal('t', 'hello');
  store.get('t').committed = 'hello'; // (what the widget's commit() does on Enter)
  // a fragment's rerun streams: the field written outside it comes with the previous run's value
  store.sync({ tree: tree(''), running: true });
  assert.equal(store.get('t').committed, 'hello', 'not dirty again mid-run');
  assert.equal(store.get('t').value, 'hello');
  store.sync({ tree: tree('hello') });
  assert.equal(store.get('t').committed, 'hello');
});

test('time-zone-aware datetimes keep their UTC offset through Arrow IPC and show it as 1.67 does', () => {
  const script = `
import json, sys, datetime as dt
sys.path.insert(0, ${JSON.stringify(path.join(ROOT, 'py'))})
import pandas as pd
from tablit.elements.dataframe import frame, wire
t = frame.to_table(pd.DataFrame({
    "berlin": pd.to_datetime(["2024-01-01 12:00", "2024-07-01 12:00", None]).tz_localize("Europe/Berlin"),
    "naive": pd.to_datetime(["2024-01-01 12:00", None, "2024-01-02 00:00"])}))
print(json.dumps({"specs": wire.column_specs(t, {}), "json": wire.encode(t, arrow=False), "arrow": wire.encode(t, arrow=True)}))
`;
  const w = JSON.parse(execFileSync('python3', ['-c', script], { encoding: 'utf8' }));
  assert.ok(w.arrow.arrow && w.arrow.cols[1].offsets !== undefined, 'the aware column carries its offsets');
  assert.equal(w.arrow.cols[2].offsets, undefined, 'a naive column has none');
  const a = columns({ columns: w.specs, data: w.arrow });
  const j = columns({ columns: w.specs, data: w.json });
  const trim = (v) => (typeof v === 'string' ? v.replace(/\.0+(?=[+-]|$)/, '') : v);
  for (const c of [1, 2]) for (let r = 0; r < 3; r++) assert.equal(trim(a[c].get(r)), trim(j[c].get(r)), `column ${c} row ${r}`);
  assert.equal(trim(a[1].get(1)), '2024-07-01T12:00:00+02:00');
  // shown with the offset (1.67: 'YYYY-MM-DD HH:mm:ssZ' for a column with a time zone), naive without
  assert.equal(cellText(a[1].get(0), w.specs[1]), '2024-01-01 12:00:00+01:00');
  assert.equal(cellText(a[2].get(0), w.specs[2]), '2024-01-01 12:00:00');
  // DatetimeColumn(timezone=...) converts the instant into that zone
  const inNY = { ...w.specs[1], config: { type_config: { type: 'datetime', timezone: 'America/New_York' } } };
  assert.equal(cellText(a[1].get(0), inNY), '2024-01-01 06:00:00-05:00');
  const fixed = { ...w.specs[2], config: { type_config: { type: 'datetime', timezone: '+05:30' } } };
  assert.equal(cellText(a[2].get(0), fixed), '2024-01-01 17:30:00+05:30');
  assert.equal(formatDate('2024-01-01T12:00:00+01:00', 'datetime', 'HH:mm'), '12:00');
});

test('a stretched table gives the room left to its growing columns in equal shares (1.67: grow 1)', async () => {
  const { stretchWidths } = await import('../../web/render/grid/grid.js');
  // an index (pinned) and two columns in a 400 px frame: 170 px left, 85 each
  assert.deepEqual(stretchWidths([100, 50, 80], 400, [false, true, true]), [100, 135, 165]);
  // an odd remainder goes one pixel at a time from the left
  assert.deepEqual(stretchWidths([10, 10, 10], 35, [true, true, true]), [12, 12, 11]);
  // wider than the frame, not measured yet, or nothing may grow: unchanged
  assert.deepEqual(stretchWidths([300, 200], 400, [true, true]), [300, 200]);
  assert.deepEqual(stretchWidths([30, 20], NaN, [true, true]), [30, 20]);
  assert.deepEqual(stretchWidths([30, 20], 400, [false, false]), [30, 20]);
});

test('MultiselectColumn chip colours as 1.67 draws them: hex fills, "primary" and names tint, "auto" takes the palette', async () => {
  const { chipColors } = await import('../../web/render/grid/cells.js');
  const got = chipColors([{ value: 'a', color: '#ffa421' }, { value: 'b', color: '#803df5' }, { value: 'c', color: 'primary' },
    { value: 'd', color: 'auto' }, { value: 'e', color: 'auto' }, { value: 'f', color: 'red' }, { value: 'g' }, 'h', { value: 'i', color: 'url(x)' }]);
  assert.equal(got[0], 'background:#ffa421;color:#31333f');  // light: dark text
  assert.equal(got[1], 'background:#803df5;color:#ffffff');  // dark: white text
  assert.match(got[2], /var\(--tl-primary\) 12%/);
  assert.match(got[3], /#0068c9 40%/);
  assert.match(got[4], /#83c9ff 40%/);
  assert.equal(got[5], 'background:var(--tl-md-red-bg);color:var(--tl-md-red)');
  assert.deepEqual(got.slice(6), [undefined, undefined, undefined]);  // no colour, a plain option, not a colour
});

test('sparkline curves as 1.67\'s grid draws them: quadratic through the midpoints, the data points as control points', async () => {
  const { smoothPath } = await import('../../web/render/grid/cells.js');
  // (0,10) -> ctrl (10,0) to the midpoint (15,2.5) -> ctrl (20,5) to the last point (30,5)
  assert.equal(smoothPath([[0, 10], [10, 0], [20, 5], [30, 5]]), 'M0.0,10.0 Q10.0,0.0 15.0,2.5 Q20.0,5.0 30.0,5.0');
  assert.equal(smoothPath([[0, 1], [5, 2], [10, 0]]), 'M0.0,1.0 Q5.0,2.0 10.0,0.0');
  assert.equal(smoothPath([[0, 1], [5, 2]]), 'M0.0,1.0 L5.0,2.0');
});
