// The build ids that version tablit's service worker (web/sw/sw.js): a page
// registers sw.js?build=ID, a different ID is a new service worker with its own
// cache (the old one deleted), so a new build is never served from an old cache.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** What a link points to: "dir", "file", or null when it loops or dangles. */
function linkKind(full) {
  try {
    const st = fs.statSync(full, { throwIfNoEntry: false });
    return st ? (st.isDirectory() ? 'dir' : 'file') : null;
  } catch {
    return null; // ELOOP and the like
  }
}

/** Files below `dir` (relative, '/'-separated, sorted); a folder reached twice (a link
 * cycle) is walked once. */
function walk(dir, rel = '', seen = new Set()) {
  const out = [];
  let entries;
  try {
    const real = fs.realpathSync(path.join(dir, rel));
    if (seen.has(real)) return out;
    seen.add(real);
    entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    const full = path.join(dir, r);
    const kind = e.isSymbolicLink() ? linkKind(full) : e.isDirectory() ? 'dir' : 'file';
    if (kind === 'dir') out.push(...walk(dir, r, seen));
    else if (kind === 'file') out.push(r);
  }
  return out;
}

/**
 * `tablit build`: a hash of every file of the built folder (path and content) but the
 * page itself and the service worker's script, which carry the id.
 * @param {string} out  the built folder
 * @param {string[]} skip  top-level names left out
 */
export function siteBuildId(out, skip) {
  const hash = crypto.createHash('sha256');
  for (const rel of walk(out)) {
    if (skip.includes(rel)) continue;
    hash.update(`${rel}\0`);
    hash.update(fs.readFileSync(path.join(out, rel)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * `tablit serve`: a hash of the served runtime folders' file names, sizes and times
 * (dist/ and a --pyodide distribution), cheap enough for every page (306 files:
 * under a few ms), and recomputed at most once a second.  `npm run build` while
 * serving changes it: the next page load takes the new runtime.
 * @param {string[]} dirs
 */
export function runtimeBuildId(dirs) {
  const key = dirs.join('\0');
  const now = Date.now();
  const memo = memos.get(key);
  if (memo && now - memo.at < 1000) return memo.id;
  const hash = crypto.createHash('sha256');
  for (const dir of dirs) {
    hash.update(`${dir}\0`);
    for (const rel of walk(dir)) {
      const st = fs.statSync(path.join(dir, rel), { throwIfNoEntry: false });
      if (st) hash.update(`${rel}\0${st.size}\0${st.mtimeMs}\0`);
    }
  }
  const id = hash.digest('hex').slice(0, 16);
  memos.set(key, { at: now, id });
  return id;
}
/** @type {Map<string, {at: number, id: string}>} */
const memos = new Map();
