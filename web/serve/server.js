// The local development server behind `tablit serve` and `tablit gallery`.
//
// It serves, on 127.0.0.1 only:
//   /dist/...                  the built runtime (dist/: tablit.js, worker.js, pyodide/, ...)
//   /dist/pyodide/...          with `pyodideDir`: that Pyodide distribution instead (--pyodide DIR),
//                              its vendored.json listing the packages it holds, and the Python
//                              snapshot made for it (web/serve/runtime_snapshot.js)
//   /__tablit/packages/...     with a local `packageBase` folder: its files (--package-base DIR)
//   /__tablit/page.js          the page script that mounts an app (web/serve/page.js)
//   /__tablit/app.json         one app's manifest {entrypoint, files}
//   /__tablit/events           Server-Sent Events: {files, removed} when app files change
//   POST /__tablit/first_render  the page's first run, drawn first on the next load (first_runs.js)
//   <base><file>               a file of the app folder (images, data), when it exists
//   <base><anything else>      the HTML page mounting the app (the rest of the path is the
//                              app's page url_path; the query string is st.query_params)
// For the gallery, every example has base "/<name>/" and its endpoints live under
// /__tablit/apps/<name>/; "/" is the index page.

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { appFiles, manifest, diffFiles, isAppPath } from './files.js';
import { VENDORED_FILE, readDistribution } from '../tools/pyodide_dist.js';
import { appPage, escapeHtml, galleryPage } from './html.js';
import { SECURITY_HEADERS, distHeaders, inside } from './security.js';
import { FirstRuns } from './first_runs.js';
import { MAX_PRERENDER_CHARS } from '../prerender/check.js';
import { modulePreloads } from './preload.js';
import { runtimeBuildId } from './offline.js';
import { SNAPSHOT_FILE, SNAPSHOT_META } from '../runtime/boot_snapshot.js';
import { snapshotForRuntime } from './runtime_snapshot.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '..', '..');
export const DIST = process.env.TABLIT_DIST ? path.resolve(process.env.TABLIT_DIST) : path.join(ROOT, 'dist');
export const PAGE_JS = path.join(HERE, 'page.js');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.whl': 'application/zip',
  '.tar': 'application/x-tar',
  '.gz': 'application/gzip',
  '.py': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.toml': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

