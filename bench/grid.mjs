// The data grid in `npm run bench` (section "grid"): for a 1,000- and a
// 1,000,000-row table, the time from ticking "Show" to the first grid cell
// in the DOM (Python builds and encodes the table, the worker sends it, the
// page parses it, loads the grid chunk the first time and draws), then the
// frames the page draws while the grid is scrolled top to bottom for two
// seconds; and the bytes a 1,000-row table costs on the wire, JSON columns vs
// Arrow IPC (what the page gets without and with pyarrow in the app).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Time to first grid cell and scroll frames, in the page. */
async function inPage(page, n) {
  return page.evaluate(async (rows) => {
    const { waitFor, frame, sleep } = window.__bench;
    const box = [...document.querySelectorAll('input[type=checkbox]')].find((i) => i.closest('label')?.textContent.includes(`Show ${rows} rows`));
    await frame();
    const shown = waitFor(() => document.querySelector('[role=grid] [role=gridcell]'), 300000);
    const t0 = performance.now();
    box.click();
    const paint = (await shown) - t0;
    await sleep(300);
    const grid = document.querySelector('[role=grid]');
    const frames = [];
    const start = performance.now();
    let last = start;
    const span = grid.scrollHeight - grid.clientHeight;
    while (performance.now() - start < 2000) {
      await frame();
      const t = performance.now();
      frames.push(t - last);
      last = t;
      grid.scrollTop = Math.min(span, ((t - start) / 2000) * span);
    }
    const sorted = [...frames].sort((a, b) => a - b);
    const drawnRows = grid.querySelectorAll('[role=row]').length;
    return { first_paint_ms: paint, frames: frames.length, fps: frames.length / ((last - start) / 1000),
      frame_p50_ms: sorted[Math.floor(sorted.length / 2)], frame_p95_ms: sorted[Math.floor(sorted.length * 0.95)], rows_in_dom: drawnRows };
  }, n);
}

/** Bytes per 1,000 rows of a typical mixed table, both wire forms (tablit's encoder under python3). */
export function wireBytes() {
  const script = `
import json, sys, random, datetime as dt
sys.path.insert(0, ${JSON.stringify(path.join(ROOT, 'py'))})
from tablit.elements.dataframe import frame, wire
random.seed(1)
n = 1000
t = frame.to_table({"id": list(range(n)), "x": [random.random() * 100 for _ in range(n)],
    "name": [random.choice(["alpha", "beta", "gamma", "delta"]) for _ in range(n)],
    "ok": [random.random() < 0.5 for _ in range(n)],
    "when": [dt.datetime(2024, 1, 1) + dt.timedelta(hours=i) for i in range(n)]})
out = {"json": len(json.dumps(wire.encode(t, arrow=False)))}
try:
    import pyarrow  # noqa: F401
    out["arrow"] = len(json.dumps(wire.encode(t, arrow=True)))
except ImportError:
    out["arrow"] = None
print(json.dumps(out))
`;
  return JSON.parse(execFileSync('python3', ['-c', script], { encoding: 'utf8' }));
}

/**
 * @param {(url: string, o: {title: string}) => Promise<{page: any, close: () => Promise<void>}>} openPage
 * @param {(app: string, query: string) => string} harnessUrl
 */
export async function gridBench(openPage, harnessUrl, waitValue, log) {
  const out = { wire_bytes_per_1000_rows: wireBytes() };
  for (const n of [1000, 1000000]) {
    const p = await openPage(harnessUrl('grid', `n=${n}`), { title: `Grid: ${n} rows` });
    await waitValue(p.page, () => window.__benchTitleAt);
    out[n] = await inPage(p.page, n);
    const runs = (await p.page.evaluate(() => window.__debug('runs'))).runs;
    const last = runs[runs.length - 1] || {};
    out[n].python_ms = last.ms ?? null;
    out[n].answer_bytes = last.bytes ?? null;
    log(`grid ${n} rows: first paint ${out[n].first_paint_ms.toFixed(0)} ms (Python ${out[n].python_ms?.toFixed(0)} ms, ${out[n].answer_bytes} B), scroll ${out[n].fps.toFixed(1)} fps (frame p50 ${out[n].frame_p50_ms.toFixed(1)} ms, p95 ${out[n].frame_p95_ms.toFixed(1)} ms), ${out[n].rows_in_dom} rows in the DOM`);
    await p.close();
  }
  log(`grid wire: ${out.wire_bytes_per_1000_rows.json} B per 1,000 rows as JSON columns, ${out.wire_bytes_per_1000_rows.arrow} B as Arrow IPC`);
  return out;
}

/** Rows for the bench table. */
export function gridRows(G) {
  const ms = (x) => `${x.toFixed(0)} ms`;
  const a = G[1000];
  const b = G[1000000];
  return [
    ['grid: 1,000,000-row table, tick -> first cell drawn', ms(b.first_paint_ms), `${ms(a.first_paint_ms)} 1,000 rows`, `${(b.first_paint_ms / a.first_paint_ms).toFixed(1)}x`, '', '', b.python_ms != null ? ms(b.python_ms) : ''],
    ['grid: scrolling top to bottom, frames/s (frame p95)', `${b.fps.toFixed(1)} fps (${b.frame_p95_ms.toFixed(1)} ms)`, `${a.fps.toFixed(1)} fps (${a.frame_p95_ms.toFixed(1)} ms) 1,000 rows`, `${(b.fps / a.fps).toFixed(2)}x`, 'smooth: ~same as 1,000 rows', b.fps >= 0.8 * a.fps ? 'yes' : 'NO'],
    ['grid: wire bytes per 1,000 rows (int, float, str, bool, datetime)', `${G.wire_bytes_per_1000_rows.json} B JSON columns`, G.wire_bytes_per_1000_rows.arrow ? `${G.wire_bytes_per_1000_rows.arrow} B Arrow IPC (with pyarrow)` : 'no pyarrow', '', '', ''],
  ];
}
