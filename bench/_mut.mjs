import path from 'node:path';
import { chromium } from 'playwright-core';
import { App, startServer } from '../web/serve/server.js';
const HERE = '/work/wt/latency/bench';
const server = await startServer({ apps: [new App('counter', '/work/wt/latency/examples/counter-callbacks', 'app.py'), new App('inputs', HERE + '/apps/inputs', 'app.py'), new App('bench', HERE + '/pages', 'floor.html')], gallery: true, quiet: true, port: 0 });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const p = await b.newPage();
const app = process.argv[2] || 'counter';
await p.goto(`${server.url}bench/harness.html?app=${app}`);
await p.waitForFunction(() => (window.__tablitRenders ?? 0) >= 1, null, { timeout: 120000 });
await p.waitForTimeout(1500);
await p.evaluate(() => {
  window.__muts = [];
  new MutationObserver((ms) => { for (const m of ms) window.__muts.push(`${m.type} ${m.target.nodeName}${m.target.className ? '.' + String(m.target.className).slice(0, 30) : ''} ${m.attributeName || ''} +${[...m.addedNodes].map((n) => n.nodeName).join(',')} -${[...m.removedNodes].map((n) => n.nodeName).join(',')}`); })
    .observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
});
const loc = app === 'counter' ? p.getByRole('button', { name: 'Increment' }) : p.getByTestId('stNumberInputStepUp');
for (let i = 0; i < 3; i++) { await p.evaluate(() => { window.__muts.push('---'); }); await loc.click(); await p.waitForTimeout(300); }
console.log((await p.evaluate(() => window.__muts)).join('\n'));
await b.close(); await server.close();
