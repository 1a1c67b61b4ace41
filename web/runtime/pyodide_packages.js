// Pyodide's own packages (numpy, pandas, pyarrow, ...): which ones an app
// needs (from its imports and requirements, against the lock file), where
// each comes from, and fetching them with progress and checksums.
//
// Where a package comes from, in order:
//   1. the configured package base (packageBaseURL, `--package-base`, package-base-url=)
//   2. the files vendored beside the runtime (listed in VENDORED_FILE, written by
//      `npm run build` and `tablit build`)
//   3. Pyodide's official distribution for the exact runtime version (officialBaseURL),
//      unless the network is forbidden (offline), which then fails naming the
//      package and the command that vendors it.
// Every file is checked against the lock file's sha256 before Python sees it.
//
// The worker hands the fetched bytes to Pyodide's loadPackage through a fetch
// hook (responseFor): one download per file, started while Pyodide boots.

import { canonicalName } from "./requirement_names.js";

/**
 * Pyodide's official distribution of one version: THE one place its address is named.
 * @param {string} version  e.g. "314.0.7" or "0.27.7"
 */
export function officialBaseURL(version) {
  return `https://cdn.jsdelivr.net/pyodide/v${version}/full/`;
}

/** The list of vendored packages beside the runtime: {pyodide: version, packages: {name: file_name}}. */
export const VENDORED_FILE = "vendored.json";

/** The command that vendors packages, named in the offline error. */
export const VENDOR_COMMAND = "tablit build app.py --out site/";

/**
 * @typedef {Object} LockPackage
 * @property {string} name
 * @property {string} version
 * @property {string} file_name
 * @property {string} sha256
 * @property {string[]} depends
 * @property {string[]} imports
 * @property {string} [package_type]
 */
/** @typedef {{info: {version?: string, python?: string}, packages: Object<string, LockPackage>}} Lock */

/** A package that cannot be had; its message names it and says what to do. */
export class PackageError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "PackageError";
  }
}

/**
 * The top-level module names a Python source imports, found without Python
 * (to start fetching packages while Pyodide boots).  Comments and strings are
 * skipped; imports inside functions and `try` blocks count.  After the boot,
 * Pyodide's own find_imports gives the final list.
 * @param {string} source
 * @returns {string[]}
 */
