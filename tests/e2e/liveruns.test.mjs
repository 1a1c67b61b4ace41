// Runs the user can watch and stop (issue 8): streamed output, the toolbar,
// Stop with the session restored, recovery after a crash, durable sessions.
// One gallery server over a temporary folder of small apps, one browser.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BOOT_TIMEOUT, RUN_TIMEOUT, launchBrowser, shown, startTablit, until } from './helpers.mjs';

const COUNTER = `
import streamlit as st
st.session_state.setdefault("n", 0)
if st.button("Count"):
    st.session_state.n += 1
name = st.text_input("Name")
st.write(f"n={st.session_state.n} name={name}")
`;

const SAVING = `
import streamlit as st
st.session_state.setdefault("note", "kept")
name = st.text_input("Name")
if st.checkbox("Hang"):
    while VERSION == 1:
        pass
st.write(f"version=VERSION note={st.session_state.note} name={name}")
`;

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
  hang: `
import streamlit as st
st.session_state.setdefault("visits", 0)
st.session_state.visits += 1
st.session_state.setdefault("note", "kept")
st.session_state.setdefault("pair", (1, 2))
name = st.text_input("Name")
def spin():
    while True:
        pass
st.button("Hang in a callback", on_click=spin)
if st.checkbox("Hang at top level"):
    while True:
        pass
st.write(f"visits={st.session_state.visits} note={st.session_state.note} name={name}")
`,
  crash: `
import os
import streamlit as st
st.session_state.setdefault("n", 0)
if st.button("Count"):
    st.session_state.n += 1
if st.button("Exit"):
    os._exit(1)
if st.button("Eat memory"):
    hog = []
    while True:
        hog.append(bytearray(200_000_000))
st.write(f"n={st.session_state.n}")
`,
  job: `
import time
import streamlit as st
st.session_state.setdefault("finished", 0)
flag = st.checkbox("Unrelated")
bar = st.progress(0, text="Job")
for i in range(1, 11):
    time.sleep(0.3)
    bar.progress(i * 10)
st.session_state.finished += 1
st.write(f"finished={st.session_state.finished} flag={flag}")
`,
  saving: SAVING.replaceAll('VERSION', '1'),
  durable: COUNTER,
  notdurable: COUNTER,
};
const CONFIG = { durable: '[tablit]\ndurableSession = true\n' };

let dir, server, isolatedServer, browser, context;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tablit-live-'));
  for (const [name, src] of Object.entries(APPS)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, 'app.py'), src.trimStart());
    if (CONFIG[name]) {
      fs.mkdirSync(path.join(dir, name, '.streamlit'));
      fs.writeFileSync(path.join(dir, name, '.streamlit', 'config.toml'), CONFIG[name]);
    }
  }
  server = await startTablit(['gallery', dir]);
  isolatedServer = await startTablit(['gallery', dir, '--isolated']);
  browser = await launchBrowser();
  context = await browser.newContext();
});

after(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
  await isolatedServer?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function open(name, srv = server) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e));
  await page.goto(new URL(`${name}/`, srv.url).href);
  return page;
}

/** Wait until a restarted worker answered (its spare may still be booting on a busy machine). */
const restarted = (page) => until(async () => (await page.getByRole('status').filter({ hasText: /Stopping/ }).count()) === 0, 'the new worker', BOOT_TIMEOUT);

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

