// `tablit build`'s offline half: put exactly the Pyodide packages an app needs
// (resolved from its imports and requirements against the runtime's lock file)
// beside the runtime, so the built folder runs with no network at all.
//
// Each package file is taken from, in order: a local package base folder
// (--package-base DIR) or URL, the Pyodide distribution the runtime comes from
// (--pyodide DIR, when it holds the file), or Pyodide's official distribution
// for the exact runtime version (online).  Every file is checked against the
// lock file's sha256.  The list goes to <runtime>/vendored.json, which the
// worker reads (web/runtime/pyodide_packages.js).

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { VENDORED_FILE, formatBytes, officialBaseURL, packagesFor, scanImports } from '../runtime/pyodide_packages.js';
import { parseRequirementsTxt, requirementName } from '../runtime/requirements.js';
import { impliedRequirements } from '../runtime/requirement_names.js';

/**
 * What the app's files ask for: top-level imports of every .py file and the
 * names in requirements.txt / pyscript.toml / pyscript.json (beside the entrypoint or at the top).
 * @param {Object<string, string|{url: string}>} files  the manifest's files
 * @param {string} appDir
 * @param {string} entrypoint
 */
export function appWants(files, appDir, entrypoint) {
  const read = (p) => (typeof files[p] === 'string' ? files[p] : fs.readFileSync(path.join(appDir, p), 'utf8'));
  const imports = new Set();
  for (const p of Object.keys(files)) if (p.endsWith('.py')) for (const n of scanImports(read(p))) imports.add(n);
  const dirs = [''];
  if (entrypoint.includes('/')) dirs.push(entrypoint.slice(0, entrypoint.lastIndexOf('/') + 1));
  const requirements = [];
  for (const dir of dirs) {
    if (`${dir}requirements.txt` in files) {
      const r = parseRequirementsTxt(read(`${dir}requirements.txt`), {
        name: `${dir}requirements.txt`,
        readFile: (p) => (`${dir}${p}` in files ? read(`${dir}${p}`) : null),
      });
      requirements.push(...r.packages);
    }
    if (`${dir}pyscript.toml` in files) {
      // only its top-level `packages = [...]` matters here (the worker reads the whole file with tomllib)
      const m = /^\s*packages\s*=\s*\[([^\]]*)\]/m.exec(read(`${dir}pyscript.toml`).split(/^\s*\[/m)[0]);
      if (m) for (const q of m[1].matchAll(/"([^"\\]*)"|'([^']*)'/g)) requirements.push(q[1] ?? q[2]);
    }
    if (`${dir}pyscript.json` in files) {
      const cfg = JSON.parse(read(`${dir}pyscript.json`));
      if (Array.isArray(cfg.packages)) requirements.push(...cfg.packages.filter((p) => typeof p === 'string'));
    }
  }
  return { imports: [...imports], requirements };
}

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

/**
 * Copy the packages the app needs into `runtimeDir` (the built dist/pyodide/).
 * @param {{files: Object<string, any>, appDir: string, entrypoint: string, runtimeDir: string,
 *   sourceDir?: string|null, packageBase?: string|null, log?: (s: string) => void}} opts
 * @returns {Promise<{packages: {name: string, version: string, file: string, bytes: number, from: string}[], bytes: number, notInLock: string[]}>}
 */
