// The npm package's manifest and the service worker's build ids (the packed package
// itself is tested in a browser by tests/e2e/npm_package.test.mjs).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

import { cliFiles } from '../../web/tools/wheel.js';
import { runtimeBuildId, siteBuildId } from '../../web/serve/offline.js';
import { distHeaders } from '../../web/serve/security.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

test('the package installs with nothing else: every npm package is a devDependency (dist/ is prebuilt)', () => {
  assert.deepEqual(Object.keys(pkg.dependencies ?? {}), [],
    'move these to devDependencies: the package ships dist/ built, and installing it must fetch nothing');
  assert.equal(pkg.exports['.'], './dist/tablit.js');
});

test("the package's files hold the CLI and every module it loads, the built runtime, no tests", () => {
  const covered = (f) => pkg.files.some((p) => !p.startsWith('!') && (f === p || f.startsWith(p.endsWith('/') ? p : `${p}/`)));
  for (const f of cliFiles()) assert.ok(covered(f), `${f} (loaded by the CLI) is in "files"`);
  for (const f of ['dist/tablit.js', 'dist/worker.js', 'dist/sw/sw.js']) assert.ok(covered(f), f);
  for (const f of ['tests/e2e/helpers.mjs', 'py/tablit/__init__.py', 'bench/run.js']) assert.ok(!covered(f), `${f} is not packed`);
});

test('build ids: the same files give the same id, a changed file a new one; the page and sw.js are left out', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tablit-buildid-'));
  try {
    fs.mkdirSync(path.join(dir, 'dist'));
    fs.writeFileSync(path.join(dir, 'dist', 'tablit.js'), 'a');
    fs.writeFileSync(path.join(dir, 'index.html'), 'page 1');
    const skip = ['index.html', 'sw.js'];
    const a = siteBuildId(dir, skip);
    fs.writeFileSync(path.join(dir, 'index.html'), 'page 2');
    fs.writeFileSync(path.join(dir, 'sw.js'), 'worker');
    assert.equal(siteBuildId(dir, skip), a);
    fs.writeFileSync(path.join(dir, 'dist', 'tablit.js'), 'b');
    assert.notEqual(siteBuildId(dir, skip), a);
    assert.match(runtimeBuildId([dir]), /^[0-9a-f]{16}$/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('build ids: a link cycle or a dangling link in the folder is walked once, not followed forever', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tablit-buildid-'));
  try {
    fs.mkdirSync(path.join(dir, 'pyodide'));
    fs.writeFileSync(path.join(dir, 'pyodide', 'pyodide.mjs'), 'x');
    fs.symlinkSync(path.join(dir, 'pyodide'), path.join(dir, 'pyodide', 'pyodide')); // (an `ln -s` run twice)
    fs.symlinkSync(path.join(dir, 'gone'), path.join(dir, 'pyodide', 'dangling'));
    fs.symlinkSync(path.join(dir, 'pyodide', 'self'), path.join(dir, 'pyodide', 'self'));
    assert.match(runtimeBuildId([dir]), /^[0-9a-f]{16}$/);
    assert.match(siteBuildId(dir, []), /^[0-9a-f]{16}$/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('dist/sw/sw.js may control the whole server', () => {
  assert.equal(distHeaders('/x/dist/sw/sw.js')['Service-Worker-Allowed'], '/');
  assert.equal(distHeaders('/x/dist/tablit.js')['Service-Worker-Allowed'], undefined);
});
