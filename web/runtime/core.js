// The runtime that the browser worker and the node tests share: boots
// Pyodide, installs tablit (as `streamlit`) and the app's requirements,
// writes the app files, then drives tablit.bridge.Bridge with JSON strings.
//
// It knows nothing of workers: messages come in through receive() and go out
// through the onDown callback, always as a JSON array of down messages.

import { httpSync } from "./http.js";
import { ProtocolError, checkAppPath, fatal, notice, parseFileUpdates, parseFiles, parseUp, refused, status } from "../protocol.js";
import { asFileData, decodeText, fetchBytes as defaultFetchBytes, resolveURL } from "./fetching.js";
import { SETUP_PY } from "./python_code.js";
import { createFamilyLoader, mentionedFamilies, readManifest } from "./families.js";
import { plannedSnapshot } from "./boot_snapshot.js";
import { watchWrites } from "./fs_writes.js";
import { createWarmer } from "./warmup.js";
import { countingFetch } from "./boot_progress.js";
import { createPackageLoader, formatBytes, indexLock, packagesFor, reachedFiles, scanImports } from "./pyodide_packages.js";
import { RequirementsError, canonicalName, impliedRequirements, isWheelRef, requirementName, wheelProject } from "./requirement_names.js";

/** @typedef {import("../protocol.js").FileSource} FileSource */
/** @typedef {import("./fetching.js").FetchBytes} FetchBytes */

/** Where the app's files live in the Pyodide file system (also its cwd). */
export const APP_DIR = "/home/pyodide/app";
const WHEEL_DIR = "/tmp/tablit-wheels";
/** Up messages kept while a run is in progress; more are refused. */
export const MAX_QUEUE = 5000;

/**
 * @typedef {Object} RuntimeOptions
 * @property {string} indexURL  the Pyodide runtime folder (URL, or a path in node), ending in "/"
 * @property {(config: Object) => Promise<any>} loadPyodide  pyodide.mjs's loadPyodide
 * @property {(jsonList: string, notice?: boolean) => void} onDown  receives every down message batch (a JSON array);
 *   notice: the run-start notice, which the page may drop when the run's answer comes first (runtime/channel.js)
 * @property {Uint8Array|ArrayBuffer} [tablitZip]  the Python package tablit: a zip or a gzipped tar
 * @property {string} [tablitZipURL]  or where to fetch it (dist/tablit.tar.gz or dist/tablit.zip)
 * @property {string} [familiesBaseURL]  with tablitZip: the URL (or node path) of the core archive the
 *   family archives are beside (dist/tablit.tar.gz -> dist/families/NAME.tar.gz)
 * @property {FetchBytes} [fetchBytes]  how to fetch URLs (default: fetch())
 * @property {string} [packageBaseURL]  where Pyodide's own packages (numpy, ...) come from first (see pyodide_packages.js)
 * @property {boolean} [offline]  forbid fetching packages from the network: only the package base and vendored files
 * @property {boolean} [hookFetch]  answer Pyodide's package fetches with files fetched (and checked) by
 *   pyodide_packages.js: sources, progress, parallel with the boot.  The browser worker sets it; in
 *   node, Pyodide reads package files from disk itself.
 * @property {Object} [pyodideOptions]  more options for loadPyodide
 * @property {boolean} [snapshot]  false: never boot from the Python snapshot beside the runtime (boot_snapshot.js)
 * @property {boolean|{every?: number, span?: number, prime?: number, quiet?: number}} [warmup]  for a few seconds (span) after each message from the
 *   page, rerun a small built-in app of the worker's own every few ms (every) while idle, so that the next click's
 *   Python is warm, and once the page has drawn the app's first run (drawn()) prime its optimised code with a few hundred such reruns (prime) once the
 *   page has left the worker alone for quiet ms (runtime/warmup.js; default false here: the browser worker turns it on
 *   unless mount({warmup: false}))
 * @property {Int32Array} [interruptBuffer]  shared with the page (cross-origin isolated only):
 *   the page writes 2 in cell 0 to raise KeyboardInterrupt in the running script (Stop), 1 in
 *   cell 1 when it sent an interaction during a run (runner.fastReruns), and counts its Stops in
 *   cell 2; the up messages it sends carry that count (`stops`).  The worker writes 2 in cell 1
 *   when a Stop pressed after a batch's messages were sent was not used by the run before it:
 *   that batch's run then ends at its first st call, as Streamlit's Stop ends the run the
 *   server started for the messages that came before it.
 */

/**
 * A local wheel: a URL to fetch, or its name and bytes.
 * @typedef {string|{name: string, data: Uint8Array}} WheelSource
 */

/**
 * @typedef {Object} AppSpec
 * @property {string} entrypoint  path of the main script among files
 * @property {Object<string, FileSource>} files
 * @property {string[]} [requirements]
 * @property {Object<string, any>} [config]  Streamlit option overrides
 * @property {string} [query]
 * @property {string} [page]
 * @property {string} [baseURL]  base for relative URLs (files, pyscript files, wheels)
 * @property {string[]|null} [packageIndexURLs]  micropip index URLs: null = its default, [] = offline
 * @property {WheelSource[]} [wheels]  local wheels; they win over any index for their project
 * @property {Object} [restore]  a session snapshot (py/tablit/runtime/snapshot.py) to start from
 * @property {Object} [stored]  one kept in the browser's storage: used if the app enables tablit.durableSession
 * @property {Promise<{restore?: Object, query?: string, page?: string}>} [hold]  wait for it
 *   (everything loaded) before the first run; what it gives overrides restore, query and page
 * @property {Object<string, any>} [context]  what the tab knows about the user (st.context)
 */

/** Sent before a run starts; the run's answer (or IDLE when it has none) ends it (protocol.js "run").  A notice
 * (runtime/channel.js): by postMessage, cheaper for the worker before Python starts; dropped when the answer came first. */
const RUNNING_JSON = JSON.stringify([{ type: "run", running: true }]);
const IDLE_JSON = JSON.stringify([{ type: "run", running: false }]);

/**
 * A function that blocks the worker for `seconds` without spinning the CPU
 * (Atomics.wait), for Python's time.sleep; null where blocking is not allowed.
 * Pyodide's own time.sleep is Emscripten's busy loop: a whole core for the
 * length of the sleep.  A shared WebAssembly.Memory gives a waitable cell
 * even where the page is not cross-origin isolated (Chromium); when the
 * interrupt buffer is given, the sleep waits on it, so an interrupt (Stop)
 * wakes it at once.
 * @param {Int32Array} [interruptBuffer]
 * @returns {((seconds: number) => void)|null}
 */
export function idleWait(interruptBuffer) {
  let cell = interruptBuffer ?? null;
  if (!cell) {
    try {
      cell = new Int32Array(new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true }).buffer);
    } catch {
      return null;
    }
  }
  try {
    Atomics.wait(cell, 0, 1, 0); // "not-equal" at once; throws where waiting is not allowed
  } catch {
    return null;
  }
  const at = /** @type {Int32Array} */ (cell);
  return (seconds) => {
    if (Atomics.load(at, 0) === 0) Atomics.wait(at, 0, 0, Math.max(0, seconds * 1000));
  };
}

/** A loading failure, with the stage it belongs to. */
export class LoadError extends Error {
  /** @param {"runtime"|"packages"|"app"} stage @param {string} message */
  constructor(stage, message) {
    super(message);
    this.name = "LoadError";
    this.stage = stage;
  }
}

/** @param {Uint8Array} data */
function isGzip(data) {
  return data[0] === 0x1f && data[1] === 0x8b;
}

/**
 * The regular files of a gzipped tar (ustar), as [path, bytes].
 * @param {Uint8Array} gz
 * @returns {Promise<[string, Uint8Array][]>}
 */
