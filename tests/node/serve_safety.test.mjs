// What `tablit serve | gallery | build` must never hand out or destroy:
// symlinks out of the app folder, folders `build --out` did not make, the
// runtime's sources; and the security headers / <meta> every page carries;
// .streamlit/secrets.toml only when the developer opts in.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { App, startServer } from '../../web/serve/server.js';
import { buildStatic } from '../../web/serve/build_static.js';
import { manifest } from '../../web/serve/files.js';
import { BUILD_MARKER, CONTENT_SECURITY_POLICY } from '../../web/serve/security.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = path.join(ROOT, 'bin', 'tablit.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tablit-safety-'));
// These builds are about what is written where: no build-time run of the app (web/prerender/), ~10 s each.
process.env.TABLIT_PRERENDER = '0';
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A fresh app folder: app.py, data.csv, sub/inner.txt, and the files given. */
function appDir(extra = {}) {
  const dir = fs.mkdtempSync(path.join(tmp, 'app-'));
  const files = { 'app.py': 'import streamlit as st\nst.write("hi")\n', 'data.csv': 'a\n1\n', 'sub/inner.txt': 'inner\n', ...extra };
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

async function serving(app, fn) {
  const server = await startServer({ apps: [app], quiet: true, watchDirs: [] });
  try {
    return await fn(server.url);
  } finally {
    await server.close();
  }
}

describe('symlinks never lead out of the app folder', () => {
  const outside = fs.mkdtempSync(path.join(tmp, 'outside-'));
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'TOP SECRET\n');

  function linkedApp() {
    const dir = appDir();
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'p'));      // ln -s /etc/passwd p
    fs.symlinkSync(outside, path.join(dir, 'up'));                              // ln -s .. up
    fs.symlinkSync('..', path.join(dir, 'parent'));
    fs.symlinkSync('data.csv', path.join(dir, 'alias.csv'));                    // inside: fine
    fs.symlinkSync('.', path.join(dir, 'loop'));                                // a loop: walked once
    return dir;
  }

  test('serve refuses them; links inside the folder still work', async () => {
    const dir = linkedApp();
    await serving(new App('', dir, 'app.py'), async (url) => {
      for (const p of ['p', 'up/secret.txt', `parent/${path.basename(outside)}/secret.txt`]) {
        const res = await fetch(new URL(p, url));
        const body = await res.text();
        assert.doesNotMatch(body, /TOP SECRET/, p);
        assert.match(res.headers.get('content-type'), /text\/html/, `${p} falls through to the app page`);
      }
      assert.equal(await (await fetch(new URL('alias.csv', url))).text(), 'a\n1\n');
      assert.equal(await (await fetch(new URL('sub/inner.txt', url))).text(), 'inner\n');
      assert.equal(await (await fetch(new URL(`parent/${path.basename(dir)}/data.csv`, url))).text(), 'a\n1\n', 'a link back inside');
    });
  });

  test('the manifest and build leave them out', async () => {
    const dir = linkedApp();
    const files = Object.keys(manifest(dir, 'app.py').files).sort();
    assert.deepEqual(files, ['alias.csv', 'app.py', 'data.csv', 'sub/inner.txt']);
    const out = path.join(tmp, `site-${path.basename(dir)}`);
    await buildStatic({ appFile: path.join(dir, 'app.py'), out });
    assert.equal(fs.existsSync(path.join(out, 'p')), false);
    assert.equal(fs.existsSync(path.join(out, 'up')), false);
    assert.equal(fs.existsSync(path.join(out, 'parent')), false);
    assert.equal(fs.readFileSync(path.join(out, 'alias.csv'), 'utf8'), 'a\n1\n');
    assert.doesNotMatch(fs.readFileSync(path.join(out, 'app.json'), 'utf8'), /TOP SECRET/);
  });

  test('gallery: a link in an example is refused too', async () => {
    const dir = linkedApp();
    const server = await startServer({ apps: [new App('ex', dir, 'app.py')], gallery: true, quiet: true, watchDirs: [] });
    try {
      assert.doesNotMatch(await (await fetch(new URL('ex/p', server.url))).text(), /TOP SECRET/);
      assert.doesNotMatch(await (await fetch(new URL('ex/up/secret.txt', server.url))).text(), /TOP SECRET/);
      assert.equal(await (await fetch(new URL('ex/data.csv', server.url))).text(), 'a\n1\n');
    } finally {
      await server.close();
    }
  });
});

