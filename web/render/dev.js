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
  let t = performance.now();
  r.render(bigMessage(1000, 2, 3));
  const dt = performance.now() - t;
  document.title = `rerender ${dt.toFixed(1)}ms`;
  console.log('rerender of 1000 widgets', dt);
} else r.render(demoMessage());
window.tablitRenderer = r;
