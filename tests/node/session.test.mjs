// The worker protocol end to end: Pyodide in node, tablit from py/, one app,
// driven through web/runtime/core.js as the browser worker drives it.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { bootSession, texts, widget } from "./helpers.mjs";

const APP = `
import streamlit as st
import tablit
from helper import GREETING

st.title("Counter")
if "count" not in st.session_state:
    st.session_state.count = 0
double = st.checkbox("double", key="double")
if st.button("add", key="add"):
    st.session_state.count += 2 if double else 1
st.markdown(f"count={st.session_state.count}")
st.markdown(f"double={double}")
st.markdown(f"alias={st is tablit}")
import streamlit.errors, tablit.errors
st.markdown(f"submodule={streamlit.errors is tablit.errors and tablit.errors.__spec__.name == 'tablit.errors'}")
st.markdown(f"greeting={GREETING}")
st.markdown(f"query={st.query_params.to_dict()}")
`;

/** @type {Awaited<ReturnType<typeof bootSession>>} */
let s;

before(async () => {
  s = await bootSession();
  console.log(`pyodide boot + tablit install: ${s.bootMs.toFixed(0)} ms (${JSON.stringify(s.runtime.timings, (k, v) => (typeof v === "number" ? Math.round(v) : v))})`);
});

after(() => s?.runtime.destroy());