describe('build --out', () => {
  test('refuses a non-empty folder that is not an earlier build, unless --force', async () => {
    const dir = appDir();
    const out = fs.mkdtempSync(path.join(tmp, 'mine-'));
    fs.mkdirSync(path.join(out, 'dist'));
    fs.writeFileSync(path.join(out, 'dist', 'keep.txt'), 'mine');
    fs.writeFileSync(path.join(out, 'index.html'), 'my page');
    const r = spawnSync(process.execPath, [CLI, 'build', path.join(dir, 'app.py'), '--out', out], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /not empty and is not an earlier tablit build.*--force/s);
    assert.equal(fs.readFileSync(path.join(out, 'dist', 'keep.txt'), 'utf8'), 'mine');
    assert.equal(fs.readFileSync(path.join(out, 'index.html'), 'utf8'), 'my page');

    execFileSync(process.execPath, [CLI, 'build', path.join(dir, 'app.py'), '--out', out, '--force'], { encoding: 'utf8' });
    assert.match(fs.readFileSync(path.join(out, 'index.html'), 'utf8'), /tablit-options/);
    assert.ok(fs.existsSync(path.join(out, BUILD_MARKER)));
  });

  test('an earlier build is replaced without --force; an empty or new folder is fine', async () => {
    const dir = appDir();
    const out = path.join(tmp, `new-${path.basename(dir)}`, 'site');
    await buildStatic({ appFile: path.join(dir, 'app.py'), out });
    fs.writeFileSync(path.join(dir, 'app.py'), 'import streamlit as st\nst.write("second")\n');
    await buildStatic({ appFile: path.join(dir, 'app.py'), out });
    assert.match(fs.readFileSync(path.join(out, 'app.json'), 'utf8'), /second/);
    const empty = fs.mkdtempSync(path.join(tmp, 'empty-'));
    await buildStatic({ appFile: path.join(dir, 'app.py'), out: empty });
    assert.ok(fs.existsSync(path.join(empty, 'index.html')));
  });

  test('a build inside the app folder is not part of the next manifest', async () => {
    const dir = appDir();
    const out = path.join(dir, 'site');
    await buildStatic({ appFile: path.join(dir, 'app.py'), out });
    await buildStatic({ appFile: path.join(dir, 'app.py'), out });
    assert.deepEqual(Object.keys(manifest(dir, 'app.py').files).sort(), ['app.py', 'data.csv', 'sub/inner.txt']);
  });

  test("never writes over the runtime's own folder or its sources, even with --force", async () => {
    const dir = appDir();
    for (const out of [ROOT, path.dirname(ROOT), path.join(ROOT, 'dist'), path.join(ROOT, 'web'), path.join(ROOT, 'py', 'x'), dir]) {
      await assert.rejects(buildStatic({ appFile: path.join(dir, 'app.py'), out, force: true }), /must not overwrite/, out);
    }
    assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'tablit.js')));
    assert.ok(fs.existsSync(path.join(ROOT, 'web', 'serve', 'server.js')));
  });
});

