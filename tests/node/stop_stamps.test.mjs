// Stop on a cross-origin isolated page, where the page and the worker share an interrupt
// buffer (web/runtime/core.js, interruptBuffer): a Stop pressed after an interaction was
// sent, while the run before it ended, stops that interaction's run at its first st call;
// a Stop pressed before it was sent came late and stops nothing.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { bootSession, texts, widget } from "./helpers.mjs";

const APP = `
import streamlit as st
st.session_state.setdefault("began", 0)
st.session_state.setdefault("ended", 0)
st.session_state.began += 1
st.checkbox("on", key="on")
st.session_state.ended += 1
st.write(f"began={st.session_state.began} ended={st.session_state.ended} on={st.session_state.on}")
`;

const flags = new Int32Array(new SharedArrayBuffer(12));
/** @type {Awaited<ReturnType<typeof bootSession>>} */
let s;

before(async () => {
  s = await bootSession({ interruptBuffer: flags });
  assert.equal(await s.runtime.start({ entrypoint: "app.py", files: { "app.py": APP } }), true);
});
after(() => s?.runtime.destroy());

/** The page's Stop: counted in cell 2, SIGINT in cell 0 (web/mount.js stop). */
function pressStop() {
  Atomics.add(flags, 2, 1);
  Atomics.store(flags, 0, 2);
}

async function send(stops, value) {
  const id = widget(s.lastRender(), "on").id;
  const from = s.messages.length;
  s.runtime.receive({ type: "update", changes: [{ id, value }], trigger: null, stops });
  await s.runtime.idle();
  assert.deepEqual(s.since(from).filter((m) => m.type === "refused"), []);
  return texts(s.lastRender()).split("\n").at(-1);
}

describe("Stop, isolated", () => {
  test("a Stop pressed after the interaction was sent stops its run at the first st call", async () => {
    assert.equal(texts(s.lastRender()).split("\n").at(-1), "began=1 ended=1 on=False");
    const stamp = Atomics.load(flags, 2); // the page sent the click...
    pressStop(); // ...then Stop was pressed, as the run before it ended
    const last = await send(stamp, true);
    assert.equal(last, "began=1 ended=1 on=False", "the run ended before its end: the rest stays as it was");
    assert.equal(Atomics.load(flags, 0), 0, "the Stop was used");
    // the interaction's value was taken, and the code before the first st call ran
    assert.equal(await send(Atomics.load(flags, 2), true), "began=3 ended=2 on=True");
  });

  test("a Stop pressed before the interaction was sent came late: the run goes to its end", async () => {
    pressStop(); // after the last run had ended: nothing to stop
    assert.equal(await send(Atomics.load(flags, 2), false), "began=4 ended=3 on=False");
    assert.equal(Atomics.load(flags, 0), 0);
    assert.equal(Atomics.load(flags, 1), 0);
  });

  test("a message without a count (a page that is not isolated) is never stopped by an old Stop", async () => {
    Atomics.store(flags, 0, 2);
    assert.equal(await send(undefined, true), "began=5 ended=4 on=True");
  });
});
