// Python memory held across reruns, counted by tracemalloc through the worker's
// debug("memory") (the figures `npm run bench` reports for the browser).
//
// The browser's heap used to grow ~25 B a rerun: each run, web/runtime/core.js
// looked `bridge.snapshot` up on the bridge's PyProxy.  Pyodide hands Python the
// attribute's name as a fresh str each time, and CPython's type attribute cache
// (4,096 slots, indexed by the name's address, each keeping a reference to its
// name) held one more of them after nearly every run.  What JavaScript allocates
// in Python outside any Python frame must not pile up with the number of runs.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { ROOT, bootSession, nodes } from "./helpers.mjs";

/** @type {Awaited<ReturnType<typeof bootSession>>} */
let s;

before(async () => {
  s = await bootSession();
  const ok = await s.runtime.start({
    entrypoint: "app.py",
    files: { "app.py": readFileSync(join(ROOT, "examples", "counter-callbacks", "app.py"), "utf8") },
  });
  assert.equal(ok, true);
});

after(() => s?.runtime.destroy());

/** Click the counter's button `n` times, one run each. */
async function clicks(n) {
  for (let i = 0; i < n; i++) {
    const button = nodes(s.lastRender()).find((n) => n.kind === "button");
    s.runtime.receive({ type: "update", changes: [], trigger: button.id });
    await s.runtime.idle();
  }
}

test("reruns leave nothing behind in Python's heap", async () => {
  await clicks(10);
  s.runtime.debug("trace_start"); // tracemalloc counts from here what stays allocated
  await clicks(100);
  const a = s.runtime.debug("memory");
  const runs = 200;
  await clicks(runs);
  const b = s.runtime.debug("memory");
  const count = nodes(s.lastRender()).find((n) => n.kind === "markdown")?.props.body;
  assert.equal(count, `Count =  \`${110 + runs}\``, "every click ran once");
  console.log(`held since run 10: ${a.traced_bytes} B after run 110, ${b.traced_bytes} B after run ${110 + runs}; ` +
    `allocated outside any Python frame: ${JSON.stringify(b.traced_outside_python)}`);
  // before the fix: about one 29-byte str a run (the 8 letters of "snapshot"), ~190 blocks here
  assert.ok(b.traced_outside_python.blocks <= 5,
    `${b.traced_outside_python.blocks} blocks (${b.traced_outside_python.bytes} B) allocated outside Python over ${runs + 100} runs are still held`);
  // the session's state is the same after each click but for the count: what a run leaves
  // (freelists, caches filled once) does not add up (before the fix: +4.8 KiB)
  assert.ok(b.traced_bytes - a.traced_bytes <= 2048, `+${b.traced_bytes - a.traced_bytes} B held over ${runs} more runs`);
});
