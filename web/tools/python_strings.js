// The Python the worker runs besides tablit (web/runtime/python_code.js,
// SETUP_PY, and python_install.js, INSTALL_PY: String.raw templates) travels in worker.js and its chunk.  This esbuild plugin
// blanks its comments and docstrings as web/tools/pymin.js does for the
// package (lines kept: an error's line number still points at
// python_code.js), a quarter of worker.js's gzipped bytes less.

import { readFileSync } from "node:fs";
import { stripPython } from "./pymin.js";

/** The one Python template of python_code.js: `export const NAME = String.raw\`...\`;` */
const TEMPLATE = /(export const \w+ = String\.raw`)([^`]*)(`;)/g;

/**
 * @param {{filter?: RegExp}} [opts]  the modules holding Python templates
 * @returns {import("esbuild").Plugin}
 */
export function stripPythonStrings({ filter = /[\\/]web[\\/]runtime[\\/]python_(code|install)\.js$/ } = {}) {
  return {
    name: "strip-python-strings",
    setup(build) {
      build.onLoad({ filter }, async (args) => {
        const source = readFileSync(args.path, "utf8");
        const found = [...source.matchAll(TEMPLATE)];
        if (!found.length) throw new Error(`${args.path}: no String.raw Python template found`);
        const entries = found.map((m, i) => ({ name: `template${i}.py`, data: m[2] }));
        if (entries.some((e) => e.data.includes("${"))) throw new Error(`${args.path}: a Python template interpolates (\${...}): not stripped`);
        const stripped = await stripPython(entries);
        let i = 0;
        const contents = source.replace(TEMPLATE, (_, head, _body, tail) => head + stripped[i++].data.toString("utf8") + tail);
        return { contents, loader: "js" };
      });
    },
  };
}