/** Send messages without awaiting between them; wait until all ran; return what came down. */
async function exchange(...msgs) {
  const from = s.messages.length;
  const batches = s.batches.length;
  for (const m of msgs) s.runtime.receive(m);
  await s.runtime.idle();
  // (not counting the {type: "run", running: true} that announces each run, the snapshot,
  // nor the mid-run renders a run slower than the streaming interval sends on a loaded machine)
  const counted = (b) => !b.startsWith('[{"type":"run"') && !/^\[\{"type": ?"snapshot"/.test(b)
    && !JSON.parse(b).every((m) => (m.type === "render" || m.type === "patch") && m.running);
  return { down: s.since(from), batches: s.batches.slice(batches).filter(counted).length };
}

describe("a session", () => {
  test("starts: status messages, then the first render", async () => {
    const from = s.messages.length;
    const ok = await s.runtime.start({
      entrypoint: "app.py",
      files: { "app.py": APP, "helper.py": 'GREETING = "hi"\n' },
      query: "a=1",
    });
    assert.equal(ok, true, JSON.stringify(s.since(from)));
    const down = s.since(from);
    assert.deepEqual(down.filter((m) => m.type === "status").map((m) => m.stage), ["app"]);
    const render = down.findLast((m) => m.type !== "snapshot"); // the session's snapshot comes after the answer
    assert.equal(render.type, "render");
    assert.equal(render.run, 1);
    const t = texts(render);
    assert.match(t, /count=0/);
    assert.match(t, /alias=True/, "import streamlit is the tablit module itself");
    assert.match(t, /submodule=True/, "streamlit.x is tablit.x, with tablit's own __spec__");
    assert.match(t, /greeting=hi/, "app modules beside the script import");
    assert.match(t, /query=\{'a': '1'\}/);
    assert.equal(widget(render, "double").props.value, false);
    console.log(`first run: ${s.runtime.timings.firstRun.toFixed(0)} ms`);
  });

  test("an update changes a widget value", async () => {
    const r = s.lastRender();
    const { down } = await exchange({ type: "update", changes: [{ id: widget(r, "double").id, value: true }], trigger: null });
    const render = down.findLast((m) => m.type === "render");
    assert.equal(render.run, r.run + 1);
    assert.match(texts(render), /double=True/);
    assert.match(texts(render), /count=0/);
  });

  test("a click runs the button's branch once", async () => {
    const r = s.lastRender();
    const { down } = await exchange({ type: "update", changes: [], trigger: widget(r, "add").id });
    const render = down.findLast((m) => m.type === "render");
    assert.match(texts(render), /count=2/);
    const { down: again } = await exchange({ type: "update", changes: [], trigger: null });
    assert.match(texts(again.findLast((m) => m.type === "render")), /count=2/, "a plain rerun does not click again");
  });

  test("messages queued during a run are coalesced into one run", async () => {
    const r = s.lastRender();
    const id = widget(r, "double").id;
    const { down, batches } = await exchange(
      { type: "update", changes: [{ id, value: true }], trigger: null },
      JSON.stringify({ type: "update", changes: [{ id, value: false }], trigger: null }),
      { type: "update", changes: [], trigger: widget(r, "add").id },
    );
    // A run slower than the live-streaming interval (a loaded machine) may also send mid-run
    // renders ("running": true, runtime/live.py); the run's own final render is the one counted.
    const renders = down.filter((m) => m.type === "render" && !m.running);
    assert.equal(renders.length, 1, "one run for three messages");
    assert.equal(batches, 1);
    assert.equal(renders[0].run, r.run + 1);
    assert.match(texts(renders[0]), /double=False/);
    assert.match(texts(renders[0]), /count=3/, "the newest value (False) was used for the click");
  });

  test("malformed messages are refused with a reason; state is kept", async () => {
    const r = s.lastRender();
    const bad = [
      [{ type: "update", changes: "x" }, /'changes' must be a list/],
      [{ type: "update", changes: [{ id: 3, value: 1 }] }, /each change must be/],
      [{ type: "update", changes: [{ id: "a" }] }, /each change must be/],
      [{ type: "update", changes: [{ id: "a", value: Number.NaN }] }, /not JSON: NaN/],
      [{ type: "update", trigger: 5 }, /'trigger' must be a widget id or null/],
      [{ type: "navigate", page: 1 }, /'page' and 'query' must be strings/],
      [{ type: "explode" }, /unknown message type "explode"; expected one of update, navigate, clear_cache/],
      [{ changes: [] }, /unknown message type \(none\)/],
      ["{nope", /not JSON/],
      [[1, 2], /a message must be a JSON object/],
      [null, /a message must be a JSON object/],
    ];
    const { down } = await exchange(...bad.map(([m]) => m));
    assert.equal(down.length, bad.length, JSON.stringify(down));
    down.forEach((m, i) => {
      assert.equal(m.type, "refused");
      assert.match(m.reason, bad[i][1]);
    });
    assert.deepEqual(down[0].message, { type: "update", changes: "x" }, "the refused message is echoed");
    assert.equal(s.lastRender().run, r.run, "no run happened");
    const { down: after } = await exchange({ type: "update", changes: [], trigger: null });
    assert.match(texts(after.at(-1)), /count=3/);
  });

  test("an unknown widget id is refused by Python, not fatal", async () => {
    const { down } = await exchange({ type: "update", changes: [{ id: "$$ID-nope-x", value: 1 }], trigger: null });
    assert.ok(down.length >= 1, "Python answered");
    const { down: after } = await exchange({ type: "update", changes: [], trigger: null });
    assert.match(texts(after.findLast((m) => m.type === "render")), /count=3/);
  });

  test("navigate sets the query params", async () => {
    const { down } = await exchange({ type: "navigate", page: "", query: "?b=2" });
    const render = down.findLast((m) => m.type === "render");
    assert.match(texts(render), /query=\{'b': '2'\}/);
    assert.equal(render.query, "b=2");
  });

  test("run-on-save: files are replaced, app modules re-imported, state kept", async () => {
    const from = s.messages.length;
    const ok = await s.runtime.writeFiles({ "helper.py": 'GREETING = "hello"\n' }, { rerun: true });
    assert.equal(ok, true);
    await s.runtime.idle();
    const render = s.since(from).findLast((m) => m.type === "render");
    assert.match(texts(render), /greeting=hello/);
    assert.match(texts(render), /count=3/);
    const bad = await s.runtime.writeFiles({ "../escape.py": "x" });
    assert.equal(bad, false);
    assert.match(s.messages.at(-1).reason, /must not leave the app folder/);
  });

  test("a refused files message queues no rerun", async () => {
    const from = s.messages.length;
    const bad = await s.runtime.writeFiles({ "../escape.py": "x" }, { rerun: true });
    assert.equal(bad, false);
    await s.runtime.idle();
    const after = s.since(from);
    assert.deepEqual(after.map((m) => m.type), ["refused"]);
    assert.deepEqual(after[0].message, { type: "files", paths: ["../escape.py"] });
  });
});

describe("loading failures are fatal with a clear error", () => {
  test("an entrypoint that is not among the files", async () => {
    const from = s.messages.length;
    const ok = await s.runtime.start({ entrypoint: "main.py", files: { "app.py": "" } });
    assert.equal(ok, false);
    const [msg] = s.since(from);
    assert.deepEqual(msg, { type: "fatal", stage: "app", error: "the entrypoint main.py is not among the app files (app.py)" });
    const { down } = await exchange({ type: "update", changes: [], trigger: null });
    assert.equal(down[0].type, "refused");
    assert.match(down[0].reason, /the app is not running: loading failed at the app stage/);
  });

  test("a bad file path or source", async () => {
    for (const [files, re] of [
      [{ "/etc/passwd": "x" }, /must be relative to the app folder/],
      [{ "a/../../b.py": "x" }, /must not leave the app folder/],
      [{ "app.py": 42 }, /must be its text, its bytes, or \{url: string\}; got a number/],
    ]) {
      const from = s.messages.length;
      assert.equal(await s.runtime.start({ entrypoint: "app.py", files }), false);
      const msg = s.since(from).find((m) => m.type === "fatal");
      assert.equal(msg.stage, "app");
      assert.match(msg.error, re);
    }
  });

  test("a file URL that cannot be fetched", async () => {
    const from = s.messages.length;
    const ok = await s.runtime.start({
      entrypoint: "app.py",
      files: { "app.py": "import streamlit as st\n", "data.csv": { url: "file:///nonexistent/data.csv" } },
    });
    assert.equal(ok, false);
    const msg = s.since(from).find((m) => m.type === "fatal");
    assert.equal(msg.stage, "app");
    assert.match(msg.error, /app file data\.csv: could not fetch file:\/\/\/nonexistent\/data\.csv/);
  });

  test("a bad requirements.txt names the line", async () => {
    const from = s.messages.length;
    const ok = await s.runtime.start({
      entrypoint: "app.py",
      files: { "app.py": "import streamlit as st\n", "requirements.txt": "streamlit>=1.30\n\n-e ./mypkg\n" },
    });
    assert.equal(ok, false);
    const msg = s.since(from).find((m) => m.type === "fatal");
    assert.deepEqual(msg, {
      type: "fatal",
      stage: "packages",
      error: "requirements.txt, line 3: unsupported option -e (editable installs need a local checkout; list a wheel instead)",
    });
  });

  test("a script that raises is rendered, not fatal; a new start replaces the app", async () => {
    const from = s.messages.length;
    const ok = await s.runtime.start({ entrypoint: "app.py", files: { "app.py": "import streamlit as st\nst.markdown('ok')\n1/0\n" } });
    assert.equal(ok, true);
    const render = s.since(from).findLast((m) => m.type === "render");
    assert.equal(render.run, 1);
    assert.match(JSON.stringify(render.tree), /ZeroDivisionError/);
  });
});
