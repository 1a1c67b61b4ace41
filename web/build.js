// `npm run build`: everything a page needs, in dist/, served as static files.
//
//   dist/tablit.js     the page library: mount() + <tablit-app> (ES module)
//   dist/chunks/       what tablit.js imports lazily (dynamic import(): charts, math, grids...),
//                      fetched only by a page that draws such an element (what they share with
//                      tablit.js is in tablit.js: web/tools/merge_chunks.js)
//   dist/worker.js     the module worker (imports pyodide/pyodide.mjs at run time; its lazy chunks in dist/chunks/)
//   dist/tablit.css    the renderer's styles (when web/render has any), minified (tablit.css.map: the sources)
//   dist/frame.html    the document of st.iframe / components.html frames (web/frame.html)
//   dist/tablit.tar.gz the Python package py/tablit as the browser downloads it:
//                      without comments and docstrings, compressed as one (web/tools/pymin.js)
//   dist/families/     the Python of families most apps never use (charts, data grid, ...), one
//                      tar.gz each, unpacked when an app uses one (web/tools/families.js)
//   dist/tablit.zip    the same package, whole (for tablitURL and for reading)
//   dist/sw/           the service worker of repeat visits and offline use, and its registration (web/sw/)
//   dist/css/          the stylesheets of lazily loaded renderers (web/render/lazy/NAME.css), loaded with their chunk (render/lazy_css.js)
//   dist/katex/        KaTeX's stylesheet and fonts, linked by the math chunk when a page draws math
//   dist/fonts/        Source Sans 3 / Source Code Pro, latin woff2 (web/tools/font_assets.js, web/render/fonts.css)
//   dist/icons/        Material Symbols Rounded, one SVG per icon, fetched when a page first shows it
//   dist/pyodide/      the Pyodide runtime + the micropip wheel (nothing from a CDN)
//   dist/pyodide/tablit-snapshot.*  Python started with tablit imported, the worker's quick boot (web/tools/snapshot.js)
//
// Usage: node web/build.js [--out DIR] [--no-minify]

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import * as esbuild from "esbuild";
import { ROOT, preparePyodide } from "./tools/pyodide_dist.js";
import { directoryEntries, zipEntries } from "./tools/zip.js";
import { copyKatexAssets } from "./tools/katex_assets.js";
import { writePythonArchives } from "./tools/families.js";
import { mergeStaticChunks } from "./tools/merge_chunks.js";
import { stripPythonStrings } from "./tools/python_strings.js";
import { copyFontAssets } from "./tools/font_assets.js";
import { copyIconAssets } from "./tools/icon_assets.js";

const WEB = join(ROOT, "web");

/** @param {string} s */
const log = (s) => console.log(`build: ${s}`);

/** The renderer's stylesheets, in name order. */
function renderCss() {
  const dir = join(WEB, "render");
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(".css")).sort().map((f) => join(dir, f));
}

/**
 * Build into `out`.
 * @param {{out?: string, minify?: boolean}} [opts]
 */
