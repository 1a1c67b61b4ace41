// st.components.v2: the `data` a component's function receives (web/render/elements/bidi_data.js),
// and the page's check of a bidi_component node's props (web/protocol.js checkBidiComponent).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tableFromArrays, tableToIPC } from 'apache-arrow';

import { parseData } from '../../web/render/elements/bidi_data.js';
import { ProtocolError, checkBidiComponent } from '../../web/protocol.js';

const b64 = (bytes) => Buffer.from(bytes).toString('base64');

test('JSON, bytes, an Arrow table, and DataFrames in a dict as apache-arrow Tables', async () => {
  assert.equal(await parseData(null), null);
  assert.deepEqual(await parseData({ json: '{"a": [1, "x"]}' }), { a: [1, 'x'] });
  assert.deepEqual([...(await parseData({ bytes: 'AAEC' }))], [0, 1, 2]);
  const ipc = tableToIPC(tableFromArrays({ name: ['Alice', 'Bob'] }), 'stream');
  const t = await parseData({ arrow: b64(ipc) });
  assert.deepEqual(t.getChild('name').toArray(), ['Alice', 'Bob']);
  const mixed = await parseData({ json: '{"df": {"__streamlit_arrow_ref__": "r1"}, "n": 2, "bad": {"__streamlit_arrow_ref__": "nope"}}', arrow_blobs: { r1: b64(ipc) } });
  assert.equal(mixed.n, 2);
  assert.equal(mixed.df.numRows, 2);
  assert.equal(mixed.bad, null);
  assert.match(String(mixed.df), /Alice/);
});

test('a bidi_component node is checked before its module runs', () => {
  const ok = { component_name: 'c', html: '', css: '', js: 'export default () => {}', isolate_styles: true, events: '$$ID-x-None', value: {}, data: null };
  assert.equal(checkBidiComponent(ok), ok);
  assert.throws(() => checkBidiComponent({ ...ok, js: 5 }), ProtocolError);
  assert.throws(() => checkBidiComponent({ ...ok, events: null }), ProtocolError);
  assert.throws(() => checkBidiComponent({ ...ok, value: [1] }), ProtocolError);
  assert.throws(() => checkBidiComponent({ ...ok, data: { json: 1 } }), /'data' must be/);
  assert.throws(() => checkBidiComponent({ ...ok, data: { json: '1', arrow_blobs: { r: 1 } } }), ProtocolError);
});
