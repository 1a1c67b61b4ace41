// The tablit CLI: the server's routes and manifest, run-on-save, and `tablit build`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { ROOT, afterRun, launchBrowser, line, shown, startTablit, until } from './helpers.mjs';

const CLI = path.join(ROOT, 'bin', 'tablit.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tablit-cli-'));
let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => {
  await browser?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A copy of an example in a fresh folder. */
function copyExample(name) {
  const dir = path.join(tmp, `${name}-${Math.random().toString(36).slice(2, 8)}`);
  fs.cpSync(path.join(ROOT, 'examples', name), dir, { recursive: true });
  return dir;
}

/** GET with an explicit Host header (fetch does not let us set it). */
function rawGet(url, headers = {}) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    }).on('error', reject);
  });
}

describe('tablit CLI', () => {
  test('--help describes serve, gallery and build', () => {
    const out = execFileSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
    for (const word of ['serve', 'gallery', 'build', '--port', '--out']) assert.match(out, new RegExp(word));
  });

  test('serve: manifest, app files, page routes, no hidden files, local host only', { timeout: 60_000 }, async () => {
    const dir = copyExample('serializable-state');
    fs.mkdirSync(path.join(dir, '.git'));
    fs.writeFileSync(path.join(dir, '.git', 'config'), 'secret');
    fs.writeFileSync(path.join(dir, '.env'), 'TOKEN=secret');
    fs.mkdirSync(path.join(dir, 'node_modules', 'x'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'node_modules', 'x', 'index.js'), '');
    fs.writeFileSync(path.join(dir, 'requirements.txt'), '# deps\nstreamlit\n');
    fs.writeFileSync(path.join(dir, 'data.csv'), 'a,b\n1,2\n');
    fs.writeFileSync(path.join(dir, 'blob.bin'), Buffer.from([0, 1, 2, 255]));
    const server = await startTablit(['serve', path.join(dir, 'app.py')]);
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      const app = await (await fetch(new URL('__tablit/app.json', server.url))).json();
      assert.equal(app.entrypoint, 'app.py');
      assert.deepEqual(Object.keys(app.files).sort(), ['.streamlit/config.toml', 'app.py', 'blob.bin', 'data.csv', 'requirements.txt']);
      assert.match(app.files['.streamlit/config.toml'], /enforceSerializableSessionState = true/);
      assert.match(app.files['blob.bin'].url, /^blob\.bin\?v=/);       // binary files are fetched by URL
      assert.equal((await fetch(new URL(app.files['blob.bin'].url, server.url))).status, 200);

      const page = await fetch(new URL('some/page?x=1', server.url));
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type'), /text\/html/);
      assert.match(await page.text(), /tablit-options/);
      assert.equal((await fetch(new URL('data.csv', server.url))).status, 200);
      assert.doesNotMatch(await (await fetch(new URL('.env', server.url))).text(), /TOKEN/);
      assert.doesNotMatch(await (await fetch(new URL('.git/config', server.url))).text(), /secret/);
      const { port } = new URL(server.url);
      assert.equal((await rawGet(`http://127.0.0.1:${port}/%2e%2e/%2e%2e/etc/passwd`)).body.includes('root:'), false);
      assert.equal((await rawGet(`http://127.0.0.1:${port}/`, { Host: `evil.example:${port}` })).status, 403);
    } finally {
      await server.stop();
    }
  });

  test('gallery: index lists every example; /<name> redirects to /<name>/', { timeout: 60_000 }, async () => {
    const server = await startTablit(['gallery']);
    try {
      const index = await (await fetch(server.url)).text();
      const names = fs.readdirSync(path.join(ROOT, 'examples')).filter((n) => fs.existsSync(path.join(ROOT, 'examples', n, 'app.py')));
      assert.ok(names.length >= 16);
      for (const n of names) assert.match(index, new RegExp(`href="/${n}/"`));
      const r = await fetch(new URL('multipage', server.url), { redirect: 'manual' });
      assert.equal(r.status, 301);
      assert.equal(r.headers.get('location'), '/multipage/');
      const app = await (await fetch(new URL('__tablit/apps/multipage/app.json', server.url))).json();
      assert.deepEqual(Object.keys(app.files).sort(), ['about.py', 'app.py', 'counter.py', 'home.py']);
      assert.equal((await fetch(new URL('no-such-example/', server.url))).status, 404);
    } finally {
      await server.stop();
    }
  });

  test('serve: run-on-save pushes the changed files over SSE', { timeout: 60_000 }, async () => {
    const dir = copyExample('counter-session-state');
    const server = await startTablit(['serve', path.join(dir, 'app.py')]);
    try {
      await fetch(new URL('__tablit/app.json', server.url));
      const res = await fetch(new URL('__tablit/events', server.url));
      assert.match(res.headers.get('content-type'), /text\/event-stream/);
      const reader = res.body.getReader();
      await new Promise((r) => setTimeout(r, 300));
      fs.writeFileSync(path.join(dir, 'app.py'), fs.readFileSync(path.join(dir, 'app.py'), 'utf8').replace('Counter Example', 'Counter Edited'));
      fs.writeFileSync(path.join(dir, 'extra.py'), 'X = 1\n');
      let text = '';
      const deadline = Date.now() + 10_000;
      while (!/event: change\ndata: .*\n\n/.test(text) && Date.now() < deadline) {
        const { value } = await reader.read();
        text += new TextDecoder().decode(value);
      }
      await reader.cancel();
      const data = JSON.parse(/event: change\ndata: (.*)\n\n/.exec(text)[1]);
      assert.match(data.files['app.py'], /Counter Edited/);
      assert.ok(data.removed.length === 0);
    } finally {
      await server.stop();
    }
  });

  test('serve in the browser: saving the script reruns it and keeps session state', { timeout: 180_000 }, async () => {
    const dir = copyExample('counter-session-state');
    const server = await startTablit(['serve', path.join(dir, 'app.py')]);
    const page = await browser.newPage();
    try {
      await page.goto(server.url);
      await page.getByRole('heading', { name: 'Counter Example' }).waitFor({ timeout: 60_000 });
      await page.evaluate(() => { window.__sameDocument = true; });
      const increment = page.getByRole('button', { name: 'Increment' });
      await afterRun(page, () => increment.click());
      await afterRun(page, () => increment.click());
      await shown(page.getByText(line('Count =', 2)));

      const file = path.join(dir, 'app.py');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace("st.title('Counter Example')", "st.title('Counter Edited')"));
      await shown(page.getByRole('heading', { name: 'Counter Edited' }), 30_000);
      await shown(page.getByText(line('Count =', 2)));
      assert.equal(await page.evaluate(() => window.__sameDocument), true, 'updated in place, not reloaded');
    } finally {
      await page.close();
      await server.stop();
    }
  });

  test('build: a static folder that works on a plain static host, pages in the hash', { timeout: 180_000 }, async () => {
    const out = path.join(tmp, 'site');
    execFileSync(process.execPath, [CLI, 'build', path.join(ROOT, 'examples', 'multipage', 'app.py'), '--out', out], { encoding: 'utf8' });
    for (const f of ['index.html', 'app.json', 'page.js', 'dist/tablit.js', 'home.py']) assert.ok(fs.existsSync(path.join(out, f)), f);
    assert.doesNotMatch(fs.readFileSync(path.join(out, 'index.html'), 'utf8'), /(src|href)="\//, 'only relative URLs');

    // A dumb static host: files only, no rewrites, served below a sub-path.
    const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };
    const host = http.createServer((req, res) => {
      const p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const file = path.join(tmp, path.normalize(p.endsWith('/') ? p + 'index.html' : p));
      if (!file.startsWith(tmp) || !fs.existsSync(file) || !fs.statSync(file).isFile()) { res.writeHead(404); res.end(); return; }
      res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
      fs.createReadStream(file).pipe(res);
    });
    await new Promise((r) => host.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${host.address().port}/site/`;
    const page = await browser.newPage();
    try {
      await page.goto(base);
      await page.getByRole('heading', { name: 'Home' }).waitFor({ timeout: 60_000 });
      await afterRun(page, () => page.getByRole('link', { name: 'Counter', exact: true }).click());
      await shown(page.getByRole('heading', { name: 'Counter page' }));
      await until(() => new URL(page.url()).hash === '#/counter', 'the page in the hash');
      assert.equal(new URL(page.url()).pathname, '/site/');
      await afterRun(page, () => page.getByRole('button', { name: 'Increment' }).click());
      await shown(page.getByText(line('Count =', 1)));
      await afterRun(page, () => page.goBack());
      await shown(page.getByRole('heading', { name: 'Home' }));
      await shown(page.getByText(line('Count on the counter page:', 1)));

      await page.goto(`${base}?greeting=hi#/counter`);
      await page.getByRole('heading', { name: 'Counter page' }).waitFor({ timeout: 60_000 });
      await shown(page.getByText(/greeting/));
    } finally {
      await page.close();
      await new Promise((r) => host.close(r));
    }
  });
});
