// The worker's side of tablit's lazily loaded Python families
// (py/tablit/runtime/families.py, web/tools/families.js): the core archive
// names them in tablit/_families.json; a family the app's source mentions is
// fetched while Pyodide boots and unpacked with the core; any other is
// fetched the moment Python asks for it (a synchronous request: Python cannot
// wait for a Promise in the middle of a command).

import { fetchBytes as defaultFetchBytes } from "./fetching.js";

/** Where the core archive names its families. */
export const MANIFEST_PATH = "tablit/_families.json";

/**
 * @typedef {Object} FamilySpec
 * @property {string} archive  its archive, relative to the core archive
 * @property {string[]} commands  its commands (st.<name>)
 * @property {string[]} mentions  other words that, in the app's source, mean it will be used
 * @property {boolean} [noStackSwitching]  every run needs it where WebAssembly has no stack switching (JSPI)
 */

/**
 * The manifest among the core archive's files, or null (a package without families: tablit.zip).
 * @param {[string, Uint8Array][]|null} files
 * @returns {Object<string, FamilySpec>|null}
 */
export function readManifest(files) {
  const entry = files?.find(([name]) => name === MANIFEST_PATH);
  return entry ? JSON.parse(new TextDecoder().decode(entry[1])) : null;
}

/** @param {string} s */
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The families that the app's source mentions: a command called (`line_chart(`)
 * or one of the family's words (`plotly`, `pandas`...); and, where WebAssembly
 * has no stack switching, those every run then needs (runtime/aio.py's SyncLoop).
 * @param {Object<string, FamilySpec>} manifest
 * @param {string[]} sources  the app's Python files
 * @param {boolean} [stackSwitching]  default: whether this JavaScript has JSPI (WebAssembly.Suspending)
 * @returns {string[]}
 */
export function mentionedFamilies(manifest, sources, stackSwitching = typeof (/** @type {any} */ (WebAssembly).Suspending) === "function") {
  const text = sources.join("\n");
  return Object.entries(manifest)
    .filter(([, spec]) => {
      if (spec.noStackSwitching && !stackSwitching) return true;
      const parts = [...(spec.commands ?? []).map((c) => `${escape(c)}\\s*\\(`), ...(spec.mentions ?? []).map((w) => `${escape(w)}\\b`)];
      return parts.length > 0 && new RegExp(`\\b(?:${parts.join("|")})`).test(text);
    })
    .map(([name]) => name);
}

/**
 * `rel` beside `base` (a URL, or an absolute path under node).
 * @param {string} rel @param {string} base
 */
export function besideURL(rel, base) {
  if (base.startsWith("/")) return `${base.slice(0, base.lastIndexOf("/") + 1)}${rel}`;
  return new URL(rel, base).href;
}

/**
 * Bytes of a URL, synchronously: XMLHttpRequest in a worker; the file system under node.
 * @param {string} url
 * @returns {Uint8Array}
 */
export function fetchBytesSync(url) {
  if (typeof XMLHttpRequest === "function") {
    const xhr = new XMLHttpRequest();
    xhr.open("GET", url, false);
    xhr.responseType = "arraybuffer";
    try {
      xhr.send();
    } catch (e) {
      throw new Error(`could not fetch ${url}: ${/** @type {Error} */ (e).message || e}`);
    }
    if (xhr.status !== 200 && !(xhr.status === 0 && url.startsWith("file:"))) throw new Error(`could not fetch ${url}: HTTP ${xhr.status}`);
    return new Uint8Array(xhr.response);
  }
  const fs = /** @type {any} */ (globalThis).process?.getBuiltinModule?.("node:fs");
  if (fs && (url.startsWith("/") || url.startsWith("file:"))) {
    const path = url.startsWith("file:") ? decodeURIComponent(new URL(url).pathname) : url;
    try {
      return new Uint8Array(fs.readFileSync(path));
    } catch (e) {
      throw new Error(`could not read ${path}: ${/** @type {any} */ (e).code ?? e}`);
    }
  }
  throw new Error(`could not fetch ${url}: no synchronous way to fetch here`);
}

/**
 * One session's families: prefetch(names) while Python boots; bytes(name) when Python asks.
 * @param {{manifest: Object<string, FamilySpec>, baseURL: string, fetchBytes?: (url: string) => Promise<Uint8Array>,
 *   fetchBytesSync?: (url: string) => Uint8Array}} options  baseURL: the core archive's URL
 */
export function createFamilyLoader(options) {
  const fetchAsync = options.fetchBytes ?? defaultFetchBytes;
  const fetchSync = options.fetchBytesSync ?? fetchBytesSync;
  /** @type {Map<string, Uint8Array>} */ const have = new Map();
  /** @type {string[]} */ const fetchedOnDemand = [];
  /** @param {string} name */
  const urlOf = (name) => {
    const spec = options.manifest[name];
    if (!spec) throw new Error(`tablit has no family named ${name}`);
    return besideURL(spec.archive, options.baseURL);
  };
  return {
    /**
     * Fetch these families now; resolves to those that arrived (a failure is
     * left to the moment Python asks for the family, which then says why).
     * @param {string[]} names
     * @returns {Promise<[string, Uint8Array][]>}
     */
    async prefetch(names) {
      const got = await Promise.all(names.map(async (name) => {
        try {
          const data = await fetchAsync(urlOf(name));
          have.set(name, data);
          return /** @type {[string, Uint8Array]} */ ([name, data]);
        } catch {
          return null;
        }
      }));
      return /** @type {[string, Uint8Array][]} */ (got.filter((g) => g !== null));
    },
    /** The archive of `name`, now (Python is waiting for it). @param {string} name */
    bytes(name) {
      let data = have.get(name);
      if (!data) {
        data = fetchSync(urlOf(name));
        have.set(name, data);
        fetchedOnDemand.push(name);
      }
      return data;
    },
    /** Families fetched when Python asked for them (not ahead). */
    get onDemand() {
      return [...fetchedOnDemand];
    },
  };
}