for (const isolated of [false, true]) {
  describe(`Stop ${isolated ? 'with' : 'without'} cross-origin isolation`, () => {
    test('ends while True: pass at top level and in a callback; a widget value and session state are intact', { timeout: 180_000 }, async () => {
      const page = await open('hang', isolated ? isolatedServer : server);
      await shown(page.getByText(/visits=1 note=kept name=$/), BOOT_TIMEOUT);
      assert.equal(await page.evaluate(() => self.crossOriginIsolated), isolated);
      const name = page.getByLabel('Name');
      await name.fill('Ada');
      await name.press('Enter');
      await shown(page.getByText('visits=2 note=kept name=Ada'));

      // top level: the checkbox starts a run that never ends
      await page.getByRole('checkbox', { name: 'Hang at top level' }).click({ force: true });
      const stop = page.getByRole('button', { name: 'Stop' });
      await shown(stop);
      await stop.click();
      if (isolated) {
        // interrupted in place: the same session, the checkbox still on, the page idle
        await until(async () => (await page.getByRole('status').filter({ hasText: /Running|Stopping/ }).count()) === 0, 'the run to stop');
        assert.equal(await page.getByRole('checkbox', { name: 'Hang at top level' }).isChecked(), true);
        await page.getByRole('checkbox', { name: 'Hang at top level' }).click({ force: true });
        await shown(page.getByText('visits=4 note=kept name=Ada'));
      } else {
        // a new worker, the session as it stood after the last completed run (checkbox off), rerun
        await restarted(page);
        await shown(page.getByText('visits=3 note=kept name=Ada'));
        assert.equal(await page.getByRole('checkbox', { name: 'Hang at top level' }).isChecked(), false);
        await shown(page.getByRole('alert').filter({ hasText: /except: pair/ }));
      }
      assert.equal(await name.inputValue(), 'Ada');

      // in a callback: the click's run never gets to the script
      const before = await page.getByText(/^visits=\d+/).textContent();
      const n = Number(/visits=(\d+)/.exec(before)[1]);
      await page.getByRole('button', { name: 'Hang in a callback' }).click();
      await shown(stop);
      await stop.click();
      // isolated: the callback is interrupted and the page stays as it was; else the session is
      // restored from before the click and rerun
      const m = isolated ? n : n + 1;
      await restarted(page);
      await until(async () => (await page.getByRole('status').filter({ hasText: /Running|Stopping/ }).count()) === 0, 'the run to stop');
      await shown(page.getByText(`visits=${m} note=kept name=Ada`));
      assert.equal(await name.inputValue(), 'Ada');
      // and the session goes on
      await name.fill('Grace');
      await name.press('Enter');
      await shown(page.getByText(`visits=${m + 1} note=kept name=Grace`));
      assert.deepEqual(page.errors, []);
      await page.close();
    });

    test(`an interaction during a run: ${isolated ? 'the run ends at its next st call (fastReruns)' : 'the run finishes, then one rerun'}`, { timeout: 180_000 }, async () => {
      const page = await open('job', isolated ? isolatedServer : server);
      await shown(page.getByText('finished=1 flag=False'), BOOT_TIMEOUT);
      await page.locator('body').press('r');
      await until(async () => { const v = await progressNow(page); return v > 0 && v < 70; }, 'the job under way');
      await page.getByRole('checkbox', { name: 'Unrelated' }).click({ force: true });
      // Streamlit 1.67 (runner.fastReruns, on by default) stops the running script at its next
      // st call and reruns with the new value: the job's run never finishes.  Without a way to
      // reach a running worker, tablit lets the run finish and then reruns once.
      await shown(page.getByText(isolated ? 'finished=2 flag=True' : 'finished=3 flag=True'));
      await until(async () => (await page.getByRole('status').filter({ hasText: 'Running...' }).count()) === 0, 'the end of the runs');
      assert.equal(await page.getByText(/finished=/).textContent(), isolated ? 'finished=2 flag=True' : 'finished=3 flag=True');
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  });
}

describe('the spare worker', () => {
  test('boots only once the user has left the page alone for a moment, not while they click', { timeout: 180_000 }, async () => {
    const page = await context.newPage();
    const workers = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(new URL('durable/', server.url).href);
    await shown(page.getByText(/^n=0 name=$/), BOOT_TIMEOUT);
    // someone using the app from the moment it is ready: input every 100 ms for 6 s (the
    // spare used to boot 1 s after the first run, competing with their clicks for the CPU)
    await page.evaluate(() => new Promise((done) => {
      const t0 = performance.now();
      const tick = setInterval(() => {
        document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
        if (performance.now() - t0 > 6000) { clearInterval(tick); done(); }
      }, 100);
    }));
    assert.equal(workers.length, 1, `only the session's worker while the user is busy: ${workers}`);
    await until(async () => workers.length === 2, 'the spare to boot once the page is quiet', BOOT_TIMEOUT);
    await page.close();
  });
});

describe('recovery', () => {
  test('after os._exit(1) and after running out of memory, the session goes on with its state', { timeout: 180_000 }, async () => {
    const page = await open('crash');
    await shown(page.getByText('n=0'), BOOT_TIMEOUT);
    for (const n of [1, 2]) {
      await page.getByRole('button', { name: 'Count' }).click();
      await shown(page.getByText(`n=${n}`));
    }
    await page.getByRole('button', { name: 'Exit' }).click();
    await shown(page.getByRole('alert').filter({ hasText: "The app's Python crashed; it was restarted with its session state restored." }));
    await restarted(page);
    await shown(page.getByText('n=2'));
    await page.getByRole('button', { name: 'Count' }).click();
    await shown(page.getByText('n=3'));

    // out of memory: Python's MemoryError, shown as the app's error; the session is intact
    await page.getByRole('button', { name: 'Eat memory' }).click();
    await shown(page.getByText('MemoryError'), 60_000);
    await page.getByRole('button', { name: 'Count' }).click();
    await shown(page.getByText('n=4'));
    assert.equal(await page.getByText('MemoryError').count(), 0);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});

describe('run-on-save', () => {
  test('saving a fix recovers a hung run, with the session restored', { timeout: 180_000 }, async () => {
    const page = await open('saving');
    await shown(page.getByText('version=1 note=kept name='), BOOT_TIMEOUT);
    await page.getByLabel('Name').fill('Ada');
    await page.getByLabel('Name').press('Enter');
    await shown(page.getByText('version=1 note=kept name=Ada'));
    await page.getByRole('checkbox', { name: 'Hang' }).click({ force: true });
    await shown(page.getByRole('button', { name: 'Stop' }));
    fs.writeFileSync(path.join(dir, 'saving', 'app.py'), SAVING.replaceAll('VERSION', '2').trimStart());
    await restarted(page);
    await shown(page.getByText('version=2 note=kept name=Ada'), BOOT_TIMEOUT);
    assert.equal(await page.getByLabel('Name').inputValue(), 'Ada');
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});

describe('durable sessions', () => {
  for (const durable of [true, false]) {
    test(`a reload ${durable ? 'keeps' : 'does not keep'} the session when tablit.durableSession is ${durable ? 'on' : 'off'}`, { timeout: 180_000 }, async () => {
      const page = await open(durable ? 'durable' : 'notdurable');
      await shown(page.getByText('n=0 name='), BOOT_TIMEOUT);
      await page.getByRole('button', { name: 'Count' }).click();
      await shown(page.getByText('n=1 name='));
      await page.getByLabel('Name').fill('Ada');
      await page.getByLabel('Name').press('Enter');
      await shown(page.getByText('n=1 name=Ada'));
      await page.reload();
      if (durable) {
        await shown(page.getByText('n=1 name=Ada'), BOOT_TIMEOUT);
        assert.equal(await page.getByLabel('Name').inputValue(), 'Ada');
      } else {
        await shown(page.getByText('n=0 name='), BOOT_TIMEOUT);
        assert.equal(await page.getByLabel('Name').inputValue(), '');
      }
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  }
});
