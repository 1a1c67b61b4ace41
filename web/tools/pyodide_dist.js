// The Pyodide runtime folder that tablit serves itself (no CDN at run time):
// the runtime files of the `pyodide` npm package plus the micropip wheel,
// which that package does not ship.  The wheel is fetched once with pip from
// the Python package index and cached under node_modules/.cache/tablit/.

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const PYODIDE_PKG = join(ROOT, "node_modules", "pyodide");
export const CACHE_DIR = join(ROOT, "node_modules", ".cache", "tablit");

/** The files of the npm package that make the runtime. */
export const RUNTIME_FILES = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"];
/** Pyodide packages tablit itself needs at run time (micropip has no dependencies: it vendors packaging). */
export const BUNDLED_PACKAGES = ["micropip"];

/** The list of vendored packages beside the runtime (see web/runtime/pyodide_packages.js). */
export const VENDORED_FILE = "vendored.json";

/** The version of the `pyodide` npm package (the default runtime). */
export function npmPyodideVersion() {
  return JSON.parse(readFileSync(join(PYODIDE_PKG, "package.json"), "utf8")).version;
}

/**
 * What a Pyodide distribution folder holds: its lock file, its version, and
 * the lock packages whose files are present (a full distribution: all of them).
 * @param {string} dir
 * @returns {{lock: any, version: string, present: Object<string, string>, runtime: string[]}}
 */
export function readDistribution(dir) {
  const lockPath = join(dir, "pyodide-lock.json");
  if (!existsSync(join(dir, "pyodide.mjs")) || !existsSync(lockPath)) {
    throw new Error(`${dir} is not a Pyodide distribution folder (it needs pyodide.mjs and pyodide-lock.json)`);
  }
  const lock = JSON.parse(readFileSync(lockPath, "utf8"));
  const vendored = join(dir, VENDORED_FILE);
  // 314.x lock files carry no version: then the vendored list's, or the one pyodide.mjs declares
  const declared = /getInstantiateWasmFunc"\);var \w+="(\d+\.\d+\.\d+[\w.]*)"/.exec(readFileSync(join(dir, "pyodide.mjs"), "utf8"))?.[1];
  const version = lock.info?.version ?? (existsSync(vendored) ? JSON.parse(readFileSync(vendored, "utf8")).pyodide : null) ?? declared ?? "";
  /** @type {Object<string, string>} */
  const present = {};
  for (const [name, pkg] of Object.entries(lock.packages ?? {})) {
    if (existsSync(join(dir, /** @type {any} */ (pkg).file_name))) present[name] = /** @type {any} */ (pkg).file_name;
  }
  const runtime = ["pyodide.mjs", "pyodide.js", "pyodide.asm.mjs", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"]
    .filter((f) => existsSync(join(dir, f)));
  return { lock, version, present, runtime };
}

/** @param {string} path */
function sha256(path) {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** @returns {{info: {python: string}, packages: Object<string, {file_name: string, version: string, sha256: string, depends: string[]}>}} */
export function readLock() {
  const path = join(PYODIDE_PKG, "pyodide-lock.json");
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm install\``);
  return JSON.parse(readFileSync(path, "utf8"));
}

/**
 * The path of a cached wheel of a lock-file package, downloading it with pip if needed.
 * @param {string} name  e.g. "micropip"
 * @param {{cacheDir?: string, log?: (s: string) => void}} [opts]
 * @returns {string}
 */
export function lockPackageWheel(name, opts = {}) {
  const cacheDir = opts.cacheDir ?? join(CACHE_DIR, "wheels");
  const lock = readLock();
  const pkg = lock.packages[name];
  if (!pkg) throw new Error(`${name} is not in Pyodide's lock file`);
  const file = pkg.file_name;
  const env = process.env[`TABLIT_${name.toUpperCase()}_WHEEL`];
  if (env) {
    if (!existsSync(env)) throw new Error(`TABLIT_${name.toUpperCase()}_WHEEL=${env} does not exist`);
    return env;
  }
  const cached = join(cacheDir, file);
  if (existsSync(cached)) return cached;
  mkdirSync(cacheDir, { recursive: true });
  const pyVersion = lock.info.python.split(".").slice(0, 2).join(".");
  const args = ["-m", "pip", "download", `${name}==${pkg.version}`, "--no-deps", "--only-binary=:all:",
    "--python-version", pyVersion, "--disable-pip-version-check", "-q", "-d", cacheDir];
  opts.log?.(`downloading ${file} with pip`);
  /** @type {string[]} */
  const errors = [];
  for (const python of [process.env.PYTHON, "python3", "python"].filter(Boolean)) {
    try {
      execFileSync(/** @type {string} */ (python), args, { stdio: ["ignore", "pipe", "pipe"] });
      break;
    } catch (e) {
      const err = /** @type {any} */ (e);
      errors.push(`${python}: ${(err.stderr?.toString() || err.message).trim().split("\n").pop()}`);
    }
  }
  if (!existsSync(cached)) {
    const got = existsSync(cacheDir) ? readdirSync(cacheDir).filter((f) => f.startsWith(`${name}-`)) : [];
    throw new Error(
      `could not get ${file} (Pyodide's lock file lists it; the npm package does not ship it).\n` +
        `  tried: pip download ${name}==${pkg.version}: ${errors.join("; ") || `got ${got.join(", ") || "nothing"}`}\n` +
        `  fix: put ${file} in ${cacheDir}, or set TABLIT_${name.toUpperCase()}_WHEEL=/path/to/${file}`,
    );
  }
  return cached;
}

/** Copy when the target is missing or differs in size or age. */
function copyIfChanged(from, to) {
  if (existsSync(to)) {
    const a = statSync(from);
    const b = statSync(to);
    if (a.size === b.size && a.mtimeMs <= b.mtimeMs) return false;
  }
  copyFileSync(from, to);
  return true;
}

/**
 * Fill `dest` with the Pyodide runtime and the bundled packages' wheels.  The
 * lock file is rewritten so its sha256 entries match the wheels shipped.
 * Idempotent and quick when nothing changed.
 * @param {string} dest
 * @param {{log?: (s: string) => void}} [opts]
 * @returns {string} dest
 */
export function preparePyodide(dest, opts = {}) {
  mkdirSync(dest, { recursive: true });
  for (const f of RUNTIME_FILES) {
    const from = join(PYODIDE_PKG, f);
    if (!existsSync(from)) throw new Error(`${from} is missing: run \`npm install\``);
    if (f !== "pyodide-lock.json") copyIfChanged(from, join(dest, f));
  }
  const lock = readLock();
  for (const name of BUNDLED_PACKAGES) {
    const wheel = lockPackageWheel(name, opts);
    const file = lock.packages[name].file_name;
    copyIfChanged(wheel, join(dest, file));
    lock.packages[name].sha256 = sha256(join(dest, file));
  }
  const text = JSON.stringify(lock);
  const lockPath = join(dest, "pyodide-lock.json");
  if (!existsSync(lockPath) || readFileSync(lockPath, "utf8") !== text) writeFileSync(lockPath, text);
  const vendored = { pyodide: npmPyodideVersion(), packages: Object.fromEntries(BUNDLED_PACKAGES.map((n) => [n, lock.packages[n].file_name])) };
  writeFileSync(join(dest, VENDORED_FILE), JSON.stringify(vendored));
  return dest;
}
