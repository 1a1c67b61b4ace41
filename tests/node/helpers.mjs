// Shared by the node tests: one Pyodide per test file, running tablit from
// py/ through web/runtime/core.js exactly as the browser worker does.

import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";
import { applyPatch, parsePatch } from "../../web/protocol.js";
import { createRuntime } from "../../web/runtime/core.js";
import { CACHE_DIR, preparePyodide } from "../../web/tools/pyodide_dist.js";
import { directoryEntries, zipEntries } from "../../web/tools/zip.js";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The runtime folder (Pyodide + micropip), prepared once under node_modules/.cache. */
export function pyodideDir() {
  return `${preparePyodide(join(CACHE_DIR, "pyodide"))}/`;
}

/** tablit zipped from py/ as it is now. */
export function tablitZip() {
  return zipEntries(directoryEntries(join(ROOT, "py", "tablit"), "tablit"));
}

/**
 * fetch() for node: file: URLs and absolute paths read from disk; anything
 * else is refused unless `allowNetwork` (tests run offline).
 * @param {{allowNetwork?: boolean, log?: string[]}} [opts]
 */
export function nodeFetchBytes(opts = {}) {
  return async (/** @type {string} */ url) => {
    opts.log?.push(url);
    if (url.startsWith("file:")) {
      try {
        return new Uint8Array(await readFile(fileURLToPath(url)));
      } catch (e) {
        throw new Error(`could not fetch ${url}: ${/** @type {any} */ (e).code ?? e}`);
      }
    }
    if (url.startsWith("/")) return new Uint8Array(await readFile(url));
    if (!opts.allowNetwork) throw new Error(`network access refused in tests: ${url}`);
    const r = await fetch(url);
    if (!r.ok) throw new Error(`could not fetch ${url}: HTTP ${r.status}`);
    return new Uint8Array(await r.arrayBuffer());
  };
}

/**
 * Boot one runtime; collect every down message.
 * @param {{fetchLog?: string[], onPyodide?: (pyodide: any) => void, interruptBuffer?: Int32Array, warmup?: any}} [opts]
 *   onPyodide: sees the Pyodide instance as soon as it is loaded (to watch its FS)
 */
export async function bootSession(opts = {}) {
  /** @type {any[]} */
  const messages = [];
  /** @type {string[]} */
  const batches = [];
  const t0 = performance.now();
  const runtime = createRuntime({
    indexURL: pyodideDir(),
    loadPyodide: opts.onPyodide
      ? async (/** @type {any} */ config) => {
        const py = await loadPyodide(config);
        opts.onPyodide?.(py);
        return py;
      }
      : loadPyodide,
    tablitZip: tablitZip(),
    interruptBuffer: opts.interruptBuffer,
    warmup: opts.warmup,
    snapshot: false, // tablit from py/ as it is now, never a built snapshot (web/runtime/boot_snapshot.js)
    fetchBytes: nodeFetchBytes({ log: opts.fetchLog }),
    onDown: (json) => {
      batches.push(json);
      for (let m of JSON.parse(json)) {
        if (m.type === "patch") {
          // as mount() does: a patch is the next render, told as changes
          const { base, ops, ...rest } = parsePatch(m);
          const last = messages.findLast((x) => x.type === "render");
          assert.equal(last?.run, base, "a patch applies to the last render");
          m = { ...rest, type: "render", tree: applyPatch(last.tree, m), patched: true };
        }
        messages.push(m);
      }
    },
    pyodideOptions: { stdout: () => {}, stderr: (/** @type {string} */ s) => process.stderr.write(`[py] ${s}\n`) },
  });
  await runtime.load();
  const bootMs = performance.now() - t0;
  return {
    runtime,
    messages,
    batches,
    bootMs,
    /** Messages received after index `from`. */
    since: (/** @type {number} */ from) => messages.slice(from),
    /** The last render message. */
    lastRender: () => messages.findLast((m) => m.type === "render"),
  };
}

/**
 * Depth-first list of the nodes of a render message's tree.
 * @param {any} render
 * @returns {any[]}
 */
export function nodes(render) {
  const out = [];
  const walk = (/** @type {any} */ n) => {
    out.push(n);
    for (const c of n.children ?? []) walk(c);
  };
  for (const root of Object.values(render.tree)) walk(root);
  return out;
}

/** The widget node with that key. */
export function widget(render, key) {
  const n = nodes(render).find((x) => x.props?.key === key);
  if (!n) throw new Error(`no widget with key ${key} in run ${render.run}`);
  return n;
}

/** All text bodies of the tree, joined by newlines. */
export function texts(render) {
  return nodes(render)
    .map((n) => n.props?.body)
    .filter((b) => typeof b === "string")
    .join("\n");
}

/**
 * An onDown that appends every down message to `into`, a patch turned into the
 * render it stands for (as mount() does).
 * @param {any[]} into
 */
export function collectDown(into) {
  return (/** @type {string} */ json) => {
    for (let m of JSON.parse(json)) {
      if (m.type === "patch") {
        const { base, ops, ...rest } = parsePatch(m);
        m = { ...rest, type: "render", tree: applyPatch(into.findLast((x) => x.type === "render").tree, m) };
      }
      into.push(m);
    }
  };
}
