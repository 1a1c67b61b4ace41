// The worker's replies on the session's private BroadcastChannel in Chromium
// (web/runtime/channel.js): a click's answer arrives on it; another
// same-origin tab posting on a guessed name, or on the right name without
// the token, changes nothing.  (Order, fallback and two elements on one page:
// tests/node/channel.test.mjs and mount.test.mjs.)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { afterRun, line, setup, shown } from './helpers.mjs';

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
});
