// `tablit build app.py --out DIR`: a static folder deployable to any static host.
//
//   DIR/index.html   mounts the app (pages are routed by the URL hash: index.html?q=1#/page)
//   DIR/app.json     the manifest {entrypoint, files}
//   DIR/page.js      the page script (web/serve/page.js)
//   DIR/sw.js        the service worker (web/sw/sw.js): after one visit the site loads from
//                    the browser's cache, also offline; a new build replaces that cache
//   DIR/dist/        the built runtime, Pyodide included (--pyodide DIR: that distribution's runtime),
//                    and the Pyodide packages the app needs, vendored (web/serve/vendor.js)
//   DIR/<files>      the app folder's own files (images, data), for URLs relative to the page
// Every URL is relative, so the folder works under any path, with no server rewrites.

import fs from 'node:fs';
import path from 'node:path';

import { appFiles, manifest } from './files.js';
import { BUILD_MARKER, CONTENT_SECURITY_POLICY, isWithin, realPath } from './security.js';
import { appPage } from './html.js';
import { DIST, PAGE_JS, ROOT, docstringOf, snapshotOption } from './server.js';
import { placeRuntimeSnapshot, snapshotForRuntime } from './runtime_snapshot.js';
import { readDistribution } from '../tools/pyodide_dist.js';
import { vendorPackages } from './vendor.js';
import { prerenderApp, prerenderEnabled } from '../prerender/prerender.js';
import { modulePreloads } from './preload.js';
import { siteBuildId } from './offline.js';

const RESERVED = new Set(['index.html', 'app.json', 'page.js', 'dist', 'sw.js']);

/** Copy the app folder's own (non-hidden, non-venv, inside the folder) files below `out`. */
function copyAppFiles(appDir, out) {
  let count = 0;
  for (const { rel, full } of appFiles(appDir, { skip: [realPath(out)] })) {
    if (rel.startsWith('.streamlit/')) continue;
    if (RESERVED.has(rel.split('/')[0])) {
      console.warn(`tablit build: skipped ${rel} (the name is taken by the build)`);
      continue;
    }
    fs.mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
    fs.copyFileSync(full, path.join(out, rel));
    count++;
  }
  return count;
}

/** Real path of `p`, or of its nearest existing parent joined with the rest. */
function resolveReal(p) {
  const real = realPath(p);
  if (real !== null) return real;
  const parent = path.dirname(p);
  return parent === p ? p : path.join(resolveReal(parent), path.basename(p));
}

/**
 * Refuse an output folder the build must not write into: one holding (or
 * inside) the runtime's sources or the app, or a non-empty folder that is not
 * an earlier build (no BUILD_MARKER) unless `force`.  The build replaces
 * out/dist, index.html, app.json and page.js: nothing else is deleted.
 */
export function checkOut(out, { appDir, dist, force = false }) {
  const target = resolveReal(out);
  const sources = ['web', 'py', 'bin', 'node_modules'].map((d) => path.join(ROOT, d));
  for (const keep of [ROOT, resolveReal(dist), resolveReal(appDir)]) {
    if (isWithin(target, keep)) throw new Error(`--out ${out} holds ${keep}, which the build must not overwrite`);
  }
  for (const keep of [...sources, resolveReal(dist)]) {
    if (isWithin(keep, target)) throw new Error(`--out ${out} is inside ${keep}, which the build must not overwrite`);
  }
  let entries;
  try {
    entries = fs.readdirSync(target);
  } catch (e) {
    if (e.code === 'ENOENT') return;
    throw new Error(`--out ${out}: ${e.code === 'ENOTDIR' ? 'not a folder' : e.message}`);
  }
  if (entries.length > 0 && !entries.includes(BUILD_MARKER) && !force) {
    throw new Error(`--out ${out} is not empty and is not an earlier tablit build (no ${BUILD_MARKER} in it); `
      + 'the build would replace its dist/, index.html, app.json and page.js. Pass --force to write there anyway.');
  }
}

/**
 * Build the folder.  pyodideDir: take the Pyodide runtime from that distribution
 * (e.g. 0.27.x) instead of dist/pyodide/; packageBase: a local folder or URL to
 * take packages from first; offline: the page fetches no package from the network;
 * force: write into a non-empty folder that is not an earlier build (checkOut);
 * secrets: ship .streamlit/secrets.toml (files.js isAppPath); prerender: run the app once
 * now and draw that run in index.html (web/prerender/; TABLIT_PRERENDER=0 also turns it off).
 */
