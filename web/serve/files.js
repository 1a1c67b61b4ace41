// The app manifest: which files of an app folder go to the browser.
//
// Every text file below the app folder, except hidden files and folders,
// virtual environments, node_modules and caches; plus .streamlit/config.toml.
// requirements.txt and pyscript.toml/json also give the package list.

import fs from 'node:fs';
import path from 'node:path';

const SKIP_DIRS = new Set(['node_modules', '__pycache__', 'venv', 'env', 'site-packages', 'dist-packages']);
const ALLOWED_HIDDEN = new Set(['.streamlit/config.toml']);
const MAX_FILE = 2 * 1024 * 1024;       // larger files are not sent (they stay fetchable by URL)
const MAX_TOTAL = 32 * 1024 * 1024;

/** Posix path of `file` relative to `dir`. */
function rel(dir, file) {
  return path.relative(dir, file).split(path.sep).join('/');
}

/** Whether a relative posix path is one the manifest may contain (by name only). */
export function isAppPath(relPath) {
  if (ALLOWED_HIDDEN.has(relPath)) return true;
  const parts = relPath.split('/');
  return parts.every((p, i) => p && !p.startsWith('.') && (i === parts.length - 1 || !SKIP_DIRS.has(p)));
}

function isVenv(dir) {
  return fs.existsSync(path.join(dir, 'pyvenv.cfg'));
}

/** Decode a buffer as UTF-8 text, or return null for binary content. */
export function asText(buf) {
  if (buf.subarray(0, 8192).includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return null;
  }
}

/** {relPath: text} of every text file of the app folder. */
export function collectFiles(appDir) {
  const files = {};
  let total = 0;
  const walk = (dir) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      const r = rel(appDir, full);
      if (e.isDirectory()) {
        if (r === '.streamlit' || (isAppPath(r) && !isVenv(full))) walk(full);
      } else if (e.isFile() && isAppPath(r)) {
        const st = fs.statSync(full);
        if (st.size > MAX_FILE || total + st.size > MAX_TOTAL) continue;
        const text = asText(fs.readFileSync(full));
        if (text === null) continue;
        files[r] = text;
        total += st.size;
      }
    }
  };
  walk(appDir);
  return files;
}

/** Package names from requirements.txt and pyscript.toml / pyscript.json. */
export function requirementsOf(files) {
  const reqs = [];
  for (const line of (files['requirements.txt'] || '').split(/\r?\n/)) {
    const s = line.replace(/(^|\s)#.*$/, '').trim();
    if (s && !s.startsWith('-')) reqs.push(s);
  }
  if (files['pyscript.json']) {
    try {
      const pkgs = JSON.parse(files['pyscript.json']).packages;
      if (Array.isArray(pkgs)) reqs.push(...pkgs.map(String));
    } catch { /* an invalid pyscript.json adds nothing */ }
  }
  const toml = files['pyscript.toml'];
  if (toml) {
    const m = /^\s*packages\s*=\s*\[([^\]]*)\]/m.exec(toml);
    if (m) for (const q of m[1].matchAll(/"([^"]*)"|'([^']*)'/g)) reqs.push(q[1] ?? q[2]);
  }
  return [...new Set(reqs)];
}

/** The manifest the page mounts: {entrypoint, files, requirements}. */
export function manifest(appDir, entrypoint) {
  const files = collectFiles(appDir);
  return { entrypoint, files, requirements: requirementsOf(files) };
}

/** What changed between two {path: text} maps: {files: {path: text}, removed: [path]}. */
export function diffFiles(before, after) {
  const files = {};
  for (const [p, t] of Object.entries(after)) if (before[p] !== t) files[p] = t;
  const removed = Object.keys(before).filter((p) => !(p in after));
  return { files, removed };
}
