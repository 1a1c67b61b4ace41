// A minimal Apache Arrow IPC stream reader: the column types tablit's Python
// side writes (py/tablit/elements/dataframe/wire.py: int, float, bool, utf8;
// one record batch, no compression, no dictionaries).  apache-arrow's
// tableFromIPC bundles to ~219 KB (~51 KB gzipped); this is ~2 KB gzipped.
// Columns are read in place (typed arrays over the decoded bytes); strings are
// decoded when a cell is read.

const utf8 = new TextDecoder();

/** Flatbuffer table access over a DataView (little-endian). */
class Fb {
  constructor(view, base) { this.v = view; this.base = base; }
  /** Absolute position of field i of the table at t, or 0 when absent. */
  field(t, i) {
    const vt = t - this.v.getInt32(t, true);
    const vlen = this.v.getUint16(vt, true);
    const o = 4 + 2 * i;
    if (o >= vlen) return 0;
    const off = this.v.getUint16(vt + o, true);
    return off ? t + off : 0;
  }
  table(t, i) { const p = this.field(t, i); return p ? p + this.v.getUint32(p, true) : 0; }
  vector(t, i) {
    const p = this.field(t, i);
    if (!p) return { len: 0, start: 0 };
    const at = p + this.v.getUint32(p, true);
    return { len: this.v.getUint32(at, true), start: at + 4 };
  }
  tables(t, i) {
    const { len, start } = this.vector(t, i);
    const out = [];
    for (let j = 0; j < len; j++) { const p = start + 4 * j; out.push(p + this.v.getUint32(p, true)); }
    return out;
  }
  u8(t, i, d = 0) { const p = this.field(t, i); return p ? this.v.getUint8(p) : d; }
  i16(t, i, d = 0) { const p = this.field(t, i); return p ? this.v.getInt16(p, true) : d; }
  i32(t, i, d = 0) { const p = this.field(t, i); return p ? this.v.getInt32(p, true) : d; }
  i64(t, i) { const p = this.field(t, i); return p ? Number(this.v.getBigInt64(p, true)) : 0; }
}

const TYPE = { Int: 2, FloatingPoint: 3, Utf8: 5, Bool: 6, Date: 8, Time: 9, Timestamp: 10 };
const PER_MS = [1e-3, 1, 1e3, 1e6]; // units: s, ms, us, ns

/** Milliseconds since the epoch as ISO text (UTC wall time), without a zero fraction. */
const iso = (ms) => new Date(ms).toISOString().slice(0, 23).replace(/\.000$/, '');

