// Where the milliseconds of one real click go (issue 16): Playwright clicks
// as in bench/latency.mjs, each split into the stages of the rerun path, in
// wall-clock time (performance.timeOrigin + now(), page and worker alike):
//   click    pointerdown -> the page posts the update to the worker
//   toWorker the post -> the worker queued it
//   queue    queued -> Python starts the run (the worker's macrotask)
//   python   the run (rerun, tree diff, JSON)
//   back     Python done -> the page's message event (BroadcastChannel or postMessage)
//   commit   that event -> the DOM shows the new value (parse, patch, Preact commit)
//
// Usage: node bench/stages.mjs [counter|number|slider] [--n 40] [--fast 0|1] [--profile]
// (--hold MS: press, wait MS, release, as a person's click: the worker then has
// the press's time before the update; the click stage holds the wait)
// (--idle MS: nothing happens for MS before each click: a person reading the page between
// clicks; with --idle 4000 the worker's warm-up, web/runtime/warmup.js, has stopped by then)
// (--pause MS: nothing happens for MS after the app loaded, before the first click; --seq: each
// click's total, its wait on the way to the worker and its Python, in order: the first seconds after
// a load are slower than the rest)
// (--tail K: also the K slowest clicks, stage by stage, with what else happened
// around them: the page's long tasks and garbage collections)
// (--profile: the page's JavaScript by self time over the timed clicks, Chrome's
// sampling profiler; `npm run build -- --no-minify` for readable names)
// (--under NAME: with --profile, what runs under the function NAME, inclusive and self; default
// paint, the renderer's full paint; bc.onmessage: all the page does with a reply)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveBench, launchChromium } from './setup.mjs';
import { ARM } from './latency.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv.splice(at, 2)[1] : dflt;
};
const n = Number(opt('n', 40));
const liveOff = argv.includes('--live-off') ? argv.splice(argv.indexOf('--live-off'), 1) : null;
const fast = opt('fast', '1');
const profile = argv.includes('--profile') ? argv.splice(argv.indexOf('--profile'), 1) : null;
const tail = Number(opt('tail', 0));
const hold = Number(opt('hold', 0));
const idle = Number(opt('idle', 0));
const pause = Number(opt('pause', 0));
const spare = opt('spare', '1'); // --spare 0: no spare worker // --pause MS: the page left alone MS after it loaded, before the first click
const seq = argv.includes('--seq') ? argv.splice(argv.indexOf('--seq'), 1) : null; // --seq: each click's stages, in order // --idle MS: the page left alone MS before each click, as between a person's clicks
const who = opt('who', null); // with --profile: the callers of this function, by time
const under = opt('under', 'paint'); // with --profile: what runs under this function, inclusive and self (default: the renderer's paint)
// --alt OP_A,OP_B: 40 ms before each click, the worker's debug op A (even clicks) or B (odd clicks; "none": no op):
// two variants of the worker measured in the same minutes, reported apart
const alt = opt('alt', null)?.split(',');
const [scenario = 'counter'] = argv;
const app = scenario === 'counter' ? ['counter', 'Counter Example using Callbacks'] : ['inputs', 'Inputs'];

// In the page: when the update leaves and when any worker reply arrives.
const HOOKS = `(() => {
  const now = () => performance.timeOrigin + performance.now();
  window.__stage = { send: [], recv: [] };
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (m, ...r) { if (m && m.type === 'update') window.__stage.send.push(now()); return post.call(this, m, ...r); };
  const BC = window.BroadcastChannel;
  window.BroadcastChannel = class extends BC { constructor(n) { super(n); this.addEventListener('message', () => window.__stage.recv.push(now())); } };
  const W = window.Worker;
  window.Worker = class extends W { constructor(...a) { super(...a); this.addEventListener('message', () => window.__stage.recv.push(now())); } };
})();`;

