// web/tools/python_strings.js: worker.js carries python_code.js's Python
// without comments and docstrings, on the same lines, and still valid Python
// that defines the same functions.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import * as esbuild from "esbuild";
import { stripPythonStrings } from "../../web/tools/python_strings.js";
import { SETUP_PY } from "../../web/runtime/python_code.js";
import { ROOT } from "./helpers.mjs";

test("the worker's Python templates lose comments and docstrings, keep their lines and functions", async () => {
  const r = await esbuild.build({ entryPoints: [join(ROOT, "web", "runtime", "python_code.js")], bundle: true, format: "esm",
    write: false, logLevel: "silent", plugins: [stripPythonStrings()] });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(r.outputFiles[0].text).toString("base64")}`);
  const stripped = mod.SETUP_PY;
  assert.ok(stripped.length < SETUP_PY.length * 0.9, `${stripped.length} of ${SETUP_PY.length} characters`);
  assert.equal(stripped.split("\n").length, SETUP_PY.split("\n").length, "every line where it was");
  assert.ok(!/^\s*#/m.test(stripped), "no comment line");
  const defs = (/** @type {string} */ s) => [...s.matchAll(/^(?:def|class) (\w+)/gm)].map((m) => m[1]);
  assert.deepEqual(defs(stripped), defs(SETUP_PY));
  const names = execFileSync("python3", ["-c", "import ast, sys; t = ast.parse(sys.stdin.read()); print(sorted(n.name for n in t.body if hasattr(n, 'name')))"],
    { input: stripped, encoding: "utf8" });
  assert.match(names, /'check_tablit'/);
});
