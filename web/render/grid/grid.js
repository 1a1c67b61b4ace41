// st.dataframe / st.data_editor: a virtualised grid (a lazily loaded chunk).
//
// Only the rows in view are in the DOM: the scroller holds a spacer as tall
// as the table (scaled down past MAX_SPACER px, so a million rows fit within
// the browser's element height limit) and a sticky body that draws rows
// first..last at their offsets.  Roles: grid > row > columnheader | gridcell,
// with aria-rowcount/aria-rowindex counting every row, not just drawn ones.
// Sorting, search, resize, fullscreen and CSV download act on the page's copy;
// selections (st.dataframe on_select) and edits (st.data_editor) are widget
// values sent to the script.
//
// Why not a library: @tanstack/virtual-core alone is 10.2 KB gzipped (and does not
// scale a 35M px table under the browser's height limit); glide-data-grid, Streamlit's
// own, needs React.  This whole chunk -- rows, cells, editors, formats, Arrow reader --
// is about 12 KB gzipped.
import { safeCellCss } from '../cell_css.js';
import { Component } from 'preact';
import { html } from '../html.js';
import { useCtx, domId } from '../context.js';
import { useWidget, elAttrs, same } from '../widgets/common.js';
import { columns, visibleColumns, valueAt, viewRows, noEdits } from './data.js';
import { cellText, csvField, parseIso } from './format.js';
import { CellContent, drawKind } from './cells.js';
import { ChipsEditor } from './chips.js';
import { MarkdownCellOverlay } from './markdown_cell.js';
import { InlineMd } from '../markdown.js';
import { ColumnsMenu } from './columns_menu.js';
import { ToolBox, ToolButton } from '../element_toolbar.js';
import { HeaderMenu } from './header_menu.js';

const MAX_SPACER = 8_000_000;
const WIDTHS = { small: 75, medium: 200, large: 400 };
const MARKER_W = 32; // (1.67's row marker column; the line after it is the next column's own, see grid.css)
const ALIGN = { left: ';justify-content:flex-start', center: ';justify-content:center', right: ';justify-content:flex-end' };

/**
 * Text widths in the grid's font (a canvas measures them; without one, ~7 px a character).
 * The font is the app root's --tl-font (the document element has none: measured there, the
 * canvas fell back to the browser's sans-serif and every column came out ~10% wider than
 * 1.67's); `fontsReady()` says whether the face is loaded yet (else widths are measured again).
 */
let measurer;
function textWidth(text, bold = false) {
  if (measurer === undefined) {
    try {
      measurer = document.createElement('canvas').getContext('2d');
      const root = document.querySelector('.tl-root') ?? document.documentElement;
      measurer.fontFamily = getComputedStyle(root).getPropertyValue('--tl-font').trim() || 'sans-serif';
    } catch { measurer = null; }
  }
  if (!measurer) return String(text).length * 7;
  measurer.font = `${bold ? 600 : 400} 14px ${measurer.fontFamily}`;
  return measurer.measureText(String(text)).width;
}

/** Whether the grid's text face is loaded (widths measured before it are the fallback's). */
function fontsReady() {
  textWidth('');
  try {
    return !measurer || typeof document === 'undefined' || !document.fonts || document.fonts.check(`400 14px ${measurer.fontFamily}`);
  } catch {
    return true;
  }
}

/**
 * The rows glide-data-grid (1.67's grid) measures a column's width on: the first ten, or with
 * more rows the first nine and the last.
 * @param {number} n
 */
function sampleRows(n) {
  if (n <= 10) return [...Array(n).keys()];
  return [...Array(9).keys(), n - 1];
}

/**
 * A column's first width, as 1.67's grid sizes it: the widest of its sampled values
 * (sampleRows; with more than five, those at least twice the average dropped as outliers)
 * plus the cell padding (16), or its header text + 16 (+ 28 for an editable column's
 * pencil), rounded up, within 50..500 px.
 */
function initialWidth(col, n, editable, fit = false) {
  const w = col.spec.config && col.spec.config.width;
  if (typeof w === 'number' && !fit) return w;
  if (w && WIDTHS[w] && !fit) return WIDTHS[w];
  const label = (col.spec.config && col.spec.config.label) || col.spec.name;
  const head = textWidth(label) + 16 + (editable ? 28 : 0);
  const kind = drawKind(col.spec);
  if (kind === 'line_chart' || kind === 'bar_chart' || kind === 'area_chart') return Math.ceil(Math.max(120, head));
  if (kind === 'checkbox' || kind === 'audio' || kind === 'video') return Math.ceil(Math.max(60, head));
  // glide measures an image cell as 50 px an image, whatever its URL: the header sets the width
  if (kind === 'image') return Math.ceil(Math.max(50, head));
  let sizes = [];
  for (const i of sampleRows(n)) {
    const v = col.get(i);
    if (v !== null && v !== undefined) sizes.push(textWidth(cellText(v, col.spec)) + 16 + (kind === 'list' || kind === 'multiselect' ? 12 * (Array.isArray(v) ? v.length : 1) : 0));
  }
  if (sizes.length > 5) {
    const average = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    sizes = sizes.filter((x) => x < average * 2);
  }
  return Math.min(Math.max(Math.ceil(Math.max(head, ...sizes)), 50), 500);
}

/**
 * A stretched table (width "stretch" or in pixels) narrower than its frame:
 * the room left goes to the columns that may grow (not pinned, not resized by
 * the user), in equal shares, as 1.67's grid gives them `grow: 1`.
 * @param {number[]} widths  changed in place
 * @param {number} room  the frame's inner width (0: not measured yet)
 * @param {boolean[]} grows
 */