const server = await serveBench();
const browser = await launchChromium();
try {
  const page = await (await browser.newContext()).newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.error('console:', m.text()); });
  await page.addInitScript(`window.__benchTitle = ${JSON.stringify(app[1])};`);
  await page.addInitScript({ path: path.join(HERE, 'in_page.js') });
  await page.addInitScript(HOOKS);
  await page.goto(`${server.url}bench/harness.html?app=${app[0]}&fast=${fast}${spare === '0' ? '&spare=0' : ''}`);
  await page.waitForFunction(() => window.__benchTitleAt, null, { timeout: 120_000 });
  await page.evaluate(ARM);
  if (liveOff) await page.evaluate(() => window.__debug('live_off')); // no {type: run} before each run, no streaming
  const loc = scenario === 'counter' ? page.getByRole('button', { name: 'Increment' })
    : scenario === 'number' ? page.getByTestId('stNumberInputStepUp') : page.locator('input[type=range]');
  const b = await loc.boundingBox();
  const where = (i) => (scenario === 'slider' ? [b.x + b.width * (i % 2 ? 0.3 : 0.7), b.y + b.height / 2] : [b.x + b.width / 2, b.y + b.height / 2]);
  const kind = scenario;
  // long tasks on the page (> 50 ms are reported by the browser) are few; what the tail needs is
  // any task: a PerformanceObserver on 'longtask' misses short ones, so count frames instead
  if (tail) await page.evaluate(() => { window.__frames = []; const f = (t) => { window.__frames.push(performance.timeOrigin + t); requestAnimationFrame(f); }; requestAnimationFrame(f); });
  const rows = [];
  await page.evaluate(() => window.__debug('runs'));
  const cdp = profile ? await page.context().newCDPSession(page) : null;
  if (pause > 0) await page.waitForTimeout(pause);
  for (let i = 0; i < 5 + n; i++) {
    if (cdp && i === 5) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
    }
    if (alt) { // (then 40 ms, as between a person's clicks: a variant of the worker's idle time shows)
      if (alt[i % 2] !== 'none') await page.evaluate((op) => window.__debug(op), alt[i % 2]);
      await page.waitForTimeout(40);
    }
    if (idle > 0) await page.waitForTimeout(idle);
    await page.evaluate((k) => { window.__rl.arm(k); window.__stage.send = []; window.__stage.recv = []; window.__rl.wall = null; }, kind);
    const [x, y] = where(i);
    if (hold > 0) { // a person's press: the button held down for a while (the total then holds it too)
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.waitForTimeout(hold);
      await page.mouse.up();
    } else await page.mouse.click(x, y);
    await page.waitForFunction(() => window.__rl.ms, null, { timeout: 30_000, polling: 'raf' });
    const s = await page.evaluate(() => ({ ms: window.__rl.ms, t0: performance.timeOrigin + window.__rl.t0, send: window.__stage.send[0], recv: [...window.__stage.recv] }));
    await page.waitForTimeout(40);
    const dbg = await page.evaluate(() => window.__debug('runs'));
    const runs = dbg.runs;
    if (seq && i === 0) console.log(`  (before the first click's answer: warm-ups ${dbg.warm_runs}, primed ${dbg.primed})`);
    const run = runs.at(-1);
    if (seq && run && s.send) {
      const rv = s.recv.filter((t) => t >= run.end).sort((a, c) => a - c)[0] ?? NaN;
      console.log(`  click ${i}: total ${s.ms.toFixed(1)}, click ${(s.send - s.t0).toFixed(1)}, toWorker ${(run.queued - s.send).toFixed(1)}, python ${run.ms.toFixed(1)}, back ${(rv - run.end).toFixed(1)}, commit ${(s.t0 + s.ms - rv).toFixed(1)}`);
    }
    if (i < 5 || !run || !s.send) continue;
    const end = s.t0 + s.ms;
    const recv = s.recv.filter((t) => t >= run.end).sort((a, c) => a - c)[0] ?? NaN;
    const start = run.queued + run.wait;
    if (tail) (globalThis.__tailInfo ??= []).push(await page.evaluate(([a, b]) => window.__frames.filter((t) => t >= a && t <= b).map((t) => +(t - a).toFixed(1)), [s.t0, s.t0 + s.ms]));
    rows.push({ ...(alt ? { variant: alt[i % 2] } : {}), total: s.ms, click: s.send - s.t0, toWorker: run.queued - s.send, queue: run.wait, python: run.ms, back: recv - run.end, commit: end - recv });
  }
  const perf = await page.evaluate(() => globalThis.__perf ?? []);
  if (perf.length) {
    const by = {};
    for (const [k, v] of perf.slice(-n * 8)) if (k !== 'recv') (by[k] ??= []).push(v);
    for (const [k, v] of Object.entries(by)) { v.sort((a, b) => a - b); console.log(`  perf ${k}: n ${v.length} mean ${(v.reduce((a, b) => a + b, 0) / v.length).toFixed(3)} p50 ${v[v.length >> 1].toFixed(3)} p90 ${v[Math.floor(v.length * 0.9)].toFixed(3)}`); }
  }
  if (cdp) {
    const { profile: prof } = await cdp.send('Profiler.stop');
    const self = new Map();
    const byId = new Map(prof.nodes.map((x) => [x.id, x]));
    prof.samples.forEach((id, i) => {
      const f = byId.get(id).callFrame;
      const key = `${f.functionName || '(anonymous)'} ${f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}` : ''}`;
      self.set(key, (self.get(key) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000);
    });
    // inclusive time of what runs under the renderer's paint (the Preact commit)
    const parent = new Map();
    for (const x of prof.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
    const incl = new Map();
    const selfUnder = new Map();
    prof.samples.forEach((id, i) => {
      const seen = new Set();
      let inside = false;
      const chain = [];
      for (let at = id; at !== undefined; at = parent.get(at)) {
        const f = byId.get(at).callFrame;
        if (f.functionName === under) { inside = true; break; }
        chain.push(`${f.functionName || '(anonymous)'} ${f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}` : ''}`);
      }
      if (!inside) return;
      const me = chain[0] ?? under;
      selfUnder.set(me, (selfUnder.get(me) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000);
      for (const k of [under, ...chain]) if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000); }
    });
    if (who) {
      const chains = new Map();
      prof.samples.forEach((id, i) => {
        if (byId.get(id).callFrame.functionName !== who) return;
        const chain = [];
        for (let at = parent.get(id); at !== undefined && chain.length < 6; at = parent.get(at)) {
          const f = byId.get(at).callFrame;
          chain.push(`${f.functionName || '(anonymous)'}${f.url ? ` ${f.url.split('/').pop()}:${f.lineNumber + 1}` : ''}`);
        }
        const k = chain.join(' < ');
        chains.set(k, (chains.get(k) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000);
      });
      console.log(`callers of ${who}, ms per click:`);
      for (const [k, v] of [...chains].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${(v / rows.length).toFixed(3).padStart(8)}  ${k}`);
    }
    console.log(`under ${under}, inclusive ms per click:`);
    for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(v / rows.length).toFixed(3).padStart(8)}  ${k}`);
    console.log(`under ${under}, self ms per click:`);
    for (const [k, v] of [...selfUnder].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${(v / rows.length).toFixed(3).padStart(8)}  ${k}`);
    console.log(`page JavaScript, self time per click (ms), ${rows.length} clicks:`);
    for (const [k, v] of [...self].filter(([k]) => !/^\((idle|program)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 30)) {
      console.log(`${(v / rows.length).toFixed(3).padStart(8)}  ${k}`);
    }
  }
  const med = (xs) => { const v = xs.filter((x) => Number.isFinite(x)).sort((a, c) => a - c); return v[v.length >> 1]; };
  const p90 = (xs) => { const v = xs.filter((x) => Number.isFinite(x)).sort((a, c) => a - c); return v[Math.floor(v.length * 0.9)]; };
  if (tail) {
    console.log(`the ${tail} slowest clicks (#: the click's place among the timed ones; ms by stage; frames: when the page drew a frame, ms after pointerdown):`);
    const order = rows.map((r, i) => i).sort((a, c) => rows[c].total - rows[a].total).slice(0, tail);
    for (const i of order) console.log(`  #${i + 1}: ${Object.entries(rows[i]).map(([k, v]) => `${k} ${Number.isFinite(v) ? v.toFixed(1) : '?'}`).join(', ')}; frames ${JSON.stringify(globalThis.__tailInfo[i])}`);
  }
  for (const v of alt ?? [null]) {
    const mine = rows.filter((r) => v === null || r.variant === v);
    console.log(`${scenario} (fast=${fast})${v ? `, ${v}` : ''}, ${mine.length} clicks: stage p50 / p90 ms`);
    for (const k of Object.keys(mine[0]).filter((k) => k !== 'variant')) console.log(`  ${k.padEnd(9)} ${med(mine.map((r) => r[k])).toFixed(2).padStart(7)} ${p90(mine.map((r) => r[k])).toFixed(2).padStart(7)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
