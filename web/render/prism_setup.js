// Evaluated before Prism's core (web/render/highlight.js imports it first): tells
// the core not to highlight the whole document by itself once loaded, nor to
// answer worker messages; the page highlights what it draws, when it draws it.
/** @type {any} */ (globalThis).Prism = { manual: true, disableWorkerMessageHandler: true };
