// `npm run compare`: every gallery example (examples/<name>/app.py) served by tablit and by
// Streamlit 1.67, screenshotted in the same headless Chromium at the same viewport, side by
// side, with a difference figure per example.  A tool to use while matching Streamlit's looks,
// not a test: nothing is asserted.
//
//   npm run compare                          every example
//   npm run compare -- --only widget-showcase,counter-naive
//   npm run compare -- --label before        also keeps the figures as results-before.json
//   npm run compare -- --against before      adds the figures of results-before.json beside today's
//   npm run compare -- --out DIR             write elsewhere (default bench/visual/out, git-ignored)
//   npm run compare -- --scheme dark         the browser prefers dark: both apps show their dark theme
//   npm run compare -- --dir DIR             the apps DIR/<name>/app.py instead of the gallery's (other people's apps)
//   npm run compare -- --act                 also pokes each app's widgets the same way on both pages (poke.mjs)
//                                            and compares the whole pages after that (<name>.act.side.png)
//   npm run compare -- --pyodide DIR [--package-index URL]   tablit serves that Pyodide (e.g. the 0.27.7 test
//                                            fixture, for pandas apps) offline, or with that package index
//
// Streamlit runs as `$STREAMLIT_PY -m streamlit run app.py` (STREAMLIT_PY defaults to
// /work/venv-st/bin/python) in the example's folder, tablit as `node bin/tablit.js serve app.py`
// from dist/ (run `npm run build` first); both on 127.0.0.1 only.
//
// For each example it writes, in the output folder:
//   <name>.tablit.png, <name>.streamlit.png            the first screen (1280x900)
//   <name>.tablit.full.png, <name>.streamlit.full.png  the whole page (the viewport grown to the content)
//   <name>.side.png                                    tablit | streamlit | differing pixels, whole pages
//   results.json                                       the figures of the table printed at the end
// "diff %" is the share of pixels that differ (pixelmatch, threshold 0.1) over the first screen and
// over the whole pages (the shorter page padded with white, so a height difference counts).

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import { pokeAll } from './poke.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const EXAMPLES = path.join(ROOT, 'examples');
const WIDTH = 1280;
const HEIGHT = 900;
const STREAMLIT_PY = process.env.STREAMLIT_PY || '/work/venv-st/bin/python';
const SETTLE_MS = 1200;          // the DOM must stay unchanged this long to count as settled
const BOOT_TIMEOUT = 120_000;    // Pyodide boot + first run, with the machine shared

// ------------------------------------------------------------------ arguments
function parseArgs(argv) {
  const opts = { only: null, out: path.join(HERE, 'out'), label: null, against: null, scheme: 'light', dir: EXAMPLES, serve: [], act: false };
  for (let i = 0; i < argv.length; i++) {
    const [k, inline] = argv[i].split(/=(.*)/s, 2);
    const val = () => (inline !== undefined ? inline : argv[++i]);
    if (k === '--only') opts.only = val().split(',').filter(Boolean);
    else if (k === '--out') opts.out = path.resolve(val());
    else if (k === '--label') opts.label = val();
    else if (k === '--against') opts.against = val();
    else if (k === '--act') opts.act = true;
    else if (k === '--dir') opts.dir = path.resolve(val());
    else if (k === '--pyodide') opts.serve.push('--pyodide', path.resolve(val()));
    else if (k === '--package-index') opts.serve.push('--package-index', val());
    else if (k === '--scheme') {
      opts.scheme = val();
      if (!['light', 'dark'].includes(opts.scheme)) throw new Error('compare: --scheme is light or dark');
    }
    else if (k === '--help' || k === '-h') {
      console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n\n')[0].replace(/^\/\/ ?/gm, ''));
      process.exit(0);
    } else throw new Error(`compare: unknown option ${argv[i]} (see --help)`);
  }
  return opts;
}

