// The Python package as the page downloads it (dist/tablit.tar.gz): the build's
// tar writer and stripper against the runtime's untarGz(), and a runtime that
// boots from it.

import assert from "node:assert/strict";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { test } from "node:test";
import { loadPyodide } from "pyodide";
import { createRuntime, untarGz } from "../../web/runtime/core.js";
import { pythonBundle, tarEntries } from "../../web/tools/pymin.js";
import { directoryEntries } from "../../web/tools/zip.js";
import { ROOT, pyodideDir } from "./helpers.mjs";

test("untarGz reads what tarEntries writes", async () => {
  const entries = [
    { name: "pkg/__init__.py", data: "x = 1\n" },
    { name: "pkg/empty.txt", data: "" },
    { name: "pkg/sub/big.bin", data: new Uint8Array(1500).map((_, i) => i % 251) },
    { name: "pkg/é.py", data: "é = 'ü'\n" },
  ];
  const files = await untarGz(gzipSync(tarEntries(entries)));
  assert.deepEqual(files.map(([n]) => n), entries.map((e) => e.name));
  for (const [i, [, data]] of files.entries()) assert.deepEqual(Buffer.from(data), Buffer.from(entries[i].data));
});

test("untarGz refuses entries outside the package", async () => {
  await assert.rejects(untarGz(gzipSync(tarEntries([{ name: "../evil.py", data: "" }]))), /outside the package/);
});

test("a runtime boots from the stripped tar.gz, and its tracebacks keep their line numbers", async () => {
  const bundle = await pythonBundle(directoryEntries(join(ROOT, "py", "tablit"), "tablit"));
  const down = [];
  const runtime = createRuntime({
    indexURL: pyodideDir(),
    loadPyodide,
    tablitZip: bundle,
    onDown: (json) => down.push(...JSON.parse(json)),
    pyodideOptions: { stdout: () => {}, stderr: () => {} },
  });
  const ok = await runtime.start({ entrypoint: "app.py", files: { "app.py": "import streamlit as st\nst.button('b')\n" } });
  assert.equal(ok, true, JSON.stringify(down.filter((m) => m.type === "fatal")));
  const render = down.findLast((m) => m.type === "render");
  assert.ok(render);
  // no docstrings in the shipped package, the same lines as py/tablit
  const info = JSON.parse(runtime.pyodide.runPython(`
import json, inspect, tablit.state.widgets as w
json.dumps([w.register_widget.__doc__, inspect.getsourcelines(w.register_widget)[1]])`));
  const source = (await import("node:fs")).readFileSync(join(ROOT, "py", "tablit", "state", "widgets.py"), "utf8").split("\n");
  assert.equal(info[0], null);
  assert.match(source[info[1] - 1], /^def register_widget\(/);
  runtime.destroy();
});

test("the schema's documentation tables ship as keys only: every kind is there, its prose is not, the lines stay", async () => {
  const entries = directoryEntries(join(ROOT, "py", "tablit"), "tablit").filter((e) => e.name === "tablit/protocol.py");
  const files = await untarGz(await pythonBundle(entries));
  const shipped = new TextDecoder().decode(files.find(([name]) => name === "tablit/protocol.py")[1]);
  const source = (await import("node:fs")).readFileSync(join(ROOT, "py", "tablit", "protocol.py"), "utf8");
  assert.equal(shipped.split("\n").length, source.split("\n").length);
  for (const kind of ["button", "slider", "dataframe", "markdown"]) assert.match(shipped, new RegExp(`"${kind}": ""`), kind);
  assert.doesNotMatch(shipped, /trigger \(no value\)/);
  assert.ok(shipped.length < source.length / 2, `${shipped.length} of ${source.length} characters`);
  // what runs is all there (a class and a function of the schema, on their lines)
  for (const def of ["class TreeDiff", "def parse_up(", "def render_message("]) {
    assert.equal(shipped.split("\n").findIndex((l) => l.startsWith(def)), source.split("\n").findIndex((l) => l.startsWith(def)), def);
  }
});

test("the shipped Python is indented one space per block; strings that span lines, continuation lines and meaning stay", async () => {
  const source = [
    "import textwrap",
    "",
    "def outer(x):",
    "    if x:",
    "        text = '''first",
    "        second",
    "    third'''",
    "        total = (1 +",
    "                 2)",
    "        return textwrap.dedent(text), total",
    "    return None, 0",
    "",
  ].join("\n");
  const files = await untarGz(await pythonBundle([{ name: "tablit/sample.py", data: source }]));
  const shipped = new TextDecoder().decode(files[0][1]);
  assert.deepEqual(shipped.split("\n"), [
    "import textwrap",
    "",
    "def outer(x):",
    " if x:",
    "  text = '''first",
    "        second",
    "    third'''",
    "  total = (1 +",
    "           2)",
    "  return textwrap.dedent(text), total",
    " return None, 0",
    "",
  ]);
});
