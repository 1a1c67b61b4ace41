// Repeat visits in `npm run bench` (section "repeat"), on a built site (`tablit build` of
// examples/counter-callbacks) served by a plain static host that sends ETags and
// `Cache-Control: no-cache` (revalidate every file: what most static hosts do):
//   - time to interactive (navigation -> the first run's final render from Python) of a
//     first visit (fresh browser context: cold) and of a reload after it (warm), with the
//     service worker (web/sw/sw.js) and with the browser's HTTP cache alone (service
//     workers blocked: each file revalidated, 304s), beside bare Pyodide boot (the floor)
//     measured in the same run;
//   - the bytes the host sent for each warm reload, by file (goal: only the HTML; the
//     browser's update check of sw.js on a navigation is a 304 of no bytes);
//   - whether Chromium took pyodide.asm.wasm's compiled code from its cache on a warm reload
//     (trace events v8.wasm.moduleCacheHit / v8.wasm.cachedModule).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };

/** A static host with ETags that counts the body bytes it sends, by path. */
async function host(dir) {
  let sent = [];
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = path.join(dir, path.normalize(rel));
    if (rel.endsWith('/')) file = path.join(file, 'index.html');
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404);
      res.end();
      return;
    }
    const st = fs.statSync(file);
    const etag = `"${st.size}-${Math.floor(st.mtimeMs)}"`;
    const headers = { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache', ETag: etag };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      res.end();
      sent.push({ path: rel, bytes: 0, status: 304 });
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Length': st.size });
    fs.createReadStream(file).pipe(res);
    sent.push({ path: rel, bytes: st.size, status: 200 });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    take: () => { const s = sent; sent = []; return s; },
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
  };
}

/** Records performance.now() of the first finished run (mount() counts them in window.__tablitRenders). */
const INTERACTIVE = `(() => { let v; Object.defineProperty(window, '__tablitRenders', { configurable: true, get: () => v,
  set: (x) => { v = x; if (x >= 1 && window.__interactiveAt === undefined) window.__interactiveAt = performance.now(); } }); })();`;

const med = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const r1 = (x) => Math.round(x * 10) / 10;

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} base  the bench server (bench/floor.html: bare Pyodide boot)
 */
export async function offlineBench(browser, base, log, quick) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tablit-bench-repeat-'));
  const site = path.join(tmp, 'site');
  execFileSync(process.execPath, [path.join(ROOT, 'bin', 'tablit.js'), 'build', path.join(ROOT, 'examples', 'counter-callbacks', 'app.py'), '--out', site]);
  const h = await host(site);
  const interactive = async (page) => (await page.waitForFunction(() => window.__interactiveAt, null, { timeout: 120_000, polling: 50 })).jsonValue();
  const floor = [];
  const modes = { sw: { cold: [], warm: [], bytes: [], files: null }, http: { cold: [], warm: [], bytes: [], files: null } };
  let wasmCache = null;
  const runs = quick ? 2 : 5;
  try {
    for (let i = 0; i < runs; i++) {
      {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${base}bench/floor.html`);
        floor.push(await (await page.waitForFunction(() => window.__floor?.bootAt, null, { timeout: 120_000, polling: 20 })).jsonValue());
        await context.close();
      }
      for (const [mode, M] of Object.entries(modes)) {
        const context = await browser.newContext({ serviceWorkers: mode === 'sw' ? 'allow' : 'block' });
        const page = await context.newPage();
        await page.addInitScript(INTERACTIVE);
        h.take();
        await page.goto(h.url);
        M.cold.push(await interactive(page));
        // a visit lasts: the service worker's first-visit copies land, and Chromium writes the
        // compiled wasm to its code cache ~2 s after compiling (trace: v8.wasm.cachedModule)
        await page.waitForTimeout(3000);
        h.take();
        const tracing = mode === 'sw' && i === runs - 1;
        if (tracing) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.wasm', 'disabled-by-default-v8.wasm.detailed'] });
        await page.reload();
        M.warm.push(await interactive(page));
        if (tracing) {
          const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
          const names = (trace.traceEvents ?? []).map((e) => e.name).filter((n) => /wasm\.(moduleCache|cachedModule|compiledModule)/i.test(n));
          wasmCache = { hit: names.some((n) => /moduleCacheHit/i.test(n)), events: [...new Set(names)] };
        }
        const sent = h.take();
        M.bytes.push(sent.reduce((s, f) => s + f.bytes, 0));
        M.files = sent.map((f) => `${f.path} ${f.status} ${f.bytes}`);
        await context.close();
      }
      log(`repeat visits ${i + 1}/${runs}: floor ${floor.at(-1).toFixed(0)} ms; service worker cold ${modes.sw.cold.at(-1).toFixed(0)} / warm ${modes.sw.warm.at(-1).toFixed(0)} ms ` +
        `(${modes.sw.bytes.at(-1)} B); HTTP cache cold ${modes.http.cold.at(-1).toFixed(0)} / warm ${modes.http.warm.at(-1).toFixed(0)} ms (${modes.http.bytes.at(-1)} B)`);
    }
  } finally {
    await h.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const sum = (M) => ({ cold_ms: M.cold.map(r1), warm_ms: M.warm.map(r1), cold_median: r1(med(M.cold)), warm_median: r1(med(M.warm)),
    warm_over_cold: Math.round((med(M.warm) / med(M.cold)) * 100) / 100, warm_bytes_median: med(M.bytes), warm_files: M.files });
  return { floor_ms: floor.map(r1), floor_median: r1(med(floor)), service_worker: sum(modes.sw), http_cache: sum(modes.http), wasm_code_cache: wasmCache };
}

export function offlineRows(O) {
  const ms = (x) => `${x.toFixed(0)} ms`;
  const S = O.service_worker;
  const H = O.http_cache;
  const yes = (b) => (b ? 'yes' : 'NO');
  return [
    ['repeat visit, built site: interactive, warm reload / first visit (service worker)', `${ms(S.warm_median)} / ${ms(S.cold_median)}`, `${ms(O.floor_median)} bare Pyodide boot`,
      `${S.warm_over_cold}x cold`, 'warm <= 0.5x cold', yes(S.warm_over_cold <= 0.5)],
    ['  the same with the HTTP cache alone (ETag revalidation, no service worker)', `${ms(H.warm_median)} / ${ms(H.cold_median)}`, '', `${H.warm_over_cold}x cold`, '', ''],
    ['  bytes sent on a warm reload: service worker / HTTP cache alone', `${S.warm_bytes_median} B / ${H.warm_bytes_median} B`, S.warm_files.join(', '), '', 'only the HTML',
      yes(S.warm_files.every((f) => /^\/(index\.html)? /.test(f) || / 0$/.test(f)))],
    ['  pyodide.asm.wasm compiled code from the cache on a warm reload (trace)', O.wasm_code_cache ? (O.wasm_code_cache.hit ? 'hit' : 'no hit') : 'not traced',
      O.wasm_code_cache?.events.join(', ') ?? '', '', 'hit', yes(!!O.wasm_code_cache?.hit)],
  ];
}
