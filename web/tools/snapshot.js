// The Python snapshot (read by web/runtime/boot_snapshot.js): Pyodide under
// node, with Python started and tablit imported, its memory saved gzipped.
// Cached under node_modules/.cache/tablit/snapshots/ by (Pyodide build, tablit
// package): a build that changed no Python reuses it.
//
// `npm run build` puts one beside the bundled runtime (dist/pyodide/); `tablit
// serve|gallery|build --pyodide DIR` make one for the Pyodide given
// (web/serve/runtime_snapshot.js), which is then served or copied beside it;
// the folder DIR itself is never written to.
//
// Usage: node web/tools/snapshot.js [DIST]   (default dist/: into DIST/pyodide/)
//        node web/tools/snapshot.js --runtime DIR --tar TABLIT.tar.gz
//          (the cache entry only; prints {gz, pyodide, tablit_sha256, bytes, cached, ms} as JSON)

import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

import { untarGz } from "../runtime/core.js";
import { SNAPSHOT_FILE, SNAPSHOT_META, snapshotMeta } from "../runtime/boot_snapshot.js";
import { CACHE_DIR, ROOT, readDistribution } from "./pyodide_dist.js";

/** What the snapshot holds, as a version: change it with the Python run below (the cache key has it). */
const RECIPE = 2;
const sha256 = (/** @type {Uint8Array} */ b) => createHash("sha256").update(b).digest("hex");

/**
 * Where snapshots are cached: $TABLIT_CACHE_DIR/snapshots when set, else node_modules/.cache,
 * or the temporary folder when that cannot be written (an installed wheel).
 */
function cacheDir() {
  const own = process.env.TABLIT_CACHE_DIR ? [join(resolve(process.env.TABLIT_CACHE_DIR), "snapshots")] : [];
  for (const dir of [...own, join(CACHE_DIR, "snapshots"), join(tmpdir(), "tablit-cache", "snapshots")]) {
    try {
      mkdirSync(dir, { recursive: true });
      return dir;
    } catch {
      // read-only: the next
    }
  }
  throw new Error("no folder to keep the snapshot in");
}

/**
 * The snapshot of the Pyodide in `runtime` with the tablit package `tarPath`
 * imported: taken from the cache, or made here and cached.
 * @param {{runtime: string, tarPath: string, log?: (s: string) => void}} opts
 * @returns {Promise<{gz: string, pyodide: string, tablit_sha256: string, bytes: number, cached: boolean, ms: number}>}
 */
export async function ensureSnapshot({ runtime, tarPath, log = () => {} }) {
  const t0 = performance.now();
  const tar = new Uint8Array(readFileSync(tarPath));
  const wasm = readFileSync(join(runtime, "pyodide.asm.wasm"));
  const tablitSha = sha256(tar);
  const key = sha256(Buffer.from(`${RECIPE}:${sha256(wasm)}:${tablitSha}`)).slice(0, 24);
  const gzPath = join(cacheDir(), `${key}.bin.gz`);
  const hit = existsSync(gzPath);
  // Pyodide in node from a copy of its runtime files, in a folder that says "commonjs": a folder
  // below a package.json of "type": "module" (this repository's tests/fixtures/, an app's project)
  // would make node load 0.27's pyodide.asm.js as an ES module, where `require` does not exist
  const work = hit ? null : mkdtempSync(join(tmpdir(), "tablit-pyodide-"));
  if (work) {
    for (const f of readDistribution(runtime).runtime) copyFileSync(join(runtime, f), join(work, f));
    writeFileSync(join(work, "package.json"), JSON.stringify({ type: "commonjs" }));
  }
  const { loadPyodide, version } = await import(pathToFileURL(join(work ?? runtime, "pyodide.mjs")).href);
  if (work) {
    try {
      const pyodide = await loadPyodide({ indexURL: `${work}/`, env: { HOME: "/home/pyodide" }, _makeSnapshot: true,
        stdout: () => {}, stderr: () => {} });
      if (typeof pyodide.makeMemorySnapshot !== "function") throw new Error(`Pyodide ${version} cannot save its memory (makeMemorySnapshot)`);
      const site = pyodide._api.sitePackages;
      for (const [name, data] of await untarGz(tar)) {
        const path = `${site}/${name}`;
        pyodide.FS.mkdirTree(path.slice(0, path.lastIndexOf("/")));
        pyodide.FS.writeFile(path, data);
      }
      // what the worker's check_tablit imports (web/runtime/python_code.js), and importlib.metadata,
      // which importlib.invalidate_caches() imports (a family's first use, micropip): ~1 s in Pyodide
      pyodide.runPython("import importlib.metadata\nimport tablit\nfrom tablit.bridge import Bridge\ndel Bridge");
      const gz = gzipSync(pyodide.makeMemorySnapshot(), { level: 6 });
      const tmp = `${gzPath}.${process.pid}.tmp`; // (two makers at once: each renames a whole file)
      writeFileSync(tmp, gz);
      renameSync(tmp, gzPath);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  const bytes = readFileSync(gzPath).length;
  const ms = performance.now() - t0;
  log(`Python snapshot (Python started, tablit imported) for Pyodide ${version}: ${(bytes / 1e6).toFixed(1)} MB` +
    `${hit ? " (cached)" : ""} in ${(ms / 1000).toFixed(1)} s`);
  return { gz: gzPath, pyodide: version, tablit_sha256: tablitSha, bytes, cached: hit, ms };
}

/**
 * Put the snapshot of `runtime` (with the tablit package `tarPath`) beside it: RUNTIME/tablit-snapshot.{json,bin.gz}.
 * @param {{runtime: string, tarPath: string, log?: (s: string) => void}} opts
 */
export async function placeSnapshot({ runtime, tarPath, log = () => {} }) {
  const s = await ensureSnapshot({ runtime, tarPath, log });
  copyFileSync(s.gz, join(runtime, SNAPSHOT_FILE));
  writeFileSync(join(runtime, SNAPSHOT_META), JSON.stringify(snapshotMeta(s)));
  return s;
}

/**
 * Make (or take from the cache) DIST/pyodide/tablit-snapshot.{json,bin.gz}.
 * @param {{dist: string, log?: (s: string) => void}} opts
 */
export function makeSnapshot({ dist, log = () => {} }) {
  return placeSnapshot({ runtime: join(dist, "pyodide"), tarPath: join(dist, "tablit.tar.gz"), log });
}

/** Remove a snapshot (a runtime folder whose snapshot would not match). @param {string} runtime */
export function removeSnapshot(runtime) {
  for (const f of [SNAPSHOT_FILE, SNAPSHOT_META]) rmSync(join(runtime, f), { force: true });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const at = (/** @type {string} */ name) => (args.includes(name) ? resolve(args[args.indexOf(name) + 1]) : null);
  const runtime = at("--runtime");
  const tarPath = at("--tar");
  const done = runtime && tarPath
    ? ensureSnapshot({ runtime, tarPath }).then((s) => console.log(JSON.stringify(s)))
    : makeSnapshot({ dist: resolve(args[0] ?? join(ROOT, "dist")), log: (s) => console.log(`snapshot: ${s}`) });
  done.then(
    () => process.exit(0),
    (e) => {
      console.error(`snapshot failed: ${e.stack || e}`);
      process.exit(1);
    },
  );
}