export function stretchWidths(widths, room, grows) {
  const used = widths.reduce((a, b) => a + b, 0);
  const count = grows.filter(Boolean).length;
  if (!room || room <= used || !count) return widths;
  const extra = room - used;
  const share = Math.floor(extra / count);
  let left = extra - share * count;
  for (let j = 0; j < widths.length; j++) {
    if (!grows[j]) continue;
    widths[j] += share + (left > 0 ? 1 : 0);
    if (left > 0) left--;
  }
  return widths;
}

/** The JSON value an editor's text means for a column (undefined: not valid). */
function parseInput(text, col) {
  const tc = (col.spec.config && col.spec.config.type_config) || {};
  const kind = drawKind(col.spec);
  const required = !!(col.spec.config && col.spec.config.required);
  if (text === '' && (kind !== 'text' || required)) return required ? undefined : null;
  switch (kind) {
    case 'number': case 'progress': {
      const x = Number(text);
      if (!Number.isFinite(x)) return undefined;
      if (tc.min_value != null && x < tc.min_value) return undefined;
      if (tc.max_value != null && x > tc.max_value) return undefined;
      return col.spec.type === 'int' ? Math.round(x) : x;
    }
    case 'datetime': return parseIso(text) ? (text.length === 16 ? text + ':00' : text) : undefined;
    case 'date': case 'time': return parseIso(text) ? text : undefined;
    default: {
      if (tc.max_chars && text.length > tc.max_chars) text = text.slice(0, tc.max_chars);
      if (tc.validate) { try { if (!new RegExp(tc.validate).test(text)) return undefined; } catch { /* bad regex: accept */ } }
      return text;
    }
  }
}

function Editor({ col, value, onDone, label, initial, readonly = false }) {
  const kind = drawKind(col.spec);
  const tc = (col.spec.config && col.spec.config.type_config) || {};
  const finish = (el, commit, keepInvalid = false) => {
    if (!commit) return onDone(undefined);
    if (el.tagName === 'SELECT') return onDone(JSON.parse(el.value));
    const v = parseInput(el.value, col);
    if (v === undefined && keepInvalid) {
      // Enter on a value the column refuses (validate=, min/max, required): the editor stays
      // open, marked invalid with 1.67's message, until it is fixed or Escape cancels it
      el.setAttribute('aria-invalid', 'true');
      el.setCustomValidity?.('Invalid input.');
      el.reportValidity?.();
      return undefined;
    }
    return onDone(v);
  };
  const keys = (e) => {
    if (e.key === 'Enter') { e.preventDefault(); finish(e.currentTarget, true, true); }
    if (e.key === 'Escape') { e.preventDefault(); finish(e.currentTarget, false); }
    e.stopPropagation();
  };
  // the text is set once, when the editor opens: a re-render while typing must not reset it
  const ref = (el) => {
    if (el && !el.dataset.focused) {
      el.dataset.focused = '1';
      if (el.tagName === 'INPUT') el.value = el.dataset.initial;
      el.focus();
      if (initial === undefined && el.select) el.select();
    }
  };
  if (kind === 'markdown') {
    return html`<${MarkdownCellOverlay} value=${value} readonly=${readonly} initial=${initial} label=${label} onDone=${onDone} />`;
  }
  if (kind === 'list' || kind === 'multiselect') {
    return html`<${ChipsEditor} col=${col} value=${value} onDone=${onDone} label=${label} initial=${initial}
      multiselect=${kind === 'multiselect'} />`;
  }
  if (kind === 'selectbox') {
    const opts = Array.isArray(tc.options) ? tc.options : (col.spec.options || []);
    return html`<select ref=${ref} class="tl-grid-editor" aria-label=${label} onKeyDown=${keys}
      onChange=${(e) => finish(e.currentTarget, true)} onBlur=${(e) => finish(e.currentTarget, true)}>
      <option value="null"></option>
      ${opts.map((o) => { const v = o && typeof o === 'object' ? o.value : o; return html`<option value=${JSON.stringify(v)} selected=${v === value}>${o && typeof o === 'object' && o.label ? o.label : String(v)}</option>`; })}
    </select>`;
  }
  const type = kind === 'number' || kind === 'progress' ? 'number' : kind === 'date' ? 'date' : kind === 'time' ? 'time' : kind === 'datetime' ? 'datetime-local' : 'text';
  let shown = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(', ') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (type === 'datetime-local' && shown) shown = shown.slice(0, 19);
  if (initial !== undefined) shown = initial; // typing on a cell starts its editor with that key
  return html`<input ref=${ref} class="tl-grid-editor" type=${type} data-initial=${shown} aria-label=${label}
    step=${type === 'number' ? (tc.step ?? (col.spec.type === 'int' ? 1 : 'any')) : type === 'datetime-local' || type === 'time' ? (tc.step ?? 1) : undefined}
    min=${tc.min_value ?? undefined} max=${tc.max_value ?? undefined} maxlength=${tc.max_chars ?? undefined}
    onKeyDown=${keys} onInput=${(e) => { const el = e.currentTarget; if (el.getAttribute('aria-invalid')) { el.removeAttribute('aria-invalid'); el.setCustomValidity?.(''); } }}
    onBlur=${(e) => finish(e.currentTarget, true)} />`;
}

class Grid extends Component {
  constructor(props) {
    super(props);
    this.state = { scrollTop: 0, scrollLeft: 0, sort: null, search: null, fullscreen: false, widths: {}, editing: null, focus: null, marked: [] };
    this.scroller = null;
    this.cache = {};
  }

