// The app manifest: which files of an app folder go to the browser.
//
// Every file below the app folder, except hidden files and folders, virtual
// environments, node_modules and caches; plus .streamlit/config.toml.  Text
// files are sent as their text; binary or large ones as {url} (relative to
// the app's base URL) for the runtime to fetch.  requirements.txt and
// pyscript.toml/json are among the files: the runtime reads them itself.

import fs from 'node:fs';
import path from 'node:path';

const SKIP_DIRS = new Set(['node_modules', '__pycache__', 'venv', 'env', 'site-packages', 'dist-packages']);
const ALLOWED_HIDDEN = new Set(['.streamlit/config.toml']);
const MAX_INLINE = 2 * 1024 * 1024;     // larger text files are sent as {url}
const MAX_FILE = 64 * 1024 * 1024;      // larger files are left out

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

/** A folder `tablit build` wrote (e.g. `--out site/` beside app.py): its runtime is not app source. */
function isBuildOutput(dir) {
  return fs.existsSync(path.join(dir, 'page.js')) && fs.existsSync(path.join(dir, 'dist', 'tablit.js'));
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

/** {relPath: text | {url: relPath}} of the app folder. */
export function collectFiles(appDir) {
  const files = {};
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
        if (r === '.streamlit' || (isAppPath(r) && !isVenv(full) && !isBuildOutput(full))) walk(full);
      } else if (e.isFile() && isAppPath(r)) {
        const { size, mtimeMs } = fs.statSync(full);
        if (size > MAX_FILE) continue;
        const text = size <= MAX_INLINE ? asText(fs.readFileSync(full)) : null;
        // The version in the query string changes with the file, so a change is seen and refetched.
        const version = `${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}`;
        files[r] = text ?? { url: `${r.split('/').map(encodeURIComponent).join('/')}?v=${version}` };
      }
    }
  };
  walk(appDir);
  return files;
}

/** The manifest the page mounts: {entrypoint, files}. */
export function manifest(appDir, entrypoint) {
  return { entrypoint, files: collectFiles(appDir) };
}

/** What changed between two manifests' files: {files: {path: source}, removed: [path]}. */
export function diffFiles(before, after) {
  const files = {};
  for (const [p, t] of Object.entries(after)) {
    if (JSON.stringify(before[p]) !== JSON.stringify(t)) files[p] = t;
  }
  const removed = Object.keys(before).filter((p) => !(p in after));
  return { files, removed };
}
