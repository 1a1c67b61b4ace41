// A pandas Styler's cell CSS as the page applies it (st.table, st.dataframe): the
// colours only, each value checked again here (Python sends only these; a message
// from elsewhere must not style a cell with anything that fetches or escapes it).

const ALLOWED = new Set(['color', 'background-color', 'background']);
const SAFE_VALUE = /^[#(),.%\w\s-]+$/;

/**
 * "color: red; background: url(...)" -> "color: red" (declarations kept in order).
 * @param {unknown} css
 * @returns {string}
 */
export function safeCellCss(css) {
  if (typeof css !== 'string' || !css) return '';
  const out = [];
  for (const decl of css.split(';')) {
    const at = decl.indexOf(':');
    if (at < 0) continue;
    const prop = decl.slice(0, at).trim().toLowerCase();
    const value = decl.slice(at + 1).trim();
    if (ALLOWED.has(prop) && SAFE_VALUE.test(value)) out.push(`${prop}: ${value}`);
  }
  return out.join('; ');
}
