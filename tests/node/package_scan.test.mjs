// Which Pyodide packages load before the first run (web/runtime/core.js,
// python_code.js app_imports): those imported by the entrypoint, its pages and
// the app modules they import; a package imported only by another file (a
// helper script, a module imported by a computed name) loads when first
// imported, and a failure then names the package and the file, instead of
// stopping the app at boot.  In node (no JSPI) the import fails, the package
// loads after the run and the app reruns; Chromium waits inside the import
// (tests/e2e/package_scan.test.mjs, on the Pyodide 0.27.7 fixture).  Here the
// runtime folder holds micropip's wheel and no other: the lock's other
// packages (six, numpy...) cannot be had.

import assert from "node:assert/strict";
import { loadPyodide } from "pyodide";
import { test } from "node:test";
import { createRuntime } from "../../web/runtime/core.js";
import { collectDown, nodes, pyodideDir, tablitZip, texts } from "./helpers.mjs";

function boot() {
  const down = [];
  const runtime = createRuntime({
    indexURL: pyodideDir(),
    loadPyodide,
    tablitZip: tablitZip(),
    onDown: collectDown(down),
    pyodideOptions: { stdout: () => {}, stderr: () => {} },
  });
  return { runtime, down };
}

const FILES = {
  "app.py": [
    "import importlib",
    "import streamlit as st",
    "from helpers import tidy",
    "st.write(tidy(' ready '))",
    "late = importlib.import_module('late' + '_ok')  # (a name no scan can see)",
    "st.write(f'micropip {late.version()}')",
    "if st.session_state.setdefault('bad', False):",
    "    importlib.import_module('late' + '_bad')",
    "",
  ].join("\n"),
  "helpers/__init__.py": "from .text import tidy\n",
  "helpers/text.py": "def tidy(s):\n    return s.strip()\n",
  "late_ok.py": "import micropip\n\ndef version():\n    return micropip.__version__\n",
  "late_bad.py": "import six\n",
  // an unrelated script, never imported: its packages cannot be had (that stopped the app before)
  "scripts/make_data.py": "import numpy\nimport six\n",
};

test("packages of files no run reaches load on first import; a failure names the package and the file", { timeout: 240_000 }, async () => {
  const { runtime, down } = boot();
  const ok = await runtime.start({ entrypoint: "app.py", files: FILES });
  assert.equal(ok, true, JSON.stringify(down.filter((m) => m.type === "fatal")));
  await runtime.idle();
  const loaded = () => Object.keys(runtime.pyodide.loadedPackages);
  assert.ok(!loaded().includes("numpy") && !loaded().includes("six"), `nothing for the unrelated script: ${loaded()}`);
  // the first run met `import micropip` (no JSPI in node): it loaded after the run, and the app ran again
  const renders = down.filter((m) => m.type === "render").map((m) => JSON.stringify(m.tree)).join("\n");
  assert.match(renders, /No module named 'micropip' yet: late_ok\.py imports micropip, which the Pyodide package micropip provides/);
  let render = down.findLast((m) => m.type === "render");
  assert.match(texts(render), /micropip \d+\.\d+/);
  assert.match(texts(render), /ready/);
  assert.ok(!nodes(render).some((n) => n.kind === "exception"), "the rerun has no error");
  assert.ok(loaded().includes("micropip"));

  // a package that cannot be had, imported by a file no scan saw: the error names both
  await runtime.writeFiles({ "app.py": FILES["app.py"].replace("st.session_state.setdefault('bad', False)", "True") }, { rerun: true });
  await runtime.idle();
  render = down.findLast((m) => m.type === "render");
  const tree = JSON.stringify(render.tree);
  assert.match(tree, /could not load the Pyodide package six, which late_bad\.py imports/, tree.slice(0, 3000));
  assert.match(texts(render), /micropip \d+\.\d+/, "the rest of the app ran");
  runtime.destroy();
});

