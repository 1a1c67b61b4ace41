// Where the time of one benchmark scenario goes: cProfile of the worker's
// Python (the debug worker's profile_start/profile_stop) and a CPU profile of
// the page's JavaScript (Chrome's sampling profiler), over the same
// interactions.  Build with `npm run build -- --no-minify` for readable JS names.
//
// Usage: node bench/profile.mjs SCENARIO [N] [--runs 30] [--sort tottime|cumtime]
//   SCENARIO  counter | number | slider | widgets | text | table   (see bench/in_page.js)
//   N         the scale scenarios' size (default 1000)

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveBench, launchChromium } from './setup.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv.splice(at, 2)[1] : dflt;
};
const runs = Number(opt('runs', 30));
const sort = opt('sort', 'tottime');
const [scenario = 'counter', nArg = '1000'] = argv;
const n = Number(nArg);

const APPS = {
  counter: ['counter', '', 'Counter Example using Callbacks'],
  number: ['inputs', '', 'Inputs'],
  slider: ['inputs', '', 'Inputs'],
  widgets: ['scale', `kind=widgets&n=${n}`, `Scale: ${n} widgets`],
  text: ['scale', `kind=text&n=${n}`, `Scale: ${n} text`],
  table: ['scale', `kind=table&n=${n}`, `Scale: ${n} table`],
};
if (!APPS[scenario]) throw new Error(`unknown scenario ${scenario}; one of ${Object.keys(APPS).join(', ')}`);
const [app, query, title] = APPS[scenario];

const server = await serveBench();
const browser = await launchChromium();
try {
  const page = await (await browser.newContext()).newPage();
  await page.addInitScript(`window.__benchTitle = ${JSON.stringify(title)};`);
  await page.addInitScript({ path: path.join(HERE, 'in_page.js') });
  await page.goto(`${server.url}bench/harness.html?app=${app}&query=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => window.__benchTitleAt, null, { timeout: 120_000 });
  // the first run over (a streamed run shows its title before the rest)
  await page.waitForFunction(() => (window.__tablitRenders ?? 0) >= 1, null, { timeout: 120_000 });
  const measure = (k) => page.evaluate(([s, o]) => window.__bench.measure(s, o), [scenario, { warm: 0, n: k, params: { n } }]);
  await measure(5); // warm up

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await page.evaluate(() => window.__debug('runs'));
  await page.evaluate(() => window.__debug('profile_start'));
  await cdp.send('Profiler.start');
  const times = await measure(runs);
  const { profile } = await cdp.send('Profiler.stop');
  const report = (await page.evaluate(() => window.__debug('profile_stop'))).profile;
  const pyRuns = (await page.evaluate(() => window.__debug('runs'))).runs;

  const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  console.log(`${scenario}${query ? ` (${query})` : ''}: ${runs} interactions, p50 ${med(times).toFixed(1)} ms, ` +
    `Python p50 ${med(pyRuns.map((r) => r.ms)).toFixed(1)} ms (both with the profilers on)\n`);
  console.log(`--- Python (cProfile, sorted by ${sort}) ---`);
  console.log(report.split('\n').slice(0, 45).join('\n'));

  const self = new Map();
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  profile.samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  console.log('--- page JavaScript (self time, ms over all interactions) ---');
  for (const [k, v] of [...self].filter(([k]) => !/^\((idle|program)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
  }
} finally {
  await browser.close();
  await server.close();
}
