// Dev page entry: renders a fixture (?view=app|status|fatal|big) and logs up messages.
import { createRenderer } from './index.js';
import { demoMessage, bigMessage } from './fixtures.js';

const log = document.getElementById('log');
const root = document.getElementById('app');
const r = createRenderer(root, {
  send(msg) {
    console.log('up', msg);
    if (log) log.textContent = JSON.stringify(msg) + '\n' + log.textContent;
  },
});
const view = new URLSearchParams(location.search).get('view') || 'app';
if (view === 'status') r.status({ type: 'status', stage: 'packages', detail: 'micropip: installing numpy' });
else if (view === 'fatal') r.fatal({ type: 'fatal', stage: 'runtime', error: 'Failed to fetch pyodide.asm.wasm' });
else if (view === 'big') {
  r.render(bigMessage(1000));
  const times = [];
  for (let run = 2; run < 22; run++) {
    const t = performance.now();
    r.render(bigMessage(1000, run, run % 50));
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  document.title = `rerender median ${times[10].toFixed(1)}ms max ${times[19].toFixed(1)}ms`;
  console.log('rerender of 1000 widgets', times);
} else r.render(demoMessage());
window.tablitRenderer = r;
