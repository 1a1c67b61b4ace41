// st.table: cells arrive formatted as text and are drawn as Markdown, as
// 1.67 draws them (":material/devices: Widget Pro :blue[Electronics]").  The dataframe
// is a scrollable box with a sticky header.
import { html } from '../html.js';
import { elAttrs } from '../widgets/common.js';
import { CellMd } from '../markdown.js';

function Table({ node }) {
  const p = node.props;
  const cols = p.columns || [];
  const rows = p.rows || [];
  const df = node.kind === 'dataframe';
  const border = p.border || 'all';
  return html`<div ...${elAttrs(node)}>
    <div class=${'tl-table-wrap' + (df ? ' tl-dataframe' : '')} tabindex=${df ? 0 : undefined}>
      <table class=${`tl-table tl-table-border-${border}`}>
        ${cols.length && !p.hide_header ? html`<thead><tr>${cols.map((c) => html`<th scope="col"><${CellMd} text=${c} /></th>`)}</tr></thead>` : null}
        <tbody>${rows.map((r) => html`<tr>${r.map((c) => html`<td><${CellMd} text=${c} /></td>`)}</tr>`)}</tbody>
      </table>
      ${!rows.length ? html`<div class="tl-table-empty">empty</div>` : null}
    </div>
  </div>`;
}

export default { table: Table };
