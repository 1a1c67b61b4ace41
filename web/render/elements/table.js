// st.table and st.dataframe: cells arrive formatted as text.  The dataframe
// is a scrollable box with a sticky header.
import { html } from '../html.js';
import { elAttrs } from '../widgets/common.js';

function Table({ node }) {
  const p = node.props;
  const cols = p.columns || [];
  const rows = p.rows || [];
  const df = node.kind === 'dataframe';
  const border = p.border || 'all';
  return html`<div ...${elAttrs(node)}>
    <div class=${'tl-table-wrap' + (df ? ' tl-dataframe' : '')} tabindex=${df ? 0 : undefined}>
      <table class=${`tl-table tl-table-border-${border}`}>
        ${cols.length && !p.hide_header ? html`<thead><tr>${cols.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>` : null}
        <tbody>${rows.map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody>
      </table>
      ${!rows.length ? html`<div class="tl-table-empty">empty</div>` : null}
    </div>
  </div>`;
}

export default { table: Table };
