// Shared helpers of the end-to-end tests: the gallery server, the browser,
// and waiting for Pyodide runs.  Elements are found by role, label and text.

import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BOOT_TIMEOUT = 60_000;   // Pyodide boot + first run
export const RUN_TIMEOUT = 20_000;    // one rerun

/**
 * Start a tablit CLI command that serves (gallery by default) on a free port.
 * Resolves to {url, stop(), output()} once it printed its URL.
 */
export function startTablit(args = ['gallery']) {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'tablit.js'), ...args, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`tablit ${args.join(' ')} printed no URL:\n${out}`)), 120_000);
    const onData = (chunk) => {
      out += chunk;
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[0],
          output: () => out,
          stop: () => new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`tablit ${args.join(' ')} exited with ${code}:\n${out}`));
    });
  });
}

/** Chromium from the system, headless, with a fresh profile (never downloaded). */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * One gallery server and one browser for a test file.
 * Returns {url, context, open(path), close()}; call close() in after().
 */
export async function setup() {
  const server = await startTablit(['gallery']);
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const pages = [];
  return {
    url: server.url,
    context,
    browser,
    /** Open `path` (e.g. "counter-naive/") in a new tab and collect its errors. */
    async open(p, { waitFor } = {}) {
      const page = await context.newPage();
      page.errors = [];
      page.on('pageerror', (e) => page.errors.push(e));
      pages.push(page);
      await page.goto(new URL(p, server.url).href);
      if (waitFor) await waitFor(page).waitFor({ timeout: BOOT_TIMEOUT });
      return page;
    },
    /** Close the tabs opened so far (each runs a Pyodide worker). */
    async closePages() {
      for (const p of pages.splice(0)) await p.close().catch(() => {});
    },
    async close() {
      for (const p of pages) await p.close().catch(() => {});
      await browser.close().catch(() => {});
      await server.stop();
    },
  };
}

/** How many runs the page has rendered (page.js counts render messages). */
export function renders(page) {
  return page.evaluate(() => window.__tablitRenders ?? null);
}

/**
 * Do `action` (a click, a commit) and wait until the run it caused has been
 * rendered.  Clicking again before that would be coalesced with the first click.
 */
export async function afterRun(page, action) {
  const before = await renders(page);
  await action();
  if (before === null) {
    await page.waitForTimeout(2000);
    return;
  }
  await page.waitForFunction((n) => (window.__tablitRenders ?? 0) > n, before, { timeout: RUN_TIMEOUT });
}

/** Wait until `locator` is visible. */
export function shown(locator, timeout = RUN_TIMEOUT) {
  return locator.first().waitFor({ state: 'visible', timeout });
}

/** Poll `fn` until it returns a truthy value. */
export async function until(fn, what = 'condition', timeout = RUN_TIMEOUT) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${last})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Wait until the input shows `value`. */
export function hasValue(locator, value, timeout = RUN_TIMEOUT) {
  return until(async () => (await locator.inputValue()) === value, `${locator} to have value ${JSON.stringify(value)}`, timeout);
}

/** A text matcher for "Label = value" lines written by st.write('Label = ', value). */
export function line(label, value) {
  const esc = (s) => String(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\s*${esc(label)}\\s*${esc(value)}\\s*$`);
}
