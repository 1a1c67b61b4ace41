// @st.fragment in the browser (py/tablit/runtime/fragments.py, web/fragment_timers.js):
// a click inside a fragment reruns only the fragment; run_every reruns it on the
// page's timer while the rest of the page stays.  One gallery server over a
// temporary folder, one browser.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BOOT_TIMEOUT, launchBrowser, shown, startTablit, until } from './helpers.mjs';

const APPS = {
  // streamlit/docs python/api-examples-source/execution.fragment.py (Apache-2.0)
  docs: fs.readFileSync(new URL('./apps/fragments/app.py', import.meta.url), 'utf8'),
  clock: `
import streamlit as st
st.session_state.setdefault("ticks", 0)
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
on = st.toggle("Clock on", value=True)

@st.fragment(run_every=0.3)
def clock():
    st.session_state.ticks += 1
    st.write(f"ticks={st.session_state.ticks}")

if on:
    clock()
st.write(f"runs={st.session_state.runs}")
`,
  // a fragment writing to a container, an st.empty and the sidebar made outside it
  outside: fs.readFileSync(new URL('./apps/fragments/outside.py', import.meta.url), 'utf8'),
  // a callback of a widget inside a fragment that writes elements (shared with tests/py/test_fragments.py)
  callback: fs.readFileSync(new URL('./apps/fragments/callback.py', import.meta.url), 'utf8'),
  // streamlit/docs python/api-examples-source/execution.dialog.py (Apache-2.0)
  dialog: fs.readFileSync(new URL('./apps/fragments/dialog.py', import.meta.url), 'utf8'),
  // a dialog opened by a button inside a fragment (shared with tests/py/test_fragments.py)
  dialog_in_fragment: fs.readFileSync(new URL('./apps/fragments/dialog_in_fragment.py', import.meta.url), 'utf8'),
};

let dir, server, browser, context;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tablit-fragments-'));
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

