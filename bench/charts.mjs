// Charts in `npm run bench` (section "charts"):
//   - the gzipped bytes each chart library costs the first time an app draws that kind
//     (its chunk plus the shared chunks it imports that the page does not already have;
//     mermaid's per-diagram chunks, fetched only for that diagram type, listed apart);
//   - the time from navigation to an app's first chart drawn (the vega chunk fetched and the
//     chart's SVG in the DOM; `tablit serve` records the app's first run, so the page draws it
//     before Python is up), beside the time to its first run by Python, in a fresh browser context;
//   - what the counter app downloads: tablit's own files, and that no chart chunk is among them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const CHUNKS = path.join(DIST, 'chunks');
const KINDS = { vega: 'line/area/bar/scatter, vega_lite, altair', plotly: 'plotly_chart', graphviz: 'graphviz_chart',
  mermaid: 'mermaid_chart', echarts: 'echarts_chart', deck: 'map, pydeck_chart' };

const gz = (file) => gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** The files a module imports statically / dynamically (esbuild's output: "./x.js" or "./chunks/x.js"). */
function imports(file) {
  const text = fs.readFileSync(file, 'utf8');
  const dir = path.dirname(file);
  const stat = [...text.matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)].map((m) => path.join(dir, m[1]));
  const dyn = [...text.matchAll(/import\(\s*"(\.\/[^"]+\.js)"\s*\)/g)].map((m) => path.join(dir, m[1]));
  return { stat, dyn };
}

/** A module and everything it imports statically. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const f of imports(file).stat) closure(f, seen);
  return seen;
}

export function chartChunkBytes() {
  const page = closure(path.join(DIST, 'tablit.js'));
  const out = {};
  for (const name of fs.readdirSync(CHUNKS)) {
    const m = /^(vega|plotly|graphviz|mermaid|echarts|deck)-[A-Z0-9]+\.js$/.exec(name);
    if (!m) continue;
    const entry = path.join(CHUNKS, name);
    const files = [...closure(entry)].filter((f) => !page.has(f));
    const lazy = new Set();
    for (const f of files) for (const d of imports(f).dyn) if (!files.includes(d)) lazy.add(d);
    out[m[1]] = {
      commands: KINDS[m[1]],
      chunk_gzip: gz(entry),
      with_shared_gzip: files.reduce((s, f) => s + gz(f), 0),
      files: files.length,
      lazy_subchunks: lazy.size,
      lazy_subchunks_gzip: [...lazy].reduce((s, f) => s + gz(f), 0),
    };
  }
  const own = [...page].reduce((s, f) => s + gz(f), 0);
  return { page_js_gzip: own, page_js_files: page.size, kinds: out };
}

/** Fresh context: the counter's downloads, and whether any chart chunk is among them. */
async function counterDownloads(browser, base, inPage) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const files = [];
  page.on('response', async (r) => {
    const url = r.url();
    if (!url.startsWith(base) || /\/pyodide\//.test(url)) return;
    try { files.push({ url: url.slice(base.length), bytes: (await r.body()).length }); } catch { /* redirect */ }
  });
  await page.addInitScript('window.__benchTitle = "Counter Example using Callbacks";');
  await page.addInitScript({ path: inPage });
  await page.goto(`${base}counter/`);
  await page.waitForFunction(() => window.__benchTitleAt, null, { timeout: 120_000 });
  await page.waitForTimeout(500);
  await context.close();
  const chunks = files.filter((f) => f.url.includes('chunks/'));
  const charts = chunks.filter((f) => /chunks\/(vega|plotly|graphviz|mermaid|echarts|deck)-/.test(f.url));
  return { files: files.length, bytes: files.reduce((s, f) => s + f.bytes, 0), chunks: chunks.map((f) => f.url), chart_chunks: charts.map((f) => f.url) };
}

/** Fresh context per round: app title on screen -> first chart's SVG with its marks. */
async function firstChart(browser, base, inPage, rounds) {
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript('window.__benchTitle = "Chart bench";');
    await page.addInitScript({ path: inPage });
    await page.addInitScript(() => {
      window.__bench.waitFor(() => document.querySelector('figure svg path'), 120000).then((t) => { window.__chartAt = t; });
    });
    await page.goto(`${base}charts-bench/`);
    const title = await (await page.waitForFunction(() => window.__benchTitleAt, null, { timeout: 120_000 })).jsonValue();
    const chart = await (await page.waitForFunction(() => window.__chartAt, null, { timeout: 120_000 })).jsonValue();
    times.push([chart, title]);
    await context.close();
  }
  const median = (/** @type {number[]} */ xs) => Math.round([...xs].sort((a, b) => a - b)[xs.length >> 1]);
  return { ms: times.map(([c]) => Math.round(c)), median_ms: median(times.map(([c]) => c)), run_median_ms: median(times.map(([, t]) => t)) };
}