/** The docstring's first line of a Python file, or "". */
export function docstringOf(source) {
  const m = /^\s*(?:#[^\n]*\n\s*)*[rRuU]?("""|''')\s*([^\n]*?)\s*(?:\1|\n)/.exec(source);
  return m ? m[2] : '';
}

/**
 * One served app.
 * name: '' for `tablit serve`, the example's folder name in the gallery.
 */
export class App {
  constructor(name, dir, entrypoint, { secrets = false } = {}) {
    this.name = name;
    this.secrets = secrets;  // ship .streamlit/secrets.toml (files.js isAppPath)
    this.dir = dir;
    this.entrypoint = entrypoint;
    this.base = name ? `/${name}/` : '/';
    this.api = name ? `/__tablit/apps/${name}/` : '/__tablit/';
    this.clients = new Set();
    this.snapshot = null;
    this.firstRuns = new FirstRuns();
  }

  manifest() {
    const m = manifest(this.dir, this.entrypoint, { secrets: this.secrets });
    this.snapshot = m.files;
    return m;
  }

  /** The app's files as the manifest would take them, by name, size and time: whether they changed. */
  filesSignature() {
    return JSON.stringify(appFiles(this.dir, { secrets: this.secrets }).map((f) => [f.rel, f.size, f.mtimeMs]));
  }

  get title() {
    try {
      return docstringOf(fs.readFileSync(path.join(this.dir, this.entrypoint), 'utf8'));
    } catch {
      return '';
    }
  }

  /** Recompute the files and push what changed to every open page. */
  refresh() {
    const before = this.snapshot;
    const { files } = this.manifest();
    if (!before || this.clients.size === 0) return null;
    const change = diffFiles(before, files);
    if (Object.keys(change.files).length === 0 && change.removed.length === 0) return null;
    const data = `event: change\ndata: ${JSON.stringify(change)}\n\n`;
    for (const res of this.clients) res.write(data);
    return change;
  }
}

/** Watch a folder recursively; onChange gets the changed path relative to it ("" if unknown). */
function watch(dir, onChange) {
  try {
    return fs.watch(dir, { recursive: true }, (_event, file) => onChange(file ? String(file) : ''));
  } catch (e) {
    console.warn(`tablit: cannot watch ${dir} (${e.message}); run-on-save is off`);
    return null;
  }
}

/** Serve a file from disk; false if it is not a regular file. */
function sendFile(req, res, file, security = SECURITY_HEADERS) {
  let st;
  try {
    st = fs.statSync(file);
  } catch {
    return false;
  }
  if (!st.isFile()) return false;
  const etag = `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
  const headers = {
    ...security,
    'Content-Type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
    'Cache-Control': 'no-cache',
    ETag: etag,
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return true;
  }
  res.writeHead(200, { ...headers, 'Content-Length': st.size });
  if (req.method === 'HEAD') res.end();
  else fs.createReadStream(file).pipe(res);
  return true;
}

function send(res, status, type, body, extra = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-cache', ...extra });
  res.end(body);
}

/**
 * Where the served pages take Pyodide and its packages from (see
 * web/runtime/pyodide_packages.js): `pyodideDir` replaces dist/pyodide/ (a
 * Pyodide distribution of any version, e.g. 0.27.x); `packageBase` is a URL,
 * or a local folder served at /__tablit/packages/; `offline` forbids fetching
 * packages from the network; `packageIndex` is the package index micropip asks
 * (PEP 503/691 simple index URL) instead of PyPI.
 */
export function packageSettings({ pyodideDir = null, packageBase = null, offline = false, packageIndex = null } = {}) {
  const out = { pyodideDir: null, localBase: null, pageOptions: {}, vendored: () => ({ packages: {} }) };
  if (pyodideDir) {
    out.pyodideDir = path.resolve(pyodideDir);
    const dist = readDistribution(out.pyodideDir); // throws a clear error for a folder that is not one
    out.vendored = () => {
      const now = readDistribution(out.pyodideDir);
      return { pyodide: now.version || dist.version, packages: now.present };
    };
  }
  if (packageBase) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(packageBase)) {
      out.pageOptions.packageBase = packageBase.endsWith('/') ? packageBase : `${packageBase}/`;
    } else {
      out.localBase = path.resolve(packageBase);
      if (!fs.existsSync(out.localBase) || !fs.statSync(out.localBase).isDirectory()) {
        throw new Error(`--package-base ${packageBase}: not a URL and not a folder`);
      }
      out.pageOptions.packageBase = '/__tablit/packages/';
    }
  }
  if (offline) out.pageOptions.offline = true;
  if (packageIndex) {
    // micropip's index for the requirements that Pyodide does not build (instead of PyPI)
    if (offline) throw new Error('--package-index and --offline exclude each other: offline, no package index is asked');
    if (packageIndex !== 'PYPI' && !/^https?:\/\/[^/]/i.test(packageIndex)) throw new Error(`--package-index ${packageIndex}: not an http(s) URL`);
    out.pageOptions.packageIndex = [packageIndex];
  }
  return out;
}

/**
 * The page's mount() option for a runtime folder with no Python snapshot (another
 * Pyodide, or a build that made none): the worker then asks for none, instead of
 * finding out from a 404 that the browser logs as an error.
 * @param {string} runtimeDir
 */
export function snapshotOption(runtimeDir) {
  return fs.existsSync(path.join(runtimeDir, SNAPSHOT_META)) ? {} : { snapshot: false };
}

/**
 * Start the server.
 * apps: [App]; gallery: true to serve the index at "/".
 * Resolves to {server, url, close()}.
 */
export async function startServer({ apps, gallery = false, port = 0, host = '127.0.0.1', dist = DIST, title = 'tablit', watchDirs = null, quiet = false,
  pyodideDir = null, packageBase = null, offline = false, isolated = false, packageIndex = null }) {
  const byName = new Map(apps.map((a) => [a.name, a]));
  const packages = packageSettings({ pyodideDir, packageBase, offline, packageIndex });
  // a Pyodide brought with --pyodide boots from a snapshot too, made (or taken from the cache) now
  const ownSnapshot = packages.pyodideDir
    ? await snapshotForRuntime(packages.pyodideDir, path.join(dist, 'tablit.tar.gz'), (s) => { if (!quiet) console.log(`tablit: ${s}`); })
    : null;

  // Run-on-save: one recursive watcher per folder, debounced.
  const watchers = [];
  const timers = new Map();
  const schedule = (app) => {
    clearTimeout(timers.get(app));
    timers.set(app, setTimeout(() => {
      timers.delete(app);
      app.firstRuns.invalidate();
      const change = app.refresh();
      if (change && !quiet) console.log(`tablit: ${app.base} changed: ${[...Object.keys(change.files), ...change.removed].join(', ')}`);
    }, 120));
  };
  for (const { dir, appFor } of watchDirs || apps.map((a) => ({ dir: a.dir, appFor: () => a }))) {
    const w = watch(dir, (file) => {
      const app = appFor(file);
      if (app && (!file || isAppPath(path.relative(app.dir, path.join(dir, file)).split(path.sep).join('/'), app))) schedule(app);
    });
    if (w) watchers.push(w);
  }

  const handler = (req, res) => {
    if (isolated) {
      // Cross-origin isolation: SharedArrayBuffer for the page, so Stop can use Pyodide's interrupt buffer.
      res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
      res.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
    }
    // Only this machine, and only under our own host name (no DNS rebinding).
    const hostHeader = (req.headers.host || '').replace(/:\d+$/, '');
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(hostHeader)) return send(res, 403, 'text/plain', 'forbidden host\n');
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST') return send(res, 405, 'text/plain', 'method not allowed\n');
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return send(res, 400, 'text/plain', 'bad request\n');
    }
    if (req.method === 'POST') {
      const app = apps.find((a) => pathname === `${a.api}first_render`);
      if (!app) return send(res, 405, 'text/plain', 'method not allowed\n');
      app.firstRuns.take(req).then(([status, text]) => send(res, status, 'text/plain', text), () => send(res, 400, 'text/plain', 'bad request\n'));
      return;
    }

    if (packages.pyodideDir && pathname.startsWith('/dist/pyodide/')) {
      const rest = pathname.slice('/dist/pyodide'.length);
      if (ownSnapshot && rest === `/${SNAPSHOT_META}`) return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(ownSnapshot.meta));
      if (ownSnapshot && rest === `/${SNAPSHOT_FILE}` && sendFile(req, res, ownSnapshot.gz)) return;
      if (rest === `/${VENDORED_FILE}` && !fs.existsSync(path.join(packages.pyodideDir, VENDORED_FILE))) {
        return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(packages.vendored()));
      }
      const file = inside(packages.pyodideDir, rest);
      if (file && sendFile(req, res, file)) return;
      return send(res, 404, 'text/plain', `not found in ${packages.pyodideDir}: ${rest}\n`);
    }
    if (packages.localBase && pathname.startsWith('/__tablit/packages/')) {
      const file = inside(packages.localBase, pathname.slice('/__tablit/packages'.length));
      if (file && sendFile(req, res, file)) return;
      return send(res, 404, 'text/plain', `not found in ${packages.localBase}: ${pathname}\n`);
    }
    if (pathname.startsWith('/dist/')) {
      const file = inside(dist, pathname.slice('/dist'.length), { byName: true });
      if (file && sendFile(req, res, file, distHeaders(file))) return;
      const hint = fs.existsSync(path.join(dist, 'tablit.js')) ? '' : ' (dist/ is not built: run `npm run build`)';
      return send(res, 404, 'text/plain', `not found: ${pathname}${hint}\n`);
    }
    if (pathname === '/__tablit/page.js') return void sendFile(req, res, PAGE_JS);

    // Per-app endpoints.
    for (const app of apps) {
      if (pathname === app.api + 'app.json') {
        return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(app.manifest()));
      }
      if (pathname === app.api + 'events') {
        res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
        res.write(': tablit run-on-save\n\n');
        app.clients.add(res);
        req.on('close', () => app.clients.delete(res));
        return;
      }
    }
    if (pathname.startsWith('/__tablit/')) return send(res, 404, 'text/plain', 'not found\n');

    if (gallery) {
      if (pathname === '/' || pathname === '/index.html') {
        return send(res, 200, 'text/html; charset=utf-8', galleryPage(title, apps.map((a) => ({ name: a.name, href: a.base, title: a.title }))));
      }
      const name = pathname.split('/')[1];
      const app = byName.get(name);
      if (!app) return send(res, 404, 'text/html; charset=utf-8', `<!doctype html><title>Not found</title><p>No example named ${escapeHtml(name)}. <a href="/">All examples</a></p>`);
      if (pathname === `/${name}`) return send(res, 301, 'text/plain', '', { Location: `/${name}/${new URL(req.url, 'http://x').search}` });
      return serveApp(req, res, app, pathname.slice(app.base.length));
    }
    return serveApp(req, res, apps[0], pathname.slice(1));
  };

  const serveApp = (req, res, app, rest) => {
    // A file of the app folder, if the path names one (not hidden, not a venv...).
    if (rest && isAppPath(rest, app) && !rest.endsWith('/')) {
      const file = inside(app.dir, rest);
      if (file && sendFile(req, res, file)) return;
      if (rest === 'favicon.ico') return send(res, 204, 'image/x-icon', '');
    }
    // (first: a change the watcher has not told yet drops the recorded run, and gives a new version to record)
    const firstRender = app.firstRuns.renderFor(app.filesSignature());
    const options = {
      base: app.base,
      routing: 'path',
      dist: '/dist/',
      manifest: app.api + 'app.json',
      events: app.api + 'events',
      record: app.firstRuns.recordPath(app.api),
      recordLimit: MAX_PRERENDER_CHARS,
      ...packages.pageOptions,
      ...(ownSnapshot ? {} : snapshotOption(packages.pyodideDir ?? path.join(dist, 'pyodide'))),
      // repeat visits take the runtime (/dist/ only) from the browser's cache (web/sw/sw.js)
      serviceWorker: { url: `/dist/sw/sw.js?build=${runtimeBuildId([dist, packages.pyodideDir].filter(Boolean))}&runtime=/dist/`, scope: '/' },
    };
    send(res, 200, 'text/html; charset=utf-8', appPage({
      title: app.title || app.name || 'tablit',
      css: '/dist/tablit.css',
      pageScript: '/__tablit/page.js',
      options,
      firstRender,
      preload: modulePreloads(dist, '/dist/'),
    }));
  };

  const server = http.createServer(handler);
  server.keepAliveTimeout = 5000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const url = `http://${host}:${server.address().port}/`;
  const close = () => new Promise((resolve) => {
    for (const w of watchers) w.close();
    for (const t of timers.values()) clearTimeout(t);
    for (const app of apps) for (const res of app.clients) res.end();
    server.closeAllConnections?.();
    server.close(() => resolve());
  });
  return { server, url, close };
}