test("a package that a module the entrypoint imports needs is loaded up front: its failure is told, naming the package and the file, and its import fails saying why", { timeout: 120_000 }, async () => {
  const { runtime, down } = boot();
  const ok = await runtime.start({ entrypoint: "app.py", files: { ...FILES, "helpers/text.py": "import six\n\ndef tidy(s):\n    return s\n" } });
  await runtime.idle();
  assert.equal(ok, true, "the app runs");
  assert.equal(down.filter((m) => m.type === "fatal").length, 0);
  const notice = down.find((m) => m.type === "notice");
  assert.equal(notice.stage, "packages");
  assert.match(notice.text, /^A package was not installed; the app runs without it, and importing it raises ModuleNotFoundError: six \(imported by helpers\/text\.py\) \(not loaded from .*\)\.$/);
  assert.doesNotMatch(notice.text, /numpy/, "the unrelated script's packages are not asked for");
  const render = down.findLast((m) => m.type === "render");
  assert.match(JSON.stringify(render), /No module named 'six': the Pyodide package six [\d.]+ could not be loaded \(not loaded from /);
  runtime.destroy();
});

test("an app that imports plotly.express loads numpy and pandas up front (px needs both and remembers a failed import)", async () => {
  const { SETUP_PY } = await import("../../web/runtime/python_code.js");
  const { spawnSync } = await import("node:child_process");
  const fs = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tablit-imports-"));
  try {
    const scan = (files) => {
      for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
      const out = spawnSync("python3", ["-c", `${SETUP_PY}\nimport sys\nprint(app_imports(sys.argv[1], "app.py"))`, dir], { encoding: "utf8" });
      assert.equal(out.status, 0, out.stderr);
      return JSON.parse(out.stdout).upfront;
    };
    assert.deepEqual(scan({ "app.py": "import streamlit as st\nimport plotly.express as px\n" }),
      { streamlit: "app.py", plotly: "app.py", numpy: "app.py", pandas: "app.py" });
    assert.deepEqual(Object.keys(scan({ "app.py": "import streamlit as st\nfrom plotly import express\n" })),
      ["streamlit", "plotly", "numpy", "pandas"]);
    // graph_objects alone needs neither
    assert.deepEqual(Object.keys(scan({ "app.py": "import streamlit as st\nimport plotly.graph_objects as go\n" })),
      ["streamlit", "plotly"]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("an import of a module nobody has, that no requirement names, says where packages come from (the same ModuleNotFoundError, its name set)", { timeout: 120_000 }, async () => {
  const { runtime, down } = boot();
  const app = [
    "import streamlit as st",
    "try:",
    "    import nosuch_pkg_xyz",
    "except ImportError as e:",
    "    st.write(f'caught {type(e).__name__} {e.name}')",
    "import json.nosuch_sub_xyz  # (a submodule: Python's plain answer)",
  ].join("\n");
  const later = "import streamlit as st\nimport plotly\n";
  assert.equal(await runtime.start({ entrypoint: "app.py", files: { "app.py": app } }), true);
  await runtime.idle();
  let render = JSON.stringify(down.findLast((m) => m.type === "render"));
  assert.match(render, /caught ModuleNotFoundError nosuch_pkg_xyz/);
  assert.match(render, /No module named 'json\.nosuch_sub_xyz'/);
  assert.doesNotMatch(render, /json\.nosuch_sub_xyz.{0,40}requirements/);
  runtime.writeFiles({ "app.py": later }, { rerun: true });
  await runtime.idle();
  render = JSON.stringify(down.findLast((m) => m.type === "render"));
  assert.match(render, /No module named 'plotly'\. It is neither in Python's standard library nor among the packages this tab has: if it comes from PyPI, list it in the app's requirements\.txt/);
  runtime.destroy();
});

test("a package imported by code the app runs with exec() (an LLM's answer run in a fragment) loads as the app file's own import", { timeout: 120_000 }, async () => {
  const { runtime, down } = boot();
  const app = "import streamlit as st\nexec(\"import micropip\\nst.write(f'exec micropip {micropip.__version__}')\")\n";
  assert.equal(await runtime.start({ entrypoint: "app.py", files: { "app.py": app } }), true);
  await runtime.idle();
  // node has no JSPI: the first run's import fails, the package loads after it and the app runs again
  const renders = down.filter((m) => m.type === "render").map((m) => JSON.stringify(m.tree)).join("\n");
  assert.match(renders, /No module named 'micropip' yet: app\.py imports micropip/);
  const render = down.findLast((m) => m.type === "render");
  assert.match(texts(render), /exec micropip \d+\.\d+/);
  assert.ok(!nodes(render).some((n) => n.kind === "exception"), "the rerun has no error");
  runtime.destroy();
});
