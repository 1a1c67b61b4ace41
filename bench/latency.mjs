// `npm run bench` section "input": real input latency.  Playwright clicks
// (CDP input events, as a user's), timed in the page from the `pointerdown`
// to the MutationObserver that sees the new value, for the counter's button,
// a number input's + button and a slider's track; tablit with its private
// BroadcastChannel and with postMessage only (mount({fastChannel: false}),
// before issue 16), beside three floors in the same run: a synchronous
// handler, an idle worker's postMessage round trip, and its BroadcastChannel
// round trip (bench/pages/input_floor.html).  Each click is also timed from
// its input event's own timestamp (event.timeStamp: when the browser made the
// event), which adds the input's wait before the page's first handler, as a
// user's click pays it; the figures above start at that handler.  And each click is timed to
// the frame that shows its change (a requestAnimationFrame asked for by the observer that saw
// it: the next frame, whose paint has it), what a person sees.  Also 1 MB from a worker by
// postMessage vs BroadcastChannel (why large messages stay on postMessage).
// The apps are clicked once their page has settled after its load (settle(): the worker primed, the spare
// worker booted), as a person's first click after reading finds them; the counter is also clicked as soon
// as its title appears (counter_early), which is how every app was clicked until 2026-12-04.

// In the page: arm(kind) waits for the next pointerdown, then for check().
export const ARM = `(() => {
  const md = (re) => [...document.querySelectorAll('[data-testid=stMarkdown]')].find((e) => re.test(e.textContent));
  const checks = {
    floor() { const want = String(Number(document.getElementById('out').textContent) + 1); return () => document.getElementById('out').textContent === want; },
    counter() { const n = Number(/Count =\\s*(\\d+)/.exec(md(/Count =/).textContent)[1]) + 1; const re = new RegExp('Count =\\\\s*' + n + '\\\\s*$'); return () => re.test(md(/Count =/)?.textContent ?? ''); },
    number() { const n = Number(/number = (-?\\d+)/.exec(md(/^number =/).textContent)[1]) + 1; return () => md(/^number =/)?.textContent.trim() === 'number = ' + n; },
    slider() {
      const input = document.querySelector('input[type=range]');
      const before = input.value;
      return () => input.value !== before && md(/^level =/)?.textContent.trim() === 'level = ' + input.value;
    },
  };
  window.__rl = {
    arm(kind) {
      const st = window.__rl;
      st.t0 = null; st.ms = null; st.lag = null; st.frame = null;
      const check = checks[kind]();
      // lag: how long the input waited in the browser before its first handler ran (event.timeStamp is when it was created)
      document.addEventListener('pointerdown', (e) => { st.t0 = performance.now(); st.lag = st.t0 - e.timeStamp; }, { capture: true, once: true });
      const mo = new MutationObserver(() => {
        if (st.t0 === null || !check()) return;
        st.ms = performance.now() - st.t0;
        requestAnimationFrame(() => { st.frame = performance.now() - st.t0; });
        mo.disconnect();
      });
      mo.observe(document, { subtree: true, childList: true, characterData: true });
    },
  };
})();`;

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const q = (xs, p) => { const s = sorted(xs); return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]; };
const r2 = (x) => Math.round(x * 100) / 100;
const summary = (xs) => ({ n: xs.length, p50: r2(q(xs, 0.5)), p99: r2(q(xs, 0.99)) });

/**
 * n clicks at the points where(i) gives, each timed in the page.
 * @param {import('playwright-core').Page} page
 */
async function clicks(page, kind, where, { warm, n }) {
  const out = [];
  const fromInput = []; // the same clicks timed from the input's own timestamp (event.timeStamp)
  const frames = []; // the same clicks, to the frame that shows the change (its requestAnimationFrame)
  for (let i = 0; i < warm + n; i++) {
    await page.evaluate((k) => window.__rl.arm(k), kind);
    const [x, y] = await where(i);
    await page.mouse.click(x, y);
    const [ms, lag, frame] = await (await page.waitForFunction(() => window.__rl.frame !== null && [window.__rl.ms, window.__rl.lag, window.__rl.frame], null, { timeout: 30_000, polling: 'raf' })).jsonValue();
    if (i >= warm) { out.push(ms); fromInput.push(ms + lag); frames.push(frame); }
    await page.waitForTimeout(30); // let the run's after-work (snapshot, spare) settle
  }
  return { ...summary(out), from_input: summary(fromInput), frame: summary(frames) };
}

const COUNTER = 'Counter Example using Callbacks';

/**
 * Wait until the page has settled after its load, as it has by the time a person who read it clicks: the worker
 * has primed (web/runtime/warmup.js: Chromium's optimised code for what a click runs) and the spare worker has
 * booted (web/mount.js, without cross-origin isolation).  Until then clicks share the CPU with that work, once per
 * load (the row "clicking as soon as the app appears" measures them).
 * @param {import('playwright-core').Page} page
 */