describe('security headers', () => {
  test('serve sends the CSP and nosniff on pages, files and the runtime', async () => {
    const dir = appDir();
    await serving(new App('', dir, 'app.py'), async (url) => {
      for (const p of ['', 'some/page', 'data.csv', 'dist/tablit.js', '__tablit/page.js', '__tablit/app.json', 'no/such.css']) {
        const res = await fetch(new URL(p, url));
        await res.arrayBuffer();
        assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY, p);
        assert.equal(res.headers.get('x-content-type-options'), 'nosniff', p);
      }
    });
  });

  test('dist/frame.html (the document of HTML frames) has no policy of its own, so their scripts run', async () => {
    const dir = appDir();
    await serving(new App('', dir, 'app.py'), async (url) => {
      const res = await fetch(new URL('dist/frame.html', url));
      assert.equal(res.status, 200);
      assert.match(await res.text(), /tablitFrameHtml/);
      assert.equal(res.headers.get('content-security-policy'), null);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    });
  });

  test('the policy: scripts from self and wasm, no eval, no inline scripts, workers from self/blob', async () => {
    const d = Object.fromEntries(CONTENT_SECURITY_POLICY.split(';').map((x) => x.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    assert.deepEqual(d['script-src'], ["'self'", "'wasm-unsafe-eval'", 'blob:']);
    assert.deepEqual(d['worker-src'], ["'self'", 'blob:']);
    assert.deepEqual(d['object-src'], ["'none'"]);
    assert.ok(!CONTENT_SECURITY_POLICY.includes("'unsafe-eval'"));
  });

  test('a built page carries the policy as a <meta>', async () => {
    const dir = appDir();
    const out = path.join(tmp, `meta-${path.basename(dir)}`);
    await buildStatic({ appFile: path.join(dir, 'app.py'), out });
    const html = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
    const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    assert.ok(m, 'the <meta> is there');
    assert.equal(m[1].replace(/&#39;/g, "'"), CONTENT_SECURITY_POLICY);
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<script'), 'before any script');
  });
});

describe('.streamlit/secrets.toml', () => {
  const secrets = { '.streamlit/secrets.toml': 'api_key = "abc123"\n', '.streamlit/config.toml': '[theme]\nbase = "dark"\n' };

  test('is not shipped by default: serve, build, and the CLI says why st.secrets is empty', async () => {
    const dir = appDir(secrets);
    assert.deepEqual(Object.keys(manifest(dir, 'app.py').files).sort(), ['.streamlit/config.toml', 'app.py', 'data.csv', 'sub/inner.txt']);
    await serving(new App('', dir, 'app.py'), async (url) => {
      assert.doesNotMatch(await (await fetch(new URL('__tablit/app.json', url))).text(), /abc123/);
      assert.doesNotMatch(await (await fetch(new URL('.streamlit/secrets.toml', url))).text(), /abc123/);
    });
    const out = path.join(tmp, `nosecrets-${path.basename(dir)}`);
    const r = spawnSync(process.execPath, [CLI, 'build', path.join(dir, 'app.py'), '--out', out], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /secrets\.toml is not shipped.*--include-secrets/s);
    assert.doesNotMatch(fs.readFileSync(path.join(out, 'app.json'), 'utf8'), /abc123/);
    assert.equal(fs.existsSync(path.join(out, '.streamlit', 'secrets.toml')), false);
  });

  test('is shipped with --include-secrets, with a warning that it is public', async () => {
    const dir = appDir(secrets);
    const app = new App('', dir, 'app.py', { secrets: true });
    await serving(app, async (url) => {
      const m = await (await fetch(new URL('__tablit/app.json', url))).json();
      assert.equal(m.files['.streamlit/secrets.toml'], 'api_key = "abc123"\n');
    });
    const out = path.join(tmp, `secrets-${path.basename(dir)}`);
    const r = spawnSync(process.execPath, [CLI, 'build', path.join(dir, 'app.py'), '--out', out, '--include-secrets'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /WARNING: .*secrets\.toml is shipped.*PUBLIC/s);
    assert.equal(JSON.parse(fs.readFileSync(path.join(out, 'app.json'), 'utf8')).files['.streamlit/secrets.toml'], 'api_key = "abc123"\n');
  });
});
