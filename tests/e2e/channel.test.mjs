// The worker's replies on the session's private BroadcastChannel in Chromium
// (web/runtime/channel.js): a click's answer arrives on it; another
// same-origin tab posting on a guessed name, or on the right name without
// the token, changes nothing.  Two <tablit-app> elements on one page are two
// sessions on two channels; mount({fastChannel: false}) boots without one and
// its replies come by postMessage.  (Order and lost/duplicated messages:
// tests/node/channel.test.mjs and mount.test.mjs; two tabs: sessions.test.mjs.)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { BOOT_TIMEOUT, afterRun, line, setup, shown } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

// Before the page's scripts: note the names of the BroadcastChannels the page
// opens and count the messages they deliver.
const SPY = `(() => {
  const BC = window.BroadcastChannel;
  window.__channels = [];
  window.__bcMessages = 0;
  window.BroadcastChannel = class extends BC {
    constructor(name) {
      super(name);
      window.__channels.push(name);
      this.addEventListener('message', () => { window.__bcMessages += 1; });
    }
  };
})();`;

describe('worker -> page channel in Chromium', () => {
  test('a click is answered on the private channel; a stranger tab cannot inject', { timeout: 180_000 }, async () => {
    await env.context.addInitScript(SPY);
    const waitFor = (p) => p.getByRole('button', { name: 'Increment' });
    const page = await env.open('counter-session-state/', { waitFor });
    const names = await page.evaluate(() => window.__channels);
    // the session's worker, and the spare booted for Stop when it has started: each its own name
    assert.ok(names.length >= 1 && new Set(names).size === names.length, JSON.stringify(names));
    for (const n of names) assert.match(n, /^tablit-[0-9a-f-]{36}$/);
    const before = await page.evaluate(() => window.__bcMessages);
    assert.ok(before > 0, 'the first run came on the channel');
    await afterRun(page, () => page.getByRole('button', { name: 'Increment' }).click());
    await shown(page.getByText(line('Count =', 1)));
    assert.ok(await page.evaluate(() => window.__bcMessages) > before, 'the click was answered on the channel');

    // another tab of the same origin: a guessed name and the right one without the token
    const stranger = await env.open('');
    await stranger.evaluate((name) => {
      const fake = (detail) => JSON.stringify([{ type: 'fatal', stage: 'app', error: detail }]);
      const guessed = new BroadcastChannel('tablit-00000000-0000-4000-8000-000000000000');
      const right = new BroadcastChannel(name);
      for (let s = 1; s < 200; s++) {
        guessed.postMessage({ t: 'guess', s, d: fake('guessed') });
        right.postMessage({ s, d: fake('no token') });
        right.postMessage({ t: '', s, d: fake('empty token') });
        right.postMessage(fake('bare string'));
      }
    }, names[0]);
    await page.waitForTimeout(500);
    await afterRun(page, () => page.getByRole('button', { name: 'Increment' }).click());
    await shown(page.getByText(line('Count =', 2)));
    assert.equal(await page.getByText(/guessed|no token|empty token|bare string/).count(), 0);
    assert.deepEqual(page.errors, []);
  });

  test('two <tablit-app> on one page are two sessions on two channels; fastChannel: false answers by postMessage', { timeout: 240_000 }, async () => {
    const app = ['import streamlit as st', 'if "n" not in st.session_state:', '    st.session_state.n = 0',
      'if st.button("Add"):', '    st.session_state.n += 1', 'st.write(f"clicks = {st.session_state.n}")', ''].join('\n');
    const url = new URL('__test/two-apps.html', env.url).href;
    const page = await env.context.newPage();
    page.errors = [];
    page.on('pageerror', (e) => page.errors.push(e));
    // the context's route: a service worker an earlier page of this context registered answers this navigation, and page.route never sees it
    await env.context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>two apps</title></head><body>
<section id="a"><tablit-app><script type="text/x-python">${app}</script></tablit-app></section>
<section id="b"><tablit-app><script type="text/x-python">${app}</script></tablit-app></section>
<section id="c"></section>
<script type="module">
import { mount } from '/dist/tablit.js';
mount(document.getElementById('c'), { files: { 'app.py': ${JSON.stringify(app)} }, fastChannel: false, spareWorker: false });
</script></body></html>` }));
    // the boot messages the page sends its workers, and the messages each channel delivers
    await page.addInitScript(() => {
      window.__boots = [];
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (m, ...rest) {
        if (m && m.type === 'boot') window.__boots.push({ channel: m.channel ?? null, hold: m.hold === true });
        return post.call(this, m, ...rest);
      };
    });
    await page.goto(url);
    const add = (id) => page.locator(`#${id}`).getByRole('button', { name: 'Add' });
    for (const id of ["a", "b", "c"]) await add(id).waitFor({ timeout: 3 * BOOT_TIMEOUT }); // three Pyodides boot at once
    const boots = (await page.evaluate(() => window.__boots)).filter((b) => !b.hold); // (spares boot held)
    assert.equal(boots.length, 3, JSON.stringify(boots));
    const named = boots.filter((b) => b.channel);
    assert.equal(named.length, 2, 'the two elements each name a channel; fastChannel: false names none');
    assert.notEqual(named[0].channel.name, named[1].channel.name);
    assert.notEqual(named[0].channel.token, named[1].channel.token);
    const count = (id, n) => shown(page.locator(`#${id}`).getByText(line('clicks =', n)));
    await add('a').click();
    await count('a', 1);
    await add('a').click();
    await count('a', 2);
    await add('b').click();
    await count('b', 1);
    await add('c').click();
    await count('c', 1);
    await count('a', 2);
    await count('b', 1);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});

