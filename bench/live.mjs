// Runs the user can watch and stop, in `npm run bench` (section "live"):
//   - Stop to interactive with state: click Stop on a script stuck in
//     `while True: pass` -> the page idle again with its state (without isolation:
//     a spare worker restored from the snapshot and rerun; isolated: the interrupt)
//   - st.progress call -> page: the wall-clock time of the Python call (its text)
//     to the page showing it, for a bar updated every 50 ms
//   - streaming's cost on the counter's click latency: the same clicks with runs
//     announced and streamed (default) and without (debug op "live_off")
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, startServer } from '../web/serve/server.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const q90 = (xs) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(0.9 * xs.length) - 1)];
const r1 = (x) => Math.round(x * 10) / 10;

function liveApps() {
  return [
    new App('live_hang', path.join(HERE, 'apps', 'live_hang'), 'app.py'),
    new App('live_progress', path.join(HERE, 'apps', 'live_progress'), 'app.py'),
  ];
}

/** In the page: click Stop and time until the run is over and the state is shown. */
async function stopOnce(page, isolated, log) {
  const handle = () => page.evaluate(() => window.tablit?.spareReady ?? null);
  await page.getByText(/visits=\d+ name=Ada/).first().waitFor({ timeout: 120_000 });
  if (!isolated) {
    for (let t = 0; t < 600 && !(await handle()); t++) await page.waitForTimeout(200); // the spare is booted
  }
  await page.getByRole('checkbox', { name: 'Hang' }).click({ force: true });
  await page.getByRole('button', { name: 'Stop' }).waitFor({ timeout: 30_000 });
  await page.waitForTimeout(300);
  const ms = await page.evaluate(() => new Promise((resolve, reject) => {
    const stop = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Stop');
    const idle = () => ![...document.querySelectorAll('[role=status]')].some((e) => /Running|Stopping/.test(e.textContent))
      && [...document.querySelectorAll('[data-testid=stMarkdown]')].some((e) => /visits=\d+ name=Ada/.test(e.textContent))
      && !!document.querySelector('input[type=checkbox]');
    const t0 = performance.now();
    stop.click();
    const mo = new MutationObserver(() => {
      if (!idle()) return;
      mo.disconnect();
      resolve(performance.now() - t0);
    });
    mo.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    setTimeout(() => reject(new Error('Stop did not finish in 60 s')), 60_000);
  }));
  log(`live: Stop to interactive (${isolated ? 'isolated' : 'not isolated'}): ${ms.toFixed(0)} ms`);
  if (isolated) {
    // the interrupted run leaves the checkbox on: turn it off for the next round
    await page.getByRole('checkbox', { name: 'Hang' }).click({ force: true });
    await page.getByText(/visits=\d+ name=Ada/).first().waitFor({ timeout: 30_000 });
  }
  return ms;
}

/**
 * @param {(url: string, opts?: object) => Promise<{page: any, close: () => Promise<void>}>} openPage
 * @param {(app: string) => string} harness  the main server's harness URL of an app (debug worker)
 * @param {(page: any, name: string, opts: object) => Promise<any>} measured
 */
export async function liveBench(openPage, harness, measured, log, quick) {
  const out = {};
  const plain = await startServer({ apps: liveApps(), gallery: true, quiet: true, port: 0 });
  const isolated = await startServer({ apps: liveApps(), gallery: true, quiet: true, port: 0, isolated: true });
  try {
    const reps = quick ? 2 : 5;
    for (const [key, server, iso] of [['stop_plain', plain, false], ['stop_isolated', isolated, true]]) {
      const p = await openPage(`${server.url}live_hang/`);
      const times = [];
      for (let i = 0; i < reps; i++) times.push(await stopOnce(p.page, iso, log));
      out[key] = { ms: times.map(r1), p50: r1(median(times)), max: r1(Math.max(...times)) };
      await p.close();
    }

    {
      const p = await openPage(`${plain.url}live_progress/`);
      await p.page.getByRole('button', { name: 'Go' }).waitFor({ timeout: 120_000 });
      const lags = await p.page.evaluate(() => new Promise((resolve) => {
        const seen = [];
        const mo = new MutationObserver(() => {
          const label = document.querySelector('[role=progressbar]');
          const text = label && document.getElementById(label.getAttribute('aria-labelledby') || '')?.textContent;
          const t = Number(text);
          if (Number.isFinite(t) && t > 1e12 && !seen.some((s) => s.t === t)) seen.push({ t, lag: Date.now() - t });
          if ([...document.querySelectorAll('[data-testid=stMarkdown]')].some((e) => e.textContent.trim() === 'done')) {
            mo.disconnect();
            resolve(seen.map((s) => s.lag));
          }
        });
        mo.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
        [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Go').click();
      }));
      out.progress = { n: lags.length, of: 40, p50: r1(median(lags)), p90: r1(q90(lags)) };
      log(`live: st.progress call -> page: p50 ${out.progress.p50} ms, p90 ${out.progress.p90} ms (${lags.length} of 40 steps seen)`);
      await p.close();
    }

    {
      const p = await openPage(harness('counter'), { title: 'Counter Example using Callbacks' });
      await p.page.waitForFunction(() => window.__benchTitleAt, null, { timeout: 120_000 });
      const opts = quick ? { warm: 5, n: 30 } : { warm: 10, n: 100 };
      const on = [];
      const off = [];
      for (let r = 0; r < (quick ? 1 : 2); r++) {
        on.push((await measured(p.page, 'counter', opts)).p50);
        await p.page.evaluate(() => window.__debug('live_off'));
        off.push((await measured(p.page, 'counter', opts)).p50);
        await p.page.evaluate(() => window.__debug('live_on'));
      }
      out.counter = { live_p50: r1(Math.min(...on)), off_p50: r1(Math.min(...off)) };
      out.counter.cost_pct = r1((out.counter.live_p50 / out.counter.off_p50 - 1) * 100);
      log(`live: counter click p50 ${out.counter.live_p50} ms streamed vs ${out.counter.off_p50} ms not (${out.counter.cost_pct} %)`);
      await p.close();
    }
  } finally {
    await plain.close();
    await isolated.close();
  }
  return out;
}

/** Table rows for the results. */
export function liveRows(L) {
  const rows = [];
  if (L.stop_plain) rows.push(['Stop -> interactive, state restored (not isolated: spare worker)', `${L.stop_plain.p50} ms`, '', `max ${L.stop_plain.max} ms`, '< 1000 ms', L.stop_plain.max < 1000 ? 'yes' : 'no']);
  if (L.stop_isolated) rows.push(['Stop -> interactive (isolated: interrupt)', `${L.stop_isolated.p50} ms`, '', `max ${L.stop_isolated.max} ms`, '', '']);
  if (L.progress) rows.push(['st.progress call -> page (p50 / p90)', `${L.progress.p50} / ${L.progress.p90} ms`, '', `${L.progress.n}/${L.progress.of} steps seen`, '', '']);
  if (L.counter) rows.push(['counter click p50: streamed vs not', `${L.counter.live_p50} vs ${L.counter.off_p50} ms`, '', `${L.counter.cost_pct} %`, 'within 10 %', L.counter.cost_pct <= 10 ? 'yes' : 'no']);
  return rows;
}
