// st.pagination: a <nav> of page buttons (the current one aria-current="page"),
// previous/next (1.67's chevron icons), and ellipses when there are more than max_visible_pages.
import { html } from '../html.js';
import { elAttrs, useWidget } from './common.js';
import { Icon } from './icon.js';

/** The page numbers to show (null = an ellipsis), at most `max` numbers (0/null: all). */
export function visiblePages(current, total, max) {
  if (!max || max >= total) return Array.from({ length: total }, (_v, i) => i + 1);
  if (max < 5) {
    const start = Math.max(1, Math.min(current - Math.floor((max - 1) / 2), total - max + 1));
    return Array.from({ length: Math.max(1, max) }, (_v, i) => start + i);
  }
  const inner = max - 2;                       // first and last are always shown
  let start = Math.max(2, current - Math.floor((inner - 1) / 2));
  let end = start + inner - 1;
  if (end > total - 1) { end = total - 1; start = Math.max(2, end - inner + 1); }
  const out = [1];
  if (start > 2) { out.push(null); start++; }
  const tail = end < total - 1;
  if (tail) end--;
  for (let i = start; i <= end; i++) out.push(i);
  if (tail) out.push(null);
  out.push(total);
  return out;
}

function Pagination({ node }) {
  const p = node.props;
  const w = useWidget(node);
  const total = p.num_pages || 1;
  const cur = typeof w.e.value === 'number' ? w.e.value : 1;
  const go = (n) => { if (!p.disabled && n >= 1 && n <= total && n !== cur) w.commit(n); };
  return html`<nav ...${elAttrs(node)} aria-label="Pagination">
    <ul class="tl-pagination">
      <li><button type="button" class="tl-page tl-page-step" aria-label="Previous page" disabled=${!!p.disabled || cur <= 1} onClick=${() => go(cur - 1)}><${Icon} icon=":material/chevron_left:" /></button></li>
      ${visiblePages(cur, total, p.max_visible_pages).map((n, i) => (n == null
        ? html`<li key=${'e' + i} class="tl-page-gap" aria-hidden="true">…</li>`
        : html`<li key=${n}><button type="button" class="tl-page" aria-label=${'Page ' + n} aria-current=${n === cur ? 'page' : undefined}
            disabled=${!!p.disabled} onClick=${() => go(n)}>${n}</button></li>`))}
      <li><button type="button" class="tl-page tl-page-step" aria-label="Next page" disabled=${!!p.disabled || cur >= total} onClick=${() => go(cur + 1)}><${Icon} icon=":material/chevron_right:" /></button></li>
    </ul>
  </nav>`;
}

export default { pagination: Pagination };
