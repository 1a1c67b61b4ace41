// Runs the user can watch and stop (issue 8): streamed output, the toolbar,
// Stop with the session restored, recovery after a crash, durable sessions.
// One gallery server over a temporary folder of small apps, one browser.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BOOT_TIMEOUT, RUN_TIMEOUT, launchBrowser, shown, startTablit, until } from './helpers.mjs';

const APPS = {
  progress: `
import time
import streamlit as st
st.title("Live progress")
bar = st.progress(0, text="Working")
for i in range(1, 9):
    time.sleep(0.3)
    bar.progress(i * 12, text=f"Step {i}")
st.write("Finished")
`,
};

let dir, server, browser, context;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tablit-live-'));
  for (const [name, src] of Object.entries(APPS)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, 'app.py'), src.trimStart());
  }
  server = await startTablit(['gallery', dir]);
  browser = await launchBrowser();
  context = await browser.newContext();
});

after(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function open(name) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e));
  await page.goto(new URL(`${name}/`, server.url).href);
  return page;
}

/** The progress bar's value now. */
const progressNow = async (page) => Number(await page.getByRole('progressbar').first().getAttribute('aria-valuenow'));

describe('streamed runs', () => {
  test('a slow st.progress loop shows intermediate values, a running indicator and Stop; then the exact end', { timeout: 120_000 }, async () => {
    const page = await open('progress');
    await shown(page.getByRole('progressbar'), BOOT_TIMEOUT);
    const seen = new Set();
    // while the first run goes on: the bar moves, the toolbar says it runs and offers Stop
    await until(async () => {
      const v = await progressNow(page);
      seen.add(v);
      return v > 0 && v < 96;
    }, 'an intermediate progress value', BOOT_TIMEOUT);
    assert.ok(await page.getByRole('status').filter({ hasText: 'Running...' }).isVisible());
    assert.equal(await page.getByText('Finished').count(), 0, 'the end of the script is not drawn yet');
    await shown(page.getByText('Finished'), RUN_TIMEOUT);
    assert.equal(await progressNow(page), 96);
    assert.equal(await page.getByRole('status').filter({ hasText: 'Running...' }).count(), 0, 'the indicator goes when the run ends');

    // a rerun (the R shortcut): the previous run's "Finished" stays, faded, until the run passes it
    await page.locator('body').press('r');
    await until(async () => (await page.locator('.tl-stale').filter({ hasText: 'Finished' }).count()) === 1, 'a stale element');
    const during = await progressNow(page);
    assert.ok(during < 96, `the bar starts over (${during})`);
    await until(async () => (await page.locator('.tl-stale').count()) === 0 && (await progressNow(page)) === 96, 'the end of the rerun');
    await shown(page.getByText('Finished'));
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});