export function scanImports(source) {
  // Blank out strings and comments, keeping line structure.
  const code = String(source).replace(
    /("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|#[^\n]*)/g,
    (m) => m.replace(/[^\n]/g, " "),
  );
  // Join continuation lines and parenthesised import lists.
  const joined = code.replace(/\\\n/g, " ").replace(/\(([^()]*)\)/g, (m) => m.replace(/\n/g, " "));
  const out = new Set();
  for (const raw of joined.split(/[\n;]/)) {
    const line = raw.trim();
    let m = /^from\s+([A-Za-z_][\w.]*)\s+import\b/.exec(line);
    if (m) {
      out.add(m[1].split(".")[0]);
      continue;
    }
    m = /^import\s+(.+)$/.exec(line);
    if (m) {
      for (const part of m[1].split(",")) {
        const name = /^\s*([A-Za-z_][\w.]*)/.exec(part);
        if (name) out.add(name[1].split(".")[0]);
      }
    }
  }
  return [...out];
}

/**
 * The lock's packages by canonical name, and import name -> package name.
 * @param {Lock} lock
 */
export function indexLock(lock) {
  /** @type {Map<string, LockPackage>} */
  const byName = new Map();
  /** @type {Map<string, string>} */
  const byImport = new Map();
  for (const [key, pkg] of Object.entries(lock?.packages ?? {})) {
    const name = canonicalName(key);
    byName.set(name, pkg);
    byName.set(canonicalName(pkg.name ?? key), pkg);
    for (const imp of pkg.imports ?? []) if (!byImport.has(imp)) byImport.set(imp, name);
  }
  return { byName, byImport };
}

/**
 * The lock packages an app needs: those its imports and requirement names
 * name, with every dependency, dependencies first.
 * @param {Lock} lock
 * @param {{imports?: Iterable<string>, requirements?: Iterable<string>}} wants
 * @returns {LockPackage[]}
 */
export function packagesFor(lock, wants) {
  const { byName, byImport } = indexLock(lock);
  /** @type {string[]} */
  const roots = [];
  for (const imp of wants.imports ?? []) {
    const name = byImport.get(imp);
    if (name) roots.push(name);
  }
  for (const req of wants.requirements ?? []) {
    const name = canonicalName(req);
    if (byName.has(name)) roots.push(name);
  }
  /** @type {LockPackage[]} */
  const out = [];
  const seen = new Set();
  /** @param {string} name */
  const visit = (name) => {
    const pkg = byName.get(canonicalName(name));
    if (!pkg || seen.has(pkg)) return;
    seen.add(pkg);
    for (const dep of pkg.depends ?? []) visit(dep);
    out.push(pkg);
  };
  for (const r of roots) visit(r);
  return out;
}

/** @param {number} n */
export function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} kB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** @param {Uint8Array} data */
async function sha256Hex(data) {
  const digest = await crypto.subtle.digest("SHA-256", data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** @param {string} base */
const withSlash = (base) => (base.endsWith("/") ? base : `${base}/`);

/**
 * @typedef {Object} LoaderOptions
 * @property {string} indexURL  the runtime folder (its lock file, vendored files)
 * @property {string} [packageBaseURL]  a configured package base: first choice for every package
 * @property {boolean} [offline]  forbid fetching packages from the network (the official distribution)
 * @property {typeof fetch} [fetch]  the real fetch (default: globalThis.fetch at creation)
 * @property {(p: {names: string[], loaded: number, total: number}) => void} [onProgress]
 */

/**
 * One app's package fetching.  lock() and vendored() are fetched once;
 * prefetch(pkgs) starts the downloads; responseFor(url) answers Pyodide's
 * own fetch of a package file with the bytes already on their way.
 * @param {LoaderOptions} options
 */
export function createPackageLoader(options) {
  const indexURL = withSlash(options.indexURL);
  const base = options.packageBaseURL ? withSlash(options.packageBaseURL) : null;
  const realFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  /** @type {Promise<Lock>|null} */ let lockPromise = null;
  /** @type {Promise<{pyodide?: string, packages: Object<string, string>}>|null} */ let vendoredPromise = null;
  /** @type {Map<string, Promise<Uint8Array>>} file name -> verified bytes */
  const downloads = new Map();
  /** @type {Map<string, {name: string, loaded: number, total: number, done: boolean}>} */
  const progress = new Map();
  let version = "";
  let lastReport = 0;

  /** @param {string} url */
  async function getJSON(url) {
    const r = await realFetch(url);
    if (!r.ok) throw new Error(`could not fetch ${url}: HTTP ${r.status}`);
    return r.json();
  }

  function lock() {
    lockPromise ??= getJSON(`${indexURL}pyodide-lock.json`);
    return lockPromise;
  }

  function vendored() {
    vendoredPromise ??= realFetch(`${indexURL}${VENDORED_FILE}`)
      .then((r) => (r.ok ? r.json() : { packages: {} }))
      .catch(() => ({ packages: {} }));
    return vendoredPromise;
  }

  /** The runtime's version (the lock's, the vendored list's, or what the booted Pyodide says). */
  async function runtimeVersion() {
    if (version) return version;
    const [l, v] = await Promise.all([lock(), vendored()]);
    return l.info?.version ?? v.pyodide ?? "";
  }

  /**
   * Where `pkg` comes from, or a PackageError when nothing allowed has it.
   * @param {LockPackage} pkg
   */
  async function sourceOf(pkg) {
    if (base) return { url: `${base}${pkg.file_name}`, from: "the package base" };
    const v = await vendored();
    if (Object.values(v.packages ?? {}).includes(pkg.file_name)) return { url: `${indexURL}${pkg.file_name}`, from: "the vendored files" };
    const ver = await runtimeVersion();
    if (options.offline) {
      throw new PackageError(
        `${pkg.name} ${pkg.version}: not vendored with this app, and fetching packages from the network is forbidden ` +
          `(offline mode); vendor the app's packages with \`${VENDOR_COMMAND}\` (it copies every package the app imports beside the app), ` +
          "or give a package base (--package-base, packageBaseURL) that holds them",
      );
    }
    if (!ver) throw new PackageError(`${pkg.name}: the Pyodide version is unknown, so its official distribution cannot be used; give a package base`);
    return { url: `${officialBaseURL(ver)}${pkg.file_name}`, from: `Pyodide ${ver}'s official distribution` };
  }

  function report(force = false) {
    const now = Date.now();
    if (!options.onProgress || (!force && now - lastReport < 100)) return;
    lastReport = now;
    let loaded = 0;
    let total = 0;
    const names = [];
    for (const p of progress.values()) {
      loaded += p.loaded;
      total += p.total;
      if (!p.done) names.push(p.name);
    }
    options.onProgress({ names, loaded, total });
  }

  /**
   * Fetch one package file: streamed for progress, checked against the lock.
   * @param {LockPackage} pkg
   */
  async function download(pkg) {
    const { url, from } = await sourceOf(pkg);
    const entry = { name: pkg.name, loaded: 0, total: 0, done: false };
    progress.set(pkg.file_name, entry);
    let response;
    try {
      response = await realFetch(url);
    } catch (e) {
      throw new PackageError(`could not fetch ${pkg.name} from ${from} (${url}): ${/** @type {Error} */ (e).message || e}`);
    }
    if (!response.ok) throw new PackageError(`could not fetch ${pkg.name} from ${from} (${url}): HTTP ${response.status}`);
    entry.total = Number(response.headers.get("content-length")) || 0;
    report(true);
    /** @type {Uint8Array[]} */
    const chunks = [];
    if (response.body) {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        entry.loaded += value.byteLength;
        if (entry.loaded > entry.total) entry.total = entry.loaded;
        report();
      }
    } else {
      chunks.push(new Uint8Array(await response.arrayBuffer()));
      entry.loaded = entry.total = chunks[0].byteLength;
    }
    const data = new Uint8Array(entry.loaded);
    let at = 0;
    for (const c of chunks) {
      data.set(c, at);
      at += c.byteLength;
    }
    entry.done = true;
    entry.total = entry.loaded;
    report(true);
    if (pkg.sha256 && (await sha256Hex(data)) !== pkg.sha256) {
      throw new PackageError(`${pkg.file_name} from ${from} (${url}) does not match the lock file's sha256: refusing to install it`);
    }
    return data;
  }

  return {
    lock,
    vendored,
    /** @param {string} v  the booted Pyodide's version */
    setVersion(v) {
      version ||= v;
    },
    /**
     * Start downloading these packages (once each).  Resolves when all are
     * here; rejects with the first PackageError.
     * @param {LockPackage[]} pkgs
     */
    prefetch(pkgs) {
      const all = pkgs.map((pkg) => {
        let p = downloads.get(pkg.file_name);
        if (!p) {
          p = download(pkg);
          // a failure is not kept: asked again (after the boot, when the version is known), it is tried again
          p.catch(() => downloads.delete(pkg.file_name));
          downloads.set(pkg.file_name, p);
        }
        return p;
      });
      return Promise.all(all);
    },
    /**
     * Pyodide's fetch of a package file or of the lock file, answered from
     * what was fetched already; null for anything else.
     * @param {string} url
     * @returns {Promise<Response>|null}
     */
    responseFor(url) {
      if (!url.startsWith(indexURL)) return null;
      const file = url.slice(indexURL.length).split(/[?#]/)[0];
      if (file === "pyodide-lock.json" && lockPromise) {
        return lockPromise.then((l) => new Response(JSON.stringify(l), { headers: { "Content-Type": "application/json" } }));
      }
      const p = downloads.get(file);
      if (!p) return null;
      return p.then((data) => new Response(data, { headers: { "Content-Type": "application/zip" } }));
    },
    /** Bytes fetched so far, for benchmarks and tests. */
    get stats() {
      let bytes = 0;
      for (const p of progress.values()) bytes += p.loaded;
      return { files: progress.size, bytes };
    },
  };
}

/**
 * The app files a run reaches from the entrypoint, found without Python (to
 * start fetching their packages while Pyodide boots): the entrypoint, the
 * pages/ beside it, files named in them as "x.py" strings (st.Page), and the
 * app modules they import, by top-level name (a package's every file).
 * After the boot, Python's ast gives the exact set (python_code.js app_imports).
 * @param {Map<string, string>} sources  path -> text of the app's .py files
 * @param {string} entrypoint
 * @returns {string[]}
 */
export function reachedFiles(sources, entrypoint) {
  if (!sources.has(entrypoint)) return [...sources.keys()];
  const dir = entrypoint.includes("/") ? entrypoint.slice(0, entrypoint.lastIndexOf("/") + 1) : "";
  const reached = new Set();
  const todo = [entrypoint, ...[...sources.keys()].filter((p) => p.startsWith(`${dir}pages/`) && !p.slice(dir.length + 6).includes("/"))];
  while (todo.length) {
    const path = /** @type {string} */ (todo.pop());
    if (reached.has(path)) continue;
    reached.add(path);
    const text = sources.get(path) ?? "";
    const tops = scanImports(text);
    for (const m of text.matchAll(/["']([\w./-]+\.py)["']/g)) for (const p of [`${dir}${m[1]}`, m[1]]) if (sources.has(p)) todo.push(p);
    for (const top of tops) {
      for (const p of sources.keys()) if (p === `${dir}${top}.py` || p.startsWith(`${dir}${top}/`)) todo.push(p);
    }
    // relative imports: the package's files
    if (/^\s*from\s+\./m.test(text)) {
      const here = path.includes("/") ? path.slice(0, path.lastIndexOf("/") + 1) : "";
      for (const p of sources.keys()) if (here && p.startsWith(here)) todo.push(p);
    }
  }
  return [...reached];
}