// ------------------------------------------------------------------ servers
/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Spawn a server; resolve {url, stop, output} once `ready(output)` returns a URL. */
function startServer(cmd, args, cwd, ready, what) {
  const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env } });
  let out = '';
  const stop = () => new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
    setTimeout(() => { if (child.exitCode === null) child.kill('SIGKILL'); }, 5000).unref();
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { stop(); reject(new Error(`${what} did not start:\n${out}`)); }, 60_000);
    let done = false;
    const check = async () => {
      if (done) return;
      const url = await ready(out);
      if (url && !done) {
        done = true;
        clearTimeout(timer);
        resolve({ url, stop, output: () => out });
      }
    };
    child.stdout.on('data', (c) => { out += c; check(); });
    child.stderr.on('data', (c) => { out += c; check(); });
    child.once('exit', (code) => {
      if (done) return;
      clearTimeout(timer);
      reject(new Error(`${what} exited with ${code}:\n${out}`));
    });
    const poll = setInterval(() => { if (done) clearInterval(poll); else check(); }, 500);
    poll.unref();
  });
}

function startTablit(app, extra = []) {
  // (--pyodide without a package index: offline, nothing fetched from elsewhere)
  const offline = extra.includes('--pyodide') && !extra.includes('--package-index') ? ['--offline'] : [];
  return startServer(process.execPath, [path.join(ROOT, 'bin', 'tablit.js'), 'serve', app, '--port', '0', ...extra, ...offline], ROOT,
    (out) => /http:\/\/127\.0\.0\.1:\d+\//.exec(out)?.[0], `tablit serve ${app}`);
}

async function startStreamlit(dir) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  return startServer(STREAMLIT_PY, ['-m', 'streamlit', 'run', 'app.py', '--server.headless', 'true',
    '--server.port', String(port), '--server.address', '127.0.0.1', '--browser.gatherUsageStats', 'false',
    '--server.fileWatcherType', 'none'], dir,
  async () => {
    try {
      const r = await fetch(new URL('_stcore/health', url));
      return r.ok ? url : null;
    } catch {
      return null;
    }
  }, `streamlit run ${dir}/app.py`);
}

// ------------------------------------------------------------------ pages
/** Wait until the app has finished its run and the DOM has stopped changing. */
async function settle(page, kind) {
  if (kind === 'tablit') {
    await page.waitForFunction(() => (window.__tablitRenders ?? 0) >= 1
      && !document.querySelector('.tl-toolbar .tl-running'), null, { timeout: BOOT_TIMEOUT });
  } else {
    await page.waitForSelector('[data-test-script-state="notRunning"][data-test-connection-state="CONNECTED"]',
      { timeout: BOOT_TIMEOUT });
  }
  await page.evaluate(() => document.fonts.ready.then(() => true));
  await page.evaluate((quiet) => new Promise((resolve) => {
    let timer = setTimeout(finish, quiet);
    const obs = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(finish, quiet); });
    obs.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    const hard = setTimeout(finish, 20_000);
    function finish() { obs.disconnect(); clearTimeout(hard); resolve(); }
  }), SETTLE_MS);
}

/**
 * The height the whole content needs: the tallest scrolling box (Streamlit scrolls its main
 * section, not the document) plus what sits around that box in the viewport.
 */
function contentHeight(page) {
  return page.evaluate(() => {
    // (only page-sized boxes: a grid's or a code block's own scroller is not the page)
    const boxes = [document.scrollingElement, ...document.querySelectorAll('*')].filter((el) => {
      if (!el || el.scrollHeight <= el.clientHeight + 1) return false;
      if (el === document.scrollingElement) return true;
      if (el.clientHeight < innerHeight * 0.6 || el.clientWidth < innerWidth * 0.5) return false;
      const oy = getComputedStyle(el).overflowY;
      return oy === 'auto' || oy === 'scroll';
    });
    let best = innerHeight;
    for (const el of boxes) best = Math.max(best, el.scrollHeight + (innerHeight - el.clientHeight));
    return Math.ceil(best);
  });
}

const NO_MOTION = `*, *::before, *::after { animation-duration: 0s !important; animation-delay: 0s !important;
  transition-duration: 0s !important; transition-delay: 0s !important; caret-color: transparent !important; }`;

/** Screenshot the whole page to `file` (the viewport grown to the content); returns its height. */
async function shootWhole(page, file) {
  let height = await contentHeight(page);
  // Growing the viewport can reflow the page (a pinned footer, vh units): measure twice.
  for (let i = 0; i < 2; i++) {
    await page.setViewportSize({ width: WIDTH, height: Math.min(height, 16_000) });
    await page.waitForTimeout(300);
    const again = await contentHeight(page);
    if (again === height) break;
    height = again;
  }
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  return height;
}

