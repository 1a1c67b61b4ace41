// A run reuses its compiled script without looking at the file when nothing
// was written since the last run (web/runtime/fs_writes.js, runner.CodeCache);
// any write, by run-on-save or by the app itself, makes the next run look.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { bootSession, texts } from "./helpers.mjs";

const app = (version) => `
import re
import streamlit as st
st.markdown("version=${version}")
def bump():
    with open(__file__) as f:
        source = f.read()
    with open(__file__, "w") as f:
        f.write(re.sub(r"version=(\\d+)", lambda m: f"version={int(m[1]) + 1}", source, count=1))
if st.button("rewrite", key="rewrite"):
    bump()
if st.button("rewrite and rerun", key="again"):
    if not st.session_state.get("rewritten"):
        st.session_state.rewritten = True
        bump()
        st.rerun()
`;

/** @type {Awaited<ReturnType<typeof bootSession>>} */
let s;
/** Paths given to FS.stat / FS.lstat since the last reset. */
let looked = [];

before(async () => {
  s = await bootSession({
    onPyodide: (py) => {
      for (const name of ["stat", "lstat"]) {
        const original = py.FS[name];
        py.FS[name] = function (/** @type {any[]} */ ...args) {
          looked.push(String(args[0]));
          return original.apply(this, args);
        };
      }
    },
  });
  assert.equal(await s.runtime.start({ entrypoint: "app.py", files: { "app.py": app(1) } }), true);
});

after(() => s?.runtime.destroy());

/** Send one message, wait for the runs it causes; the last render's texts. */
async function send(msg) {
  looked = [];
  s.runtime.receive(msg);
  await s.runtime.idle();
  return texts(s.lastRender());
}

const rerun = { type: "update", changes: [], trigger: null };
const click = (id) => ({ type: "update", changes: [], trigger: id });
const buttonId = (key) => {
  const walk = (n) => (n?.props?.key === key ? n : (n?.children ?? []).map(walk).find(Boolean));
  return Object.values(s.lastRender().tree).map(walk).find(Boolean).id;
};

test("with nothing written since the last run, a rerun does not look at the script", async () => {
  await send(rerun); // the first run's writes (the app's files) are behind us
  assert.match(await send(rerun), /version=1/);
  assert.deepEqual(looked.filter((p) => p.endsWith("/app.py")), []);
});

test("the app rewriting its own script: the next run runs the new code", async () => {
  assert.match(await send(click(buttonId("rewrite"))), /version=1/); // this run wrote the file
  assert.match(await send(rerun), /version=2/);
});

test("written and st.rerun() in the same run: the rerun runs the new code", async () => {
  assert.match(await send(click(buttonId("again"))), /version=3/);
});

test("run-on-save replaces the script: the rerun runs it", async () => {
  assert.equal(await s.runtime.writeFiles({ "app.py": app(7) }, { rerun: true }), true);
  await s.runtime.idle();
  assert.match(texts(s.lastRender()), /version=7/);
});
