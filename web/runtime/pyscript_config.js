// PyScript's configuration (pyscript.toml / pyscript.json): the parts tablit
// honours are `packages` (requirements) and `files` (URL -> path to fetch
// into the app folder).  TOML is parsed by Python's tomllib (see core.js);
// this module checks and normalises the decoded object.

import { isPlainObject } from "../plain_object.js";
import { RequirementsError, cleanRequirements } from "./requirements.js";

/**
 * @typedef {Object} FetchSpec
 * @property {string} url     as written (relative URLs resolve against the app's base URL)
 * @property {string} dest    path in the app folder ("data/x.csv"), or absolute under /home/pyodide or /tmp
 * @property {boolean} unpack true for "dest/*": unpack the archive into dest
 */

/**
 * @typedef {Object} PyscriptConfig
 * @property {string[]} packages
 * @property {FetchSpec[]} files
 * @property {string[]} ignored  top-level keys tablit does not act on
 */

const KNOWN = new Set(["packages", "files"]);

/** @param {string} url */
function basename(url) {
  const path = url.split("#")[0].split("?")[0];
  return path.slice(path.lastIndexOf("/") + 1);
}

/**
 * Check a decoded pyscript config.
 * @param {unknown} raw
 * @param {string} name  file name, for errors
 * @returns {PyscriptConfig}
 */
export function normalizePyscriptConfig(raw, name) {
  if (!isPlainObject(raw)) throw new RequirementsError(`${name}: the configuration must be a table/object`);
  const ignored = Object.keys(raw).filter((k) => !KNOWN.has(k));
  let packages = [];
  if (raw.packages !== undefined) {
    if (!Array.isArray(raw.packages) || raw.packages.some((p) => typeof p !== "string")) {
      throw new RequirementsError(`${name}: 'packages' must be a list of strings`);
    }
    packages = cleanRequirements(/** @type {string[]} */ (raw.packages), `${name}, packages`);
  }
  /** @type {FetchSpec[]} */
  const files = [];
  if (raw.files !== undefined) {
    if (!isPlainObject(raw.files)) throw new RequirementsError(`${name}: 'files' must be a table {url = "path"}`);
    const entries = Object.entries(raw.files);
    /** @type {Map<string, string>} placeholders such as "{DOMAIN}" = "https://..." */
    const vars = new Map();
    for (const [k, v] of entries) {
      if (/^\{[A-Za-z_][A-Za-z0-9_]*\}$/.test(k)) {
        if (typeof v !== "string") throw new RequirementsError(`${name}: files placeholder ${k} must be a string`);
        vars.set(k, v);
      }
    }
    /** @param {string} s */
    const expand = (s) => {
      for (let i = 0; i < 8 && /\{[A-Za-z_][A-Za-z0-9_]*\}/.test(s); i++) {
        s = s.replace(/\{[A-Za-z_][A-Za-z0-9_]*\}/g, (m) => vars.get(m) ?? m);
      }
      return s;
    };
    for (const [k, v] of entries) {
      if (vars.has(k)) continue;
      if (typeof v !== "string") throw new RequirementsError(`${name}: files[${JSON.stringify(k)}] must be a path string`);
      const url = expand(k);
      let dest = expand(v);
      if (/\{[A-Za-z_][A-Za-z0-9_]*\}/.test(url + dest)) {
        throw new RequirementsError(`${name}: files entry ${JSON.stringify(k)} uses an undefined placeholder`);
      }
      const unpack = dest.endsWith("/*");
      if (unpack) dest = dest.slice(0, -2) || ".";
      else if (dest === "" || dest.endsWith("/")) dest += basename(url);
      if (!unpack && (dest === "" || dest.endsWith("/"))) {
        throw new RequirementsError(`${name}: cannot tell a file name for ${JSON.stringify(k)}; give a path`);
      }
      files.push({ url, dest, unpack });
    }
  }
  return { packages, files, ignored };
}
