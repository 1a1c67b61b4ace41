// The floors of the real-input latency figure (bench/latency.mjs): a click
// answered by a synchronous handler, or by an idle worker's reply by
// postMessage, on a MessageChannel port, on a BroadcastChannel (what
// tablit's worker uses), and where the page is cross-origin isolated in a
// SharedArrayBuffer: awaited with Atomics.waitAsync, or polled in
// scheduler.postTask('user-blocking') tasks.  Also the cost of a 1 MB string
// by postMessage or BroadcastChannel (window.__big).
const out = document.getElementById('out');
let n = 0;
const show = (v) => { out.textContent = String(v); };
const name = `floor-${crypto.randomUUID()}`;
const worker = new Worker(`input_floor_worker.js?name=${name}`, { type: 'module', name: 'floor' });
const bc = new BroadcastChannel(name);
/** @type {((d: any) => void)|null} */ let onBig = null;
const got = (d) => (typeof d === 'string' ? onBig?.(d) : show(d));
worker.onmessage = (e) => got(e.data);
bc.onmessage = (e) => got(e.data);
const mc = new MessageChannel();
worker.postMessage({ port: mc.port2 }, [mc.port2]);
mc.port1.onmessage = (e) => got(e.data);
const isolated = globalThis.crossOriginIsolated === true && typeof SharedArrayBuffer === 'function';
const sab = isolated ? new Int32Array(new SharedArrayBuffer(8)) : null;
if (sab) worker.postMessage({ sab });
const on = (id, fn) => { document.getElementById(id).onclick = fn; };
on('sync', () => show(++n));
on('post', () => worker.postMessage({ via: 'post', v: ++n }));
on('mc', () => mc.port1.postMessage({ v: ++n }));
on('bc', () => worker.postMessage({ via: 'bc', v: ++n }));
on('sab', () => {
  const seen = Atomics.load(sab, 0);
  const w = Atomics.waitAsync(sab, 0, seen);
  worker.postMessage({ via: 'sab', v: ++n });
  if (w.async) w.value.then(() => show(Atomics.load(sab, 1)));
  else show(Atomics.load(sab, 1));
});
on('poll', () => {
  const seen = Atomics.load(sab, 0);
  const t0 = performance.now();
  worker.postMessage({ via: 'sab', v: ++n });
  const poll = () => {
    if (Atomics.load(sab, 0) !== seen) show(Atomics.load(sab, 1));
    else if (performance.now() - t0 < 1000) scheduler.postTask(poll, { priority: 'user-blocking' });
  };
  scheduler.postTask(poll, { priority: 'user-blocking' });
});
for (const id of ['sab', 'poll']) document.getElementById(id).disabled = !isolated;
/** ms from asking to holding a 1 MB string sent by the worker `via` post or bc. */
window.__big = (via) => new Promise((resolve) => {
  const t0 = performance.now();
  onBig = (s) => { onBig = null; resolve({ ms: performance.now() - t0, chars: s.length }); };
  worker.postMessage({ via, big: true });
});
window.__floorIsolated = isolated;
window.__floorReady = true;