  model() {
    const p = this.props.node.props;
    const c = this.cache;
    if (c.props !== p) {
      c.props = p;
      c.all = columns(p);
      c.visible = visibleColumns(c.all, p);
      c.n = (p.data && p.data.n) || 0;
      c.view = undefined;
    }
    return c;
  }

  rows(edits) {
    const c = this.model();
    const { sort, search } = this.state;
    const key = [edits, sort, search];
    if (c.view === undefined || !same(c.viewKey, key) || c.viewEdits !== edits) {
      c.view = viewRows({ n: c.n, cols: c.all, edits, sort, search: search || '', searchCols: c.visible });
      c.viewKey = key;
      c.viewEdits = edits;
    }
    return c.view;
  }

  componentDidMount() {
    // the grid's inner width: a stretched table's columns grow to fill it (1.67)
    if (this.scroller && typeof ResizeObserver === 'function') {
      this.sizer = new ResizeObserver(() => {
        const w = this.scroller ? this.scroller.clientWidth : 0;
        if (w !== this.state.viewW) this.setState({ viewW: w });
      });
      this.sizer.observe(this.scroller);
    }
    this.onKeyEsc = (e) => { if (e.key === 'Escape' && this.state.fullscreen) this.setState({ fullscreen: false }); };
    document.addEventListener('keydown', this.onKeyEsc);
  }

  componentWillUnmount() {
    this.sizer?.disconnect();
    document.removeEventListener('keydown', this.onKeyEsc);
  }

  render() {
    return html`<${GridView} grid=${this} node=${this.props.node} state=${this.state} />`;
  }
}

