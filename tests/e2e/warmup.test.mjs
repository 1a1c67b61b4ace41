// The worker keeps Python warm while someone clicks (web/runtime/warmup.js,
// py/tablit/warmup.py; issue 16): in Chromium, the warm-up's Python (a family
// of its own) is fetched once the app is drawn and the page has been quiet for
// a moment (the worker primes Chromium's optimised code for a click), not
// before; the app answers every click as before, and mount({warmup: false})
// never fetches it.
// (That the user's answers are unchanged and a Stop is kept: tests/node/warmup.test.mjs.)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { BOOT_TIMEOUT, afterRun, line, setup, shown } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/** The requests of the warm-up family's archive that `page` (and its workers) made: {url, at: Date.now()}. */
function watchWarmup(page) {
  const seen = [];
  page.on('request', (r) => { if (r.url().includes('/families/warmup.')) seen.push({ url: r.url(), at: Date.now() }); });
  return seen;
}

/**
 * When (Date.now()) the app's first run was drawn on `page`: its button named `name` in the DOM, drawn by a run
 * (not by the recorded first paint, web/first_paint.js).  Call before goto.
 */
async function watchDrawn(page, name) {
  const drawn = { at: null };
  await page.exposeFunction('__tlDrawn', () => { drawn.at ??= Date.now(); });
  await page.addInitScript((label) => {
    const check = () => {
      const b = [...document.querySelectorAll('button')].find((x) => x.textContent.includes(label));
      if (!b || document.querySelector('[data-first-paint]')) return false;
      /** @type {any} */ (window).__tlDrawn();
      return true;
    };
    const mo = new MutationObserver(() => { if (check()) mo.disconnect(); });
    mo.observe(document, { subtree: true, childList: true, attributes: true });
  }, name);
  return drawn;
}

describe('keeping Python warm between clicks', () => {
  test('the warm-up is fetched once the app is drawn and left alone, not before; the clicks are answered as ever', { timeout: 180_000 }, async () => {
    const page = await env.context.newPage();
    page.errors = [];
    page.on('pageerror', (e) => page.errors.push(e));
    const seen = watchWarmup(page);
    const drawn = await watchDrawn(page, 'Increment');
    await page.goto(new URL('counter-session-state/', env.url).href);
    const button = page.getByRole('button', { name: 'Increment' });
    await button.waitFor({ timeout: BOOT_TIMEOUT });
    // left alone, the worker primes (web/runtime/warmup.js: PRIME_QUIET_MS after the page says it drew the first run)
    for (let i = 0; i < 200 && (seen.length === 0 || drawn.at === null); i++) await page.waitForTimeout(50);
    assert.equal(seen.length, 1, 'the worker primes once the page is quiet');
    assert.ok(drawn.at !== null && seen[0].at >= drawn.at, `nothing of the warm-up before the app's first run is drawn (${seen[0].at - drawn.at} ms after)`);
    const text = page.getByText(line('Count =', 0));
    await shown(text);
    for (let n = 1; n <= 5; n++) {
      await afterRun(page, () => button.click());
      await shown(page.getByText(line('Count =', n)));
      await page.waitForTimeout(30);
    }
    assert.equal(seen.length, 1, `the warm-up's Python, fetched once: ${JSON.stringify(seen.map((x) => x.url))}`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('mount({warmup: false}): no warm-up', { timeout: 180_000 }, async () => {
    const app = ['import streamlit as st', 'if "n" not in st.session_state:', '    st.session_state.n = 0',
      'if st.button("Add"):', '    st.session_state.n += 1', 'st.write(f"clicks = {st.session_state.n}")', ''].join('\n');
    const url = new URL('__test/no-warmup.html', env.url).href;
    const page = await env.context.newPage();
    page.errors = [];
    page.on('pageerror', (e) => page.errors.push(e));
    const seen = watchWarmup(page);
    await env.context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>no warm-up</title></head><body><main id="c"></main>
<script type="module">
import { mount } from '/dist/tablit.js';
mount(document.getElementById('c'), { files: { 'app.py': ${JSON.stringify(app)} }, warmup: false, spareWorker: false });
</script></body></html>` }));
    await page.goto(url);
    const add = page.getByRole('button', { name: 'Add' });
    await add.waitFor({ timeout: BOOT_TIMEOUT });
    for (let n = 1; n <= 3; n++) {
      await add.click();
      await shown(page.getByText(line('clicks =', n)));
    }
    await page.waitForTimeout(300);
    assert.deepEqual(seen, []);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});
