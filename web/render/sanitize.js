// DOMPurify, configured once: the one way HTML reaches innerHTML (Markdown's
// output, st.html, highlighted code, icon SVGs).  Its own module so that the
// chunks that need it (markdown_full.js, highlight.js, icon_files.js) share one
// copy and a page that draws none of them downloads none of it.
import DOMPurify from 'dompurify';

let purifier = null;
function purify() {
  if (!purifier) {
    purifier = DOMPurify.isSupported ? DOMPurify : DOMPurify(/** @type {any} */ (globalThis.window));
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A' && node.getAttribute('href') && !node.getAttribute('href').startsWith('#')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
      // <link> only as 1.67's pages use it in st.markdown(unsafe_allow_html=True): a stylesheet
      // by URL (Google Fonts, an icon font).  Any other link is left without attributes: inert.
      if (node.tagName === 'LINK') {
        const rel = (node.getAttribute('rel') || '').trim().toLowerCase();
        const href = node.getAttribute('href') || '';
        if (rel !== 'stylesheet' || !/^(https?:\/\/|\/|\.{0,2}\/|[\w-]+\.css\b)/i.test(href)) {
          for (const a of [...node.attributes]) node.removeAttribute(a.name);
        }
      }
    });
    // Set once: a config passed to every sanitize() is parsed again each
    // time (a third of a short body's sanitising).
    // FORCE_BODY keeps a leading <style> (st.html('<style>...</style>...')).
    purifier.setConfig({ ADD_ATTR: ['target'], ADD_TAGS: ['link'], FORBID_TAGS: ['script', 'iframe', 'object', 'embed', 'base', 'meta'], FORCE_BODY: true });
  }
  return purifier;
}

/** Sanitise an HTML string (always: nothing reaches innerHTML without this). */
export function sanitize(htmlText) {
  return purify().sanitize(htmlText);
}
