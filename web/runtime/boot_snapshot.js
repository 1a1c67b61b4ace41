// The Python snapshot: Pyodide's memory with Python started and tablit
// imported, made once by `npm run build` (web/tools/snapshot.js) beside the
// runtime it was made with.  Booting from it skips Python's own start-up and
// the import of tablit (measured: bench/boot.mjs, BENCHMARKS.md): the worker
// restores the memory instead (Pyodide's loadPyodide({_loadSnapshot})).
//
//   <indexURL>tablit-snapshot.json     {format, file, pyodide, tablit_sha256, bytes}
//   <indexURL>tablit-snapshot.bin.gz   the memory, gzipped (inflated here)
//
// It is used only when it was made from the very tablit package this worker
// installs (sha256 of its bytes) and lives in the runtime folder it was made
// with (another Pyodide, e.g. --pyodide 0.27.x, brings no snapshot).  A
// snapshot that cannot be used leaves the normal boot (runtime/core.js).

import { decodeText } from "./fetching.js";

export const SNAPSHOT_META = "tablit-snapshot.json";
export const SNAPSHOT_FILE = "tablit-snapshot.bin.gz";
export const SNAPSHOT_FORMAT = 1;

/**
 * What SNAPSHOT_META holds for a snapshot (web/tools/snapshot.js, web/serve/runtime_snapshot.js write it).
 * @param {{pyodide: string, tablit_sha256: string, bytes: number}} s
 */
export function snapshotMeta(s) {
  return { format: SNAPSHOT_FORMAT, file: SNAPSHOT_FILE, pyodide: s.pyodide, tablit_sha256: s.tablit_sha256, bytes: s.bytes };
}

/** @param {Uint8Array} data */
export async function sha256hex(data) {
  const digest = await crypto.subtle.digest("SHA-256", data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** @param {Uint8Array} gz */
async function gunzip(gz) {
  const stream = new Blob([gz]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * The snapshot beside the runtime, if there is one: its description and its
 * bytes (a promise that rejects when it does not belong to this tablit).
 * @param {string} indexURL  ends in "/"
 * @param {import("./fetching.js").FetchBytes} fetchBytes
 * @param {Promise<Uint8Array>} tablitBytes  the package the worker installs
 * @returns {Promise<{meta: any, bytes: Promise<Uint8Array>}|null>}
 */
export async function plannedSnapshot(indexURL, fetchBytes, tablitBytes) {
  if (typeof DecompressionStream !== "function" || !globalThis.crypto?.subtle) return null;
  let meta;
  try {
    meta = JSON.parse(decodeText(await fetchBytes(`${indexURL}${SNAPSHOT_META}`)));
  } catch {
    return null; // none here (a 404), or unreadable: the normal boot
  }
  if (!meta || meta.format !== SNAPSHOT_FORMAT || typeof meta.file !== "string" || !/^[\w.-]+$/.test(meta.file)
    || typeof meta.tablit_sha256 !== "string") return null;
  const bytes = (async () => {
    const [gz, tablit] = await Promise.all([fetchBytes(`${indexURL}${meta.file}`), tablitBytes]);
    if ((await sha256hex(tablit)) !== meta.tablit_sha256) throw new Error("it was made from another tablit package");
    return gunzip(gz);
  })();
  bytes.catch(() => {}); // read by loadPyodide; a failure there falls back to the normal boot
  return { meta, bytes };
}
