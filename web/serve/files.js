// The app manifest: which files of an app folder go to the browser.
//
// Every file below the app folder, except hidden files and folders, virtual
// environments, node_modules and caches; plus .streamlit/config.toml.  Text
// files are sent as their text; binary or large ones as {url} (relative to
// the app's base URL) for the runtime to fetch.  .streamlit/secrets.toml only
// when the developer asks for it (--include-secrets), since the page is public.  requirements.txt and
// pyscript.toml/json are among the files: the runtime reads them itself.

import fs from 'node:fs';
import path from 'node:path';

import { BUILD_MARKER, isWithin, realPath } from './security.js';

const SKIP_DIRS = new Set(['node_modules', '__pycache__', 'venv', 'env', 'site-packages', 'dist-packages']);
const ALLOWED_HIDDEN = new Set(['.streamlit/config.toml']);
const MAX_INLINE = 2 * 1024 * 1024;     // larger text files are sent as {url}
const MAX_FILE = 64 * 1024 * 1024;      // larger files are left out

/** Posix path of `file` relative to `dir`. */
function rel(dir, file) {
  return path.relative(dir, file).split(path.sep).join('/');
}

/** Where Streamlit reads secrets from: shipped only when the developer opts in (`--include-secrets`). */
export const SECRETS_PATH = '.streamlit/secrets.toml';

/**
 * Whether a relative posix path is one the manifest may contain (by name only).
 * `secrets`: whether .streamlit/secrets.toml is shipped (whatever reaches the
 * page is public: anyone who opens it can read the file).
 */
export function isAppPath(relPath, { secrets = false } = {}) {
  if (ALLOWED_HIDDEN.has(relPath) || (secrets && relPath === SECRETS_PATH)) return true;
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

/**
 * Every file of the app folder the manifest may hold: [{rel, full, size, mtimeMs}],
 * in name order.  A symlink is followed only when its real path is inside the
 * app folder (`ln -s /etc/passwd p` and `ln -s .. up` are left out, as the
 * server refuses them); a folder reached twice (a link loop) is walked once.
 * `skip`: real paths of folders to leave out; a folder holding BUILD_MARKER (the
 * output of `tablit build`, e.g. app/site/) is left out too.
 */
export function appFiles(appDir, { skip = [], secrets = false } = {}) {
  const root = realPath(appDir) ?? path.resolve(appDir);
  const seen = new Set(skip);
  const out = [];
  const walk = (dir) => {
    const realDir = realPath(dir);
    if (realDir === null || seen.has(realDir)) return;
    seen.add(realDir);
    if (dir !== appDir && fs.existsSync(path.join(dir, BUILD_MARKER))) return;
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
      let st;
      if (e.isSymbolicLink()) {
        const real = realPath(full);
        if (real === null || !isWithin(root, real)) continue;
        st = fs.statSync(full);
      } else if (e.isDirectory() || e.isFile()) {
        st = fs.statSync(full);
      } else {
        continue;
      }
      if (st.isDirectory()) {
        if (r === '.streamlit' || (isAppPath(r) && !isVenv(full) && !isBuildOutput(full))) walk(full);
      } else if (st.isFile() && isAppPath(r, { secrets })) {
        out.push({ rel: r, full, size: st.size, mtimeMs: st.mtimeMs });
      }
    }
  };
  walk(appDir);
  return out;
}

/** {relPath: text | {url: relPath}} of the app folder; `secrets` as for isAppPath. */
export function collectFiles(appDir, { secrets = false } = {}) {
  const files = {};
  for (const { rel: r, full, size, mtimeMs } of appFiles(appDir, { secrets })) {
    if (size > MAX_FILE) continue;
    const text = size <= MAX_INLINE ? asText(fs.readFileSync(full)) : null;
    // The version in the query string changes with the file, so a change is seen and refetched.
    const version = `${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}`;
    files[r] = text ?? { url: `${r.split('/').map(encodeURIComponent).join('/')}?v=${version}` };
  }
  return files;
}

/** The manifest the page mounts: {entrypoint, files}. */
export function manifest(appDir, entrypoint, { secrets = false } = {}) {
  return { entrypoint, files: collectFiles(appDir, { secrets }) };
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

/**
 * What `serve`/`build` tell the developer about .streamlit/secrets.toml: null when
 * the app has none, else a warning (shipped: now public) or a note (left out:
 * st.secrets is empty in the page, and how to opt in).
 */
export function secretsNotice(appDir, { secrets = false } = {}) {
  if (!fs.existsSync(path.join(appDir, ...SECRETS_PATH.split('/')))) return null;
  return secrets
    ? `WARNING: ${SECRETS_PATH} is shipped to the page (--include-secrets). Everything in it is PUBLIC: `
      + 'anyone who opens the app can read it. Put no passwords, tokens or API keys there.'
    : `note: ${SECRETS_PATH} is not shipped to the page, so the app finds no secrets there. `
      + 'Pass --include-secrets to ship it; whatever is shipped is public.';
}
