// npm run bench, "packages": cold start of an app that imports pandas and shows a
// DataFrame, beside its floor measured in the same run: bare Pyodide boot plus
// loadPackage of the same packages (numpy, pandas and their dependencies), in a
// module worker, from the same server.  Both run on the Pyodide 0.27.7 test fixture
// (tests/fixtures/pyodide027.sh: the registries here hold no Pyodide 314 pandas).

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { App, startServer } from '../web/serve/server.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const PACKAGES = ['numpy', 'pandas'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * @param {(url: string, opts?: object) => Promise<{page: any, close: () => Promise<void>}>} openPage
 * @param {number} runs
 * @param {(s: string) => void} log
 */
export async function packagesBench(openPage, runs, log) {
  const dir = execFileSync('bash', [path.join(ROOT, 'tests', 'fixtures', 'pyodide027.sh')], { encoding: 'utf8' }).trim().split('\n').pop();
  const server = await startServer({
    apps: [new App('pandas', path.join(HERE, 'apps', 'pandas'), 'app.py'), new App('bench', path.join(HERE, 'pages'), 'floor.html')],
    gallery: true, quiet: true, port: 0, pyodideDir: dir,
  });
  const tablit = [];
  const floor = [];
  const floorImport = [];
  const wait = async (p, fn) => (await p.page.waitForFunction(fn, null, { timeout: 180_000, polling: 20 })).jsonValue();
  try {
    for (let i = 0; i < runs; i++) {
      // interleaved, so drift in the machine's speed hits all alike
      for (const [list, query] of [[floor, ''], [floorImport, `&import=${PACKAGES.join(',')}`]]) {
        const p = await openPage(`${server.url}bench/floor.html?packages=${PACKAGES.join(',')}${query}`);
        list.push(await wait(p, () => window.__floor?.bootAt));
        await p.close();
      }
      {
        const p = await openPage(`${server.url}pandas/`);
        // the DataFrame is on screen (its grid, with a row of data: 7² = 49) and the text below it
        tablit.push(await wait(p, () => {
          const grid = document.querySelector('[role=grid], table');
          const cells = grid ? [...grid.querySelectorAll('[role=gridcell], td')].map((c) => c.textContent.trim()) : [];
          return cells.includes('49') && document.body.innerText.includes('total = 4950') ? performance.now() : 0;
        }));
        await p.close();
      }
      log(`pandas cold start ${i + 1}/${runs}: tablit ${tablit.at(-1).toFixed(0)} ms, Pyodide + loadPackage ${floor.at(-1).toFixed(0)} ms, ` +
        `+ import ${floorImport.at(-1).toFixed(0)} ms`);
    }
  } finally {
    await server.close();
  }
  const r1 = (x) => Math.round(x * 10) / 10;
  const r2 = (x) => Math.round(x * 100) / 100;
  return {
    pyodide: '0.27.7', packages: PACKAGES,
    tablit_ms: tablit.map(r1), floor_ms: floor.map(r1), floor_import_ms: floorImport.map(r1),
    tablit_median: r1(median(tablit)), floor_median: r1(median(floor)), floor_import_median: r1(median(floorImport)),
    ratio: r2(median(tablit) / median(floor)), ratio_import: r2(median(tablit) / median(floorImport)),
  };
}

/** The bench table's rows. */
export function packagesRows(P) {
  const ms = (x) => `${x.toFixed(0)} ms`;
  return [
    [`cold start: pandas app, navigation -> DataFrame on screen (median, Pyodide ${P.pyodide})`, ms(P.tablit_median),
      `${ms(P.floor_median)} bare Pyodide + loadPackage(${P.packages.join(', ')})`, `${P.ratio.toFixed(2)}x`, '<= 1.15x', P.ratio <= 1.15 ? 'yes' : 'NO', ''],
    [`  the same floor + \`import ${P.packages.join(', ')}\` (which every such app pays)`, '', ms(P.floor_import_median), `${P.ratio_import.toFixed(2)}x`, '', '', ''],
  ];
}
