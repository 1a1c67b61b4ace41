// The echo behind bench/pages/input_floor.html: answers by postMessage or on
// the page's BroadcastChannel.
const bc = new BroadcastChannel(new URL(self.location.href).searchParams.get('name'));
const BIG = JSON.stringify([{ type: 'render', tree: 'x'.repeat(1 << 20) }]);
self.onmessage = (e) => {
  const { via, v, big } = e.data;
  const data = big ? BIG : v;
  if (via === 'bc') bc.postMessage(data);
  else self.postMessage(data);
};
