// Pyodide's packages in the tab: a pandas + numpy app on the Pyodide 0.27.7
// fixture (tests/fixtures/pyodide027.sh), from `tablit serve` and from a built
// folder, with no route to anything but 127.0.0.1; offline mode telling the
// package that is not vendored and the vendoring command (the app runs; its
// import fails saying so); a requirement with no Pyodide build told in a
// notice, the app running without it.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { App, startServer } from '../../web/serve/server.js';
import { officialBaseURL } from '../../web/runtime/pyodide_packages.js';
import { BOOT_TIMEOUT, ROOT, afterRun, blockNetwork, launchBrowser, pyodide027Dir, serveStatic, servePyodide027, shown } from './helpers.mjs';

const PANDAS_APP = path.join(ROOT, 'tests', 'e2e', 'apps', 'pandas', 'app.py');
const PANDAS_BOOT = 3 * BOOT_TIMEOUT; // Pyodide + ~9 MB of wheels on 2 busy cores

let browser;
let context;
let outside; // requests for anything but 127.0.0.1: must stay empty
const servers = [];
let tmp;

// Record every text the loading view shows (to see the package progress).
const RECORD_STATUS = `
  window.__statusTexts = [];
  new MutationObserver(() => {
    for (const el of document.querySelectorAll('.tl-status-detail')) {
      const t = el.textContent;
      if (window.__statusTexts.at(-1) !== t) window.__statusTexts.push(t);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

before(async () => {
  pyodide027Dir(); // assembled (or fails loudly) before anything starts
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tablit-packages-'));
  browser = await launchBrowser();
  context = await browser.newContext();
  outside = await blockNetwork(context);
  await context.addInitScript(RECORD_STATUS);
});

after(async () => {
  await browser?.close().catch(() => {});
  for (const s of servers) await s.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** The pandas app is on screen and works. */
async function checkPandasApp(page) {
  await shown(page.getByText('sum of y = 30'), PANDAS_BOOT);
  await shown(page.getByText('numpy 2.0.2, pandas 2.2.3'));
  await shown(page.getByText('pyparsing 3.1.2')); // imported only inside a function of util.py
  const table = page.getByRole('table').or(page.getByRole('grid')).first();
  await shown(table);
  await shown(table.getByText('16', { exact: true }));
  await afterRun(page, () => page.getByRole('button', { name: 'Add a row' }).click());
  await shown(page.getByText('rows = 6'));
}

test('a pandas + numpy app from `tablit serve` on Pyodide 0.27.7, only 127.0.0.1 reachable', async () => {
  const server = await servePyodide027(PANDAS_APP);
  servers.push(server);
  const page = await context.newPage();
  await page.goto(server.url);
  await checkPandasApp(page);
  const texts = await page.evaluate(() => window.__statusTexts);
  assert.ok(texts.some((t) => /numpy.*: [\d.]+ (B|kB|MB) of [\d.]+ (kB|MB)$/.test(t)), `progress shown: ${JSON.stringify(texts)}`);
  assert.deepEqual(outside, [], 'nothing but 127.0.0.1 was asked for');
  await page.close();
});

test('a built folder vendors exactly the packages and runs them with no network (and in offline mode)', async () => {
  const out = path.join(tmp, 'site');
  const log = execFileSync(process.execPath, [path.join(ROOT, 'bin', 'tablit.js'), 'build', PANDAS_APP, '--out', out, '--pyodide', pyodide027Dir(), '--offline'],
    { encoding: 'utf8' });
  assert.match(fs.readFileSync(path.join(out, 'index.html'), 'utf8'), /"offline":true/);
  assert.match(log, /vendored 6 Pyodide packages, [\d.]+ MB:/);
  for (const name of ['numpy 2.0.2', 'pandas 2.2.3', 'pytz', 'python-dateutil', 'six', 'pyparsing']) assert.ok(log.includes(`  ${name}`), `${name} in ${log}`);
  const vendored = JSON.parse(fs.readFileSync(path.join(out, 'dist', 'pyodide', 'vendored.json'), 'utf8'));
  assert.equal(vendored.pyodide, '0.27.7');
  assert.deepEqual(Object.keys(vendored.packages).sort(), ['numpy', 'pandas', 'pyparsing', 'python-dateutil', 'pytz', 'six']);
  const wheels = fs.readdirSync(path.join(out, 'dist', 'pyodide')).filter((f) => f.endsWith('.whl'));
  assert.equal(wheels.length, 6, `only what the app needs: ${wheels}`);

  const server = await serveStatic(out);
  servers.push(server);
  const page = await context.newPage();
  await page.goto(server.url);
  await checkPandasApp(page);
  assert.deepEqual(outside, [], 'nothing but 127.0.0.1 was asked for');
  await page.close();
});

test('offline mode: a package that is not vendored is told, naming it and the vendoring command, and its import fails saying so; a package with no Pyodide build is told, and the app runs', async () => {
  // the default runtime (Pyodide 314) vendors only micropip: pandas is not there
  const server = await startServer({
    apps: [new App('pandas', path.dirname(PANDAS_APP), 'app.py'), new App('missing', path.join(ROOT, 'tests', 'e2e', 'apps', 'missing'), 'app.py')],
    gallery: true, quiet: true, offline: true,
  });
  servers.push({ stop: server.close });
  const page = await context.newPage();
  await page.goto(new URL('pandas/', server.url).href);
  // the app runs: its first line, `import numpy`, fails with why
  const error = page.getByText(/No module named 'numpy'/).first();
  await shown(error, BOOT_TIMEOUT);
  const shownText = await error.innerText();
  assert.match(shownText, /No module named 'numpy': the Pyodide package numpy [\d.]+ could not be loaded \(not vendored with this app, and fetching packages from the network is forbidden \(offline mode\); vendor the app's packages with `tablit build app\.py --out site\/`/);
  assert.ok(shownText.includes('tablit build app.py --out site/'), shownText);
  const notice = page.locator('.tl-notice').filter({ hasText: 'not installed' });
  await shown(notice);
  assert.match(await notice.innerText(), /^3 packages were not installed; the app runs without them, and importing one raises ModuleNotFoundError: numpy \(imported by app\.py\), pandas \(imported by app\.py\), pyparsing \(imported by util\.py\) \(not vendored with this app, and fetching packages from the network is forbidden \(offline mode\); vendor the app's packages with `tablit build app\.py --out site\/`/s);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await notice.waitFor({ state: 'detached' });

  await page.goto(new URL('missing/', server.url).href);
  await shown(page.getByText('the rest of the app runs'), BOOT_TIMEOUT);
  await shown(page.getByText(/import failed: No module named 'tensorflow': the requirement tensorflow was not installed \(offline mode: no package index is asked, and Pyodide 314\.[\d.]+ has no build of it\)/));
  const missing = await page.locator('.tl-notice').innerText();
  assert.match(missing, /A package was not installed; the app runs without it, and importing it raises ModuleNotFoundError: tensorflow \(offline mode: no package index is asked, and Pyodide 314\.[\d.]+ has no build of it\)\./);
  assert.deepEqual(outside, [], 'offline mode asked for nothing but 127.0.0.1');
  await page.close();
});

test("with nothing vendored, packages come from Pyodide's official distribution of the runtime's version, checked against the lock", async () => {
  // (the app running from there is the same as from vendored files: tests 1 and 2)
  // a Pyodide 0.27.7 runtime folder without its packages; the official distribution is
  // played by Playwright from the fixture (the test has no internet)
  const fixture = pyodide027Dir();
  const runtime = path.join(tmp, 'runtime-only');
  fs.mkdirSync(runtime);
  for (const f of ['pyodide.mjs', 'pyodide.asm.js', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json']) fs.copyFileSync(path.join(fixture, f), path.join(runtime, f));
  const server = await startServer({ apps: [new App('', path.dirname(PANDAS_APP), 'app.py')], quiet: true, pyodideDir: runtime });
  servers.push({ stop: server.close });
  const official = officialBaseURL('0.27.7');
  const ctx = await browser.newContext();
  const served = [];
  const elsewhere = [];
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(official)) {
      const file = url.slice(official.length);
      served.push(file);
      const body = fs.readFileSync(path.join(fixture, file));
      if (file.startsWith('pytz-')) body[body.length - 1] ^= 1; // one file that does not match the lock
      return route.fulfill({ status: 200, body, headers: { 'Content-Type': 'application/zip', 'Access-Control-Allow-Origin': '*' } });
    }
    if (new URL(url).hostname === '127.0.0.1') return route.continue();
    elsewhere.push(url);
    return route.abort('addressunreachable');
  });
  try {
    const page = await ctx.newPage();
    await page.goto(server.url);
    // the app runs without pandas (it needs pytz): the notice says why
    const notice = page.locator('.tl-notice').first();
    await shown(notice, PANDAS_BOOT);
    assert.match(await notice.innerText(),
      /pytz-2024\.1-py2\.py3-none-any\.whl from Pyodide 0\.27\.7's official distribution \(https:\/\/cdn\.jsdelivr\.net\/pyodide\/v0\.27\.7\/full\/pytz-2024\.1-py2\.py3-none-any\.whl\) does not match the lock file's sha256: refusing to install it/);

    // every file was asked for there (in parallel, while Python booted); the spare worker a page
    // may boot for Stop asks again: hence a Set
    assert.deepEqual([...new Set(served)].sort(), ['numpy-2.0.2-cp312-cp312-pyodide_2024_0_wasm32.whl', 'pandas-2.2.3-cp312-cp312-pyodide_2024_0_wasm32.whl',
      'pyparsing-3.1.2-py3-none-any.whl', 'python_dateutil-2.9.0.post0-py2.py3-none-any.whl', 'pytz-2024.1-py2.py3-none-any.whl', 'six-1.16.0-py2.py3-none-any.whl'],
    'every package the app needs was asked for from the official distribution');
    assert.deepEqual(elsewhere, []);
  } finally {
    await ctx.close();
  }
});
