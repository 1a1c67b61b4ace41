// Stylesheets a lazy chunk brings in its own code (charts, the element toolbar):
// each adopted by the document once, as a constructable stylesheet (allowed
// under a Content-Security-Policy without 'unsafe-inline' for <style>).
/** @type {Set<string>} */
const done = new Set();

/**
 * Adopt `css` under `name` once per document.  A browser without constructable
 * stylesheets draws the chunk's elements unstyled, still usable.
 * @param {string} name
 * @param {string} css
 */
export function adoptCss(name, css) {
  if (done.has(name) || typeof document === 'undefined') return;
  done.add(name);
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // (no constructable stylesheets)
  }
}