export async function build(opts = {}) {
  const out = resolve(opts.out ?? join(ROOT, "dist"));
  const minify = opts.minify ?? true;
  const t0 = performance.now();
  rmSync(join(out, "chunks"), { recursive: true, force: true });
  for (const f of ["tablit.js", "tablit.js.map", "worker.js", "worker.js.map", "tablit.css", "tablit.css.map", "tablit.zip", "tablit.tar.gz"]) rmSync(join(out, f), { force: true });
  mkdirSync(out, { recursive: true });

  if (!existsSync(join(WEB, "render", "index.js"))) throw new Error("web/render/index.js is missing: the renderer is needed for dist/tablit.js");

  const css = renderCss();
  const common = /** @type {esbuild.BuildOptions} */ ({
    bundle: true,
    format: "esm",
    target: ["es2022"],
    platform: "browser",
    minify,
    sourcemap: true,
    legalComments: "linked",
    logLevel: "warning",
    define: { __TABLIT_CSS__: JSON.stringify(css.length > 0) },
  });
  // Code splitting: every dynamic import() below web/ becomes its own file in dist/chunks/.
  const page = await esbuild.build({ ...common, entryPoints: { tablit: join(WEB, "index.js") }, outdir: out, splitting: true,
    chunkNames: "chunks/[name]-[hash]", metafile: true });
  // the chunks tablit.js imports statically (shared with lazy chunks) go into it: one download (web/tools/merge_chunks.js)
  await mergeStaticChunks({ out, entry: "tablit.js", metafile: page.metafile, options: common });
  // the worker: its dynamic import()s (what only some apps need: the Python that installs requirements) are chunks too
  const worker = await esbuild.build({ ...common, entryPoints: { worker: join(WEB, "worker.js") }, outdir: out, splitting: true,
    chunkNames: "chunks/worker-[name]-[hash]", metafile: true,
    plugins: minify ? [stripPythonStrings()] : [] }); // the worker's Python without its comments and docstrings
  await mergeStaticChunks({ out, entry: "worker.js", metafile: worker.metafile, options: common });
  if (css.length && minify) {
    // one file, in name order, minified; tablit.css.map points back at each rule's file and line
    // (the fonts' url()s stay as written: dist/fonts/ is beside it)
    await esbuild.build({ stdin: { contents: css.map((f) => `@import ${JSON.stringify(`./${f.slice(f.lastIndexOf("/") + 1)}`)};`).join("\n"),
      resolveDir: join(WEB, "render"), loader: "css", sourcefile: "tablit-css-files" }, bundle: true, minify, sourcemap: true,
    external: ["fonts/*"], outfile: join(out, "tablit.css"), logLevel: "warning" });
  } else if (css.length) {
    // --no-minify: plain concatenation, in name order
    writeFileSync(join(out, "tablit.css"), css.map((f) => `/* ${f.slice(ROOT.length + 1)} */\n${readFileSync(f, "utf8")}`).join("\n"));
  } else {
    log("web/render has no .css: no dist/tablit.css");
  }
  // the lazy renderers' stylesheets, one file each (render/lazy_css.js puts each before tablit.css)
  rmSync(join(out, "css"), { recursive: true, force: true });
  const lazyCss = join(WEB, "render", "lazy");
  if (existsSync(lazyCss)) {
    mkdirSync(join(out, "css"), { recursive: true });
    for (const f of readdirSync(lazyCss).filter((n) => n.endsWith(".css"))) {
      const text = readFileSync(join(lazyCss, f), "utf8");
      writeFileSync(join(out, "css", f), minify ? (await esbuild.transform(text, { loader: "css", minify: true })).code : text);
    }
  }

  copyKatexAssets(join(out, "katex")); // dist/katex/: the math chunk's stylesheet and fonts
  copyFontAssets(join(out, "fonts")); // dist/fonts/: Source Sans 3 + Source Code Pro (web/render/fonts.css)
  copyIconAssets(join(out, "icons")); // dist/icons/: one SVG per Material icon, fetched when first shown

  const entries = directoryEntries(join(ROOT, "py", "tablit"), "tablit")
    .filter((e) => !e.name.startsWith("tablit/_runtime/")); // the wheel's staged Node CLI + dist/ (web/tools/wheel.js)
  if (!entries.some((e) => e.name === "tablit/bridge.py")) throw new Error("py/tablit/bridge.py is missing: the worker needs tablit.bridge.Bridge");
  // the document st.iframe / components.html frames load (their scripts run there, not in the page)
  writeFileSync(join(out, "frame.html"), readFileSync(join(WEB, "frame.html")));
  // the service worker of repeat visits and its registration (web/sw/), as written
  mkdirSync(join(out, "sw"), { recursive: true });
  for (const f of ["sw.js", "register.js"]) writeFileSync(join(out, "sw", f), readFileSync(join(WEB, "sw", f)));
  writeFileSync(join(out, "tablit.zip"), zipEntries(entries));
  // tablit.tar.gz: the core; families/NAME.tar.gz: what most apps never use (web/tools/families.js)
  const archives = await writePythonArchives(out, entries);

  preparePyodide(join(out, "pyodide"), { log });
  try { // in a node of its own: Pyodide's memory is given back; without a snapshot the worker boots Python afresh
    execFileSync(process.execPath, [join(WEB, "tools", "snapshot.js"), out], { stdio: ["ignore", "inherit", "inherit"] });
  } catch {
    for (const f of ["tablit-snapshot.json", "tablit-snapshot.bin.gz"]) rmSync(join(out, "pyodide", f), { force: true });
    log("no Python snapshot (see above): pages boot Python afresh");
  }

  const size = (/** @type {string} */ f) => `${(statSync(join(out, f)).size / 1024).toFixed(0)} KiB`;
  const shown = ["tablit.js", "worker.js", "tablit.tar.gz", ...(css.length ? ["tablit.css"] : [])];
  log(`${shown.map((f) => `${f} ${size(f)}`).join(", ")}, pyodide/ -> ${out} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  log(`Python archives (gzip): ${Object.entries(archives).map(([f, n]) => `${f} ${(n / 1024).toFixed(1)} KiB`).join(", ")}`);
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const outAt = args.indexOf("--out");
  build({ out: outAt >= 0 ? args[outAt + 1] : undefined, minify: !args.includes("--no-minify") }).catch((e) => {
    console.error(`build failed: ${e.message}`);
    process.exit(1);
  });
}


