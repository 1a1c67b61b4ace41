// The modules a page needs before it can draw anything (dist/tablit.js and the
// chunks it imports statically, transitively), as <link rel="modulepreload">:
// fetched in parallel while the HTML is parsed, instead of one after another
// (page.js -> tablit.js -> its chunks).  The first paint (web/first_paint.js)
// waits on all of them; npm run bench "boot" measures it.

import fs from 'node:fs';
import path from 'node:path';

/** The static imports at the head of an ES module built by esbuild (`import{..}from"./x.js";import"./y.js";`). */
function leadingImports(source) {
  const out = [];
  const re = /\s*import\s*(?:[^;"'()]*?from\s*)?["']([^"']+)["'];?/y;
  let m;
  while ((m = re.exec(source)) !== null) out.push(m[1]);
  return out;
}

const cache = new Map();

/**
 * URLs (under `prefix`, e.g. "./dist/" or "/dist/") of tablit.js and the chunks it
 * loads before it runs; [] when dist/ is not built.  Cached by tablit.js's mtime.
 * @param {string} dist  the built runtime folder
 * @param {string} prefix
 */
export function modulePreloads(dist, prefix) {
  const entry = path.join(dist, 'tablit.js');
  let mtime;
  try {
    mtime = fs.statSync(entry).mtimeMs;
  } catch {
    return [];
  }
  const key = `${dist}\n${prefix}`;
  const hit = cache.get(key);
  if (hit && hit.mtime === mtime) return hit.urls;
  const seen = new Set();
  const visit = (rel) => {
    if (seen.has(rel) || seen.size > 200) return;
    seen.add(rel);
    let source;
    try {
      source = fs.readFileSync(path.join(dist, rel), 'utf8');
    } catch {
      return;
    }
    for (const spec of leadingImports(source)) {
      if (!spec.startsWith('./') && !spec.startsWith('../')) continue;
      const next = path.posix.normalize(path.posix.join(path.posix.dirname(rel), spec));
      if (!next.startsWith('..')) visit(next);
    }
  };
  visit('tablit.js');
  const urls = [...seen].map((rel) => `${prefix}${rel}`);
  cache.set(key, { mtime, urls });
  return urls;
}
