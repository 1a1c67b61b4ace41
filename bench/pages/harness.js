// A served app mounted as `tablit serve` mounts it (web/serve/page.js), but
// with a debug worker (worker.js?debug) that reports Python's time per run
// and its memory.  ?app=<name>&query=<the app's query string>
import { mount } from '/dist/tablit.js';

const params = new URLSearchParams(location.search);
const name = params.get('app');
const res = await fetch(`/__tablit/apps/${name}/app.json`);
const { entrypoint, files } = await res.json();
const debug = [];
window.tablit = mount(document.getElementById('tablit-root'), {
  entrypoint, files, baseURL: new URL(`/${name}/`, location.href).href, query: params.get('query') ?? '',
  workerURL: '/dist/worker.js?debug',
  fastChannel: params.get('fast') !== '0', // ?fast=0: replies by postMessage only (the before of issue 16)
  warmup: params.get('warm') !== '0', // ?warm=0: no warm-up reruns between clicks (web/runtime/warmup.js)
  ...(params.get('spare') === '0' ? { spareWorker: false } : {}), // ?spare=0: no spare worker (its boot's CPU kept out of a measurement)
  onMessage: (m) => { if (m.type === 'debug') debug.push(m); },
});
/** Whether this page has a spare worker to wait for (web/mount.js: not where cross-origin isolated). */
window.__usesSpare = params.get('spare') !== '0' && !globalThis.crossOriginIsolated;
/** Ask the worker for `op`; resolves to its answer. */
window.__debug = (op) => new Promise((resolve) => {
  const n = debug.length;
  window.tablit.send({ type: 'debug', op });
  const poll = () => (debug.length > n ? resolve(debug[n]) : setTimeout(poll, 5));
  poll();
});
