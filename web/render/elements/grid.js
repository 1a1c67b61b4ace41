// st.grid: a CSS grid whose direct children are cells.  A column count is at
// most that many equal tracks (fewer where they would be narrower than
// min_column_width, unless wrap=False: then it scrolls); "auto" fits as many
// min_column_width tracks as the width allows.  grid_cell blocks span columns/rows.
import { useEffect, useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { NodeView, children } from '../registry.js';
import { keyClass, widthStyle } from '../widgets/common.js';

const GAP_REM = { xxsmall: 0.25, xsmall: 0.5, small: 1, medium: 2, large: 4, xlarge: 6, xxlarge: 8 };

/** A gap prop (size name, pixels, or null) as CSS. */
export function gapCss(g) {
  if (g == null) return '0';
  if (typeof g === 'number') return `${g}px`;
  return `${GAP_REM[g] ?? 1}rem`;
}

/** 1.67's "auto" min_column_width: the theme's gridMinColumnWidth. */
const AUTO_MIN = '12.5rem';

/**
 * The grid's CSS for its props, as 1.67 lays it out: a column count is a most,
 * with wrap (the default) the grid drops columns while cells would be narrower
 * than min_column_width (st.grid(4) shows three on the centered layout; one
 * column takes the whole width), empty tracks kept so two cells of four stay a
 * quarter wide; with wrap=False it keeps the count and scrolls sideways.
 */
export function gridStyle(p) {
  const min = typeof p.min_column_width === 'number' ? `${p.min_column_width}px` : AUTO_MIN;
  const gap = gapCss(p.column_gap);
  let cols;
  if (typeof p.columns === 'number' && p.wrap === false) cols = `repeat(${p.columns}, minmax(${min}, 1fr))`;
  else if (typeof p.columns === 'number') {
    cols = `repeat(auto-fill, minmax(max(min(${min}, 100%), calc((100% - ${p.columns - 1} * ${gap}) / ${p.columns})), 1fr))`;
  } else cols = `repeat(auto-fill, minmax(min(${min}, 100%), 1fr))`;
  const out = [`display:grid`, `grid-template-columns:${cols}`, `row-gap:${gapCss(p.row_gap)}`, `column-gap:${gap}`,
    `grid-auto-flow:row${p.dense ? ' dense' : ''}`];
  if (CELL_ALIGN[p.vertical_alignment]) out.push(`--tl-cell-align:${CELL_ALIGN[p.vertical_alignment]}`);
  if (typeof p.row_height === 'number') out.push(`grid-auto-rows:${p.row_height}px`);
  if (typeof p.height === 'number') out.push(`height:${p.height}px`, 'overflow:auto');
  else if (p.stretch_height) out.push('height:100%');
  const w = widthStyle(p.width);
  if (w) out.push(w);
  return out.join(';');
}

/** Where a cell's content sits (the cell itself fills its row): --tl-cell-align, read by every cell's sheet rule. */
const CELL_ALIGN = { center: 'center', bottom: 'flex-end' };

/** Whether a no-wrap grid is wider than its box: 1.67 then leaves room above it (tl-lgrid-scrolls). */
function useScrolls(ref, on) {
  const [scrolls, set] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!on || !el || typeof ResizeObserver !== 'function') return undefined;
    const check = () => set(el.scrollWidth > el.clientWidth + 1);
    const ro = new ResizeObserver(check);
    ro.observe(el);
    check();
    return () => ro.disconnect();
  }, [on]);
  return scrolls;
}

function Grid({ node }) {
  const p = node.props;
  const ref = useRef(null);
  const scrolls = useScrolls(ref, p.wrap === false);
  // every direct child is a cell (stGridCell), as in 1.67; grid.cell() blocks are cells already
  const cells = (node.children || []).map((c) => (c.kind === 'grid_cell' ? html`<${NodeView} key=${c.id} node=${c} />`
    : html`<div key=${c.id} class="tl-lgrid-cell" data-testid="stGridCell"><${NodeView} node=${c} /></div>`));
  return html`<div ref=${ref} class=${'tl-el tl-k-grid tl-lgrid' + (p.border ? ' tl-lgrid-border' : '') + (scrolls ? ' tl-lgrid-scrolls' : '') + keyClass(node)}
      data-testid="stGrid" style=${gridStyle(p)}>${cells}</div>`;
}

function GridCell({ node }) {
  const p = node.props;
  const col = p.column_span === 'all' ? '1 / -1' : p.column_span > 1 ? `span ${p.column_span}` : undefined;
  const row = p.row_span > 1 ? `span ${p.row_span}` : undefined;
  const style = [col && `grid-column:${col}`, row && `grid-row:${row}`].filter(Boolean).join(';') || undefined;
  return html`<div class="tl-lgrid-cell tl-block" data-testid="stGridCell" style=${style}>${children(node.children)}</div>`;
}

export default { grid: Grid, grid_cell: GridCell };