test('the docs example: "Rerun fragment" reruns only the fragment, "Rerun full app" the whole app', { timeout: 180_000 }, async () => {
  const page = await open('docs');
  await shown(page.getByText('Full app says it ran 1 times.'), BOOT_TIMEOUT);
  for (const n of [2, 3]) {
    await page.getByRole('button', { name: 'Rerun fragment' }).click();
    await shown(page.getByText(`Fragment says it ran ${n} times.`));
  }
  assert.equal(await page.getByText('Full app says it ran 1 times.').count(), 1);
  assert.equal(await page.getByText('Full app sees that fragment ran 1 times.').count(), 1);
  await page.getByRole('button', { name: 'Rerun full app' }).click();
  await shown(page.getByText('Full app says it ran 2 times.'));
  await shown(page.getByText('Full app sees that fragment ran 4 times.'));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('run_every: the fragment reruns on its own timer, the app does not; no timer once it is gone', { timeout: 180_000 }, async () => {
  const page = await open('clock');
  await shown(page.getByText('runs=1'), BOOT_TIMEOUT);
  const ticks = async () => Number(/ticks=(\d+)/.exec((await page.getByText(/^ticks=\d+$/).textContent()) ?? '')?.[1]);
  await until(async () => (await ticks()) >= 4, 'the clock to tick on its own', 60_000);
  assert.equal(await page.getByText('runs=1').count(), 1, 'only the fragment ran');
  await page.getByRole('switch', { name: 'Clock on' }).click();
  await shown(page.getByText('runs=2'));
  assert.equal(await page.getByText(/^ticks=/).count(), 0);
  await page.waitForTimeout(1200); // a few of the old interval: nothing runs any more
  assert.equal(await page.getByText('runs=2').count(), 1);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('writes outside the fragment are redrawn by each fragment run, as 1.67 does, not added to', { timeout: 180_000 }, async () => {
  const page = await open('outside');
  await shown(page.getByText('side-frag-1'), BOOT_TIMEOUT);
  const main = page.getByTestId('stMain');
  const side = page.getByTestId('stSidebar');
  const lines = async (loc) => (await loc.innerText()).split('\n').map((l) => l.trim()).filter(Boolean);
  // (what 1.67 shows after the same steps, read from `streamlit run` with Playwright)
  const expectRun = async (n) => {
    await shown(page.getByText(`side-frag-${n}`));
    assert.deepEqual(await lines(main), ['c-first', `c-write-${n}`, ...(n % 2 ? [`c-odd-${n}`] : []),
      'outside input', 'c-after', `empty-${n}`, 'again', 'after']);
    assert.deepEqual(await lines(side), ['side0', `side-frag-${n}`]);
  };
  await expectRun(1);
  const input = page.getByRole('textbox', { name: 'outside input' });
  await input.fill('hello');
  await input.press('Enter'); // the input written outside belongs to the fragment: it reruns
  await expectRun(2);
  await page.getByRole('button', { name: 'again' }).click();
  await expectRun(3);
  await page.getByRole('button', { name: 'again' }).click();
  await expectRun(4);
  assert.equal(await input.inputValue(), 'hello');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a fragment widget\'s callback writes over the top of the page, as 1.67 does', { timeout: 180_000 }, async () => {
  const page = await open('callback');
  await shown(page.getByText('omega'), BOOT_TIMEOUT);
  const lines = async (id) => (await page.getByTestId(id).innerText()).split('\n').map((l) => l.trim()).filter(Boolean);
  // (what 1.67 shows after the same clicks, read from `streamlit run` with Playwright; its log warns)
  for (let n = 0; n < 2; n++) {
    await page.getByRole('button', { name: 'go' }).click();
    await shown(page.getByText('from callback, side'));
    assert.deepEqual(await lines('stMain'), ['from callback', 'from callback 2', 'go', 'in fragment', 'omega']);
    assert.deepEqual(await lines('stSidebarUserContent'), ['from callback, side', 'side2']);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the docs dialog: drawn where 1.67 draws it, a fragment while typing, closed by st.rerun()', { timeout: 180_000 }, async () => {
  const page = await open('dialog');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('button', { name: 'A', exact: true }).click({ timeout: BOOT_TIMEOUT });
  const dialog = page.getByRole('dialog', { name: 'Cast your vote' });
  await shown(dialog);
  await shown(dialog.getByText('Why is A your favorite?'));
  // 1.67 (read with Playwright from `streamlit run`): 500 px wide, 48 px from the top, not centred;
  // 1rem corners; a 1.5rem bold title; the close cross 24 px in from the right edge
  const box = await dialog.boundingBox();
  assert.deepEqual([box.x, box.y, box.width], [390, 48, 500]);
  const look = await dialog.evaluate((d) => ({ radius: getComputedStyle(d).borderRadius,
    title: getComputedStyle(d.querySelector('h2')).fontSize, shadow: getComputedStyle(d).boxShadow }));
  assert.deepEqual(look, { radius: '16px', title: '24px', shadow: 'rgba(0, 0, 0, 0.16) 0px 4px 16px 0px' });
  const close = await dialog.getByRole('button', { name: 'Close' }).boundingBox();
  assert.equal(Math.round(box.x + box.width - (close.x + close.width)), 24);
  // opening focuses the dialog itself (1.67); Tab then reaches its first control, the close button
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.dataset.testid);
  assert.equal(await focused(), 'stDialog');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'Close');
  const reason = dialog.getByRole('textbox', { name: 'Because...' });
  await reason.fill('it is first');
  await reason.press('Enter'); // the dialog's fragment reruns: it stays open
  await page.waitForTimeout(500);
  await shown(dialog);
  await dialog.getByRole('button', { name: 'Submit' }).click();
  await shown(page.getByText('You voted for A because it is first'));
  assert.equal(await page.getByRole('dialog').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a dialog opened from a fragment\'s button shows its body, reruns inside it and closes, as 1.67', { timeout: 180_000 }, async () => {
  const page = await open('dialog_in_fragment');
  await page.getByRole('button', { name: 'Open', exact: true }).click({ timeout: BOOT_TIMEOUT });
  const dialog = page.getByRole('dialog', { name: 'Rename' });
  await shown(dialog.getByText('Pick a new name'));
  const name = dialog.getByRole('textbox', { name: 'New name' });
  await name.fill('bob');
  await name.press('Enter');
  await dialog.getByRole('button', { name: 'Count', exact: true }).click();
  await shown(dialog.getByText('count=1 name=bob'));
  await shown(page.getByText('runs=1 saved=None'));  // the app itself did not rerun
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await shown(page.getByText('runs=2 saved=bob'));
  assert.equal(await page.getByRole('dialog').count(), 0);
  await page.getByRole('button', { name: 'Open', exact: true }).click();  // again, then dismissed with its cross
  await shown(dialog.getByText('count=1 name='));
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await until(async () => (await page.getByRole('dialog').count()) === 0, 'the dialog to close');
  assert.deepEqual(page.errors, []);
  await page.close();
});
