// The first paint (web/first_paint.js, web/prerender/): a built site draws the app's
// first run before Python is up, takes input meanwhile and applies it once Python is;
// a build whose build-time run fails keeps the loading screen and works; `tablit serve`
// draws its last first run.  One browser; three Pyodide boots.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { BOOT_TIMEOUT, ROOT, launchBrowser, serveStatic, shown, startTablit, until, watchPolicy } from './helpers.mjs';
import { buildStatic } from '../../web/serve/build_static.js';

const APPS = path.join(ROOT, 'tests', 'e2e', 'apps');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tablit-first-paint-'));
let browser;
const violations = [];
before(async () => { browser = await launchBrowser(); });
after(async () => {
  await browser?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
  assert.deepEqual(violations.map((v) => v.text), [], 'no Content-Security-Policy violations');
});

async function newPage() {
  const page = await browser.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e));
  watchPolicy(page, violations);
  return page;
}

describe('first paint', () => {
  test('a built site draws the app before Python is up, and applies the input made meanwhile', { timeout: 300_000 }, async () => {
    const logs = [];
    const out = path.join(tmp, 'site');
    const r = await buildStatic({ appFile: path.join(APPS, 'first_paint', 'app.py'), out, log: (s) => logs.push(s) });
    assert.equal(r.prerendered, true, logs.join('\n'));
    const html = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
    assert.match(html, /<script type="application\/json" id="tablit-first-render">/);
    assert.doesNotMatch(html, /<script>/, 'no inline script');
    const site = await serveStatic(out);
    const page = await newPage();
    // The worker is held back (its script, and Pyodide's files): nothing runs until released.
    const held = [];
    const HELD = '**/dist/{worker.js,pyodide/**}';
    let release = false;
    // (the context's route: it also sees the service worker's fetches, web/sw/sw.js)
    await page.context().route(HELD, (route) => (release ? route.continue() : held.push(route)));
    try {
      await page.goto(site.url);
      await shown(page.getByRole('heading', { name: 'Early bird' }));
      await shown(page.getByText('Hello, nobody'));
      const box = page.getByRole('textbox', { name: 'Your name' });
      await shown(box);
      await until(() => held.some((r) => r.request().url().endsWith('/dist/worker.js')), 'the page asking for the worker');
      assert.equal(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /pyodide/.test(e.name))), false, 'no WebAssembly yet');
      assert.equal(await page.evaluate(() => window.__tablitRenders ?? 0), 0, 'no run has been drawn');
      await shown(page.getByTestId('stBootBar'));
      assert.equal(await page.getByTestId('stBootBar').getAttribute('role'), 'progressbar');

      // Input before Python is ready: a typed value (committed with Enter) and two clicks,
      // each its own run (the worker's queue would fold the second into the first).
      await box.fill('Ada');
      await box.press('Enter');
      await page.getByRole('button', { name: 'Add one' }).click();
      await page.getByRole('button', { name: 'Add one' }).click();
      assert.equal(await box.inputValue(), 'Ada');
      // Record what the box shows from now until the app is live: it must never snap back.
      await page.evaluate(() => {
        const input = document.querySelector('input.tl-input');
        window.__seen = new Set();
        window.__watch = setInterval(() => window.__seen.add(input.isConnected ? input.value : '(replaced)'), 5);
        window.__labels = [];
        const label = document.querySelector('[data-testid=stBootLabel]');
        new MutationObserver(() => window.__labels.push(label.textContent)).observe(label, { childList: true, characterData: true, subtree: true });
      });
      release = true;
      for (const route of held.splice(0)) route.continue();
      await shown(page.getByText('Clicks: 2'), BOOT_TIMEOUT);
      await shown(page.getByText('Hello, Ada'));
      const seen = await page.evaluate(() => { clearInterval(window.__watch); return [...window.__seen]; });
      assert.deepEqual(seen, ['Ada'], 'the typed value stayed in the box');
      assert.equal(await box.inputValue(), 'Ada');
      assert.equal(await page.getByTestId('stBootBar').count(), 0, 'the progress bar is gone');
      const labels = await page.evaluate(() => window.__labels);
      assert.ok(labels.some((t) => /Loading Python runtime · [\d.]+ MB of [\d.]+ MB/.test(t)), `the bar told the bytes: ${labels.join(' | ')}`);
      assert.equal(await page.getByTestId('stLiveAnnouncer').textContent(), 'The app is ready.');
      assert.deepEqual(page.errors, []);
    } finally {
      await page.close();
      await site.stop();
    }
  });

  test('a build whose build-time run fails shows the loading screen, then the app', { timeout: 300_000 }, async () => {
    const logs = [];
    const out = path.join(tmp, 'site-browser-only');
    const r = await buildStatic({ appFile: path.join(APPS, 'first_paint_browser_only', 'app.py'), out, log: (s) => logs.push(s) });
    assert.equal(r.prerendered, false);
    assert.match(logs.join('\n'), /first paint: none.*AttributeError/s);
    assert.doesNotMatch(fs.readFileSync(path.join(out, 'index.html'), 'utf8'), /tablit-first-render/);
    const site = await serveStatic(out);
    const page = await newPage();
    // a static host has no /favicon.ico: the page does not ask for one (its icon is inline)
    const notFound = [];
    page.on('console', (m) => { if (m.type() === 'error' && /404/.test(m.text())) notFound.push(`${m.text()} ${m.location().url}`); });
    try {
      await page.goto(site.url);
      await shown(page.getByTestId('stStatus'), BOOT_TIMEOUT);
      await shown(page.getByRole('heading', { name: 'Served over http:' }), BOOT_TIMEOUT);
      assert.equal(await page.getByTestId('stLiveAnnouncer').textContent(), 'The app is ready.');
      assert.deepEqual(page.errors, []);
      assert.match(await page.locator('link[rel~="icon"]').getAttribute('href'), /^data:image\/svg\+xml,/);
      assert.deepEqual(notFound, []);
    } finally {
      await page.close();
      await site.stop();
    }
  });

  test('tablit serve draws the first run a page recorded, until the app changes', { timeout: 300_000 }, async () => {
    const dir = path.join(tmp, 'served');
    fs.cpSync(path.join(APPS, 'first_paint'), dir, { recursive: true });
    const server = await startTablit(['serve', path.join(dir, 'app.py')]);
    const page = await newPage();
    try {
      const first = await (await fetch(server.url)).text();
      assert.doesNotMatch(first, /tablit-first-render/, 'nothing recorded yet');
      // Only a page of this server may record: no Origin, or a foreign one, is refused.
      const api = new URL('__tablit/first_render?v=1', server.url);
      const forged = await fetch(api, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'http://evil.example' }, body: '{}' });
      assert.equal(forged.status, 403);
      await page.goto(server.url);
      await shown(page.getByText('Hello, nobody'), BOOT_TIMEOUT);
      const recorded = await until(async () => {
        const body = await (await fetch(server.url)).text();
        return /id="tablit-first-render"/.test(body) && body;
      }, 'the served page to carry the recorded first run');
      assert.match(recorded, /Early bird/);
      fs.appendFileSync(path.join(dir, 'app.py'), '\nst.caption("changed")\n');
      await until(async () => !/tablit-first-render/.test(await (await fetch(server.url)).text()), 'the recording dropped after a change');
      // a first run longer than the server keeps (examples/data-grid's million rows) is not posted:
      // the loading screen stays, and no refused request is a console error on each load
      fs.appendFileSync(path.join(dir, 'app.py'), '\nst.text("x" * 2_100_000)\nst.caption("big one")\n');
      const posts = [];
      const refused = [];
      page.on('request', (r) => { if (r.method() === 'POST') posts.push(r.url()); });
      page.on('response', (r) => { if (r.status() >= 400) refused.push(`${r.status()} ${r.url()}`); });
      await page.reload();
      await shown(page.getByText('big one'), BOOT_TIMEOUT);
      await page.waitForTimeout(1000);
      assert.deepEqual(posts, []);
      assert.deepEqual(refused, []);
    } finally {
      await page.close();
      await server.stop();
    }
  });
});
