// The floors of the real-input latency figure (bench/latency.mjs): a click
// answered by a synchronous handler, by an idle worker's postMessage, and by
// the same worker on a BroadcastChannel (what tablit's worker uses).  Also
// the cost of a 1 MB string either way (window.__big).
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
document.getElementById('sync').onclick = () => show(++n);
document.getElementById('post').onclick = () => worker.postMessage({ via: 'post', v: ++n });
document.getElementById('bc').onclick = () => worker.postMessage({ via: 'bc', v: ++n });
/** ms from asking to holding a 1 MB string sent by the worker `via` post or bc. */
window.__big = (via) => new Promise((resolve) => {
  const t0 = performance.now();
  onBig = (s) => { onBig = null; resolve({ ms: performance.now() - t0, chars: s.length }); };
  worker.postMessage({ via, big: true });
});
window.__floorReady = true;
