// Python run at build time (web/tools/pymin.js's stripping, family_stubs.py's stubs,
// docstrings.js's table): in Pyodide, the same Python as the browser's, so the
// build machine needs none; each result cached by the hash of the code and its input.

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CACHE_DIR } from "./pyodide_dist.js";

/**
 * Run `code` in a fresh namespace holding `INPUT` (a string); its last expression, a string, is the result.
 * @param {string} kind  the cache's folder (node_modules/.cache/tablit/KIND)
 * @param {string} code
 * @param {string} input
 * @returns {Promise<string>}
 */
export async function runPythonCached(kind, code, input) {
  const hash = createHash("sha256").update(code).update(input).digest("hex").slice(0, 20);
  const cached = join(CACHE_DIR, kind, `${hash}.json`);
  if (existsSync(cached)) return readFileSync(cached, "utf8");
  const { loadPyodide } = await import("pyodide");
  const pyodide = await loadPyodide({ stdout: () => {}, stderr: () => {} });
  const ns = pyodide.globals.get("dict")();
  ns.set("INPUT", input);
  const out = String(pyodide.runPython(code, { globals: ns }));
  mkdirSync(join(CACHE_DIR, kind), { recursive: true });
  writeFileSync(cached, out);
  return out;
}
