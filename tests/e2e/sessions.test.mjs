// Sessions: one per tab; script errors leave session state intact; Markdown is inert.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';

import { afterRun, line, setup, shown } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
afterEach(async () => { await env?.closePages(); });
after(async () => { await env?.close(); });

describe('sessions', () => {
  test('two tabs of one app keep independent session state', { timeout: 180_000 }, async () => {
    const waitFor = (p) => p.getByRole('button', { name: 'Increment' });
    const [a, b] = await Promise.all([env.open('counter-session-state/', { waitFor }), env.open('counter-session-state/', { waitFor })]);
    const inc = (p) => afterRun(p, () => p.getByRole('button', { name: 'Increment' }).click());
    await inc(a);
    await inc(a);
    await inc(b);
    await shown(a.getByText(line('Count =', 2)));
    await shown(b.getByText(line('Count =', 1)));
    await inc(a);
    await shown(a.getByText(line('Count =', 3)));
    await b.waitForTimeout(500);
    await shown(b.getByText(line('Count =', 1)));
  });

  test('a script error is shown in the page and session state survives it', { timeout: 120_000 }, async () => {
    const page = await env.open('error-demo/', { waitFor: (p) => p.getByRole('heading', { name: 'Error demo' }) });
    await shown(page.getByText('No error on even clicks'));
    const click = page.getByRole('button', { name: 'Click' });

    await afterRun(page, () => click.click());
    await shown(page.getByText(/Odd number of clicks: 1/));
    await shown(page.getByText(/ValueError/));
    await shown(page.getByText(line('Clicks =', 1)));          // written before the raise
    assert.equal(await page.getByText('No error on even clicks').count(), 0);

    await afterRun(page, () => click.click());               // the next interaction reruns normally
    await shown(page.getByText(line('Clicks =', 2)));          // state kept across the error
    await shown(page.getByText('No error on even clicks'));
    assert.equal(await page.getByText(/Odd number of clicks/).count(), 0);

    await afterRun(page, () => click.click());
    await shown(page.getByText(/Odd number of clicks: 3/));
    assert.deepEqual(page.errors, []);                       // the page itself did not crash
  });

  test('Markdown, labels and alerts with <script> / onerror payloads render inert', { timeout: 120_000 }, async () => {
    const dialogs = [];
    const page = await env.open('markdown-safety/');
    page.payloads = true;   // the Content-Security-Policy refusing an inline handler is expected here
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
    await shown(page.getByText('Rendered the payloads.'), 60_000);
    await shown(page.getByRole('heading', { name: /Markdown safety/ }));
    await shown(page.getByText(/Plain/));
    await shown(page.getByLabel(/Label/));
    await page.waitForTimeout(1500);                          // let broken images fail and handlers (not) run
    assert.deepEqual(dialogs, []);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    const active = await page.evaluate(() => {
      const bad = [];
      for (const el of document.body.querySelectorAll('*')) {
        if (el.tagName === 'SCRIPT' && /__pwned/.test(el.textContent)) bad.push('script');
        for (const a of el.attributes) {
          if (/^on/i.test(a.name) && /__pwned/.test(a.value)) bad.push(`${el.tagName} ${a.name}`);
          if (/^(href|src|xlink:href)$/i.test(a.name) && /^\s*javascript:/i.test(a.value)) bad.push(`${el.tagName} ${a.name}`);
        }
      }
      return bad;
    });
    assert.deepEqual(active, []);
    // Clicking the javascript: link does nothing either.
    const link = page.getByText('a javascript link');
    if (await link.count()) await link.first().click();
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(dialogs, []);
  });
});
