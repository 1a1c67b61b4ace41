// The Python snapshot for a Pyodide the user brings (`--pyodide DIR`): Python
// started and tablit imported, as `npm run build` makes for the bundled runtime
// (web/tools/snapshot.js, read by web/runtime/boot_snapshot.js).  Without it such
// a page starts Python and imports tablit itself: ~4 s more on Pyodide 0.27.7.
//
// It is made in a node process of its own (Pyodide's memory is given back),
// kept in the snapshot cache by (Pyodide build, tablit package), and never
// written into DIR: `tablit serve|gallery` serve it as DIR's, `tablit build`
// copies it beside the runtime it copies.  A Pyodide that cannot make one (too
// old, or not loadable in node) boots afresh, as before, and the log says why.

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { SNAPSHOT_FILE, SNAPSHOT_META, snapshotMeta } from '../runtime/boot_snapshot.js';

const TOOL = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'tools', 'snapshot.js');

/**
 * @typedef {Object} RuntimeSnapshot
 * @property {string} gz      the gzipped memory (in the snapshot cache)
 * @property {Object} meta    what SNAPSHOT_META holds
 * @property {boolean} cached taken from the cache (not made now)
 * @property {number} ms
 */

/**
 * The snapshot of the Pyodide in `runtimeDir` with the tablit package `tarPath`, or null
 * (and `log` says why) when none can be made.
 * @param {string} runtimeDir
 * @param {string} tarPath  the tablit.tar.gz the pages install (dist/)
 * @param {(s: string) => void} [log]
 * @returns {Promise<RuntimeSnapshot|null>}
 */
export function snapshotForRuntime(runtimeDir, tarPath, log = () => {}) {
  return new Promise((resolve) => {
    if (!fs.existsSync(TOOL) || !fs.existsSync(tarPath)) {
      log(`no Python snapshot for ${runtimeDir}: ${fs.existsSync(tarPath) ? TOOL : tarPath} is missing; its pages start Python afresh`);
      resolve(null);
      return;
    }
    execFile(process.execPath, [TOOL, '--runtime', runtimeDir, '--tar', tarPath], { maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      const line = String(stdout).trim().split('\n').pop() ?? '';
      let s = null;
      try {
        s = err ? null : JSON.parse(line);
      } catch {
        s = null;
      }
      if (!s || typeof s.gz !== 'string' || !fs.existsSync(s.gz)) {
        const why = String(stderr).trim().split('\n').find((l) => l.startsWith('snapshot failed')) ?? String(err?.message ?? 'no answer');
        log(`no Python snapshot for Pyodide in ${runtimeDir} (${why.replace(/^snapshot failed: /, '').split('\n')[0]}); its pages start Python afresh`);
        resolve(null);
        return;
      }
      const meta = snapshotMeta(s);
      log(`Python snapshot for Pyodide ${s.pyodide} (${runtimeDir}): ${(s.bytes / 1e6).toFixed(1)} MB${s.cached ? ', cached' : `, made in ${(s.ms / 1000).toFixed(1)} s`}`);
      resolve({ gz: s.gz, meta, cached: Boolean(s.cached), ms: s.ms });
    });
  });
}

/** Write a snapshot beside a copied runtime (`tablit build --pyodide DIR`). @param {RuntimeSnapshot} snap @param {string} runtimeDir */
export function placeRuntimeSnapshot(snap, runtimeDir) {
  fs.copyFileSync(snap.gz, path.join(runtimeDir, SNAPSHOT_FILE));
  fs.writeFileSync(path.join(runtimeDir, SNAPSHOT_META), JSON.stringify(snap.meta));
}