async function settle(page) {
  for (let t = 0; t < 300; t++) {
    const primed = (await page.evaluate(() => window.__debug('runs'))).primed;
    const spare = await page.evaluate(() => !window.__usesSpare || window.tablit?.spareReady);
    if (primed !== false && spare) return;
    await page.waitForTimeout(100);
  }
  throw new Error('the page did not settle in 30 s (priming, spare worker)');
}

const centre = async (locator) => {
  const b = await locator.boundingBox();
  return [b.x + b.width / 2, b.y + b.height / 2];
};

/** The floors on the page at `url`: each kind of button clicked n times. */
async function floors(open, url, prefix, kinds, opts, R) {
  const p = await open(url);
  await p.page.evaluate(ARM);
  await p.page.waitForFunction(() => window.__floorReady);
  for (const k of kinds) {
    const at = await centre(p.page.locator(`#${k}`));
    R[`${prefix}_${k}`] = await clicks(p.page, 'floor', async () => at, opts);
  }
  return p;
}

/** One round: the floors, then tablit fast and postMessage-only. */
async function round(open, harness, base, isoBase, opts, log) {
  const R = {};
  {
    const p = await floors(open, `${base}bench/input_floor.html`, 'floor', ['sync', 'post', 'mc', 'bc'], opts, R);
    const big = { post: [], bc: [] };
    for (let i = 0; i < 10; i++) for (const via of ['post', 'bc']) big[via].push((await p.page.evaluate((v) => window.__big(v), via)).ms);
    R.big_1mb = { post_p50: r2(q(big.post, 0.5)), bc_p50: r2(q(big.bc, 0.5)) };
    await p.close();
  }
  if (isoBase) {
    // cross-origin isolated (tablit serve --isolated): SharedArrayBuffer replies too
    const p = await floors(open, `${isoBase}bench/input_floor.html`, 'iso', ['post', 'bc', 'sab', 'poll'], opts, R);
    if (!(await p.page.evaluate(() => window.__floorIsolated))) throw new Error('the isolated floor page is not cross-origin isolated');
    await p.close();
  }
  /** An app's page, its title drawn; settled (settle()) unless `early`. */
  const app = async (name, title, q, early = false) => {
    const p = await open(harness(name, '', q), { title });
    await p.page.waitForFunction(() => window.__benchTitleAt, null, { timeout: 120_000 });
    await p.page.evaluate(ARM);
    if (!early) await settle(p.page);
    return p;
  };
  for (const [fast, tag] of [['1', 'fast'], ['0', 'postmessage']]) {
    {
      const p = await app('counter', COUNTER, fast);
      const at = await centre(p.page.getByRole('button', { name: 'Increment' }));
      R[`counter_${tag}`] = await clicks(p.page, 'counter', async () => at, opts);
      await p.close();
    }
    {
      const p = await app('inputs', 'Inputs', fast);
      const plus = await centre(p.page.getByTestId('stNumberInputStepUp'));
      R[`number_${tag}`] = await clicks(p.page, 'number', async () => plus, opts);
      const b = await p.page.locator('input[type=range]').boundingBox();
      R[`slider_${tag}`] = await clicks(p.page, 'slider', async (i) => [b.x + b.width * (i % 2 ? 0.3 : 0.7), b.y + b.height / 2], opts);
      await p.close();
    }
  }
  {
    // the counter with the worker's warm-up off (mount({warmup: false}), web/runtime/warmup.js): what it buys
    const p = await app('counter', COUNTER, '1&warm=0');
    const at = await centre(p.page.getByRole('button', { name: 'Increment' }));
    R.counter_nowarm = await clicks(p.page, 'counter', async () => at, opts);
    await p.close();
  }
  {
    // the counter clicked as soon as its title is drawn (as this section measured until 2026-12-04): the
    // clicks then share the CPU with Chromium optimising Pyodide's code and with the spare worker's boot
    const p = await app('counter', COUNTER, '1', true);
    const at = await centre(p.page.getByRole('button', { name: 'Increment' }));
    R.counter_early = await clicks(p.page, 'counter', async () => at, opts);
    await p.close();
  }
  log(`input latency round: ${JSON.stringify(R)}`);
  return R;
}

/** Rounds of the input section; each figure keeps its round with the lower p50. */
export async function inputBench(open, harness, base, log, quick, isoBase = null) {
  const opts = quick ? { warm: 3, n: 15 } : { warm: 5, n: 40 };
  const rounds = [];
  for (let r = 0; r < (quick ? 1 : 3); r++) rounds.push(await round(open, harness, base, isoBase, opts, log));
  const best = {};
  for (const k of Object.keys(rounds[0])) {
    best[k] = k === 'big_1mb' ? rounds[0][k] : rounds.map((x) => x[k]).sort((a, b) => a.p50 - b.p50)[0];
  }
  return { ...best, rounds };
}

