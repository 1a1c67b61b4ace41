// `npm run build` step: the Python snapshot beside the runtime (read by
// web/runtime/boot_snapshot.js): Pyodide under node, with Python started and
// tablit (dist/tablit.tar.gz) imported, its memory saved gzipped.  Cached under
// node_modules/.cache/tablit/ by (Pyodide build, tablit package): a build that
// changed no Python reuses it.
//
// Usage: node web/tools/snapshot.js [DIST]   (default dist/)

import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

import { untarGz } from "../runtime/core.js";
import { SNAPSHOT_FILE, SNAPSHOT_FORMAT, SNAPSHOT_META } from "../runtime/boot_snapshot.js";
import { CACHE_DIR, ROOT } from "./pyodide_dist.js";

/** What the snapshot holds, as a version: change it with the Python run below (the cache key has it). */
const RECIPE = 2;
const sha256 = (/** @type {Uint8Array} */ b) => createHash("sha256").update(b).digest("hex");

/**
 * Make (or take from the cache) DIST/pyodide/tablit-snapshot.{json,bin.gz}.
 * @param {{dist: string, log?: (s: string) => void}} opts
 * @returns {Promise<{bytes: number, cached: boolean, ms: number}>}
 */
export async function makeSnapshot({ dist, log = () => {} }) {
  const t0 = performance.now();
  const runtime = join(dist, "pyodide");
  const tar = new Uint8Array(readFileSync(join(dist, "tablit.tar.gz")));
  const wasm = readFileSync(join(runtime, "pyodide.asm.wasm"));
  const tablitSha = sha256(tar);
  const key = sha256(Buffer.from(`${RECIPE}:${sha256(wasm)}:${tablitSha}`)).slice(0, 24);
  const cached = join(CACHE_DIR, "snapshots", `${key}.bin.gz`);
  const { loadPyodide, version } = await import(pathToFileURL(join(runtime, "pyodide.mjs")).href);
  let gz;
  const hit = existsSync(cached);
  if (hit) {
    gz = readFileSync(cached);
  } else {
    const pyodide = await loadPyodide({ indexURL: `${runtime}/`, env: { HOME: "/home/pyodide" }, _makeSnapshot: true,
      stdout: () => {}, stderr: () => {} });
    const site = pyodide._api.sitePackages;
    for (const [name, data] of await untarGz(tar)) {
      const path = `${site}/${name}`;
      pyodide.FS.mkdirTree(path.slice(0, path.lastIndexOf("/")));
      pyodide.FS.writeFile(path, data);
    }
    // what the worker's check_tablit imports (web/runtime/python_code.js), and importlib.metadata,
    // which importlib.invalidate_caches() imports (a family's first use, micropip): ~1 s in Pyodide
    pyodide.runPython("import importlib.metadata\nimport tablit\nfrom tablit.bridge import Bridge\ndel Bridge");
    gz = gzipSync(pyodide.makeMemorySnapshot(), { level: 6 });
    mkdirSync(join(CACHE_DIR, "snapshots"), { recursive: true });
    writeFileSync(`${cached}.tmp`, gz);
    renameSync(`${cached}.tmp`, cached);
  }
  copyFileSync(cached, join(runtime, SNAPSHOT_FILE));
  writeFileSync(join(runtime, SNAPSHOT_META), JSON.stringify({ format: SNAPSHOT_FORMAT, file: SNAPSHOT_FILE, pyodide: version,
    tablit_sha256: tablitSha, bytes: gz.length }));
  const ms = performance.now() - t0;
  log(`Python snapshot (Python started, tablit imported): pyodide/${SNAPSHOT_FILE} ${(gz.length / 1e6).toFixed(1)} MB` +
    `${hit ? " (cached)" : ""} in ${(ms / 1000).toFixed(1)} s`);
  return { bytes: gz.length, cached: hit, ms };
}

/** Remove a snapshot (a runtime folder whose snapshot would not match). @param {string} runtime */
export function removeSnapshot(runtime) {
  for (const f of [SNAPSHOT_FILE, SNAPSHOT_META]) rmSync(join(runtime, f), { force: true });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  makeSnapshot({ dist: resolve(process.argv[2] ?? join(ROOT, "dist")), log: (s) => console.log(`snapshot: ${s}`) }).then(
    () => process.exit(0),
    (e) => {
      console.error(`snapshot failed: ${e.stack || e}`);
      process.exit(1);
    },
  );
}
