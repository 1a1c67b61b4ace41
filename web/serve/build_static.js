// `tablit build app.py --out DIR`: a static folder deployable to any static host.
//
//   DIR/index.html   mounts the app (pages are routed by the URL hash: index.html?q=1#/page)
//   DIR/app.json     the manifest {entrypoint, files}
//   DIR/page.js      the page script (web/serve/page.js)
//   DIR/dist/        the built runtime, Pyodide included (--pyodide DIR: that distribution's runtime),
//                    and the Pyodide packages the app needs, vendored (web/serve/vendor.js)
//   DIR/<files>      the app folder's own files (images, data), for URLs relative to the page
// Every URL is relative, so the folder works under any path, with no server rewrites.

import fs from 'node:fs';
import path from 'node:path';

import { manifest, isAppPath } from './files.js';
import { appPage } from './html.js';
import { DIST, PAGE_JS, docstringOf } from './server.js';
import { readDistribution } from '../tools/pyodide_dist.js';
import { vendorPackages } from './vendor.js';

const RESERVED = new Set(['index.html', 'app.json', 'page.js', 'dist']);

/** Copy the app folder's own (non-hidden, non-venv) files below `out`. */
function copyAppFiles(appDir, out) {
  let count = 0;
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      const rel = path.relative(appDir, full).split(path.sep).join('/');
      if (!isAppPath(rel) || rel.startsWith('.streamlit/')) continue;
      if (path.resolve(full) === path.resolve(out)) continue;
      if (e.isDirectory()) {
        if (!fs.existsSync(path.join(full, 'pyvenv.cfg'))) walk(full);
      } else if (e.isFile()) {
        if (RESERVED.has(rel.split('/')[0])) {
          console.warn(`tablit build: skipped ${rel} (the name is taken by the build)`);
          continue;
        }
        fs.mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
        fs.copyFileSync(full, path.join(out, rel));
        count++;
      }
    }
  };
  walk(appDir);
  return count;
}

/**
 * Build the folder.  pyodideDir: take the Pyodide runtime from that distribution
 * (e.g. 0.27.x) instead of dist/pyodide/; packageBase: a local folder or URL to
 * take packages from first; offline: the page fetches no package from the network.
 */
export async function buildStatic({ appFile, out, dist = DIST, pyodideDir = null, packageBase = null, offline = false, log = () => {} }) {
  const appDir = path.dirname(appFile);
  const entrypoint = path.basename(appFile);
  if (!fs.existsSync(path.join(dist, 'tablit.js'))) throw new Error(`${dist} is not built: run \`npm run build\` first`);
  out = path.resolve(out);
  if (out === path.resolve(appDir)) throw new Error('--out must not be the app folder itself');
  fs.mkdirSync(out, { recursive: true });
  fs.rmSync(path.join(out, 'dist'), { recursive: true, force: true });
  fs.cpSync(dist, path.join(out, 'dist'), { recursive: true, dereference: true });
  const runtimeDir = path.join(out, 'dist', 'pyodide');
  if (pyodideDir) {
    const { runtime } = readDistribution(path.resolve(pyodideDir));
    fs.rmSync(runtimeDir, { recursive: true, force: true });
    fs.mkdirSync(runtimeDir, { recursive: true });
    for (const f of runtime) fs.copyFileSync(path.join(pyodideDir, f), path.join(runtimeDir, f));
  }
  fs.copyFileSync(PAGE_JS, path.join(out, 'page.js'));
  const man = manifest(appDir, entrypoint);
  const vendored = await vendorPackages({ files: man.files, appDir, entrypoint, runtimeDir,
    sourceDir: pyodideDir ? path.resolve(pyodideDir) : null, packageBase, log });
  fs.writeFileSync(path.join(out, 'app.json'), JSON.stringify(man));
  const copied = copyAppFiles(appDir, out);
  const title = docstringOf(man.files[entrypoint] || '') || entrypoint;
  fs.writeFileSync(path.join(out, 'index.html'), appPage({
    title,
    css: './dist/tablit.css',
    pageScript: './page.js',
    options: { base: './', routing: 'hash', dist: './dist/', manifest: './app.json', events: null,
      ...(packageBase && /^[a-z][a-z0-9+.-]*:\/\//i.test(packageBase) ? { packageBase } : {}),
      ...(offline ? { offline: true } : {}) },
  }));
  return { out, files: Object.keys(man.files).length, copied, vendored };
}