export async function vendorPackages({ files, appDir, entrypoint, runtimeDir, sourceDir = null, packageBase = null, log = () => {} }) {
  const lock = JSON.parse(fs.readFileSync(path.join(runtimeDir, 'pyodide-lock.json'), 'utf8'));
  const listPath = path.join(runtimeDir, VENDORED_FILE);
  const before = fs.existsSync(listPath) ? JSON.parse(fs.readFileSync(listPath, 'utf8')) : { packages: {} };
  const version = lock.info?.version ?? before.pyodide ?? '';
  const wants = appWants(files, appDir, entrypoint);
  // (an import of a Streamlit dependency the lock lacks, pydeck, is installed at boot as if required)
  wants.requirements.push(...impliedRequirements(wants.imports, wants.requirements, lock.packages ?? {}));
  const reqNames = wants.requirements.map(requirementName).filter((n) => n !== null);
  const needed = packagesFor(lock, { imports: wants.imports, requirements: reqNames });
  const inLock = new Set(packagesFor(lock, { requirements: reqNames }).map((p) => p.name.toLowerCase()));
  const notInLock = wants.requirements.filter((r) => {
    const n = requirementName(r);
    return n === null || !inLock.has(n);
  });
  // micropip installs what the lock does not have (from PyPI or wheels).
  if (notInLock.length) for (const p of packagesFor(lock, { requirements: ['micropip'] })) if (!needed.includes(p)) needed.push(p);

  const localBase = packageBase && !/^[a-z][a-z0-9+.-]*:\/\//i.test(packageBase) ? path.resolve(packageBase) : null;
  const remoteBase = packageBase && !localBase ? (packageBase.endsWith('/') ? packageBase : `${packageBase}/`) : null;
  const out = [];
  const vendored = { ...(before.packages ?? {}) };
  for (const pkg of needed) {
    const dest = path.join(runtimeDir, pkg.file_name);
    let data = null;
    let from = '';
    if (fs.existsSync(dest) && sha256(fs.readFileSync(dest)) === pkg.sha256) {
      data = fs.readFileSync(dest);
      from = 'the runtime folder';
    }
    for (const dir of [localBase, sourceDir]) {
      if (data || !dir || !fs.existsSync(path.join(dir, pkg.file_name))) continue;
      data = fs.readFileSync(path.join(dir, pkg.file_name));
      from = dir;
    }
    if (!data) {
      if (!remoteBase && !version) throw new Error(`${pkg.name}: not found locally, and the Pyodide version is unknown, so its official distribution cannot be used`);
      const url = `${remoteBase ?? officialBaseURL(version)}${pkg.file_name}`;
      log(`downloading ${pkg.file_name} from ${url}`);
      let res;
      try {
        res = await fetch(url);
      } catch (e) {
        throw new Error(`could not download ${pkg.name} from ${url} (${e.cause?.code ?? e.message}); ` +
          'build offline with --package-base DIR (a Pyodide distribution folder of the same version)');
      }
      if (!res.ok) throw new Error(`could not download ${pkg.name} from ${url}: HTTP ${res.status}`);
      data = Buffer.from(await res.arrayBuffer());
      from = url;
    }
    if (pkg.sha256 && sha256(data) !== pkg.sha256) throw new Error(`${pkg.file_name} from ${from} does not match the lock file's sha256`);
    if (!fs.existsSync(dest) || fs.statSync(dest).size !== data.length) fs.writeFileSync(dest, data);
    vendored[pkg.name] = pkg.file_name;
    out.push({ name: pkg.name, version: pkg.version, file: pkg.file_name, bytes: data.length, from });
  }
  fs.writeFileSync(listPath, JSON.stringify({ pyodide: version || before.pyodide, packages: vendored }));
  return { packages: out, bytes: out.reduce((a, p) => a + p.bytes, 0), notInLock };
}

/**
 * The lines `tablit build` prints about what it vendored.  `offline`: the built page asks no
 * package index, so a requirement with no Pyodide build is not installed (the app runs without it).
 */
export function vendorReport({ packages, bytes, notInLock, offline = false }) {
  const lines = [];
  if (packages.length) {
    lines.push(`vendored ${packages.length} Pyodide package${packages.length > 1 ? 's' : ''}, ${formatBytes(bytes)}:`);
    for (const p of packages) lines.push(`  ${p.name} ${p.version}  ${formatBytes(p.bytes)}`);
  } else {
    lines.push('vendored no Pyodide packages (the app imports none)');
  }
  if (notInLock.length && offline) {
    lines.push(`not vendored, and not installed offline (no Pyodide build, and offline the page asks no package index): ${notInLock.join(', ')}; ` +
      'the app runs without them (a notice names them, their import fails saying why): ship their pure-Python wheels beside the app and list the .whl files in requirements.txt to include them');
  } else if (notInLock.length) {
    lines.push(`not vendored (no Pyodide build; micropip installs them from the package index at start): ${notInLock.join(', ')}`);
  }
  return lines;
}
