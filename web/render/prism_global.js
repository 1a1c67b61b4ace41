// Prism's core, made the global `Prism` its language files extend when they are
// evaluated (they are scripts written for a page, imported after this module).
import Prism from 'prismjs/components/prism-core.js';

/** @type {any} */ (globalThis).Prism = Prism;
export default Prism;
