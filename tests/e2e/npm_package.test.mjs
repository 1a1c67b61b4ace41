// The npm package, literally: `npm pack`, installed from its tarball (offline) into a
// project outside the repository, then
//   1. a page bundled by esbuild that does `import { mount } from 'tablit'`, with the
//      runtime served from node_modules/tablit/dist/ (mount's runtimeURL), and
//   2. a page that copies dist/ as is: <script type=module src=tablit/tablit.js> and
//      <tablit-app>, the runtime found beside tablit.js through import.meta.url.
// Each runs an app and a click reruns it.  One static server, one browser.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import * as esbuild from 'esbuild';

import { BOOT_TIMEOUT, ROOT, afterRun, launchBrowser, line, serveStatic, shown, watchPolicy } from './helpers.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tablit-npm-'));
const project = path.join(tmp, 'project');
const violations = [];
let server;
let browser;

const APP = `import streamlit as st
st.title("From the npm package")
if st.button("Press"):
    st.write("Pressed =", True)
`;

/** The app runs in `page`, and a click reruns it. */
async function runs(page) {
  await page.getByRole('heading', { name: 'From the npm package' }).waitFor({ timeout: BOOT_TIMEOUT });
  // Python's own first run (a built page draws its build-time first render before that)
  await page.waitForFunction(() => (window.__tablitRenders ?? 0) >= 1, null, { timeout: BOOT_TIMEOUT });
  await afterRun(page, () => page.getByRole('button', { name: 'Press' }).click());
  await shown(page.getByText(line('Pressed =', 'True')));
}

/** @param {string} url */
async function open(url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  watchPolicy(page, violations);
  await page.goto(url);
  await runs(page);
  assert.deepEqual(errors, []);
  await page.close();
}

before(async () => {
  assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'tablit.js')), 'dist/ is built (npm run build)');
  // --ignore-scripts: prepack would rebuild dist/, which the test suite has just built
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], { cwd: ROOT, encoding: 'utf8' }));
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'outside', private: true, type: 'module' }));
  // --offline: the package must install from its tarball alone
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', path.join(tmp, filename)], { cwd: project, encoding: 'utf8' });
  server = await serveStatic(project);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
  assert.deepEqual(violations.map((v) => v.text), []);
});

test('the package holds the built runtime and the CLI, not the tests', () => {
  const pkg = path.join(project, 'node_modules', 'tablit');
  for (const f of ['dist/tablit.js', 'dist/worker.js', 'dist/tablit.tar.gz', 'dist/pyodide/pyodide.asm.wasm', 'dist/sw/sw.js', 'bin/tablit.js', 'web/serve/server.js']) {
    assert.ok(fs.existsSync(path.join(pkg, f)), f);
  }
  for (const f of ['tests', 'py', 'bench', 'dist/tablit.js.map']) assert.ok(!fs.existsSync(path.join(pkg, f)), `${f} is not packed`);
  assert.deepEqual(fs.readdirSync(path.join(project, 'node_modules')).filter((d) => !d.startsWith('.')), ['tablit'], 'no dependencies installed');
  const help = execFileSync(process.execPath, [path.join(project, 'node_modules', '.bin', 'tablit'), '--help'], { encoding: 'utf8' });
  assert.match(help, /tablit build APP\.py --out DIR/);
});

test("a bundler: esbuild bundles `import { mount } from 'tablit'`", { timeout: 180_000 }, async () => {
  const site = path.join(project, 'site');
  fs.mkdirSync(site);
  fs.writeFileSync(path.join(project, 'main.js'), `import { mount } from 'tablit';
mount(document.getElementById('app'), {
  files: { 'app.py': ${JSON.stringify(APP)} },
  runtimeURL: '/node_modules/tablit/dist/',
});
`);
  const result = await esbuild.build({ entryPoints: [path.join(project, 'main.js')], bundle: true, format: 'esm', outfile: path.join(site, 'app.js'),
    absWorkingDir: project, logLevel: 'silent' });
  assert.deepEqual(result.errors, []);
  fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>bundled</title><div id="app"></div><script type="module" src="app.js"></script>\n');
  await open(`${server.url}site/`);
});

test('a copy of dist/ served as is: <script src=tablit/tablit.js> and <tablit-app>', { timeout: 180_000 }, async () => {
  const page = path.join(project, 'copied');
  fs.cpSync(path.join(project, 'node_modules', 'tablit', 'dist'), path.join(page, 'tablit'), { recursive: true });
  fs.writeFileSync(path.join(page, 'app.py'), APP);
  fs.writeFileSync(path.join(page, 'index.html'), '<!doctype html><title>copied</title>\n'
    + '<script type="module" src="tablit/tablit.js"></script>\n<tablit-app src="app.py"></tablit-app>\n');
  await open(`${server.url}copied/`);
});
