// The two pieces of the Markdown dialect (dialect.js) that the page draws
// without marked (markdown.js's fast paths): a module of their own so that
// the rest of the dialect stays in the lazy Markdown chunk.
const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text -> HTML text (attribute-safe). */
export const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ESC[c]);

/** The placeholder of a Material icon that enhance.js fills with its SVG. */
export function iconPlaceholder(name) {
  const n = escapeHtml(name);
  return `<span class="tl-mi" data-mi="${n}" role="img" aria-label="${n} icon" translate="no"></span>`;
}
