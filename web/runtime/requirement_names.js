// Names in an app's requirements: a project's canonical name, wheel references, and
// the error of a bad requirement.  What every boot needs; the parsing of
// requirements.txt and of requirement lists (requirements.js) is fetched only
// by an app that has some.

/** Projects that tablit itself provides: never installed from an index (streamlit-nightly is Streamlit's nightly build). */
export const PROVIDED = new Set(["streamlit", "streamlit-nightly", "tablit"]);

/** An error in a requirements file; its message says where. */
export class RequirementsError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RequirementsError";
  }
}

/** @param {string} name */
export function canonicalName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

/**
 * True when `req` names a wheel file (URL or path) rather than a project.
 * @param {string} req
 */
export function isWheelRef(req) {
  const bare = req.split("#")[0].split("?")[0];
  return bare.endsWith(".whl") && !/\s@\s/.test(req) && !/\s/.test(bare);
}

/**
 * The project name of a wheel file name: "tiny_pkg-0.1-py3-none-any.whl" -> "tiny-pkg".
 * @param {string} ref
 * @returns {string}
 */
export function wheelProject(ref) {
  const file = ref.split("#")[0].split("?")[0].split("/").pop() ?? "";
  const parts = file.slice(0, -4).split("-");
  if (!file.endsWith(".whl") || parts.length < 5 || parts.length > 6 || !parts[0]) {
    throw new RequirementsError(
      `${JSON.stringify(file)} is not a wheel file name (name-version[-build]-python-abi-platform.whl)`,
    );
  }
  return canonicalName(parts[0]);
}

export const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$/s;

/**
 * The canonical project name of a requirement string, or null for a wheel/URL reference.
 * @param {string} req
 * @returns {string|null}
 */
export function requirementName(req) {
  if (isWheelRef(req)) return null;
  const m = NAME.exec(req.trim());
  return m ? canonicalName(m[1]) : null;
}

/**
 * Streamlit 1.67's own dependencies (its Requires-Dist) by the name an app imports them by.
 * `pip install streamlit` brings them along, so apps import them (`import altair`,
 * `import pydeck as pdk`) and their requirements.txt, if any, names only streamlit.
 */
export const STREAMLIT_DEPENDENCIES = new Map([
  ["altair", "altair"], ["pydeck", "pydeck"], ["numpy", "numpy"], ["pandas", "pandas"], ["PIL", "pillow"],
  ["pyarrow", "pyarrow"], ["requests", "requests"], ["click", "click"], ["packaging", "packaging"],
  ["typing_extensions", "typing-extensions"],
]);

/**
 * The requirements an app's imports stand for: each Streamlit dependency it imports that
 * the Pyodide lock file does not provide (pydeck; altair on Pyodide 0.27) and that its
 * requirements do not name already.  (What the lock provides loads by import anyway.)
 * @param {Iterable<string>} imports  top-level module names
 * @param {string[]} requirements  the app's requirement strings
 * @param {Object<string, unknown>} lockPackages  the lock file's packages, by name
 * @returns {string[]} project names, to install as if required
 */
export function impliedRequirements(imports, requirements, lockPackages) {
  const named = new Set(requirements.map(requirementName).filter((n) => n !== null));
  const inLock = new Set(Object.keys(lockPackages).map(canonicalName));
  const out = [];
  for (const imp of imports) {
    const project = STREAMLIT_DEPENDENCIES.get(imp);
    if (project && !inLock.has(project) && !named.has(project) && !out.includes(project)) out.push(project);
  }
  return out;
}
