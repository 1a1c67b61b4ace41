// The echo behind bench/pages/input_floor.html: answers by postMessage, on a
// MessageChannel port, on the page's BroadcastChannel, or (cross-origin
// isolated) in a SharedArrayBuffer the page waits on.
const bc = new BroadcastChannel(new URL(self.location.href).searchParams.get('name'));
const BIG = JSON.stringify([{ type: 'render', tree: 'x'.repeat(1 << 20) }]);
/** @type {MessagePort|null} */ let port = null;
/** @type {Int32Array|null} */ let sab = null; // [generation, value]
self.onmessage = (e) => {
  if (e.data.port) {
    port = e.data.port;
    port.onmessage = (m) => port.postMessage(m.data.v);
    return;
  }
  if (e.data.sab) {
    sab = e.data.sab;
    return;
  }
  const { via, v, big } = e.data;
  const data = big ? BIG : v;
  if (via === 'bc') bc.postMessage(data);
  else if (via === 'sab' && sab) {
    Atomics.store(sab, 1, v);
    Atomics.add(sab, 0, 1);
    Atomics.notify(sab, 0);
  } else self.postMessage(data);
};