/** Rows for the results table (figure, tablit, floor, ratio, target, met, -). */
export function inputRows(I) {
  const f = (s) => `${s.p50} / ${s.p99} ms`;
  // the counter runs on a page that is not cross-origin isolated: its floor is the fastest worker reply there
  const fastest = Math.min(...['post', 'mc', 'bc'].filter((k) => I[`floor_${k}`]).map((k) => I[`floor_${k}`].p50));
  const rows = [
    ['real click -> DOM floor: synchronous handler (p50/p99)', '', f(I.floor_sync), '', '', '', ''],
    ['real click -> DOM floor: worker postMessage round trip', '', f(I.floor_post), '', '', '', ''],
    ...(I.floor_mc ? [['real click -> DOM floor: worker MessageChannel port round trip', '', f(I.floor_mc), '', '', '', '']] : []),
    ['real click -> DOM floor: worker BroadcastChannel round trip', '', f(I.floor_bc), '', '', '', ''],
    ...[['post', 'postMessage'], ['bc', 'BroadcastChannel'], ['sab', 'SharedArrayBuffer + Atomics.waitAsync'], ['poll', 'SharedArrayBuffer polled in scheduler.postTask user-blocking']]
      .filter(([k]) => I[`iso_${k}`]).map(([k, what]) => [`real click -> DOM floor, cross-origin isolated: worker ${what}`, '', f(I[`iso_${k}`]), '', '', '', '']),
  ];
  for (const k of ['counter', 'number', 'slider']) {
    const a = I[`${k}_fast`];
    const b = I[`${k}_postmessage`];
    rows.push([`real click -> DOM, ${k} (p50/p99): after / before (postMessage only)`, `${f(a)} / ${f(b)}`, `${fastest} ms fastest worker floor`, `${(a.p50 / fastest).toFixed(1)}x p50`,
      k === 'counter' ? 'p50 <= 1.5x floor, p99 <= 15 ms' : '', k === 'counter' ? (a.p50 <= 1.5 * fastest && a.p99 <= 15 ? 'yes' : 'NO') : '', '']);
  }
  if (I.counter_early) {
    rows.push(['real click -> DOM, counter clicked as soon as the app appears (before: how this row was measured until 2026-12-04)', f(I.counter_early), `${fastest} ms fastest worker floor`, `${(I.counter_early.p50 / fastest).toFixed(1)}x p50`, '', '', '']);
  }
  if (I.counter_nowarm) {
    rows.push(['real click -> DOM, counter without the warm-up (mount({warmup: false}))', f(I.counter_nowarm), `${fastest} ms fastest worker floor`, `${(I.counter_nowarm.p50 / fastest).toFixed(1)}x p50`, '', '', '']);
  }
  // the same clicks timed from the input's own timestamp (event.timeStamp): the wait in the browser before the page's first handler, in both
  const fromInput = (k) => I[k]?.from_input;
  if (fromInput('counter_fast') && fromInput('floor_bc')) {
    const a = fromInput('counter_fast');
    const fl = Math.min(...['post', 'mc', 'bc'].map((k) => fromInput(`floor_${k}`)?.p50).filter((x) => x !== undefined));
    rows.push(['real click -> DOM, counter, timed from the input event\'s timestamp (p50/p99)', f(a), `${fl} ms fastest worker floor (sync handler ${f(fromInput('floor_sync'))})`, `${(a.p50 / fl).toFixed(1)}x p50`, '', '', '']);
  }
  // the same clicks to the frame that shows the change (a requestAnimationFrame asked for when the DOM
  // changed runs in the next frame, which paints it): what a person sees, in whole frames
  const frame = (k) => I[k]?.frame;
  if (frame('counter_fast') && frame('floor_bc')) {
    const fl = Math.min(...['post', 'mc', 'bc'].map((k) => frame(`floor_${k}`)?.p50).filter((x) => x !== undefined));
    for (const k of ['counter', 'number', 'slider']) {
      rows.push([`real click -> the frame that shows it, ${k} (p50/p99): after / before (postMessage only)`, `${f(frame(`${k}_fast`))} / ${f(frame(`${k}_postmessage`))}`,
        `${fl} ms fastest worker floor (sync handler ${f(frame('floor_sync'))})`, `${(frame(`${k}_fast`).p50 / fl).toFixed(1)}x p50`, '', '', '']);
    }
  }
  rows.push(['1 MB string from a worker (p50)', `BroadcastChannel ${I.big_1mb.bc_p50} ms`, `postMessage ${I.big_1mb.post_p50} ms`, '', '', '', '']);
  return rows;
}
