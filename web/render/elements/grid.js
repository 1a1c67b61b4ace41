// st.grid: a CSS grid.  A fixed column count gives equal tracks (with wrap=False
// they never wrap: they shrink); "auto" fits as many min_column_width tracks as
// the width allows.  grid_cell blocks span columns/rows.
import { html } from '../html.js';
import { children } from '../registry.js';
import { widthStyle } from '../widgets/common.js';

const GAP_REM = { xxsmall: 0.25, xsmall: 0.5, small: 1, medium: 2, large: 4, xlarge: 6, xxlarge: 8 };

/** A gap prop (size name, pixels, or null) as CSS. */
export function gapCss(g) {
  if (g == null) return '0';
  if (typeof g === 'number') return `${g}px`;
  return `${GAP_REM[g] ?? 1}rem`;
}

/** The grid's CSS for its props. */
export function gridStyle(p) {
  const min = typeof p.min_column_width === 'number' ? `${p.min_column_width}px` : '12rem';
  let cols;
  if (typeof p.columns === 'number') {
    cols = p.wrap === false || p.min_column_width === 'auto' || p.min_column_width == null
      ? `repeat(${p.columns}, minmax(0, 1fr))`
      : `repeat(auto-fit, minmax(max(${min}, calc((100% - ${p.columns - 1} * ${gapCss(p.column_gap)}) / ${p.columns})), 1fr))`;
  } else {
    cols = `repeat(auto-fill, minmax(min(${min}, 100%), 1fr))`;
  }
  const align = { top: 'start', center: 'center', bottom: 'end' }[p.vertical_alignment] || 'start';
  const out = [`display:grid`, `grid-template-columns:${cols}`, `row-gap:${gapCss(p.row_gap)}`, `column-gap:${gapCss(p.column_gap)}`,
    `align-items:${align}`, `grid-auto-flow:row${p.dense ? ' dense' : ''}`];
  if (typeof p.row_height === 'number') out.push(`grid-auto-rows:${p.row_height}px`);
  if (typeof p.height === 'number') out.push(`height:${p.height}px`, 'overflow:auto');
  else if (p.stretch_height) out.push('height:100%');
  const w = widthStyle(p.width);
  if (w) out.push(w);
  return out.join(';');
}

function Grid({ node }) {
  const p = node.props;
  return html`<div class=${'tl-el tl-k-grid tl-lgrid' + (p.border ? ' tl-lgrid-border' : '')} data-testid="stGrid" style=${gridStyle(p)}>
    ${children(node.children)}
  </div>`;
}

function GridCell({ node }) {
  const p = node.props;
  const col = p.column_span === 'all' ? '1 / -1' : p.column_span > 1 ? `span ${p.column_span}` : undefined;
  const row = p.row_span > 1 ? `span ${p.row_span}` : undefined;
  const style = [col && `grid-column:${col}`, row && `grid-row:${row}`].filter(Boolean).join(';') || undefined;
  return html`<div class="tl-lgrid-cell tl-block" data-testid="stGridCell" style=${style}>${children(node.children)}</div>`;
}

export default { grid: Grid, grid_cell: GridCell };
