// The Python snapshot made for a Pyodide brought with --pyodide (web/serve/runtime_snapshot.js):
// one that cannot be made is no snapshot and a reason, never a failed server or build; one that
// is made is placed beside a copied runtime with the description the worker checks.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

import { placeRuntimeSnapshot, snapshotForRuntime } from '../../web/serve/runtime_snapshot.js';
import { sha256hex } from '../../web/runtime/boot_snapshot.js';
import { SNAPSHOT_FILE, SNAPSHOT_FORMAT, SNAPSHOT_META } from '../../web/runtime/boot_snapshot.js';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'tablit-rsnap-'));
const ROOT = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..', '..');
const PYODIDE_027 = path.join(ROOT, 'tests', 'fixtures', 'pyodide-0.27.7');

test('Pyodide 0.27.7 inside this repository (a package.json of "type": "module"): the snapshot is made', {
  skip: fs.existsSync(path.join(PYODIDE_027, 'pyodide.mjs')) ? false : 'no Pyodide 0.27.7 fixture (tests/fixtures/pyodide027.sh)',
  timeout: 300_000,
}, async () => {
  const cache = tmp(); // (an empty cache: made now, not taken)
  const before = process.env.TABLIT_CACHE_DIR;
  process.env.TABLIT_CACHE_DIR = cache;
  try {
    const tar = path.join(ROOT, 'dist', 'tablit.tar.gz');
    const logs = [];
    const snap = await snapshotForRuntime(PYODIDE_027, tar, (s) => logs.push(s));
    assert.ok(snap, logs.join('\n'));
    assert.equal(snap.cached, false);
    assert.ok(snap.gz.startsWith(path.join(cache, 'snapshots')), snap.gz);
    assert.ok(fs.statSync(snap.gz).size > 1e6);
    assert.equal(snap.meta.pyodide, '0.27.7');
    assert.equal(snap.meta.tablit_sha256, await sha256hex(new Uint8Array(fs.readFileSync(tar))));
    assert.match(logs[0], /Python snapshot for Pyodide 0\.27\.7 .*made in/);
  } finally {
    if (before === undefined) delete process.env.TABLIT_CACHE_DIR;
    else process.env.TABLIT_CACHE_DIR = before;
    fs.rmSync(cache, { recursive: true, force: true });
  }
});

test('a Pyodide that does not load in node: no snapshot, and the log says why', async () => {
  const dir = tmp();
  try {
    fs.writeFileSync(path.join(dir, 'pyodide.mjs'), 'export const version = "9.9.9"; export async function loadPyodide() { throw new Error("this Pyodide is broken"); }\n');
    fs.writeFileSync(path.join(dir, 'pyodide-lock.json'), '{"info": {"version": "9.9.9"}, "packages": {}}');
    fs.writeFileSync(path.join(dir, 'pyodide.asm.wasm'), 'not wasm');
    fs.writeFileSync(path.join(dir, 'tablit.tar.gz'), `not a tar ${Date.now()}`); // (a key no cache holds)
    const logs = [];
    const snap = await snapshotForRuntime(dir, path.join(dir, 'tablit.tar.gz'), (s) => logs.push(s));
    assert.equal(snap, null);
    assert.equal(logs.length, 1);
    assert.match(logs[0], /no Python snapshot for Pyodide in .*this Pyodide is broken.*start Python afresh/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a missing tablit package: no snapshot, and the log names it', async () => {
  const logs = [];
  assert.equal(await snapshotForRuntime(os.tmpdir(), '/nonexistent/tablit.tar.gz', (s) => logs.push(s)), null);
  assert.match(logs[0], /\/nonexistent\/tablit\.tar\.gz is missing/);
});

test('placeRuntimeSnapshot writes the memory and the description beside the runtime', () => {
  const dir = tmp();
  try {
    const gz = path.join(dir, 'made.bin.gz');
    fs.writeFileSync(gz, 'memory');
    const meta = { format: SNAPSHOT_FORMAT, file: SNAPSHOT_FILE, pyodide: '0.27.7', tablit_sha256: 'ab'.repeat(32), bytes: 6 };
    const runtime = path.join(dir, 'pyodide');
    fs.mkdirSync(runtime);
    placeRuntimeSnapshot({ gz, meta, cached: true, ms: 0 }, runtime);
    assert.equal(fs.readFileSync(path.join(runtime, SNAPSHOT_FILE), 'utf8'), 'memory');
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(runtime, SNAPSHOT_META), 'utf8')), meta);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