export async function untarGz(gz) {
  const stream = new Blob([gz]).stream().pipeThrough(new DecompressionStream("gzip"));
  const tar = new Uint8Array(await new Response(stream).arrayBuffer());
  const decoder = new TextDecoder();
  /** @param {number} at @param {number} len */
  const text = (at, len) => {
    const end = tar.subarray(at, at + len).indexOf(0);
    return decoder.decode(tar.subarray(at, end < 0 ? at + len : at + end));
  };
  /** @type {[string, Uint8Array][]} */
  const out = [];
  for (let at = 0; at + 512 <= tar.length; ) {
    if (tar[at] === 0) break; // the end-of-archive blocks
    const size = parseInt(text(at + 124, 12).trim() || "0", 8);
    const type = String.fromCharCode(tar[at + 156]);
    const prefix = text(at + 257, 6) === "ustar" ? text(at + 345, 155) : "";
    const name = (prefix ? `${prefix}/` : "") + text(at, 100);
    if (!Number.isFinite(size) || at + 512 + size > tar.length) throw new Error(`the tar entry ${name} is cut short`);
    if (type === "0" || type === "\0") {
      if (name.startsWith("/") || name.split("/").includes("..")) throw new Error(`the tar entry ${name} is outside the package`);
      out.push([name, tar.slice(at + 512, at + 512 + size)]);
    }
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}

/** The paths a refused files message named (a few, for the refusal's echo). @param {unknown} files */
function fileNames(files) {
  return files && typeof files === "object" ? Object.keys(files).slice(0, 20) : [];
}

/** @param {unknown} e */
function messageOf(e) {
  if (e instanceof Error) {
    // Pyodide's PythonError carries the whole traceback; keep its last lines.
    if (e.constructor?.name === "PythonError") {
      const lines = e.message.trimEnd().split("\n");
      let at = lines.findLastIndex((l) => l.startsWith("  File "));
      if (at < 0) return e.message.trim();
      while (at + 1 < lines.length && /^\s/.test(lines[at + 1])) at++;
      return lines.slice(at + 1).join("\n").trim() || e.message.trim();
    }
    return e.message;
  }
  return String(e);
}

/**
 * Create a runtime.  Nothing happens until load() or start().
 * @param {RuntimeOptions} options
 */
export function createRuntime(options) {
  if (!options || typeof options.loadPyodide !== "function") throw new TypeError("createRuntime: 'loadPyodide' must be a function");
  if (typeof options.indexURL !== "string" || !options.indexURL) throw new TypeError("createRuntime: 'indexURL' must be a URL or path");
  if (typeof options.onDown !== "function") throw new TypeError("createRuntime: 'onDown' must be a function");
  if (!options.tablitZip && !options.tablitZipURL) throw new TypeError("createRuntime: give 'tablitZip' (bytes) or 'tablitZipURL'");
  const indexURL = options.indexURL.endsWith("/") ? options.indexURL : `${options.indexURL}/`;
  const fetchBytes = options.fetchBytes ?? defaultFetchBytes;

  /** @type {any} */ let pyodide = null;
  /** @type {any} */ let ns = null; // the namespace holding SETUP_PY's functions
  /** @type {Promise<void> | null} */ let installPython = null;
  /** install_requirements and missing_distributions (python_install.js), defined in ns the first time an app has requirements. */
  const withInstallPython = () => (installPython ??= import("./python_install.js").then((m) => { pyodide.runPython(m.INSTALL_PY, { globals: ns }); },
    (e) => { installPython = null; throw e; }));
  /** @type {Promise<void>|null} */ let loading = null;
  /** @type {any} */ let bridge = null;
  // The bridge's methods a run calls are looked up once, when the bridge is made, and kept
  // as PyProxies: a lookup from JavaScript (`bridge.snapshot`) hands Python the name as a new
  // str each time, and CPython's type attribute cache, whose 4,096 slots are picked by the
  // name's address, kept one more of them after nearly every run (~29 B a run, up to ~116 KiB;
  // BENCHMARKS.md "Python heap over reruns", tests/node/rerun_memory.test.mjs).
  /** @type {any} */ let handle = null; // bridge.handle
  /** @type {any} */ let takeSnapshot = null; // bridge.snapshot (postSnapshot, after each answer)
  /** @type {{take: () => boolean}|null} */ let fsWrites = null; // writes to Pyodide's FS since the last run
  /** @type {{stage: string, error: string}|null} */ let failed = null;
  let starting = false;
  let running = false;
  let scheduled = false;
  let pendingWrites = 0;
  let micropipLoaded = false;
  /** Import name -> the ModuleNotFoundError message: modules whose package could not be had (reportUnavailable). */
  /** @type {Object<string, string>} */ let unavailableModules = {};
  /** @type {import("../protocol.js").UpMessage[]} */ const queue = [];
  /** @type {(() => void)[]} */ let idleWaiters = [];
  /** @type {AppSpec|null} */ let app = null;
  /** @type {Object<string, number>} */ const timings = {};
  /** Python time (ms) and answer size of the last runs, for debug("runs"). */
  /** @type {{ms: number, bytes: number, wait: number}[]} */ let runLog = [];
  let queuedAt = 0; // when the oldest queued message arrived
  /** How many Stops the page had seen when it sent a queued message (interruptBuffer). @type {WeakMap<object, number>} */
  const stamps = new WeakMap();
  let live = true; // runs announced and streamed (debug "live_off" turns it off, for benchmarks)
  let jspiRuns = true; // runs entered with callPromising where JSPI exists (debug "jspi_off": a plain call, for benchmarks)
  /** @type {import("./warmup.js").Warmer|null} */ let warmer = null; // (options.warmup; debug "warm_off"/"warm_on")
  /** @type {any} */ let warmRun = null; // tablit.warmup.Warmup().run, made on the first warm-up
  let warming = false;

  /** @param {object} msg */
  const emit = (msg) => options.onDown(JSON.stringify([msg]));

  /**
   * Call the worker namespace's Python function `name`; its PyProxy is let go at once (not left to the GC).
   * @param {string} name @param {...any} args
   */
  const py = (name, ...args) => {
    const fn = ns.get(name);
    try {
      return fn(...args);
    } finally {
      fn?.destroy?.();
    }
  };

  /** The app's Python sources, once start() has them: which lazily loaded families to fetch with the core. */
  /** @type {Promise<string[]>} */ let appSources = Promise.resolve([]);
  /** @type {ReturnType<typeof createFamilyLoader>|null} */ let families = null;
  /** @type {string[]} */ let familiesWithCore = [];
  /** @type {"runtime"|"packages"} */ let phase = "runtime";
  /** The packages the early scan found (prefetchEarly), and their install started during the boot. */
  /** @type {Promise<import("./pyodide_packages.js").LockPackage[]>} */ let earlyWanted = Promise.resolve([]);
  /** @type {Promise<void>} */ let earlyInstall = Promise.resolve();
  const hookFetch = Boolean(options.hookFetch) && typeof globalThis.fetch === "function";
  const pkgLoader = hookFetch
    ? createPackageLoader({
        indexURL,
        packageBaseURL: options.packageBaseURL,
        offline: options.offline,
        // while Python boots, the downloads already run: the stage stays "runtime" until then
        onProgress: ({ names, loaded, total }) => {
          runtimeBytes?.stop(); // one count of bytes in the loading state: the packages' (they are most of them)
          emit({
            ...status(phase, `${phase === "runtime" ? "Loading Python; fetching" : "Loading"} ${names.join(", ") || "packages"}: ` +
              `${formatBytes(loaded)} of ${formatBytes(total)}`),
            progress: { loaded, total },
          });
        },
      })
    : null;
  // The runtime's own downloads, counted for the loading state (boot_progress.js), until Python is up.
  const RUNTIME_FILES = /(^|\/)(pyodide\.asm\.wasm|python_stdlib\.zip|tablit-snapshot\.bin\.gz|tablit\.tar\.gz)([?#]|$)/;
  const runtimeBytes = hookFetch
    ? countingFetch(globalThis.fetch.bind(globalThis), {
        count: (url) => RUNTIME_FILES.test(url),
        onProgress: (progress) => {
          if (phase === "runtime") emit({ ...status("runtime", `Loading Python: ${formatBytes(progress.loaded)} of ${formatBytes(progress.total)}`), progress });
        },
      })
    : null;
  if (runtimeBytes) globalThis.fetch = runtimeBytes.fetch;
  if (pkgLoader) {
    const realFetch = globalThis.fetch.bind(globalThis);
    globalThis.fetch = /** @type {typeof fetch} */ ((input, init) => {
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : /** @type {Request} */ (input).url;
      return pkgLoader.responseFor(url) ?? realFetch(input, init);
    });
  }

  async function loadInner() {
    const t0 = performance.now();
    timings.loadAt = t0; // since the worker started (npm run bench: where the boot's seconds go)
    emit(status("runtime", "Loading Python"));
    const zipPromise = options.tablitZip
      ? Promise.resolve(asFileData(options.tablitZip))
      : fetchBytes(/** @type {string} */ (options.tablitZipURL));
    // A gzipped tar is unpacked here while Pyodide boots (Python's tarfile
    // would take longer, after the boot); a zip is left to Pyodide.
    const filesPromise = zipPromise.then((data) => (isGzip(data) ? untarGz(data) : null));
    filesPromise.catch(() => {}); // handled below
    // The families (py/tablit/runtime/families.py) the app mentions: fetched now, unpacked with the core.
    const familiesPromise = filesPromise.then(async (files) => {
      const manifest = readManifest(files);
      if (!manifest) return [];
      const base = options.tablitZipURL ?? options.familiesBaseURL;
      if (!base) return [];
      families = createFamilyLoader({ manifest, baseURL: base, fetchBytes });
      const got = await families.prefetch(mentionedFamilies(manifest, await appSources));
      return Promise.all(got.map(async ([name, data]) => /** @type {[string, [string, Uint8Array][]]} */ ([name, await untarGz(data)])));
    }).catch(() => []); // a family that did not come is fetched when Python asks for it, which says why
    const config = {
      indexURL,
      // with the fetch hook, package files are asked for under indexURL and answered from where they really come
      packageBaseUrl: pkgLoader ? indexURL : options.packageBaseURL ?? indexURL,
      env: { HOME: "/home/pyodide" },
      ...(options.pyodideOptions ?? {}),
    };
    // Python already started, tablit already imported: the snapshot beside the runtime, when it is this tablit's
    const snap = options.snapshot === false ? null : await plannedSnapshot(indexURL, fetchBytes, zipPromise);
    try {
      try {
        pyodide = await options.loadPyodide(snap ? { ...config, _loadSnapshot: snap.bytes } : config);
        timings.snapshot = snap ? 1 : 0;
      } catch (e) {
        if (!snap) throw e;
        console.warn(`tablit: the Python snapshot could not be used (${messageOf(e)}); Python starts afresh`);
        timings.snapshot = 0;
        pyodide = await options.loadPyodide(config);
      }
    } catch (e) {
      throw new LoadError("runtime", `could not start Python (Pyodide from ${indexURL}): ${messageOf(e)}`);
    }
    timings.pyodide = performance.now() - t0;
    fsWrites = watchWrites(pyodide.FS);
    if (options.interruptBuffer) pyodide.setInterruptBuffer(options.interruptBuffer);
    if (typeof pyodide.version === "string") pkgLoader?.setVersion(pyodide.version);
    // Install the packages found early while tablit installs: loadPackage mostly
    // waits for the browser to compile their wasm, so the two overlap.
    earlyInstall = earlyWanted.then((pkgs) => (pkgs.length ? installEarly(pkgs) : undefined));
    let zip;
    try {
      zip = /** @type {Uint8Array} */ (await zipPromise);
    } catch (e) {
      throw new LoadError("runtime", `could not load the tablit package: ${messageOf(e)}`);
    }
    ns = pyodide.globals.get("dict")();
    pyodide.runPython(SETUP_PY, { globals: ns });
    const sitePackages = py("site_packages");
    try {
      const files = await filesPromise;
      if (files) {
        for (const [name, data] of files) writeFile(`${sitePackages}/${name}`, data);
        for (const [family, famFiles] of await familiesPromise) {
          for (const [name, data] of famFiles) writeFile(`${sitePackages}/${name}`, data);
          familiesWithCore.push(family);
        }
      } else {
        pyodide.unpackArchive(zip, "zip", { extractDir: sitePackages });
      }
    } catch (e) {
      throw new LoadError("runtime", `the tablit package is not a valid ${isGzip(zip) ? "tar.gz" : "zip"} file: ${messageOf(e)}`);
    }
    const ti = performance.now();
    const why = py("check_tablit");
    timings.tablitImport = performance.now() - ti;
    if (why) throw new LoadError("runtime", `the tablit package does not import: ${why}`);
    const loader = families;
    if (loader) py("install_families", (/** @type {string} */ name) => loader.bytes(name), JSON.stringify(familiesWithCore));
    const wait = idleWait(options.interruptBuffer);
    if (wait) py("install_sleep", wait);
    // urllib.request.urlopen (pandas.read_csv of a URL...) sent by the browser (runtime/http.js)
    if (typeof XMLHttpRequest === "function") py("install_http", httpSync);
    timings.runtime = performance.now() - t0;
    runtimeBytes?.stop();
  }

  /** Boot Pyodide and install tablit (once). */
  function load() {
    loading ??= loadInner();
    return loading;
  }

  /**
   * Start fetching every {url} file now; resolve sources to data.
   * @param {Object<string, FileSource>} files
   * @param {string|undefined} baseURL
   * @returns {Map<string, Promise<string|Uint8Array>>}
   */
  function fetchFiles(files, baseURL) {
    const out = new Map();
    for (const [path, src] of Object.entries(files)) {
      let p;
      if (typeof src === "object" && src !== null && "url" in src) {
        p = (async () => {
          try {
            return await fetchBytes(resolveURL(src.url, baseURL));
          } catch (e) {
            throw new LoadError("app", `app file ${path}: ${messageOf(e)}`);
          }
        })();
        p.catch(() => {});
      } else {
        p = Promise.resolve(asFileData(/** @type {any} */ (src)));
      }
      out.set(path, p);
    }
    return out;
  }

  /** @param {string} path absolute @param {string|Uint8Array} data */
  function writeFile(path, data) {
    const dir = path.slice(0, path.lastIndexOf("/"));
    if (dir) pyodide.FS.mkdirTree(dir);
    pyodide.FS.writeFile(path, data);
  }

  /** @param {string} dest  relative to the app folder, or absolute under /home/pyodide or /tmp */
  function destPath(dest) {
    if (dest.startsWith("/")) {
      if (!/^\/(home\/pyodide|tmp)(\/|$)/.test(dest) || dest.split("/").includes("..")) {
        throw new LoadError("app", `cannot write ${dest}: absolute paths must be under /home/pyodide or /tmp`);
      }
      return dest.replace(/\/+$/, "");
    }
    if (dest === "." || dest === "./") return APP_DIR;
    try {
      return `${APP_DIR}/${checkAppPath(dest)}`;
    } catch (e) {
      throw new LoadError("app", messageOf(e));
    }
  }

  /**
   * The app's requirements: boot list + requirements.txt + pyscript config.
   * @param {Map<string, string|Uint8Array>} data
   * @param {AppSpec} spec
   */
  async function gatherRequirements(data, spec) {
    /** @param {string} p */
    const text = (p) => {
      const d = data.get(p);
      return d === undefined ? null : typeof d === "string" ? d : decodeText(d);
    };
    const dirs = [""];
    const entryDir = spec.entrypoint.includes("/") ? spec.entrypoint.slice(0, spec.entrypoint.lastIndexOf("/") + 1) : "";
    if (entryDir) dirs.push(entryDir);
    const reqs = { packages: /** @type {string[]} */ ([]), constraints: /** @type {string[]} */ ([]), indexURLs: /** @type {string[]|null} */ (null), pre: false };
    /** @type {import("./pyscript_config.js").FetchSpec[]} */
    const fetches = [];
    const named = dirs.flatMap((d) => [`${d}requirements.txt`, `${d}pyscript.toml`, `${d}pyscript.json`]);
    if (!spec.requirements?.length && !named.some((f) => data.has(f))) return { reqs, fetches };
    // the parsers, fetched only by an app that has requirements (worker chunks)
    const [{ cleanRequirements, parseRequirementsTxt }, { normalizePyscriptConfig }] =
      await Promise.all([import("./requirements.js"), import("./pyscript_config.js")]);
    try {
      reqs.packages.push(...cleanRequirements(spec.requirements ?? [], "requirements"));
      for (const dir of dirs) {
        const txt = text(`${dir}requirements.txt`);
        if (txt !== null) {
          const r = parseRequirementsTxt(txt, {
            name: `${dir}requirements.txt`,
            readFile: (p) => text(checkAppPath(`${dir}${p}`)),
          });
          reqs.packages.push(...r.packages);
          reqs.constraints.push(...r.constraints);
          if (r.indexURLs) reqs.indexURLs = r.indexURLs;
          reqs.pre ||= r.pre;
        }
        for (const name of ["pyscript.toml", "pyscript.json"]) {
          const src = text(`${dir}${name}`);
          if (src === null) continue;
          let raw;
          try {
            if (name.endsWith(".json")) {
              raw = JSON.parse(src);
            } else {
              const parsed = JSON.parse(py("parse_toml", src));
              if ("error" in parsed) throw new Error(parsed.error);
              raw = parsed.value;
            }
          } catch (e) {
            throw new RequirementsError(`${dir}${name} is not valid ${name.endsWith(".json") ? "JSON" : "TOML"}: ${messageOf(e)}`);
          }
          const cfg = normalizePyscriptConfig(raw, `${dir}${name}`);
          if (cfg.ignored.length) console.info(`tablit: ${dir}${name}: ignoring ${cfg.ignored.join(", ")}`);
          reqs.packages.push(...cfg.packages);
          fetches.push(...cfg.files);
        }
      }
    } catch (e) {
      if (e instanceof RequirementsError || e instanceof ProtocolError) throw new LoadError("packages", e.message);
      throw e;
    }
    reqs.packages = [...new Set(reqs.packages)];
    return { reqs, fetches };
  }

  /**
   * Install the requirements with micropip.  Nothing here stops the app: a
   * requirement on a Pyodide package that its build does not satisfy is met by
   * that build (a notice says so), and a requirement that cannot be had is
   * returned, with why, for reportUnavailable.
   * @param {{packages: string[], constraints: string[], indexURLs: string[]|null, pre: boolean}} reqs
   * @param {Map<string, string|Uint8Array>} data  app files, for wheels shipped among them
   * @param {AppSpec} spec
   * @param {Map<string, string>} lockFailed  Pyodide packages that could not be loaded (name -> why)
   * @returns {Promise<{name: string, requirement: string|null, why: string, by?: string[]}[]>} the requirements not installed
   */
  async function installRequirements(reqs, data, spec, lockFailed) {
    const wheels = spec.wheels ?? [];
    if (reqs.packages.length === 0) return [];
    const t0 = performance.now();
    const shown = reqs.packages.map((r) => (isWheelRef(r) ? r.split("/").pop() : r));
    emit(status("packages", `Installing ${shown.join(", ")}`));
    /** @type {{name: string, requirement: string|null, why: string, by?: string[], dependency?: boolean}[]} */
    const unmet = [];
    let installerError = "";
    const lock = pyodide?._api?.lockfile_packages ?? {};
    // micropip installs, and its copy of packaging reads the requirements (install_requirements)
    if (!micropipLoaded) {
      /** @type {string[]} */
      const errors = [];
      try {
        // By name it comes from packageBaseURL, checked against the lock file; tablit
        // ships its own micropip in indexURL, so take that one when they differ.
        if (pkgLoader) {
          const { failed } = await loadLockPackages({ requirements: ["micropip"] }); // vendored beside the runtime by npm run build
          for (const why of failed.values()) errors.push(why);
        } else {
          const file = lock.micropip?.file_name;
          const source = options.packageBaseURL && file ? `${indexURL}${file}` : "micropip";
          await pyodide.loadPackage(source, { messageCallback: () => {}, errorCallback: (/** @type {string} */ m) => errors.push(m) });
        }
        pyodide.pyimport("micropip");
        micropipLoaded = true;
      } catch (e) {
        installerError = `micropip (the package installer) could not be loaded from ${indexURL}: ${errors.join("; ") || messageOf(e)}; ` +
          "the runtime folder must hold the micropip wheel (npm run build puts it there)";
        console.error(`tablit: ${installerError}`);
      }
    }
    const packages = [];
    const constraints = [...reqs.constraints];
    /** @param {string} name @param {Uint8Array} bytes */
    const putWheel = (name, bytes) => {
      const file = name.split("#")[0].split("?")[0].split("/").pop() ?? name;
      const path = `${WHEEL_DIR}/${file}`;
      writeFile(path, bytes);
      return { path, project: wheelProject(file) };
    };
    /** @param {string} ref */
    const wheelBytes = async (ref) => {
      let local = null;
      try {
        local = data.get(checkAppPath(ref.split("#")[0]));
      } catch {
        // not an app path: a URL
      }
      if (local !== undefined && local !== null) return typeof local === "string" ? new TextEncoder().encode(local) : local;
      return fetchBytes(resolveURL(ref, spec.baseURL));
    };
    /** @param {string} ref */
    const projectOf = (ref) => {
      try {
        return wheelProject(ref);
      } catch {
        return ref;
      }
    };
    for (const w of wheels) {
      const ref = typeof w === "string" ? w : w.name;
      try {
        const { path, project } = typeof w === "string" ? putWheel(w, await wheelBytes(w)) : putWheel(w.name, asFileData(w.data));
        constraints.push(`${project} @ emfs:${path}`);
      } catch (e) {
        // a wheel offered for a project: told only if the project is asked for and not found elsewhere
        console.warn(`tablit: could not get the wheel ${ref}: ${messageOf(e)}`);
      }
    }
    for (const r of reqs.packages) {
      if (isWheelRef(r) && !r.startsWith("emfs:")) {
        try {
          const { path } = putWheel(r, await wheelBytes(r));
          packages.push(`emfs:${path}`);
        } catch (e) {
          unmet.push({ name: projectOf(r), requirement: r.split("/").pop() ?? r, why: `could not get the wheel: ${messageOf(e)}` });
        }
      } else {
        packages.push(r);
      }
    }
    const loaded = pyodide.loadedPackages ?? {};
    /** @type {Object<string, string>} */
    const provided = {};
    for (const [name, pkg] of Object.entries(lock)) if (pkg?.name in loaded || name in loaded) provided[canonicalName(name)] = pkg.version;
    const indexURLs = options.offline ? [] : reqs.indexURLs ?? spec.packageIndexURLs ?? null;
    const args = JSON.stringify({
      packages, constraints, pre: reqs.pre, index_urls: indexURLs, offline: Boolean(options.offline),
      pyodide: typeof pyodide?.version === "string" ? pyodide.version : "", provided,
      unavailable: Object.fromEntries([...lockFailed].map(([n, why]) => [canonicalName(n), why])), installer_error: installerError,
    });
    ns.set("_install_args", args);
    /** @type {{overridden: {requirement: string, name: string, version: string}[], failed: {requirement: string, name: string, why: string}[]}} */
    let result;
    try {
      await withInstallPython();
      result = JSON.parse(await pyodide.runPythonAsync("await install_requirements(_install_args)", { globals: ns }));
    } catch (e) {
      // (install_requirements catches what micropip raises: this is tablit's own failure, said as such)
      console.error(e);
      const why = `tablit could not install the requirements: ${messageOf(e).trim().split("\n").pop()}`;
      result = { overridden: [], failed: packages.map((r) => ({ requirement: r, name: requirementName(r) ?? r, why })) };
    }
    unmet.push(...result.failed);
    // micropip may succeed without a package (Pyodide's loadPackage only logs a failed download): check what arrived.
    const asked = packages.filter((r) => !r.includes(";") && !r.startsWith("emfs:")).map(requirementName).filter((n) => n !== null);
    const told = new Set(unmet.map((u) => canonicalName(u.name)));
    const unchecked = asked.filter((n) => !told.has(n)); // (none when install_requirements could not run: every one is told)
    const missing = /** @type {string[]} */ (unchecked.length ? JSON.parse(py("missing_distributions", JSON.stringify(unchecked))) : []);
    for (const name of missing) {
      const requirement = packages.find((r) => requirementName(r) === name) ?? name;
      unmet.push({ name, requirement, why: lock[name] ? `Pyodide's package could not be loaded from ${options.packageBaseURL ?? indexURL}` : "micropip reported no error, but it is not installed" });
    }
    if (result.overridden.length) {
      const version = typeof pyodide?.version === "string" ? pyodide.version : "";
      emit(notice("packages", result.overridden.map((o) => `${o.requirement}: Pyodide ${version} provides ${o.name} ${o.version}, which the app uses instead`).join("; ") +
        ". In the browser, a package with compiled code comes only as Pyodide's own build."));
    }
    timings.packages = performance.now() - t0;
    return unmet;
  }

  /**
   * Fetch PyScript `files` entries into the file system.
   * @param {import("./pyscript_config.js").FetchSpec[]} fetches
   * @param {string|undefined} baseURL
   */
  async function fetchConfigFiles(fetches, baseURL) {
    if (fetches.length === 0) return;
    const dests = fetches.map((f) => destPath(f.dest)); // refuse bad paths before fetching
    emit(status("app", `Fetching ${fetches.length} file${fetches.length > 1 ? "s" : ""}`));
    const results = await Promise.all(
      fetches.map(async (f) => {
        try {
          return await fetchBytes(resolveURL(f.url, baseURL));
        } catch (e) {
          throw new LoadError("app", `pyscript files: ${messageOf(e)}`);
        }
      }),
    );
    fetches.forEach((f, i) => {
      const dest = dests[i];
      if (!f.unpack) return writeFile(dest, results[i]);
      const name = f.url.split("#")[0].split("?")[0].toLowerCase();
      const format = name.endsWith(".zip") ? "zip" : /\.(tar\.gz|tgz)$/.test(name) ? "gztar"
        : /\.(tar\.bz2|tbz2)$/.test(name) ? "bztar" : name.endsWith(".tar") ? "tar" : null;
      if (!format) throw new LoadError("app", `pyscript files: ${f.url} is not a .zip or .tar(.gz) archive, so it cannot be unpacked into ${f.dest}/*`);
      pyodide.FS.mkdirTree(dest);
      try {
        pyodide.unpackArchive(results[i], format, { extractDir: dest });
      } catch (e) {
        throw new LoadError("app", `pyscript files: could not unpack ${f.url}: ${messageOf(e)}`);
      }
    });
  }

  /**
   * Start fetching, while Python boots, the packages that the app's files
   * import (scanned without Python) and its requirements name.  Failures
   * surface in loadLockPackages, if the package is still wanted then.
   * @param {Map<string, Promise<string|Uint8Array>>} pending  the app's files
   * @param {AppSpec} spec
   * @returns {Promise<import("./pyodide_packages.js").LockPackage[]>} what it started fetching
   */
  async function prefetchEarly(pending, spec) {
    if (!pkgLoader) return [];
    try {
      const lock = await pkgLoader.lock();
      const imports = new Set();
      const reqs = [...(spec.requirements ?? [])];
      /** @type {Map<string, string>} */
      const sources = new Map();
      for (const [path, p] of pending) {
        const d = await p;
        const text = typeof d === "string" ? d : decodeText(d);
        if (path.endsWith(".py")) sources.set(path, text);
        else if (path === "requirements.txt" || path.endsWith("/requirements.txt")) {
          try {
            const { parseRequirementsTxt } = await import("./requirements.js");
            reqs.push(...parseRequirementsTxt(text).packages);
          } catch {
            // reported with its line after the boot
          }
        }
      }
      // the files a run reaches from the entrypoint; the others' packages load when imported
      for (const path of reachedFiles(sources, spec.entrypoint)) for (const n of scanImports(sources.get(path) ?? "")) imports.add(n);
      reqs.push(...impliedRequirements(imports, reqs, lock.packages ?? {}));
      const names = /** @type {string[]} */ (reqs.map(requirementName).filter((n) => n !== null));
      const wanted = packagesFor(lock, { imports, requirements: names });
      const inLock = new Set(wanted.map((p) => p.name.toLowerCase()));
      if (reqs.length > names.filter((n) => inLock.has(n)).length) wanted.push(...packagesFor(lock, { requirements: ["micropip"] }));
      pkgLoader.prefetch(wanted).catch(() => {});
      return wanted;
    } catch {
      // the lock or a file could not be had: the steps after the boot say why
      return [];
    }
  }

  /**
   * loadPackage of what the early scan found, once its files are here; a
   * failure is left to loadLockPackages, which asks again and says why.
   * @param {import("./pyodide_packages.js").LockPackage[]} pkgs
   */
  async function installEarly(pkgs) {
    try {
      await pkgLoader?.prefetch(pkgs);
      await pyodide.loadPackage(pkgs.map((p) => p.name), { messageCallback: () => {}, errorCallback: () => {} });
    } catch {
      // reported by loadLockPackages
    }
  }

  /**
   * Load Pyodide packages (with their dependencies) through loadPackage.
   * With the fetch hook, their files come from pyodide_packages.js (sources,
   * checksums, progress); without it, Pyodide fetches them itself.  A package
   * that cannot be had does not stop the others: it is returned with why.
   * @param {{imports?: Iterable<string>, requirements?: Iterable<string>, importedBy?: Object<string, string>}} wants
   *   importedBy: import name -> the app file importing it (named in a failure)
   * @returns {Promise<{loaded: string[], failed: Map<string, string>, importers: Map<string, string[]>, asked: Set<string>}>}
   *   the packages loaded now, those that could not be (package name -> why), the app files that
   *   import these, and which of them were asked for (the others are dependencies)
   */
  async function loadLockPackages(wants) {
    await earlyInstall;
    const lock = pkgLoader ? await pkgLoader.lock().catch((e) => {
      throw new LoadError("packages", `could not read Pyodide's package list: ${messageOf(e)}`);
    }) : { info: {}, packages: pyodide._api?.lockfile_packages ?? {} };
    const loadedBefore = pyodide.loadedPackages ?? {};
    const needed = packagesFor(lock, wants).filter((p) => !(p.name in loadedBefore));
    /** @type {Map<string, string>} */
    const failed = new Map();
    /** @type {Map<string, string[]>} */
    const importers = new Map();
    if (needed.length === 0) return { loaded: [], failed, importers, asked: new Set() };
    if (pkgLoader) {
      const got = await Promise.allSettled(needed.map((p) => pkgLoader.prefetch([p])));
      got.forEach((r, i) => {
        if (r.status !== "rejected") return;
        // the reason without the package's own name in front: the caller names it
        const why = messageOf(r.reason);
        const own = `${needed[i].name} ${needed[i].version}: `;
        failed.set(needed[i].name, why.startsWith(own) ? why.slice(own.length) : why);
      });
    }
    // a package one of whose dependencies could not be fetched is not loaded either
    const blockedBy = (/** @type {import("./pyodide_packages.js").LockPackage} */ p) =>
      packagesFor(lock, { requirements: [p.name] }).find((d) => d !== p && failed.has(d.name) && needed.includes(d));
    for (const p of needed) {
      const dep = failed.has(p.name) ? null : blockedBy(p);
      if (dep) failed.set(p.name, `it needs ${dep.name}, which could not be had: ${failed.get(dep.name)}`);
    }
    const names = needed.map((p) => p.name).filter((n) => !failed.has(n));
    /** @type {string[]} */
    const errors = [];
    if (names.length) {
      try {
        await pyodide.loadPackage(names, { messageCallback: () => {}, errorCallback: (/** @type {string} */ m) => errors.push(m) });
      } catch (e) {
        errors.push(messageOf(e));
      }
    }
    const loaded = pyodide.loadedPackages ?? {};
    const where = options.packageBaseURL ?? indexURL;
    for (const p of needed) {
      if (failed.has(p.name) || p.name in loaded) continue;
      // loadPackage reports every package's errors together: keep this one's
      const own = errors.filter((m) => m.includes(p.file_name) || m.includes(`loading ${p.name}:`));
      failed.set(p.name, `not loaded from ${where}: ${(own.length ? own : errors).join("; ") || "no reason given"}`);
    }
    // which app files import them
    const { byName, byImport } = indexLock(lock);
    for (const [imp, file] of Object.entries(wants.importedBy ?? {})) {
      const p = byName.get(byImport.get(imp) ?? "");
      if (p && failed.has(p.name) && !importers.get(p.name)?.includes(file)) importers.set(p.name, [...(importers.get(p.name) ?? []), file]);
    }
    // the packages asked for (by import or requirement) that failed; the others are their dependencies
    const asked = new Set(packagesFor(lock, wants).filter((p) => failed.has(p.name)).map((p) => p.name)
      .filter((n) => importers.has(n) || [...(wants.requirements ?? [])].some((r) => canonicalName(r) === canonicalName(n))));
    if (failed.size) console.warn(`tablit: could not load ${[...failed].map(([n, why]) => `${n} (${why})`).join(", ")}`);
    return { loaded: names.filter((n) => n in loaded), failed, importers, asked };
  }

  /**
   * Packages that could not be had: importing them fails with why (py
   * set_unavailable), and the page shows a notice naming each.
   * @param {{name: string, requirement: string|null, why: string, by?: string[], dependency?: boolean, implied?: boolean}[]} items
   *   requirement: the line of the requirements (null: a Pyodide package an import needs);
   *   implied: a Streamlit dependency the app imports without requiring it (impliedRequirements);
   *   by: the app files that import it; dependency: only needed by another item (not in the notice)
   */
  async function reportUnavailable(items) {
    if (!items.length) return;
    const lock = pkgLoader ? await pkgLoader.lock().catch(() => null) : { info: {}, packages: pyodide._api?.lockfile_packages ?? {} };
    const { byName } = indexLock(lock ?? { info: {}, packages: {} });
    for (const item of items) {
      const pkg = byName.get(canonicalName(item.name));
      const what = item.implied ? `${item.name}, which Streamlit installs with itself, was not installed`
        : item.requirement !== null ? `the requirement ${item.requirement} was not installed`
        : `the Pyodide package ${pkg ? `${pkg.name} ${pkg.version}` : item.name} could not be loaded`;
      // the import names: the lock's, else the project name's usual spellings (Faker -> faker,
      // webvtt-py -> webvtt, python-dateutil -> dateutil)
      const guess = [item.name, canonicalName(item.name).replace(/-/g, "_"), canonicalName(item.name).replace(/^(python|py)-|-(python|py)$/g, "").replace(/-/g, "_")];
      if (item.requirement) guess.push(/** @type {string} */ (/^[A-Za-z0-9._-]+/.exec(item.requirement)?.[0] ?? item.name).replace(/[-.]/g, "_"));
      for (const imp of pkg?.imports?.length ? pkg.imports : guess) {
        if (/^[A-Za-z_]\w*$/.test(imp)) unavailableModules[imp] = `No module named '${imp}': ${what} (${item.why})`;
      }
    }
    py("set_unavailable", JSON.stringify(unavailableModules));
    // one reason said once, after every package it holds for
    /** @type {Map<string, string[]>} */
    const byWhy = new Map();
    for (const i of items.filter((it) => !it.dependency)) byWhy.set(i.why, [...(byWhy.get(i.why) ?? []), `${i.requirement ?? i.name}${i.by?.length ? ` (imported by ${i.by.join(", ")})` : ""}`]);
    const list = [...byWhy].map(([why, names]) => `${names.join(", ")} (${why})`).join("; ");
    const n = items.filter((it) => !it.dependency).length;
    if (n) emit(notice("packages", `${n > 1 ? `${n} packages were` : "A package was"} not installed; the app runs without ${n > 1 ? "them" : "it"}, ` +
      `and importing ${n > 1 ? "one" : "it"} raises ModuleNotFoundError: ${list}.`));
  }

  /**
   * Load one Pyodide package the app imports at run time (py: the on-demand finder).
   * @param {string} pkg @param {string} file  the app file importing it
   * @returns {Promise<string>} "" or why not (named: package and file)
   */
  async function loadOnImport(pkg, file) {
    try {
      const { failed } = await loadLockPackages({ requirements: [pkg] });
      if (!failed.size) return "";
      return `could not load the Pyodide package ${pkg}, which ${file} imports: ${[...failed].map(([n, why]) => `${n}: ${why}`).join("; ")}`;
    } catch (e) {
      return `could not load the Pyodide package ${pkg}, which ${file} imports: ${messageOf(e)}`;
    }
  }

  /**
   * The finder that loads, on first import, a Pyodide package no file reached
   * from the entrypoint imports (a helper script, a dynamic import): every
   * package of the lock that is not loaded, by import name.
   */
  async function installPackageFinder() {
    const lock = pkgLoader ? await pkgLoader.lock().catch(() => null) : { info: {}, packages: pyodide._api?.lockfile_packages ?? {} };
    if (!lock) return;
    const loaded = pyodide.loadedPackages ?? {};
    const { byName, byImport } = indexLock(lock);
    /** @type {Object<string, string>} */
    const map = {};
    for (const [imp, name] of byImport) {
      const pkg = byName.get(name);
      if (pkg && !(pkg.name in loaded)) map[imp] = pkg.name;
    }
    py("install_package_finder", JSON.stringify(map), loadOnImport, Boolean(pyodide?._module?.jspiSupported));
  }

  /**
   * Where a run could not wait for a package (no JSPI): load what it imported
   * now; true when the app should run again.
   */
  async function loadPendingPackages() {
    if (!ns) return false;
    const pending = /** @type {Object<string, string>} */ (JSON.parse(py("take_pending_packages")));
    const names = Object.keys(pending);
    for (const pkg of names) py("package_loaded", pkg, await loadOnImport(pkg, pending[pkg]));
    return names.length > 0;
  }

  /**
   * Call into the bridge for a run.  Where the browser has WebAssembly stack
   * switching (JSPI), through callPromising: then Python may block on a
   * coroutine (asyncio.run, run_until_complete, top-level await; see
   * py/tablit/runtime/aio.py), awaiting browser Promises too.  Elsewhere a
   * plain call (the app's asyncio runs on tablit's own loop).
   * @param {any} fn  a PyProxy of a callable
   * @param {...any} args
   */
  async function callBridge(fn, ...args) {
    if (jspiRuns && pyodide?._module?.jspiSupported && typeof fn.callPromising === "function") return await fn.callPromising(...args);
    return fn(...args);
  }

  function dropBridge() {
    for (const p of [handle, takeSnapshot, bridge, warmRun]) {
      try {
        p?.destroy();
      } catch {
        // already gone
      }
    }
    handle = takeSnapshot = bridge = warmRun = null;
  }

  /**
   * Load (if needed) and start an app.  Resolves after the first run, or
   * after a fatal message was posted.  Calling it again replaces the app.
   * @param {AppSpec} spec
   * @returns {Promise<boolean>} whether the app is running
   */
  async function start(spec) {
    const t0 = performance.now();
    starting = true;
    failed = null;
    queue.length = 0; // messages for the previous app
    dropBridge();
    /** @type {"runtime"|"packages"|"app"} */
    let stage = "app";
    try {
      let files;
      try {
        files = parseFiles(spec.files);
        spec = { ...spec, entrypoint: checkAppPath(spec.entrypoint) };
      } catch (e) {
        throw new LoadError("app", messageOf(e));
      }
      if (!(spec.entrypoint in files)) {
        throw new LoadError("app", `the entrypoint ${spec.entrypoint} is not among the app files (${Object.keys(files).join(", ") || "none given"})`);
      }
      const pending = fetchFiles(files, spec.baseURL);
      appSources = Promise.all([...pending].filter(([path]) => path.endsWith(".py") || path.endsWith("config.toml")) // ([theme] fetches the theme family)
        .map(([, p]) => p.then((d) => (typeof d === "string" ? d : decodeText(d))))).catch(() => []);
      phase = "runtime";
      earlyWanted = prefetchEarly(pending, spec);
      stage = "runtime";
      await load();
      stage = "app";
      /** @type {Map<string, string|Uint8Array>} */
      const data = new Map();
      for (const [path, p] of pending) data.set(path, await p);
      py("reset_app_dir", APP_DIR);
      unavailableModules = {};
      py("set_unavailable", "{}");
      for (const [path, d] of data) writeFile(`${APP_DIR}/${path}`, d);
      stage = "packages";
      const { reqs, fetches } = await gatherRequirements(data, spec);
      phase = "packages";
      const tp = performance.now();
      // up front: what the entrypoint, its pages and the app modules they import import;
      // the other files' packages load when first imported (installPackageFinder)
      const found = /** @type {{upfront: Object<string, string>}} */ (JSON.parse(py("app_imports", APP_DIR, spec.entrypoint)));
      const requirementNames = /** @type {string[]} */ (reqs.packages.map(requirementName).filter((n) => n !== null));
      const lockLoaded = await loadLockPackages({ imports: Object.keys(found.upfront), requirements: requirementNames, importedBy: found.upfront });
      if (lockLoaded.loaded.length) emit(status("packages", `Loaded ${lockLoaded.loaded.join(", ")}`));
      timings.lockPackages = performance.now() - tp;
      // what `pip install streamlit` brings along and the app imports without requiring it
      // (pydeck; altair on Pyodide 0.27): installed as if required
      const implied = impliedRequirements(Object.keys(found.upfront), reqs.packages, pyodide?._api?.lockfile_packages ?? {});
      reqs.packages.push(...implied);
      const unmet = await installRequirements(reqs, data, spec, lockLoaded.failed);
      for (const u of unmet) {
        if (!implied.includes(canonicalName(u.name))) continue;
        const imp = Object.keys(found.upfront).find((m) => canonicalName(m) === canonicalName(u.name));
        Object.assign(u, { implied: true, requirement: null, by: imp ? [found.upfront[imp]] : u.by });
      }
      // what the requirements do not name (an import's package) is told on its own
      const named = new Set(unmet.map((u) => canonicalName(u.name)));
      for (const [name, why] of lockLoaded.failed) {
        if (!named.has(canonicalName(name))) unmet.push({ name, requirement: null, why, by: lockLoaded.importers.get(name), dependency: !lockLoaded.asked.has(name) });
      }
      await reportUnavailable(unmet);
      await installPackageFinder();
      stage = "app";
      await fetchConfigFiles(fetches, spec.baseURL);
      if (spec.hold) {
        emit({ type: "run", running: false, held: true }); // ready to take over
        starting = false; // held: messages queue until it resumes
        spec = { ...spec, ...(await spec.hold), hold: undefined };
        starting = true;
      }
      emit(status("app", `Running ${spec.entrypoint}`));
      const t1 = performance.now();
      try {
        bridge = py("make_bridge", APP_DIR, spec.entrypoint, spec.query ?? "", spec.page ?? "", JSON.stringify(spec.config ?? {}), JSON.stringify(spec.context ?? {}));
        handle = bridge.handle;
        if (options.warmup && !warmer) warmer = createWarmer({ idle: mayWarm, run: warmUp, ...(typeof options.warmup === "object" ? options.warmup : {}) });
        takeSnapshot = bridge.snapshot ?? null;
        bridge.set_stream?.(streamOut);
        bridge.send_snapshots?.(true, true); // posted after each answer (postSnapshot)
        const flags = options.interruptBuffer;
        // runner.fastReruns: cell 1 of the shared buffer says the page sent something new
        if (flags && flags.length > 1) bridge.set_rerun_check?.(() => Atomics.load(flags, 1));
        try {
          if (spec.restore) bridge.restore(JSON.stringify(spec.restore));
          else if (spec.stored) bridge.restore(JSON.stringify(spec.stored), true);
        } catch (e) {
          console.warn(`tablit: the session could not be restored, it starts afresh: ${messageOf(e)}`);
        }
      } catch (e) {
        throw new LoadError("app", `could not create the tablit session: ${messageOf(e)}`);
      }
      app = spec;
      running = true;
      if (live) options.onDown(RUNNING_JSON, true);
      let out;
      try {
        out = await callBridge(bridge.start);
      } catch (e) {
        throw new LoadError("app", `the first run failed inside tablit: ${messageOf(e)}`);
      } finally {
        running = false;
      }
      timings.firstRun = performance.now() - t1;
      timings.start = performance.now() - t0;
      deliver(out);
      postSnapshot();
      if (await loadPendingPackages()) queue.push({ type: "update", changes: [], trigger: null });
      return true;
    } catch (e) {
      dropBridge();
      const err = e instanceof LoadError ? e : new LoadError(stage, messageOf(e));
      if (!(e instanceof LoadError)) console.error(e);
      failed = { stage: err.stage, error: err.message };
      queue.length = 0;
      emit(fatal(err.stage, err.message));
      return false;
    } finally {
      starting = false;
      schedule();
    }
  }

  /** @param {string} json  a run in progress, streamed by Python (JSON list) */
  function streamOut(json) {
    if (typeof json === "string") options.onDown(json);
  }

  /** @param {unknown} out what Python returned for a run: its answer, which ends the run */
  function deliver(out) {
    if (typeof out !== "string") {
      emit(refused(`internal error: tablit returned a ${typeof out}, not a JSON string`, null));
      return;
    }
    options.onDown(out === "[]" ? IDLE_JSON : out);
  }

  function busy() {
    return starting || running || warming || pendingWrites > 0;
  }

  /** One warm-up rerun (runtime/warmup.js), entered as the app's runs are; Pyodide's Stop signal is kept for them. */
  async function warmUp() {
    warming = true;
    const flags = options.interruptBuffer;
    if (flags) pyodide.setInterruptBuffer(undefined);
    try {
      warmRun ??= py("make_warmup");
      await callBridge(warmRun);
    } finally {
      if (flags) pyodide.setInterruptBuffer(flags);
      warming = false;
      schedule(true); // a message that came meanwhile runs now
    }
  }

  /** The worker may warm up now: nothing running or queued, the app loaded, no Stop waiting to be taken. */
  const mayWarm = () => !busy() && !scheduled && queue.length === 0 && handle !== null && !failed &&
    !(options.interruptBuffer && Atomics.load(options.interruptBuffer, 0) !== 0);

  /**
   * Run what is queued when nothing else is running.
   * @param {boolean} [arrived]  called for a message that just arrived: an idle
   *   worker then runs it in a microtask, right after this message event (a
   *   timer's hop costs a click ~0.1 ms, issue 16).  After a run (or a load, a
   *   write) it is a macrotask, so that messages that arrived meanwhile are
   *   received first and run as one batch.
   */
  function schedule(arrived = false) {
    if (scheduled) return;
    if (busy() || !handle || queue.length === 0) {
      if (!busy() && queue.length === 0) settle();
      return;
    }
    scheduled = true;
    if (arrived && queue.length === 1) queueMicrotask(runQueued);
    else setTimeout(runQueued, 0);
  }

  async function runQueued() {
    scheduled = false;
    if (busy() || !handle || queue.length === 0) return schedule();
    const batch = queue.splice(0, queue.length);
    const flags = options.interruptBuffer;
    if (flags) {
      // a Stop the last run did not take: pressed after this batch was sent, it came late; pressed
      // before, it stops this run (cell 1 = 2, see interruptBuffer).  Else this batch is the rerun asked for.
      const stop = Atomics.exchange(flags, 0, 0) === 2 && flags.length > 2 && (stamps.get(batch[batch.length - 1]) ?? Infinity) < Atomics.load(flags, 2);
      if (flags.length > 1) Atomics.store(flags, 1, stop ? 2 : 0);
    }
    running = true;
    if (live) options.onDown(RUNNING_JSON, true);
    let out;
    const t0 = performance.now();
    try {
      out = await callBridge(handle, JSON.stringify(batch), !fsWrites?.take());
      if (runLog.length >= 2000) runLog = runLog.slice(1000);
      runLog.push({ ms: performance.now() - t0, bytes: typeof out === "string" ? out.length : 0, wait: t0 - queuedAt,
        queued: performance.timeOrigin + queuedAt, end: performance.timeOrigin + performance.now() });
    } catch (e) {
      console.error(e);
      // os._exit(), an abort in C code, a wasm trap: the interpreter is gone
      if (/** @type {any} */ (e)?.pyodide_fatal_error || /Pyodide has suffered a fatal error|Program terminated with exit/i.test(messageOf(e))) {
        // the interpreter is gone: nothing more can run in this session
        dropBridge();
        failed = { stage: "app", error: "Python crashed" };
        queue.length = 0;
        out = JSON.stringify([fatal("app", `Python crashed and cannot continue; reload the page. (${messageOf(e).split("\n")[0]})`)]);
      } else {
        out = JSON.stringify([refused(`internal error in tablit: ${messageOf(e)}`, batch.length === 1 ? batch[0] : batch)]);
      }
    } finally {
      running = false;
    }
    deliver(out);
    postSnapshot();
    pendingWrites++;
    try {
      // the same input again (a button's press included), now that the package is there
      if (await loadPendingPackages()) queue.unshift(...batch);
    } finally {
      pendingWrites--;
    }
    schedule();
  }

  /** After a run's answer: the session's snapshot, when it changed (py/tablit/bridge.py). */
  function postSnapshot() {
    let json;
    try {
      json = takeSnapshot?.();
    } catch (e) {
      console.error("tablit: could not take the session's snapshot", e);
      return;
    }
    if (typeof json === "string" && json) options.onDown(json);
  }

  function settle() {
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const w of waiters) w();
  }

  /**
   * Take one up message from the page.  Malformed ones are refused at once;
   * the others run when the current run (if any) ends.
   * @param {unknown} raw
   */
  function receive(raw) {
    if (failed) {
      emit(refused(`the app is not running: loading failed at the ${failed.stage} stage`, raw));
      return;
    }
    let msg;
    try {
      msg = parseUp(raw);
    } catch (e) {
      if (!(e instanceof ProtocolError)) throw e;
      emit(refused(e.message, raw));
      return;
    }
    if (queue.length >= MAX_QUEUE) {
      emit(refused(`too many messages queued (${MAX_QUEUE}) while a run is in progress`, raw));
      return;
    }
    if (queue.length === 0) queuedAt = performance.now();
    if (!(msg.type === "update" && msg.fragment)) warmer?.poke(); // (not for a run_every timer's tick: nobody is there)
    const stops = /** @type {any} */ (raw)?.stops;
    if (typeof stops === "number") stamps.set(msg, stops);
    queue.push(msg);
    schedule(true);
  }

  /**
   * Write, replace or (with null) delete app files: run-on-save.  Modules
   * imported from the app folder are imported anew on the next run; with
   * `rerun` a plain rerun is queued behind the write.
   * @param {Object<string, FileSource|null>} files
   * @param {{rerun?: boolean}} [opts]
   * @returns {Promise<boolean>} whether they were written
   */
  async function writeFiles(files, opts = {}) {
    if (failed) {
      emit(refused(`the app is not running: loading failed at the ${failed.stage} stage`, { type: "files" }));
      return false;
    }
    let parsed;
    try {
      parsed = parseFileUpdates(files);
      if (!pyodide || !app) throw new Error("no app has been started");
    } catch (e) {
      // refused before anything is queued: a bad message causes no rerun
      emit(refused(`could not write files: ${messageOf(e)}`, { type: "files", paths: fileNames(files) }));
      return false;
    }
    const { write, remove } = parsed;
    pendingWrites++;
    if (opts.rerun) queue.push({ type: "update", changes: [], trigger: null });
    try {
      const pending = fetchFiles(write, app.baseURL);
      for (const [path, p] of pending) writeFile(`${APP_DIR}/${path}`, await p);
      for (const path of remove) {
        try {
          pyodide.FS.unlink(`${APP_DIR}/${path}`);
        } catch {
          // already gone
        }
      }
      py("forget_app_modules", APP_DIR);
      await loadNewImports();
      return true;
    } catch (e) {
      emit(refused(`could not write files: ${messageOf(e)}`, { type: "files", paths: fileNames(files) }));
      return false;
    } finally {
      pendingWrites--;
      schedule();
    }
  }

  /**
   * After run-on-save: load the Pyodide packages the app's files import now
   * and did not before (the rerun then finds them).  A failure is told, and
   * the rerun shows the ImportError.
   */
  async function loadNewImports() {
    try {
      const found = JSON.parse(py("app_imports", APP_DIR, app?.entrypoint ?? ""));
      const { failed, importers, asked } = await loadLockPackages({ imports: Object.keys(found.upfront), importedBy: found.upfront });
      await reportUnavailable([...failed].map(([name, why]) => ({ name, requirement: null, why, by: importers.get(name), dependency: !asked.has(name) })));
      await installPackageFinder();
    } catch (e) {
      emit(refused(`could not load the packages the app now imports: ${messageOf(e)}`, { type: "files" }));
    }
  }

  /** Resolves when no run is in progress and nothing is queued. */
  function idle() {
    return new Promise((resolve) => {
      idleWaiters.push(() => resolve(undefined));
      schedule();
    });
  }

  return {
    load,
    start,
    receive,
    writeFiles,
    idle,
    /**
     * The user pressed a key or a pointer in the app ({type: "input"}): the
     * worker keeps Python warm for the next few seconds (runtime/warmup.js),
     * so that the update the press may bring, a moment later, finds its
     * paths warm even after a long pause.  Nothing is answered.
     */
    poke() {
      warmer?.poke();
    },
    /**
     * The page has drawn the app's first run ({type: "drawn"}): the worker
     * primes Chromium's optimised code for what a click runs, before the first
     * click (runtime/warmup.js).  Not before: on a busy machine the page's own
     * drawing comes first.  Once per worker; nothing is answered.
     */
    drawn() {
      if (app) warmer?.prime();
    },
    /** Boot timings in milliseconds: pyodide, runtime, packages, firstRun, start. */
    timings,
    /**
     * Introspection for benchmarks (worker.js?debug only): "memory" collects
     * garbage and counts Python objects and blocks; "trace_start" turns on
     * tracemalloc (its figures then come with "memory"); "runs" gives (and
     * forgets) the time Python took for each run since the last "runs", and
     * the length of its answer; "profile_start" and "profile_stop" run
     * cProfile in between (the stop answers its report).  Always the boot timings and the size of the
     * wasm memory.
     * @param {string} op
     */
    debug(op) {
      if (!pyodide || !ns) return { error: "Python is not loaded yet" };
      /** @type {Object<string, any>} */
      const out = { timings: { ...timings }, wasm_bytes: pyodide._module?.HEAPU8?.buffer?.byteLength ?? null };
      if (op === "boot") out.resources = bootResources();
      if (op === "memory" || op === "trace_start") Object.assign(out, JSON.parse(py("debug_memory", op === "trace_start")));
      if (op === "profile_start" || op === "profile_stop") out.profile = py("debug_profile", op === "profile_start");
      if ((op === "live_off" || op === "live_on") && bridge) {
        live = op === "live_on";
        bridge.set_stream?.(live ? streamOut : undefined);
        out.live = live;
      }
      if (op === "jspi_off" || op === "jspi_on") out.jspi = jspiRuns = op === "jspi_on";
      if ((op === "warm_off" || op === "warm_on") && warmer) warmer.enable(op === "warm_on");
      if (warmer) Object.assign(out, { warm_runs: warmer.runs(), primed: warmer.primed() });
      if (op === "runs") {
        out.runs = runLog;
        runLog = [];
      }
      return out;
    },
    /** The lazily loaded Python families: unpacked with the core (the app mentions them), fetched when Python asked. */
    get families() {
      return { withCore: [...familiesWithCore], onDemand: families?.onDemand ?? [] };
    },
    /** The Pyodide instance (after load()). */
    get pyodide() {
      return pyodide;
    },
    /** Why loading failed, or null. */
    get failed() {
      return failed;
    },
    destroy() {
      warmer?.stop();
      dropBridge();
      queue.length = 0;
      failed = { stage: "app", error: "destroyed" };
    },
  };
}

/**
 * The runtime's own downloads as this worker saw them (resource timing), for
 * debug("boot"): npm run bench splits the boot into download, compile, Python
 * start, tablit import and first run (bench/boot.mjs).
 */
function bootResources() {
  const entries = /** @type {PerformanceResourceTiming[]} */ (globalThis.performance?.getEntriesByType?.("resource") ?? []);
  return entries.map((e) => ({ name: e.name.split("?")[0].split("/").pop(), start: e.startTime, end: e.responseEnd, bytes: e.encodedBodySize }));
}

/** @typedef {ReturnType<typeof createRuntime>} Runtime */