export async function buildStatic({ appFile, out, dist = DIST, pyodideDir = null, packageBase = null, offline = false, log = () => {}, force = false, secrets = false, prerender = true, packageIndex = null }) {
  const appDir = path.dirname(appFile);
  const entrypoint = path.basename(appFile);
  if (!fs.existsSync(path.join(dist, 'tablit.js'))) throw new Error(`${dist} is not built: run \`npm run build\` first`);
  out = path.resolve(out);
  checkOut(out, { appDir, dist, force });
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, BUILD_MARKER), 'Written by `tablit build`: a later build may replace dist/, index.html, app.json and page.js here.\n');
  fs.rmSync(path.join(out, 'dist'), { recursive: true, force: true });
  fs.cpSync(dist, path.join(out, 'dist'), { recursive: true, dereference: true });
  const runtimeDir = path.join(out, 'dist', 'pyodide');
  if (pyodideDir) {
    const { runtime } = readDistribution(path.resolve(pyodideDir));
    fs.rmSync(runtimeDir, { recursive: true, force: true });
    fs.mkdirSync(runtimeDir, { recursive: true });
    for (const f of runtime) fs.copyFileSync(path.join(pyodideDir, f), path.join(runtimeDir, f));
    // its Python snapshot, as the bundled runtime has one (web/serve/runtime_snapshot.js)
    const snap = await snapshotForRuntime(path.resolve(pyodideDir), path.join(out, 'dist', 'tablit.tar.gz'), log);
    if (snap) placeRuntimeSnapshot(snap, runtimeDir);
  }
  fs.copyFileSync(PAGE_JS, path.join(out, 'page.js'));
  const man = manifest(appDir, entrypoint, { secrets });
  const vendored = await vendorPackages({ files: man.files, appDir, entrypoint, runtimeDir,
    sourceDir: pyodideDir ? path.resolve(pyodideDir) : null, packageBase, log });
  fs.writeFileSync(path.join(out, 'app.json'), JSON.stringify(man));
  const copied = copyAppFiles(appDir, out);
  const title = docstringOf(man.files[entrypoint] || '') || entrypoint;
  // The first paint: the app's first run, drawn before Python is up (web/prerender/).
  let firstRender = null;
  if (prerender && prerenderEnabled()) {
    const tablitPath = ['tablit.tar.gz', 'tablit.zip'].map((f) => path.join(out, 'dist', f)).find((f) => fs.existsSync(f));
    const r = await prerenderApp({ runtimeDir, tablitPath, entrypoint, files: man.files, baseDir: out });
    if (r.render) {
      firstRender = r.render;
      log(`first paint: index.html draws the app's first run (run at build time in ${(r.ms / 1000).toFixed(1)} s)`);
    } else {
      log(`first paint: none, the page shows its loading screen until Python is up (the build-time run: ${r.reason})`);
    }
  }
  // the service worker sits at the top (its scope is the folder); the build id names its cache
  fs.copyFileSync(path.join(out, 'dist', 'sw', 'sw.js'), path.join(out, 'sw.js'));
  const build = siteBuildId(out, ['index.html', 'sw.js', BUILD_MARKER]);
  fs.writeFileSync(path.join(out, 'index.html'), appPage({
    title,
    css: './dist/tablit.css',
    pageScript: './page.js',
    options: { base: './', routing: 'hash', dist: './dist/', manifest: './app.json', events: null,
      ...(packageBase && /^[a-z][a-z0-9+.-]*:\/\//i.test(packageBase) ? { packageBase } : {}),
      ...(offline ? { offline: true } : {}),
      ...(packageIndex ? { packageIndex: [packageIndex] } : {}),
      ...snapshotOption(runtimeDir),
      serviceWorker: { url: `./sw.js?build=${build}` } },
    csp: CONTENT_SECURITY_POLICY,
    firstRender,
    preload: modulePreloads(path.join(out, 'dist'), './dist/'),
  }));
  return { out, files: Object.keys(man.files).length, copied, vendored, prerendered: firstRender !== null };
}
