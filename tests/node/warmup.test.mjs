// The worker keeps Python warm while someone uses the app (web/runtime/warmup.js,
// py/tablit/warmup.py, issue 16): after each message from the page it reruns a
// small built-in app of its own every few milliseconds while idle, for a few
// seconds.  The user's session must not see it: the same answers, no message
// to the page, no run of theirs delayed behind a queue, a Stop kept for the
// user's run; and it stops when nobody is there (span over, a run_every tick,
// destroy()).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { createWarmer } from "../../web/runtime/warmup.js";
import { ROOT, bootSession, nodes } from "./helpers.mjs";

const COUNTER = readFileSync(join(ROOT, "examples", "counter-callbacks", "app.py"), "utf8");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

test("createWarmer: runs only while idle, only within the span after a poke, and gives up after a failure", async () => {
  let idle = true;
  let runs = 0;
  let fail = false;
  const w = createWarmer({ idle: () => idle, run: async () => { runs++; if (fail) throw new Error("boom"); }, every: 2, span: 60 });
  await sleep(30);
  assert.equal(runs, 0, "nothing before the first poke");
  w.poke();
  await sleep(40);
  assert.ok(runs >= 3, `warm-ups ran: ${runs}`);
  idle = false;
  const busyAt = runs;
  await sleep(20);
  assert.equal(runs, busyAt, "none while the worker is busy");
  idle = true;
  await sleep(80);
  const after = runs;
  await sleep(30);
  assert.equal(runs, after, "none once the span is over");
  w.enable(false);
  w.poke();
  await sleep(20);
  assert.equal(runs, after, "none while disabled");
  w.enable(true); // (enabling pokes: the benchmarks' "warm_on")
  await sleep(20);
  assert.ok(runs > after);
  const warn = console.warn;
  console.warn = () => {};
  try {
    fail = true;
    const atFail = runs;
    await sleep(20);
    assert.equal(runs, atFail + 1, "a failed warm-up is the last");
    w.poke();
    await sleep(20);
    assert.equal(runs, atFail + 1);
  } finally {
    console.warn = warn;
    w.stop();
  }
});

test("createWarmer: priming runs its reruns once, after the page was quiet, never while busy or disabled", async () => {
  let idle = true;
  let runs = 0;
  const w = createWarmer({ idle: () => idle, run: async () => { runs++; }, every: 2, span: 0, prime: 12, quiet: 40 });
  assert.equal(w.primed(), false, "not primed before it is asked");
  w.poke(); // the page sent something just now: priming waits until it has been quiet for 40 ms
  w.prime();
  await sleep(15);
  assert.equal(runs, 0, "none within the quiet time");
  await sleep(100);
  assert.equal(runs, 12, "then all of them");
  assert.equal(w.primed(), true);
  w.prime(); // once per worker
  await sleep(40);
  assert.equal(runs, 12, "no second priming");
  w.stop();

  // busy (a run of the user's) or disabled: priming waits, and goes on after
  let r2 = 0;
  const w2 = createWarmer({ idle: () => idle, run: async () => { r2++; }, every: 2, span: 0, prime: 10, quiet: 0 });
  idle = false;
  w2.prime();
  await sleep(20);
  assert.equal(r2, 0, "none while busy");
  w2.enable(false);
  idle = true;
  await sleep(20);
  assert.equal(r2, 0, "none while disabled");
  w2.enable(true);
  await sleep(60);
  assert.equal(r2, 10, "all of them once idle and enabled");
  assert.equal(w2.primed(), true);
  w2.stop();
});

test("in the worker: priming once the page has drawn the first run sends the page nothing, and the clicks after it are answered as ever", async () => {
  const s = await bootSession({ warmup: { every: 2, span: 30, prime: 25, quiet: 20 } });
  assert.equal(await s.runtime.start({ entrypoint: "app.py", files: { "app.py": COUNTER } }), true);
  const from = s.messages.length;
  await sleep(80);
  assert.equal(s.runtime.debug("runs").primed, false, "no priming before the page says it has drawn the run");
  assert.equal(s.runtime.debug("runs").warm_runs, 0);
  s.runtime.drawn(); // {type: "drawn"} (web/runtime/host.js)
  s.runtime.drawn(); // once per worker
  for (let t = 0; t < 200 && !s.runtime.debug("runs").primed; t++) await sleep(10);
  const d = s.runtime.debug("runs");
  assert.equal(d.primed, true, "primed");
  assert.ok(d.warm_runs >= 25, `warm-ups: ${d.warm_runs}`);
  assert.equal(s.messages.length, from, "priming sent the page nothing");
  const button = nodes(s.lastRender()).find((x) => x.kind === "button");
  s.runtime.receive({ type: "update", changes: [], trigger: button.id });
  await s.runtime.idle();
  assert.match(JSON.stringify(s.lastRender()), /Count = .*1/);
  s.runtime.destroy();
});