/** The grid's hooks (widget store, ctx) live in a function component under the class. */
function GridView({ grid, node, state }) {
  const p = node.props;
  const ctx = useCtx();
  const isWidget = 'value' in p;
  const w = isWidget ? useWidget(node) : null;
  const m = grid.model();
  const { n } = m;
  // (columns the user hid from the toolbar's "Show/hide columns" are left out in this page)
  const hiddenCols = state.hidden || [];
  // (and columns pinned or unpinned from a header menu: pinned ones follow the index)
  const pins = state.pins || {};
  const userPinned = (c) => (c.pos in pins ? pins[c.pos] : null);
  let visible = hiddenCols.length ? m.visible.filter((c) => !hiddenCols.includes(c.pos)) : m.visible;
  if (Object.keys(pins).length) {
    const isPinned = (c) => c.spec.index || (userPinned(c) ?? !!(c.spec.config && c.spec.config.pinned === true));
    visible = [...visible.filter((c) => c.spec.index), ...visible.filter((c) => !c.spec.index && isPinned(c)), ...visible.filter((c) => !c.spec.index && !isPinned(c))];
  }
  const editor = p.editing_mode && p.editing_mode !== 'read_only';
  const disabled = !!p.disabled;
  const edits = editor ? (w.e.value || noEdits()) : null;
  const modes = new Set(p.selection_mode || []);
  const selecting = !editor && isWidget;
  const selection = selecting ? ((w.e.value && w.e.value.selection) || { rows: [], columns: [], cells: [] }) : null;
  const rowSel = selecting && (modes.has('multi-row') || modes.has('single-row') || modes.has('single-row-required'));
  const colSel = selecting && (modes.has('multi-column') || modes.has('single-column'));
  const cellSel = selecting && (modes.has('multi-cell') || modes.has('single-cell'));
  const canAdd = editor && !disabled && (p.editing_mode === 'dynamic' || p.editing_mode === 'add');
  const canDelete = editor && !disabled && (p.editing_mode === 'dynamic' || p.editing_mode === 'delete');
  const markers = rowSel || canDelete;
  const rh = p.row_height || 35;
  const view = grid.rows(edits);
  const total = view ? view.length : n;
  // a table that takes new rows ends with a "+" row (as 1.67's trailing row): clicking it adds one
  const rowsN = total + (canAdd ? 1 : 0);
  const rowAt = (i) => (view ? view[i] : i);
  const placeholder = p.placeholder ?? 'None';

  // which columns take edits
  const editableCol = (c) => editor && !disabled && !(c.spec.config && c.spec.config.disabled) &&
    (!c.spec.index || (c.spec.config && c.spec.config.required)) && !['line_chart', 'bar_chart', 'area_chart', 'image', 'json', 'progress', 'audio', 'video'].includes(drawKind(c.spec)) &&
    !['dict', 'object', 'empty', 'timedelta', 'bytes'].includes(c.spec.type);

  // widths and pinned offsets
  const pinned = (c) => userPinned(c) ?? ((c.spec.index && !(c.spec.config && c.spec.config.pinned === false)) ||
    !!(c.spec.config && c.spec.config.pinned === true));
  if (grid.cache.fontsWait === undefined && !fontsReady()) {
    // measured in the fallback face for now: again once the grid's face is in
    grid.cache.fontsWait = document.fonts.load(`400 14px ${measurer.fontFamily}`).catch(() => {}).then(() => {
      for (const k of Object.keys(grid.cache)) if (/^w\d+$/.test(k)) delete grid.cache[k];
      if (grid.base?.isConnected) grid.forceUpdate();
    });
  }
  const widths = visible.map((c) => state.widths[c.pos] ?? (grid.cache['w' + c.pos] ??= initialWidth(c, n, editableCol(c))));
  if (p.width === 'stretch' || typeof p.width === 'number' || state.fullscreen) {
    stretchWidths(widths, state.viewW - (markers ? MARKER_W : 0),
      visible.map((c) => !pinned(c) && state.widths[c.pos] === undefined));
  }
  const lefts = [];
  let x = markers ? MARKER_W : 0;
  for (const wd of widths) { lefts.push(x); x += wd; }
  const totalWidth = x;
  // pinned columns (index first, then pinned ones: visibleColumns puts them in front) follow
  // the horizontal scroll, so they stay in view
  const sl = state.scrollLeft;
  const leftOf = (c, j) => lefts[j] + (pinned(c) ? sl : 0);

  // height and the scaled scroll space
  // (no rows: 1.67 keeps one row's height for its "empty" line)
  const contentH = (Math.max(rowsN, 1) + 1) * rh + 2;
  let height = typeof p.height === 'number' ? p.height : p.height === 'content' ? contentH : Math.min(contentH, 400); // (1.67: defaultTableHeight 25rem)
  if (state.fullscreen) height = Math.max(window.innerHeight - 80, 200);
  const bodyH = Math.max(height - rh - 2, rh);
  const fullH = rowsN * rh;
  const spacerH = Math.min(fullH, MAX_SPACER);
  const maxScroll = Math.max(spacerH - bodyH, 0);
  const virtTop = maxScroll > 0 ? (Math.min(state.scrollTop, maxScroll) / maxScroll) * Math.max(fullH - bodyH, 0) : 0;
  const first = Math.max(Math.floor(virtTop / rh), 0);
  const last = Math.min(rowsN, first + Math.ceil(bodyH / rh) + 1);

  const shownLabel = (c) => (c.spec.config && c.spec.config.label) || c.spec.name || '';
  // (an unnamed index has an empty header, as in Streamlit, but an accessible name)
  const cellLabel = (c) => shownLabel(c) || (c.spec.index ? 'index' : `column ${c.pos + 1}`);

  // ---- widget values
  const commitEdits = (next) => { w.commit(next); grid.cache.view = undefined; grid.forceUpdate(); };
  const setCell = (row, c, value) => {
    const next = JSON.parse(JSON.stringify(edits));
    if (row >= n) {
      next.added_rows[row - n][c.key] = value;
    } else {
      const orig = c.get(row);
      const k = String(row);
      const changed = { ...(next.edited_rows[k] || {}) };
      if (same(orig, value)) delete changed[c.key]; else changed[c.key] = value;
      if (Object.keys(changed).length) next.edited_rows[k] = changed; else delete next.edited_rows[k];
    }
    commitEdits(next);
  };
  // ButtonColumn clicks: the column's click widget gets {row (position in the data), label}
  // as JSON and is the update's trigger (py/tablit/elements/dataframe/buttons.py)
  const buttonHandler = (c, r) => (c.spec.button_widget && r < n
    ? (label) => ctx.send({ type: 'update', changes: [{ id: c.spec.button_widget, value: JSON.stringify({ row: r, label }) }], trigger: c.spec.button_widget })
    : null);
  /** Append a row (column defaults filled in) and focus its cell in column `j`; with `key`, start editing that cell with it. */
  const addRow = (j = 0, key = undefined) => {
    const next = JSON.parse(JSON.stringify(edits));
    const row = {};
    for (const c of m.all) { const d = c.spec.config && c.spec.config.default; if (d !== undefined && d !== null) row[c.key] = d; }
    next.added_rows.push(row);
    const id = n + next.added_rows.length - 1;
    commitEdits(next);
    const col = visible[j];
    grid.setState({ focus: { r: total, c: j }, editing: key !== undefined && col && editableCol(col) ? { r: id, pos: col.pos, initial: key } : null });
    setTimeout(() => { if (grid.scroller) { grid.scroller.scrollTop = grid.scroller.scrollHeight; if (key === undefined) grid.scroller.focus(); } }, 0);
  };
  const deleteMarked = () => {
    const next = JSON.parse(JSON.stringify(edits));
    const marked = [...state.marked];
    const addedGone = marked.filter((r) => r >= n).map((r) => r - n).sort((a, b) => b - a);
    for (const k of addedGone) next.added_rows.splice(k, 1);
    next.deleted_rows = [...new Set([...next.deleted_rows, ...marked.filter((r) => r < n)])].sort((a, b) => a - b);
    for (const r of marked) if (r < n) delete next.edited_rows[String(r)];
    grid.setState({ marked: [] });
    commitEdits(next);
  };
  const setSelection = (next) => w.commit({ selection: next });
  // the header's "select all" box: every shown row (multi-row selection, or rows to delete)
  const allToggle = (rowSel && modes.has('multi-row')) || (!rowSel && canDelete);
  const marked = rowSel ? selection.rows : state.marked;
  const allChecked = allToggle && total > 0 && marked.length >= total;
  const toggleAll = () => {
    const rows = allChecked ? [] : Array.from({ length: total }, (_, i) => rowAt(i));
    if (rowSel) setSelection({ ...selection, rows });
    else grid.setState({ marked: rows });
  };
  const toggleRow = (r) => {
    if (rowSel) {
      const has = selection.rows.includes(r);
      let rows;
      if (modes.has('multi-row')) rows = has ? selection.rows.filter((x) => x !== r) : [...selection.rows, r];
      else rows = has && !modes.has('single-row-required') ? [] : [r];
      setSelection({ ...selection, rows });
    } else {
      const has = state.marked.includes(r);
      grid.setState({ marked: has ? state.marked.filter((x) => x !== r) : [...state.marked, r] });
    }
  };
  const toggleColumn = (name) => {
    const has = selection.columns.includes(name);
    const cols = modes.has('multi-column') ? (has ? selection.columns.filter((x) => x !== name) : [...selection.columns, name]) : (has ? [] : [name]);
    setSelection({ ...selection, columns: cols });
  };
  const toggleCell = (r, name) => {
    const has = selection.cells.some(([a, b]) => a === r && b === name);
    const cells = modes.has('multi-cell') ? (has ? selection.cells.filter(([a, b]) => !(a === r && b === name)) : [...selection.cells, [r, name]]) : (has ? [] : [[r, name]]);
    setSelection({ ...selection, cells });
  };

  // ---- sorting, search, csv, fullscreen
  const sortBy = (c) => {
    const s = state.sort;
    const next = !s || s.pos !== c.pos ? { pos: c.pos, dir: 'asc' } : s.dir === 'asc' ? { pos: c.pos, dir: 'desc' } : null;
    grid.setState({ sort: next });
  };
  const download = () => {
    const cols = visible;
    const lines = [cols.map((c) => csvField(shownLabel(c), { type: 'str' })).join(',')];
    for (let i = 0; i < total; i++) {
      const r = rowAt(i);
      lines.push(cols.map((c) => csvField(valueAt(c, r, n, edits), c.spec)).join(','));
    }
    const blob = new Blob(['\ufeff' + lines.join('\n')], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${new Date().toISOString().slice(0, 19).replace(/[T:]/g, '-')}_export.csv`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  // ---- keyboard
  const gridId = domId(ctx, node.id, '-grid');
  const cellId = (i, j) => `${gridId}-${i}-${j}`;
  const focus = state.focus;
  const scrollToRow = (i) => {
    const top = i * rh;
    const scale = maxScroll > 0 && fullH > bodyH ? maxScroll / (fullH - bodyH) : 1;
    if (top < virtTop) grid.scroller.scrollTop = top * scale;
    else if (top + rh > virtTop + bodyH) grid.scroller.scrollTop = (top + rh - bodyH) * scale + 1;
  };
  const onKeyDown = (e) => {
    if (state.editing) return;
    const f = focus || { r: 0, c: 0 };
    let { r, c } = f;
    switch (e.key) {
      case 'ArrowDown': r = Math.min(r + 1, rowsN - 1); break;
      case 'ArrowUp': r = Math.max(r - 1, -1); break; // -1: the header row
      case 'ArrowRight': c = Math.min(c + 1, visible.length - 1); break;
      case 'ArrowLeft': c = Math.max(c - 1, 0); break;
      case 'PageDown': r = Math.min(r + Math.floor(bodyH / rh), rowsN - 1); break;
      case 'PageUp': r = Math.max(r - Math.floor(bodyH / rh), 0); break;
      case 'Home': if (e.ctrlKey) r = 0; c = 0; break;
      case 'End': if (e.ctrlKey) r = total - 1; c = visible.length - 1; break;
      case 'Enter': case 'F2': {
        const col = visible[c];
        if (r === total && canAdd) { e.preventDefault(); addRow(c); return; } // on the "+" row
        if (r === -1 && col) { // on a header: sort (or select the column)
          e.preventDefault();
          if (colSel && !col.spec.index) toggleColumn(col.spec.name); else sortBy(col);
          return;
        }
        if (col && total && r >= 0 && r < total && ['button', 'audio', 'video'].includes(drawKind(col.spec))) { // press the cell's (first) button
          const btn = document.getElementById(cellId(r, c))?.querySelector('button:not([disabled])');
          if (btn) { e.preventDefault(); btn.click(); }
          return;
        }
        if (col && total && r >= 0 && r < total && !editableCol(col) && drawKind(col.spec) === 'markdown') { // read-only: its rendered view
          e.preventDefault();
          grid.setState({ editing: { r: rowAt(r), pos: col.pos } });
          return;
        }
        if (col && editableCol(col) && total) {
          e.preventDefault();
          if (drawKind(col.spec) === 'checkbox') setCell(rowAt(r), col, !valueAt(col, rowAt(r), n, edits));
          else grid.setState({ editing: { r: rowAt(r), pos: col.pos } });
        }
        return;
      }
      case ' ': if (markers && total && r >= 0) { e.preventDefault(); toggleRow(rowAt(r)); } return;
      case 'Escape': if (state.fullscreen) grid.setState({ fullscreen: false }); return;
      case 'Delete': case 'Backspace': {
        if (canDelete && state.marked.length) { e.preventDefault(); deleteMarked(); return; }
        // no rows marked: clear the focused cell, as 1.67 (not a required column's, nor a checkbox)
        const col = visible[c];
        if (col && r >= 0 && r < total && editableCol(col) && !(col.spec.config && col.spec.config.required) && drawKind(col.spec) !== 'checkbox') {
          e.preventDefault();
          setCell(rowAt(r), col, null);
        }
        return;
      }
      default: {
        if (r === -1 && (e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10'))) { // a header's column menu
          e.preventDefault();
          document.getElementById(cellId(-1, c))?.querySelector('.tl-grid-hmenu-btn')?.click();
          return;
        }
        if ((e.ctrlKey || e.metaKey) && e.key === 'c' && r >= 0 && total && visible[c]) {
          // copy the focused cell's value (as CSV shows it: the raw value, not the format)
          const v = valueAt(visible[c], rowAt(r), n, edits);
          if (navigator.clipboard) navigator.clipboard.writeText(v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)).catch(() => {});
          e.preventDefault();
          return;
        }
        // a printable key on an editable text or number cell starts editing with it
        const col = visible[c];
        if (e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.metaKey && !e.altKey && r === total && canAdd) {
          e.preventDefault(); // typing on the "+" row adds a row and starts editing its cell with the key
          addRow(c, editableCol(col) && ['text', 'number', 'list', 'multiselect', 'link', 'markdown'].includes(drawKind(col.spec)) ? e.key : undefined);
          return;
        }
        if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && col && total && r >= 0 && r < total && editableCol(col) &&
            ['text', 'number', 'list', 'multiselect', 'link', 'markdown'].includes(drawKind(col.spec))) {
          e.preventDefault();
          grid.setState({ editing: { r: rowAt(r), pos: col.pos, initial: e.key } });
        }
        return;
      }
    }
    e.preventDefault();
    if (!rowsN) return;
    grid.setState({ focus: { r, c } });
    scrollToRow(r);
  };

  const styled = (c, r) => {
    if (!p.styles || c.dataPos < 0 || r >= n) return undefined;
    return safeCellCss(p.styles[`${r},${c.dataPos}`]) || undefined;
  };
  const displayOf = (c, r) => {
    if (!p.display || c.dataPos < 0 || r >= n) return undefined;
    if (edits && edits.edited_rows[String(r)] && c.key in edits.edited_rows[String(r)]) return undefined;
    const col = p.display[c.dataPos];
    return col ? col[r] : undefined;
  };

  // ---- drawing
  // a column's help: a tooltip over its header while the pointer is on it or the keyboard focus
  // (as 1.67's); it describes the header (aria-describedby) all the time
  const tipId = (j) => `${gridId}-tip-${j}`;
  const tipOn = state.tip ?? (focus && focus.r === -1 ? focus.c : null);
  const tips = visible.map((c, j) => {
    const help = c.spec.config && c.spec.config.help;
    if (!help) return null;
    const x = Math.max(leftOf(c, j) - sl + widths[j] / 2, 0);
    return html`<div role="tooltip" id=${tipId(j)} class="tl-grid-tip" hidden=${tipOn !== j}
      style=${`left:${x}px;top:${grid.scroller ? grid.scroller.offsetTop : 0}px`}><${InlineMd} text=${String(help)} /></div>`;
  });
  const header = html`<div role="row" aria-rowindex="1" class="tl-grid-row tl-grid-header" style=${`height:${rh}px;width:${totalWidth}px`}>
    ${markers ? html`<div role="columnheader" class="tl-grid-marker tl-grid-pinned tl-grid-first tl-grid-marker-quiet" style=${`left:${sl}px;width:${MARKER_W}px`} aria-label=${rowSel ? 'Row selection' : 'Row markers'}>
      ${allToggle ? html`<input type="checkbox" tabindex="-1" aria-label="Select all rows" checked=${allChecked} onClick=${toggleAll} />` : null}</div>` : null}
    ${visible.map((c, j) => {
      const label = cellLabel(c);
      const visibleLabel = shownLabel(c);
      const s = state.sort && state.sort.pos === c.pos ? state.sort.dir : null;
      const colSelected = colSel && selection.columns.includes(c.spec.name);
      const help = c.spec.config && c.spec.config.help;
      return html`<div role="columnheader" id=${cellId(-1, j)} aria-colindex=${j + 1} aria-sort=${s === 'asc' ? 'ascending' : s === 'desc' ? 'descending' : 'none'}
          aria-selected=${colSel ? String(colSelected) : undefined} aria-describedby=${help ? tipId(j) : undefined} aria-label=${visibleLabel ? undefined : label}
          onPointerEnter=${help ? () => grid.setState({ tip: j }) : undefined} onPointerLeave=${help ? () => grid.setState({ tip: null }) : undefined}
          class=${'tl-grid-cell tl-grid-hcell' + (j === 0 && !markers ? ' tl-grid-first' : '') + (pinned(c) ? ' tl-grid-pinned' : '') + (colSelected ? ' tl-grid-selected' : '') +
            (focus && focus.r === -1 && focus.c === j ? ' tl-grid-focus' : '')}
          style=${`width:${widths[j]}px;left:${leftOf(c, j)}px`}
          onClick=${() => (colSel && !c.spec.index ? toggleColumn(c.spec.name) : sortBy(c))}>
        ${editableCol(c) ? html`<span class="tl-grid-editable" aria-hidden="true"><${InlineMd} text=":material/edit_note:" /></span>` : null}
        <span class="tl-grid-hlabel">${visibleLabel}</span>
        <${HeaderMenu} label=${label} items=${[
          { label: 'Sort ascending', act: () => grid.setState({ sort: { pos: c.pos, dir: 'asc' } }) },
          { label: 'Sort descending', act: () => grid.setState({ sort: { pos: c.pos, dir: 'desc' } }) },
          { label: 'Autosize', act: () => grid.setState({ widths: { ...state.widths, [c.pos]: initialWidth(c, n, editableCol(c), true) } }) },
          pinned(c) ? { label: 'Unpin column', act: () => grid.setState({ pins: { ...pins, [c.pos]: false } }) }
            : { label: 'Pin column', act: () => grid.setState({ pins: { ...pins, [c.pos]: true } }) },
          ...(c.spec.index ? [] : [{ label: 'Hide column', act: () => grid.setState({ hidden: [...hiddenCols, c.pos], focus: null }) }]),
          { label: 'Copy column name', act: () => { if (navigator.clipboard) navigator.clipboard.writeText(shownLabel(c)).catch(() => {}); } },
        ]} />
        ${colSel && !c.spec.index ? html`<button type="button" class="tl-grid-sortbtn" aria-label=${`Sort by ${label}`} onClick=${(e) => { e.stopPropagation(); sortBy(c); }}>⇅</button>` : null}
        ${s ? html`<span class="tl-grid-sort" aria-hidden="true">${s === 'asc' ? '↑' : '↓'}</span>` : null}
        <span role="separator" aria-orientation="vertical" aria-label=${`Resize column ${label}`} tabindex="-1" class="tl-grid-resize"
          onClick=${(e) => e.stopPropagation()}
          onPointerDown=${(e) => {
            e.preventDefault(); e.stopPropagation();
            const start = e.clientX; const base = widths[j];
            const move = (ev) => grid.setState({ widths: { ...grid.state.widths, [c.pos]: Math.max(40, base + ev.clientX - start) } });
            const up = () => { window.removeEventListener('pointermove', move); window.removeEventListener('pointerup', up); };
            window.addEventListener('pointermove', move); window.addEventListener('pointerup', up);
          }}></span>
      </div>`;
    })}
  </div>`;

  const rowsOut = [];
  for (let i = first; i < last; i++) {
    if (i === total) { // the "+" row
      const top = i * rh - virtTop;
      const focused = focus && focus.r === i;
      rowsOut.push(html`<div role="row" key="+" aria-rowindex=${i + 2} class="tl-grid-row tl-grid-trailing" style=${`top:${top}px;height:${rh}px;width:${totalWidth}px`}>
        ${markers ? html`<div role="gridcell" class="tl-grid-marker tl-grid-pinned tl-grid-first" style=${`left:${sl}px;width:${MARKER_W}px`}></div>` : null}
        <div role="gridcell" id=${cellId(i, 0)} aria-colindex="1" aria-colspan=${visible.length} aria-label="Add row"
            class=${'tl-grid-cell tl-grid-add' + (markers ? '' : ' tl-grid-first') + (focused ? ' tl-grid-focus' : '')}
            style=${`width:${totalWidth - (markers ? MARKER_W : 0)}px;left:${markers ? MARKER_W : 0}px`}
            onClick=${(e) => {
              // the column under the pointer gets the new row's focus
              const x = e.clientX - e.currentTarget.getBoundingClientRect().left + (markers ? MARKER_W : 0);
              let j = 0;
              while (j < visible.length - 1 && x >= lefts[j + 1]) j++;
              addRow(j);
            }}>
          <span aria-hidden="true" style=${`position:sticky;left:${(markers ? MARKER_W : 0) + 8}px`}>+</span>
          ${visible.slice(1).map((_, j) => html`<i aria-hidden="true" class="tl-grid-sep" style=${`left:${lefts[j + 1] - (markers ? MARKER_W + 1 : 0)}px`}></i>`)}
        </div>
      </div>`);
      continue;
    }
    const r = rowAt(i);
    const rowSelected = rowSel ? selection.rows.includes(r) : state.marked.includes(r);
    const top = i * rh - virtTop;
    rowsOut.push(html`<div role="row" key=${r} aria-rowindex=${i + 2} aria-selected=${markers ? String(rowSelected) : undefined}
        class=${'tl-grid-row' + (rowSelected ? ' tl-grid-selected' : '') + (r >= n ? ' tl-grid-added' : '')} style=${`top:${top}px;height:${rh}px;width:${totalWidth}px`}>
      ${markers ? html`<div role="gridcell" class=${'tl-grid-marker tl-grid-pinned tl-grid-first' + (rowSel ? '' : ' tl-grid-marker-quiet')} style=${`left:${sl}px;width:${MARKER_W}px`}>
        <input type="checkbox" checked=${rowSelected} aria-label=${`Select row ${i + 1}`} tabindex="-1" onClick=${() => toggleRow(r)} /></div>` : null}
      ${visible.map((c, j) => {
        const v = valueAt(c, r, n, edits);
        const isEditing = state.editing && state.editing.r === r && state.editing.pos === c.pos;
        const focused = focus && focus.r === i && focus.c === j;
        const editable = editableCol(c);
        const cellSelected = cellSel && selection.cells.some(([a, b]) => a === r && b === c.spec.name);
        const css = styled(c, r);
        const edited = edits && r < n && edits.edited_rows[String(r)] && c.key in edits.edited_rows[String(r)];
        return html`<div role="gridcell" id=${cellId(i, j)} aria-colindex=${j + 1} aria-readonly=${editor ? String(!editable) : undefined}
            aria-selected=${cellSel ? String(cellSelected) : undefined}
            class=${'tl-grid-cell' + (j === 0 && !markers ? ' tl-grid-first' : '') + (c.spec.index ? ' tl-grid-index' : '') + (pinned(c) ? ' tl-grid-pinned' : '') +
              (focused ? ' tl-grid-focus' : '') + (cellSelected || (colSel && selection.columns.includes(c.spec.name)) ? ' tl-grid-selected' : '') +
              (['number', 'progress'].includes(drawKind(c.spec)) ? ' tl-grid-num' : '') + (['checkbox', 'audio', 'video'].includes(drawKind(c.spec)) ? ' tl-grid-center' : '') + (edited ? ' tl-grid-edited' : '')}
            style=${`width:${widths[j]}px;left:${leftOf(c, j)}px${ALIGN[c.spec.config && c.spec.config.alignment] || ''}${css ? ';' + css : ''}`}
            onClick=${(e) => {
              grid.setState({ focus: { r: i, c: j } });
              if (cellSel && !c.spec.index) toggleCell(r, c.spec.name);
              if (e.detail === 2 && (editable || drawKind(c.spec) === 'markdown') && drawKind(c.spec) !== 'checkbox') grid.setState({ editing: { r, pos: c.pos } });
            }}>
          ${isEditing ? html`<${Editor} col=${c} value=${v} label=${`${editable ? 'Edit ' : ''}${cellLabel(c)}, row ${i + 1}`} initial=${state.editing.initial} readonly=${!editable}
              onDone=${(val) => { grid.setState({ editing: null }); if (val !== undefined) setCell(r, c, val); grid.scroller && grid.scroller.focus(); }} />`
            : html`<${CellContent} v=${v} spec=${c.spec} width=${widths[j]} height=${rh} placeholder=${placeholder}
              display=${displayOf(c, r)} editable=${editable} label=${`${cellLabel(c)}, row ${i + 1}`}
              onToggle=${() => setCell(r, c, !v)} onButton=${buttonHandler(c, r)} />`}
        </div>`;
      })}
    </div>`);
  }
  // a table taller than its rows (height=): 1.67's grid draws the rows' lines on down to its
  // bottom, in blank rows (no role: nothing to read or focus there)
  if (rowsN > 0 && fullH < bodyH) {
    for (let i = rowsN; i * rh < bodyH; i++) {
      rowsOut.push(html`<div key=${'blank' + i} aria-hidden="true" class="tl-grid-row tl-grid-blank" style=${`top:${i * rh}px;height:${rh}px;width:${totalWidth}px`}>
        ${markers ? html`<div class="tl-grid-marker tl-grid-pinned tl-grid-first" style=${`left:${sl}px;width:${MARKER_W}px`}></div>` : null}
        ${visible.map((c, j) => html`<div class=${'tl-grid-cell' + (j === 0 && !markers ? ' tl-grid-first' : '') + (pinned(c) ? ' tl-grid-pinned' : '')}
          style=${`width:${widths[j]}px;left:${leftOf(c, j)}px`}></div>`)}
      </div>`);
    }
  }

  const widthStyle = state.fullscreen ? '' : typeof p.width === 'number' ? `width:${p.width}px;max-width:100%` : p.width === 'content' ? `width:${totalWidth + 2}px;max-width:100%` : '';
  const toolbar = html`<div class="tl-grid-toolbar tl-tools" role="toolbar" aria-label="Table actions" data-testid="stElementToolbar">
    ${state.search !== null ? html`<input type="search" class="tl-grid-search" aria-label="Search" placeholder="Search" value=${state.search}
      ref=${(el) => { if (el && !el.dataset.f) { el.dataset.f = '1'; el.focus(); } }}
      onInput=${(e) => grid.setState({ search: e.currentTarget.value, scrollTop: 0 })}
      onKeyDown=${(e) => { if (e.key === 'Escape') grid.setState({ search: null }); }} />` : null}
    <${ToolBox}>
      ${canAdd && !(canDelete && state.marked.length) ? html`<${ToolButton} label="Add row" icon="add" onClick=${() => addRow()} />` : null}
      ${canDelete && state.marked.length ? html`<${ToolButton} label="Delete row(s)" icon="delete" onClick=${deleteMarked} />` : null}
      ${selecting && !modes.has('single-row-required') && (selection.rows.length || selection.columns.length || selection.cells.length)
        ? html`<${ToolButton} label="Clear selection" icon="close" onClick=${() => setSelection({ rows: [], columns: [], cells: [] })} />` : null}
      ${m.visible.some((c) => !c.spec.index) ? html`<${ColumnsMenu} hidden=${hiddenCols}
        columns=${m.visible.filter((c) => !c.spec.index).map((c) => ({ pos: c.pos, label: cellLabel(c) }))}
        onToggle=${(pos) => grid.setState({ hidden: hiddenCols.includes(pos) ? hiddenCols.filter((x) => x !== pos) : [...hiddenCols, pos], focus: null })} />` : null}
      <${ToolButton} label="Download as CSV" icon="download" onClick=${download} />
      <${ToolButton} label="Search" icon="search" pressed=${state.search !== null} onClick=${() => grid.setState({ search: state.search === null ? '' : null })} />
      <${ToolButton} label=${state.fullscreen ? 'Close fullscreen' : 'Fullscreen'} icon=${state.fullscreen ? 'fullscreen_exit' : 'fullscreen'} pressed=${state.fullscreen}
        onClick=${() => grid.setState({ fullscreen: !state.fullscreen })} />
    </${ToolBox}>
  </div>`;

  return html`<div ...${elAttrs(node, 'tl-grid-el' + (state.fullscreen ? ' tl-grid-fullscreen' : ''))} style=${widthStyle}>
    ${toolbar}
    ${tips}
    <div role="grid" id=${gridId} tabindex="0" class="tl-grid" aria-rowcount=${rowsN + 1} aria-colcount=${visible.length}
        aria-multiselectable=${selecting && (modes.has('multi-row') || modes.has('multi-column') || modes.has('multi-cell')) ? 'true' : undefined}
        aria-readonly=${editor ? String(disabled) : 'true'} aria-label=${p.alt || undefined}
        aria-activedescendant=${focus && (focus.r === -1 || (focus.r >= first && focus.r < last)) ? cellId(focus.r, focus.r === total ? 0 : focus.c) : undefined}
        style=${`height:${height}px`} ref=${(el) => { grid.scroller = el; }}
        onScroll=${(e) => grid.setState({ scrollTop: e.currentTarget.scrollTop, scrollLeft: e.currentTarget.scrollLeft })} onKeyDown=${onKeyDown}>
      ${header}
      <div class="tl-grid-body" style=${`top:${rh}px;height:${bodyH}px;width:${totalWidth}px;margin-bottom:${-bodyH}px`}>${rowsOut}</div>
      <div class="tl-grid-spacer" style=${`height:${spacerH}px;width:${totalWidth}px`}></div>
      ${!rowsN ? html`<div class="tl-grid-empty">empty</div>` : null}
    </div>
  </div>`;
}

export default Grid;
