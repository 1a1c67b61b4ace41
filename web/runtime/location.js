// Where the built runtime's files are: the folder of dist/ as built (worker.js,
// pyodide/, tablit.tar.gz, tablit.css, frame.html, katex/).  mount() sets it
// (its runtimeURL option, else the folder of tablit.js by import.meta.url);
// lazily loaded chunks read it here rather than from their own import.meta.url,
// which a bundler that re-bundles tablit.js moves elsewhere.

/** @type {string|null} */
let base = null;

/** Set the runtime folder (an absolute URL ending in "/"). @param {string} url */
export function setRuntimeURL(url) {
  base = url;
}

/** The runtime folder mount() set, or null when no app was mounted (the renderer's dev page). */
export function runtimeURL() {
  return base;
}
