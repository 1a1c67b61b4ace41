// The table as the grid reads it: typed columns decoded lazily from the wire
// form ({n, cols}: lists, or {range: [start, step]}), the edit record of a
// data editor laid over them, and the order rows are shown in (sort, search,
// deletions, additions) as an index array built only when one is needed.
import { cellText, sortKey } from './format.js';
import { readArrow, fromBase64 } from './arrow.js';

/**
 * @typedef {{name: string, type: string, index: boolean, config?: any, options?: any[], tz?: string}} ColSpec
 * @typedef {{spec: ColSpec, key: string, pos: number, dataPos: number, get: (i: number) => any}} Column
 */

/** UTC offset minutes as ISO text: 60 -> '+01:00', -330 -> '-05:30'. */
export function offsetText(minutes) {
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** Columns with a random-access getter each (a range column computes its values). */
export function columns(props) {
  const specs = props.columns || [];
  const cols = (props.data && props.data.cols) || [];
  const arrow = props.data && props.data.arrow ? readArrow(fromBase64(props.data.arrow)) : null;
  let dataPos = 0;
  return specs.map((spec, pos) => {
    const raw = cols[pos];
    let get;
    if (raw && !Array.isArray(raw) && typeof raw.arrow === 'number') {
      const read = arrow.columns[raw.arrow];
      if (raw.json) {
        const memo = new Map();
        get = (i) => {
          if (memo.has(i)) return memo.get(i);
          const t = read(i);
          const v = t === null ? null : JSON.parse(t);
          if (memo.size > 10000) memo.clear();
          memo.set(i, v);
          return v;
        };
      } else if (typeof raw.offsets === 'number') {
        // a time-zone-aware datetime: wall time plus its UTC offset (minutes), as the ISO text
        // the JSON form carries ('2024-01-01T12:00:00+01:00')
        const offs = arrow.columns[raw.offsets];
        get = (i) => {
          const t = read(i);
          const o = t === null ? null : offs(i);
          return t === null || o === null || o === undefined ? t : t + offsetText(Number(o));
        };
      } else get = read;
    } else if (raw && !Array.isArray(raw) && raw.range) {
      const [start, step] = raw.range;
      get = (i) => start + i * step;
    } else {
      const arr = raw || [];
      get = (i) => arr[i];
    }
    return { spec, key: spec.index ? '_index' : spec.name, pos, dataPos: spec.index ? -1 : dataPos++, get };
  });
}

/** The columns shown, in order: index levels (unless hidden) then column_order or all. */
export function visibleColumns(all, props) {
  const hidden = (c) => !!(c.spec.config && c.spec.config.hidden);
  const index = all.filter((c) => c.spec.index && !hidden(c));
  const data = all.filter((c) => !c.spec.index);
  let shown = data;
  if (Array.isArray(props.column_order)) {
    shown = props.column_order.map((name) => data.find((c) => c.spec.name === name)).filter(Boolean);
  }
  const pinned = (c) => c.spec.config && c.spec.config.pinned === true;
  const rest = shown.filter((c) => !hidden(c));
  return [...index, ...rest.filter(pinned), ...rest.filter((c) => !pinned(c))];
}

/** The empty edit record. */
export const noEdits = () => ({ edited_rows: {}, added_rows: [], deleted_rows: [] });

/**
 * A row id is a position in the input (< n) or n + k for the k-th added row.
 * @param {Column} col
 * @param {number} row
 * @param {number} n
 * @param {any} edits  the edit record, or null for a read-only table
 */
export function valueAt(col, row, n, edits) {
  if (edits) {
    if (row >= n) {
      const added = edits.added_rows[row - n] || {};
      return col.key in added ? added[col.key] : null;
    }
    const changed = edits.edited_rows[String(row)];
    if (changed && col.key in changed) return changed[col.key];
  }
  return row < n ? col.get(row) : null;
}

/**
 * The rows shown, in order, or null when that is simply 0..n-1 (no array for
 * a million untouched rows).
 * @param {{n: number, cols: Column[], edits: any, sort: {pos: number, dir: 'asc'|'desc'}|null,
 *   search: string, searchCols: Column[], placeholder?: string}} o
 * @returns {Int32Array|null}
 */
export function viewRows({ n, cols, edits, sort, search, searchCols }) {
  const deleted = edits && edits.deleted_rows.length ? new Set(edits.deleted_rows) : null;
  const added = edits ? edits.added_rows.length : 0;
  if (!deleted && !added && !sort && !search) return null;
  let rows = new Int32Array(n + added);
  let k = 0;
  for (let i = 0; i < n; i++) if (!deleted || !deleted.has(i)) rows[k++] = i;
  for (let j = 0; j < added; j++) rows[k++] = n + j;
  rows = rows.subarray(0, k);
  if (search) {
    const needle = search.toLowerCase();
    const keep = new Int32Array(rows.length);
    let m = 0;
    for (const r of rows) {
      for (const c of searchCols) {
        const v = valueAt(c, r, n, edits);
        if (v !== null && v !== undefined && cellText(v, c.spec).toLowerCase().includes(needle)) { keep[m++] = r; break; }
      }
    }
    rows = keep.subarray(0, m);
  }
  if (sort) {
    // keys by position in `rows`; numbers in a Float64Array (NaN = missing) sort an index array
    const col = cols[sort.pos];
    const m = rows.length;
    const dir = sort.dir === 'desc' ? -1 : 1;
    const keys = new Array(m);
    let numeric = true;
    for (let i = 0; i < m; i++) {
      const k = sortKey(valueAt(col, rows[i], n, edits), col.spec);
      keys[i] = k;
      if (k !== null && typeof k !== 'number') numeric = false;
    }
    const order = new Int32Array(m);
    for (let i = 0; i < m; i++) order[i] = i;
    if (numeric) {
      const num = new Float64Array(m);
      for (let i = 0; i < m; i++) num[i] = keys[i] === null ? NaN : keys[i];
      order.sort((a, b) => {
        const x = num[a]; const y = num[b];
        if (x === y) return a - b;
        if (x !== x) return y !== y ? a - b : 1; // missing values last, either direction
        if (y !== y) return -1;
        return (x - y) * dir;
      });
    } else {
      order.sort((a, b) => {
        const x = keys[a]; const y = keys[b];
        if (x === y) return a - b;
        if (x === null) return 1;
        if (y === null) return -1;
        return (x < y ? -1 : 1) * dir;
      });
    }
    const sortedRows = new Int32Array(m);
    for (let i = 0; i < m; i++) sortedRows[i] = rows[order[i]];
    rows = sortedRows;
  }
  return rows;
}
