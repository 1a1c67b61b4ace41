// npm run bench, section "boot" (issue 14, items 4 and 5): a built site of the
// counter (`tablit build`, with its build-time first render) on a loopback
// static server, beside bare Pyodide's boot measured in the same run:
//
//   first paint      navigation -> the counter's title in the DOM (drawn from the
//                    embedded first render, before any WebAssembly loads)
//   interactive      navigation -> the first real run drawn ("The app is ready."
//                    announced): cold, every cache empty (a fresh browser context)
//   breakdown        where the seconds go, from the debug worker's timings and its
//                    resource timing (bench/pages/harness.html on the served counter):
//                    worker start, runtime download, compile (WebAssembly.compile of
//                    pyodide.asm.wasm timed alone in a page), Python start, tablit
//                    import, first run
//
// These are benchmarks, not tests: targets are reported, not asserted.

import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildStatic } from '../web/serve/build_static.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const COUNTER = path.join(ROOT, 'examples', 'counter-callbacks', 'app.py');
const TITLE = 'Counter Example using Callbacks';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.wasm': 'application/wasm', '.gz': 'application/gzip', '.zip': 'application/zip' };

/** A plain static host for the built folder, on 127.0.0.1 (no caching headers: as python -m http.server). */
async function staticHost(root) {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = path.resolve(root, `.${path.posix.normalize(`/${rel}`)}`);
    if (!file.startsWith(root)) file = '';
    if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Content-Length': fs.statSync(file).size });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }) };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const r1 = (x) => Math.round(x * 10) / 10;

/** In the page before its scripts: when the title is in the DOM, and when the app announces it is live. */
const WATCH = `(() => {
  const at = {};
  window.__boot = at;
  const check = () => {
    const h = document.querySelector('h1');
    if (at.paint === undefined && h && h.textContent.includes(${JSON.stringify(TITLE)})) at.paint = performance.now();
    const live = document.querySelector('[data-testid=stLiveAnnouncer]');
    if (at.live === undefined && live && live.textContent.includes('ready')) at.live = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} base  the bench server (bench/floor.html, bench/harness.html, the served counter)
 * @param {{runs: number, log: (s: string) => void}} opts
 */
export async function bootBench(browser, base, { runs, log }) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tablit-bench-boot-'));
  const out = path.join(tmp, 'site');
  const built = await buildStatic({ appFile: COUNTER, out, log: (s) => log(`build: ${s}`) });
  const host = await staticHost(out);
  const fresh = async (url, init) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (init) await page.addInitScript(init);
    await page.goto(url);
    return { page, close: () => context.close() };
  };
  const wait = async (page, fn) => (await page.waitForFunction(fn, null, { timeout: 120_000, polling: 20 })).jsonValue();
  const paint = [];
  const live = [];
  const floor = [];
  try {
    for (let i = 0; i < runs; i++) {
      {
        const p = await fresh(`${base}bench/floor.html`);
        floor.push(await wait(p.page, () => window.__floor?.bootAt));
        await p.close();
      }
      {
        const p = await fresh(host.url, WATCH);
        live.push(await wait(p.page, () => window.__boot?.live));
        paint.push(await p.page.evaluate(() => window.__boot.paint ?? null));
        await p.close();
      }
      log(`boot ${i + 1}/${runs}: first paint ${paint.at(-1)?.toFixed(0)} ms, interactive ${live.at(-1).toFixed(0)} ms, bare Pyodide ${floor.at(-1).toFixed(0)} ms`);
    }
    // Where the seconds go: the served counter with a debug worker.
    const breakdowns = [];
    for (let i = 0; i < Math.max(1, Math.min(3, runs)); i++) {
      const p = await fresh(`${base}bench/harness.html?app=counter`);
      await wait(p.page, () => (window.__tablitRenders ?? 0) >= 1);
      const d = await p.page.evaluate(() => window.__debug('boot'));
      const compile = await p.page.evaluate(async () => {
        const bytes = await (await fetch('/dist/pyodide/pyodide.asm.wasm')).arrayBuffer();
        const t = performance.now();
        await WebAssembly.compile(bytes);
        return performance.now() - t;
      });
      breakdowns.push(split(d, compile));
      await p.close();
    }
    const parts = Object.fromEntries(Object.keys(breakdowns[0]).map((k) => [k, r1(median(breakdowns.map((b) => b[k])))]));
    const paintMs = paint.filter((x) => x !== null);
    return {
      prerendered: built.prerendered,
      first_paint_ms: paintMs.map(r1),
      interactive_ms: live.map(r1),
      pyodide_ms: floor.map(r1),
      first_paint_median: paintMs.length ? r1(median(paintMs)) : null,
      interactive_median: r1(median(live)),
      pyodide_median: r1(median(floor)),
      ratio: Math.round((median(live) / median(floor)) * 100) / 100,
      breakdown: parts,
    };
  } finally {
    await host.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * The boot's parts in ms, from the worker's timings (web/runtime/core.js) and
 * resource timing: what follows what in the worker, so they add up to its first run.
 */
function split(d, compileMs) {
  const t = d.timings;
  const res = d.resources ?? [];
  const find = (n) => res.find((r) => r.name === n);
  const wasm = find('pyodide.asm.wasm');
  const stdlib = find('python_stdlib.zip');
  const downloadEnd = Math.max(wasm?.end ?? 0, stdlib?.end ?? 0, find('pyodide.asm.mjs')?.end ?? 0);
  const downloadStart = Math.min(...[wasm, stdlib, find('pyodide.mjs')].filter(Boolean).map((r) => r.start));
  const loadAt = t.loadAt ?? 0;
  const pyodideEnd = loadAt + t.pyodide;
  return {
    worker_start: loadAt, // worker script fetched and run, boot message in
    download: downloadEnd - downloadStart, // pyodide.mjs .. the last of wasm, stdlib, asm.mjs (parallel)
    compile: compileMs, // pyodide.asm.wasm alone, in the page (streaming compile overlaps the download)
    python_start: pyodideEnd - downloadEnd, // instantiate + Python's own init, after the bytes are in
    tablit_import: t.tablitImport ?? 0,
    tablit_other: t.runtime - t.pyodide - (t.tablitImport ?? 0), // unpack tablit, setup
    app_and_packages: t.start - t.runtime - t.firstRun,
    first_run: t.firstRun,
    total: loadAt + t.start,
  };
}

/** Rows for the bench table. */
export function bootRows(B) {
  const ms = (x) => (x === null || x === undefined ? 'n/a' : `${x.toFixed(x < 10 ? 2 : x < 100 ? 1 : 0)} ms`);
  const rows = [
    ['boot: first paint of the real app (built site, loopback, median)', B.prerendered ? ms(B.first_paint_median) : 'no first render',
      `${ms(B.pyodide_median)} bare Pyodide boot`, '', '<= 200 ms', B.prerendered && B.first_paint_median <= 200 ? 'yes' : 'NO', ''],
    ['boot: time to interactive, cold (built site, median)', ms(B.interactive_median), `${ms(B.pyodide_median)} bare Pyodide boot`,
      `${B.ratio.toFixed(2)}x`, '<= 1.0x', B.ratio <= 1.0 ? 'yes' : 'NO', ''],
  ];
  const b = B.breakdown;
  rows.push(['boot breakdown (served counter, worker clock, median)', Object.entries(b).filter(([k]) => k !== 'total')
    .map(([k, v]) => `${k.replace(/_/g, ' ')} ${ms(v)}`).join('; '), '', '', '', '', '']);
  return rows;
}