/** Open `url`, wait for the app, screenshot the first screen and the whole page (and with `act`, the whole page after poke.mjs). */
async function shoot(browser, url, kind, base, scheme, act = false) {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT }, deviceScaleFactor: 1,
    colorScheme: scheme, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(url);
    await settle(page, kind);
    await page.addStyleTag({ content: NO_MOTION });
    await page.mouse.move(0, 0);
    const first = `${base}.${kind}.png`;
    await page.screenshot({ path: first, animations: 'disabled', caret: 'hide' });
    const full = `${base}.${kind}.full.png`;
    const height = await shootWhole(page, full);
    if (!act) return { first, full, height, errors };
    await page.setViewportSize({ width: WIDTH, height: HEIGHT });
    const pokes = await pokeAll(page, (p) => settle(p, kind));
    const acted = `${base}.${kind}.act.png`;
    await shootWhole(page, acted);
    return { first, full, height, errors, acted, pokes };
  } finally {
    await context.close();
  }
}

// ------------------------------------------------------------------ images
const readPng = (f) => PNG.sync.read(fs.readFileSync(f));

/** `img` on a white canvas of w x h. */
function pad(img, w, h) {
  if (img.width === w && img.height === h) return img;
  const out = new PNG({ width: w, height: h });
  out.data.fill(255);
  PNG.bitblt(img, out, 0, 0, Math.min(img.width, w), Math.min(img.height, h), 0, 0);
  return out;
}

/** Share of differing pixels between two PNG files (padded to the larger size), and the diff image. */
function difference(fa, fb) {
  const a0 = readPng(fa);
  const b0 = readPng(fb);
  const w = Math.max(a0.width, b0.width);
  const h = Math.max(a0.height, b0.height);
  const a = pad(a0, w, h);
  const b = pad(b0, w, h);
  const diff = new PNG({ width: w, height: h });
  const n = pixelmatch(a.data, b.data, diff.data, w, h, { threshold: 0.1, alpha: 0.2 });
  return { percent: (100 * n) / (w * h), a, b, diff };
}

/** tablit | streamlit | diff, with a grey gutter, written to `file`. */
function sideBySide(images, file) {
  const gutter = 16;
  const h = Math.max(...images.map((i) => i.height));
  const w = images.reduce((s, i) => s + i.width, 0) + gutter * (images.length - 1);
  const out = new PNG({ width: w, height: h });
  for (let p = 0; p < out.data.length; p += 4) out.data.set([160, 160, 160, 255], p);
  let x = 0;
  for (const img of images) {
    PNG.bitblt(img, out, 0, 0, img.width, img.height, x, 0);
    x += img.width + gutter;
  }
  fs.writeFileSync(file, PNG.sync.write(out));
}

// ------------------------------------------------------------------ main
async function compareOne(browser, name, out, scheme, apps = EXAMPLES, serve = [], act = false) {
  const dir = path.join(apps, name);
  const base = path.join(out, scheme === 'dark' ? `${name}.dark` : name);
  const [tl, st] = await Promise.all([startTablit(path.join(dir, 'app.py'), serve), startStreamlit(dir)]);
  try {
    const t = await shoot(browser, tl.url, 'tablit', base, scheme, act);
    const s = await shoot(browser, st.url, 'streamlit', base, scheme, act);
    const first = difference(t.first, s.first);
    const full = difference(t.full, s.full);
    sideBySide([full.a, full.b, full.diff], `${base}.side.png`);
    const row = { name, firstDiff: first.percent, fullDiff: full.percent, tablitHeight: t.height,
      streamlitHeight: s.height, tablitErrors: t.errors, streamlitErrors: s.errors };
    if (!act) return row;
    const after = difference(t.acted, s.acted);
    sideBySide([after.a, after.b, after.diff], `${base}.act.side.png`);
    const pokes = t.pokes.join(' ') === s.pokes.join(' ') ? t.pokes.join(' ') : `tablit: ${t.pokes.join(' ')} | 1.67: ${s.pokes.join(' ')}`;
    return { ...row, actDiff: after.percent, pokes };
  } finally {
    await Promise.all([tl.stop(), st.stop()]);
  }
}