/**
 * The chart commands' Python: in dist/families/charts.tar.gz (fetched by an app that
 * draws a chart), and what their stubs add to tablit.tar.gz (every app): the core
 * archive against the same archive without the stub.
 */
async function pythonBytes() {
  const family = fs.statSync(path.join(ROOT, 'dist', 'families', 'charts.tar.gz')).size;
  const { splitFamilies } = await import('../web/tools/families.js');
  const { pythonBundle } = await import('../web/tools/pymin.js');
  const { directoryEntries } = await import('../web/tools/zip.js');
  const { core } = await splitFamilies(directoryEntries(path.join(ROOT, 'py', 'tablit'), 'tablit').filter((e) => !e.name.startsWith('tablit/_runtime/')));
  const stub = 'tablit/elements/charts/__init__.py';
  const withStub = (await pythonBundle(core)).length;
  const without = (await pythonBundle(core.map((e) => (e.name === stub ? { name: stub, data: '' } : e)))).length;
  return { family, stub: withStub - without };
}

export async function chartsBench(browser, base, inPage, quick, log) {
  const out = { bytes: chartChunkBytes(), python: await pythonBytes() };
  log(`charts: the chart commands' Python: families/charts.tar.gz ${(out.python.family / 1024).toFixed(1)} KiB (on first use); their stubs add ${(out.python.stub / 1024).toFixed(1)} KiB to tablit.tar.gz`);
  for (const [k, v] of Object.entries(out.bytes.kinds)) {
    log(`charts ${k}: ${(v.with_shared_gzip / 1024).toFixed(0)} KiB gzipped on first use (${v.files} files${v.lazy_subchunks ? `; +${v.lazy_subchunks} sub-chunks fetched only when needed, ${(v.lazy_subchunks_gzip / 1024).toFixed(0)} KiB in all` : ''})`);
  }
  out.counter = await counterDownloads(browser, base, inPage);
  log(`charts: the counter app downloads ${out.counter.files} of tablit's files, ${(out.counter.bytes / 1024).toFixed(0)} KiB; chart chunks among them: ${out.counter.chart_chunks.length}`);
  out.first_chart = await firstChart(browser, base, inPage, quick ? 1 : 3);
  log(`charts: navigation -> first line chart drawn ${out.first_chart.median_ms} ms (median of ${out.first_chart.ms.join(', ')}); -> the first run by Python ${out.first_chart.run_median_ms} ms`);
  return out;
}

/** Rows for the bench table. */
export function chartsRows(C) {
  const kib = (b) => `${(b / 1024).toFixed(0)} KiB`;
  const rows = Object.entries(C.bytes.kinds).map(([k, v]) => [`charts: ${k} chunk (${v.commands}), gzip on first use`, kib(v.with_shared_gzip),
    v.lazy_subchunks ? `+${kib(v.lazy_subchunks_gzip)} in ${v.lazy_subchunks} sub-chunks, only if needed` : '', '', 'only when used', '']);
  rows.push(['charts: counter app, chart chunks downloaded', String(C.counter.chart_chunks.length), `${kib(C.counter.bytes)} of tablit's files`, '', '0', C.counter.chart_chunks.length === 0 ? 'yes' : 'NO']);
  rows.push(["charts: the chart commands' Python, families/charts.tar.gz (on first use)", kib(C.python.family), '', '', 'only when used', '']);
  rows.push(["charts: their stubs in tablit.tar.gz (every app)", `${(C.python.stub / 1024).toFixed(1)} KiB`, '', '', '', '']);
  rows.push(['charts: navigation -> first line chart drawn (vega chunk fetched; the recorded first run)', `${C.first_chart.median_ms} ms`, `${C.first_chart.run_median_ms} ms to the first run by Python`, '', '', '']);
  return rows;
}