/** Base64 text -> bytes. */
export function fromBase64(text) {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function typed(Ctor, bytes, offset, count) {
  const start = bytes.byteOffset + offset;
  if (start % Ctor.BYTES_PER_ELEMENT === 0) return new Ctor(bytes.buffer, start, count);
  return new Ctor(bytes.slice(offset, offset + count * Ctor.BYTES_PER_ELEMENT).buffer);
}

/**
 * Read an IPC stream.
 * @param {Uint8Array} bytes
 * @returns {{length: number, columns: Array<(i: number) => any>}}  one getter per field
 */
export function readArrow(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 0;
  let fields = null;
  let result = { length: 0, columns: [] };
  while (pos + 8 <= bytes.length) {
    let len = view.getInt32(pos, true);
    pos += 4;
    if (len === -1) { len = view.getInt32(pos, true); pos += 4; } // continuation marker
    if (len === 0) break;
    const meta = pos;
    const fb = new Fb(view, meta);
    const root = meta + view.getUint32(meta, true);
    const headerType = fb.u8(root, 1);
    const header = fb.table(root, 2);
    const bodyLength = fb.i64(root, 3);
    const body = meta + len;
    if (headerType === 1) {
      fields = fb.tables(header, 1).map((f) => {
        const typeType = fb.u8(f, 2);
        const type = fb.table(f, 3);
        if (fb.field(f, 4)) throw new Error('Arrow dictionaries are not supported');
        if (typeType === TYPE.Int) return { kind: 'int', bits: fb.i32(type, 0), signed: !!fb.u8(type, 1) };
        if (typeType === TYPE.FloatingPoint) return { kind: 'float', precision: fb.i16(type, 0) };
        if (typeType === TYPE.Utf8) return { kind: 'utf8' };
        if (typeType === TYPE.Bool) return { kind: 'bool' };
        if (typeType === TYPE.Date) return { kind: 'date', unit: fb.i16(type, 0) };
        if (typeType === TYPE.Time) return { kind: 'time', unit: fb.i16(type, 0, 1), bits: fb.i32(type, 1, 32) };
        if (typeType === TYPE.Timestamp) return { kind: 'timestamp', unit: fb.i16(type, 0) };
        if (typeType === 1) return { kind: 'null' };
        throw new Error(`Arrow type ${typeType} is not supported`);
      });
    } else if (headerType === 3) {
      if (!fields) throw new Error('Arrow record batch before its schema');
      if (fb.field(header, 3)) throw new Error('compressed Arrow batches are not supported');
      const length = fb.i64(header, 0);
      const nodes = fb.vector(header, 1);
      const bufs = fb.vector(header, 2);
      let b = 0;
      const buffer = () => {
        const at = bufs.start + 16 * b++;
        return { offset: body + Number(view.getBigInt64(at, true)), length: Number(view.getBigInt64(at + 8, true)) };
      };
      const columns = fields.map((f, k) => {
        const nullCount = Number(view.getBigInt64(nodes.start + 16 * k + 8, true));
        if (f.kind === 'null') return () => null;
        const valid = buffer();
        const bitmap = nullCount > 0 && valid.length ? bytes.subarray(valid.offset, valid.offset + valid.length) : null;
        const isNull = bitmap ? (i) => !((bitmap[i >> 3] >> (i & 7)) & 1) : () => false;
        if (f.kind === 'bool') {
          const data = buffer();
          const bits = bytes.subarray(data.offset, data.offset + data.length);
          return (i) => (isNull(i) ? null : !!((bits[i >> 3] >> (i & 7)) & 1));
        }
        if (f.kind === 'utf8') {
          const offs = buffer();
          const data = buffer();
          const o = typed(Int32Array, bytes, offs.offset, length + 1);
          const chars = bytes.subarray(data.offset, data.offset + data.length);
          return (i) => (isNull(i) ? null : utf8.decode(chars.subarray(o[i], o[i + 1])));
        }
        const data = buffer();
        if (f.kind === 'date') {
          const arr = f.unit === 0 ? typed(Int32Array, bytes, data.offset, length) : typed(BigInt64Array, bytes, data.offset, length);
          return (i) => (isNull(i) ? null : iso(f.unit === 0 ? arr[i] * 86400000 : Number(arr[i])).slice(0, 10));
        }
        if (f.kind === 'timestamp' || f.kind === 'time') {
          const arr = f.kind === 'time' && f.bits === 32 ? typed(Int32Array, bytes, data.offset, length) : typed(BigInt64Array, bytes, data.offset, length);
          const per = PER_MS[f.unit];
          return (i) => {
            if (isNull(i)) return null;
            const ms = Number(arr[i]) / per;
            return f.kind === 'time' ? iso(ms).slice(11) : iso(ms);
          };
        }
        let arr;
        if (f.kind === 'float') arr = f.precision === 2 ? typed(Float64Array, bytes, data.offset, length) : typed(Float32Array, bytes, data.offset, length);
        else {
          const C = { 8: [Int8Array, Uint8Array], 16: [Int16Array, Uint16Array], 32: [Int32Array, Uint32Array], 64: [BigInt64Array, BigUint64Array] }[f.bits];
          arr = typed(C[f.signed ? 0 : 1], bytes, data.offset, length);
        }
        return f.kind === 'int' && f.bits === 64 ? (i) => (isNull(i) ? null : Number(arr[i])) : (i) => (isNull(i) ? null : arr[i]);
      });
      result = { length, columns };
    }
    pos = body + bodyLength;
  }
  if (!fields) throw new Error('not an Arrow IPC stream');
  if (!result.columns.length) result = { length: 0, columns: fields.map(() => () => null) };
  return result;
}