const fmt = (x) => (x == null ? '' : `${x.toFixed(1)}`);

function table(rows, previous) {
  const act = rows.some((r) => r.actDiff != null);
  const head = ['example', 'diff % (900px)', 'diff % (page)', 'height tablit', 'height streamlit', ...(act ? ['after pokes'] : [])];
  if (previous) head.push('before 900px', 'before page', 'before height');
  const lines = rows.filter((r) => !r.error).map((r) => {
    const row = [r.name, fmt(r.firstDiff), fmt(r.fullDiff), String(r.tablitHeight), String(r.streamlitHeight), ...(act ? [fmt(r.actDiff)] : [])];
    if (previous) {
      const p = previous.find((x) => x.name === r.name);
      row.push(fmt(p?.firstDiff), fmt(p?.fullDiff), p ? String(p.tablitHeight) : '');
    }
    return row;
  });
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const show = (l) => l.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const failed = rows.filter((r) => r.error).map((r) => `${r.name}: failed: ${r.error.split('\n')[0]}`);
  const pokes = act ? rows.filter((r) => r.pokes).map((r) => `${r.name}: ${r.pokes}`) : [];
  return [show(head), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(show), ...failed, ...(pokes.length ? ['', 'pokes:', ...pokes] : [])].join('\n');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(ROOT, 'dist', 'tablit.js'))) throw new Error('compare: dist/ is missing: run `npm run build` first');
  if (!fs.existsSync(STREAMLIT_PY)) throw new Error(`compare: no Streamlit Python at ${STREAMLIT_PY} (set STREAMLIT_PY)`);
  const all = fs.readdirSync(opts.dir).filter((n) => fs.existsSync(path.join(opts.dir, n, 'app.py'))).sort();
  const names = opts.only ?? all;
  for (const n of names) if (!all.includes(n)) throw new Error(`compare: no example ${n} (examples: ${all.join(', ')})`);
  fs.mkdirSync(opts.out, { recursive: true });

  const launch = () => chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--font-render-hinting=none'],
  });
  let browser = await launch();
  const rows = [];
  try {
    for (const name of names) {
      process.stderr.write(`compare: ${name} ...\n`);
      // (a browser that went away with one app is not the next app's failure)
      if (!browser.isConnected()) browser = await launch();
      try {
        const r = await compareOne(browser, name, opts.out, opts.scheme, opts.dir, opts.serve, opts.act);
        for (const e of r.tablitErrors) process.stderr.write(`  tablit page error: ${e}\n`);
        rows.push(r);
      } catch (e) {
        process.stderr.write(`  failed: ${e.stack || e}\n`);
        rows.push({ name, error: String(e.message || e) });
      }
    }
  } finally {
    await browser.close();
  }
  const resultsFile = path.join(opts.out, opts.scheme === 'dark' ? 'results-dark.json' : 'results.json');
  // Merge with earlier results so `--only` refreshes just its rows.
  let merged = rows;
  if (opts.only && fs.existsSync(resultsFile)) {
    const old = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
    merged = [...old.filter((o) => !names.includes(o.name)), ...rows].sort((a, b) => a.name.localeCompare(b.name));
  }
  fs.writeFileSync(resultsFile, JSON.stringify(merged, null, 1));
  if (opts.label) {
    const f = path.join(opts.out, `results-${opts.label}.json`);
    let keep = merged;
    if (opts.only && fs.existsSync(f)) {
      const old = JSON.parse(fs.readFileSync(f, 'utf8'));
      keep = [...old.filter((o) => !names.includes(o.name)), ...rows].sort((a, b) => a.name.localeCompare(b.name));
    }
    fs.writeFileSync(f, JSON.stringify(keep, null, 1));
  }
  let previous = null;
  if (opts.against) {
    const f = path.join(opts.out, `results-${opts.against}.json`);
    if (!fs.existsSync(f)) throw new Error(`compare: no ${f} (make it with --label ${opts.against})`);
    previous = JSON.parse(fs.readFileSync(f, 'utf8'));
  }
  console.log(table(rows, previous));
  console.log(`\nimages: ${opts.out}/<example>.side.png (tablit | streamlit | differing pixels)`);
  if (rows.some((r) => r.error)) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e.stack || String(e));
  process.exit(1);
});
