// st.table: cells arrive formatted as text and are drawn as Markdown, as
// 1.67 draws them (":material/devices: Widget Pro :blue[Electronics]"); numeric
// columns are right-aligned, the index column is row headers.  A table with a pixel
// width or height scrolls in its frame (a focusable region, as 1.67's), its header
// sticky; width "content" fits the columns.  A pandas Styler's cells bring its colours
// (cell_css.js) and its caption, below the table, as 1.67 draws them.
import { html } from '../html.js';
import { safeCellCss } from '../cell_css.js';
import { domId, useCtx } from '../context.js';
import { elAttrs } from '../widgets/common.js';
import { CellMd } from '../markdown.js';

function Table({ node }) {
  const ctx = useCtx();
  const p = node.props;
  const cols = p.columns || [];
  const rows = p.rows || [];
  const numeric = p.numeric || [];
  const df = node.kind === 'dataframe';
  const border = p.border || 'all';
  const indexCols = p.index || 0;
  const scrollH = typeof p.height === 'number';
  const scrollW = typeof p.width === 'number';
  const scrolls = !df && (scrollH || scrollW);
  // (in horizontal and borderless tables a numeric column's header is right-aligned too)
  const headAlign = (j) => (numeric[j] && border !== 'all' ? 'text-align:right' : undefined);
  const styles = p.styles && typeof p.styles === 'object' ? p.styles : null;
  const cellStyle = (i, j) => {
    const css = styles ? safeCellCss(styles[`${i},${j - indexCols}`]) : '';
    return [numeric[j] ? 'text-align:right' : '', css].filter(Boolean).join(';') || undefined;
  };
  const caption = typeof p.caption === 'string' && p.caption ? p.caption : null;
  const captionId = caption ? domId(ctx, node.id, '-caption') : undefined;
  return html`<div ...${elAttrs(node)}>
    <div class=${'tl-table-wrap' + (df ? ' tl-dataframe' : ` tl-table-frame tl-table-frame-${border}`)} tabindex=${df || scrolls ? 0 : undefined}
        role=${scrolls ? 'region' : undefined} aria-label=${scrolls ? 'Scrollable table' : undefined}
        style=${scrollH ? `height:${p.height}px` : undefined}>
      <table data-testid="stTableStyledTable" class=${`tl-table tl-table-border-${border}` + (p.width === 'content' ? ' tl-table-content' : '')} aria-label=${p.alt || undefined} aria-describedby=${captionId}>
        ${cols.length && !p.hide_header ? html`<thead><tr>${cols.map((c, j) => html`<th scope="col" style=${headAlign(j)}><${CellMd} text=${c} /></th>`)}</tr></thead>` : null}
        <tbody>${rows.map((r, i) => html`<tr>${r.map((c, j) => (j < indexCols
          ? html`<th scope="row"><${CellMd} text=${c} /></th>`
          : html`<td style=${cellStyle(i, j)}><${CellMd} text=${c} /></td>`))}</tr>`)}</tbody>
      </table>
      ${!rows.length ? html`<div class="tl-table-empty">empty</div>` : null}
    </div>
    ${caption ? html`<div class="tl-table-caption tl-caption" id=${captionId}>${caption}</div>` : null}
  </div>`;
}

export default { table: Table };
