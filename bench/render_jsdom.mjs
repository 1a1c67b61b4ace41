// The renderer alone, in jsdom: how long a rerun that changes one of 1,000
// widgets takes to reach the DOM (moved here from tests/node/render.test.mjs,
// which now checks the behaviour: only that widget's view re-renders).
// jsdom is far slower than a browser; the Chromium figure is `scale` in run.js.
//
// Usage: node bench/render_jsdom.mjs [N] [RUNS]   prints {"n", "runs", "p50_ms", "max_ms"} as JSON

import '../tests/node/jsdom_page.mjs';

const n = Number(process.argv[2] || 1000);
const runs = Number(process.argv[3] || 20);
const { createRenderer } = await import('../web/render/index.js');
const { bigMessage } = await import('../web/render/fixtures.js');

const root = document.createElement('div');
document.body.append(root);
const r = createRenderer(root, { send: () => {} });
r.render(bigMessage(n, 1));
const times = [];
for (let run = 2; run < runs + 2; run++) {
  const m = bigMessage(n, run, 3);
  for (const c of m.tree.main.children) if (c.id.endsWith('f3')) c.props.set = true;
  const t = performance.now();
  r.render(m);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ n, runs, p50_ms: times[times.length >> 1], max_ms: times.at(-1) }));