test("in the worker: warm-ups run between clicks, the user's answers are those of a worker without them", async () => {
  const clickAll = async (s, n, gap) => {
    const out = [];
    for (let i = 0; i < n; i++) {
      const button = nodes(s.lastRender()).find((x) => x.kind === "button");
      const from = s.messages.length;
      s.runtime.receive({ type: "update", changes: [], trigger: button.id });
      await s.runtime.idle();
      out.push(JSON.stringify(s.since(from)));
      await sleep(gap);
    }
    return out;
  };
  const plain = await bootSession();
  assert.equal(await plain.runtime.start({ entrypoint: "app.py", files: { "app.py": COUNTER } }), true);
  const plainFrom = plain.messages.length;
  const expected = await clickAll(plain, 6, 0);
  const plainCount = plain.messages.length - plainFrom;
  plain.runtime.destroy();

  const s = await bootSession({ warmup: { every: 2, span: 150, prime: 0 } });
  assert.equal(await s.runtime.start({ entrypoint: "app.py", files: { "app.py": COUNTER } }), true);
  assert.equal(s.runtime.debug("runs").warm_runs, 0, "no warm-up before the page sent anything");
  const batches = s.batches.length;
  const from = s.messages.length;
  const got = await clickAll(s, 6, 25);
  await sleep(30);
  assert.equal(s.messages.length - from, plainCount, "no message but the answers (and snapshots) of the clicks");
  assert.deepEqual(got, expected);
  const warm = s.runtime.debug("runs").warm_runs;
  assert.ok(warm >= 6, `warm-ups ran between the clicks: ${warm}`);
  assert.ok(s.batches.slice(batches).every((b) => !b.includes("Warm-up") && !b.includes("Bump")), "nothing of the warm-up reached the page");

  // a run_every timer's tick is not somebody using the app: it does not keep the worker warm
  await sleep(250);
  const quiet = s.runtime.debug("runs").warm_runs;
  s.runtime.receive({ type: "update", changes: [], trigger: null, fragment: "no-such-fragment" });
  await s.runtime.idle();
  await sleep(60);
  assert.equal(s.runtime.debug("runs").warm_runs, quiet, "no warm-up after a fragment's tick");

  // a click while warm-ups run is answered as ever; destroy() ends them
  s.runtime.receive({ type: "update", changes: [], trigger: nodes(s.lastRender()).find((x) => x.kind === "button").id });
  await s.runtime.idle();
  assert.match(JSON.stringify(s.lastRender()), /Count = .*7/);
  s.runtime.destroy();
  const atDestroy = s.runtime.debug("runs").warm_runs;
  await sleep(40);
  assert.equal(s.runtime.debug("runs").warm_runs, atDestroy, "none after destroy()");
});

test("in the worker: a Stop pending in the interrupt buffer is left for the user's run", async () => {
  const flags = new Int32Array(new SharedArrayBuffer(12));
  const s = await bootSession({ warmup: { every: 2, span: 400, prime: 0 }, interruptBuffer: flags });
  assert.equal(await s.runtime.start({ entrypoint: "app.py", files: { "app.py": COUNTER } }), true);
  s.runtime.receive({ type: "update", changes: [], trigger: nodes(s.lastRender()).find((x) => x.kind === "button").id });
  await s.runtime.idle();
  await sleep(30);
  assert.ok(s.runtime.debug("runs").warm_runs > 0);
  Atomics.store(flags, 0, 2); // a Stop the page wrote (SIGINT) while nothing of the user's ran
  const at = s.runtime.debug("runs").warm_runs;
  await sleep(40);
  assert.equal(s.runtime.debug("runs").warm_runs, at, "no warm-up while a Stop waits");
  assert.equal(Atomics.load(flags, 0), 2, "the Stop is still there for the user's run");
  s.runtime.destroy();
});
