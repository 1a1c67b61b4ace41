// mount() and <tablit-app> in jsdom.  The Worker is replaced by the real
// worker logic (runtime/host.js) running in-process with node's Pyodide, so
// a DOM click goes renderer -> mount -> host -> core -> Python -> DOM.

import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import { JSDOM } from "jsdom";
import { loadPyodide } from "pyodide";
import { createWorkerHost } from "../../web/runtime/host.js";
import { workerChannel } from "../../web/runtime/channel.js";
import { nodeFetchBytes, pyodideDir, tablitZip } from "./helpers.mjs";

const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", { url: "http://localhost/apps/demo/" });
const w = dom.window;
// `window` only once Pyodide's Emscripten module is loaded (it would take a
// window for a browser); the renderer's DOMPurify needs it later.
let windowReady = false;
Object.defineProperty(globalThis, "window", { configurable: true, get: () => (windowReady ? w : undefined) });
Object.assign(globalThis, {
  document: w.document,
  location: w.location,
  history: w.history,
  HTMLElement: w.HTMLElement,
  customElements: w.customElements,
  Element: w.Element,
  Node: w.Node,
  Event: w.Event,
  addEventListener: w.addEventListener.bind(w),
  removeEventListener: w.removeEventListener.bind(w),
});

/** @type {FakeWorker[]} */
const workers = [];
let mode = /** @type {"pyodide"|"script"} */ ("script");

/** A Worker: in "pyodide" mode the real worker logic in-process; in "script" mode a recorder. */
class FakeWorker {
  /** @param {URL|string} url */
  constructor(url) {
    this.url = String(url);
    /** @type {any[]} */
    this.received = [];
    this.terminated = false;
    /** @type {((e: {data: any}) => void)|null} */
    this.onmessage = null;
    workers.push(this);
    if (mode === "pyodide") {
      this.host = createWorkerHost({
        post: (json) => setTimeout(() => !this.terminated && this.onmessage?.({ data: json })),
        loadPyodide: (/** @type {any} */ cfg) =>
          loadPyodide({ ...cfg, indexURL: fileURLToPath(cfg.indexURL), packageBaseUrl: fileURLToPath(cfg.packageBaseUrl), stdout: () => {} }).then(
            (py) => {
              windowReady = true;
              return py;
            },
          ),
        fetchBytes: nodeFetchBytes(),
      });
    }
  }

  /** @param {any} msg */
  postMessage(msg) {
    const copy = structuredClone(msg);
    this.received.push(copy);
    if (this.host) setTimeout(() => !this.terminated && this.host?.receive(copy));
  }

  /** Script mode: send down messages to the page. @param {any[]} msgs */
  down(msgs) {
    this.onmessage?.({ data: JSON.stringify(msgs) });
  }

  terminate() {
    this.terminated = true;
  }
}
Object.assign(globalThis, { Worker: FakeWorker });

/**
 * The worker side of a recorded worker's channel, as worker.js sets it up
 * from the boot message (runtime/channel.js): small replies go on the
 * session's BroadcastChannel.
 * @param {FakeWorker} fake
 */
function replier(fake) {
  const channel = workerChannel((data) => fake.onmessage?.({ data }));
  channel.take(fake.received[0]);
  return { send: (/** @type {any[]} */ msgs) => channel.send(JSON.stringify(msgs)), close: () => channel.close() };
}

const { mount } = await import("../../web/mount.js");
const { defineElement } = await import("../../web/element.js");
const { INPUT_EVERY_MS } = await import("../../web/protocol.js");
defineElement();

/** Poll until fn() is truthy. */
async function until(fn, what, timeout = 30_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** @type {string} */
let tmp;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), "tablit-mount-"));
  writeFileSync(join(tmp, "tablit.zip"), tablitZip());
});
after(() => rmSync(tmp, { recursive: true, force: true }));

const APP = `
import streamlit as st
if "count" not in st.session_state:
    st.session_state.count = int(st.query_params.get("clicks", "0"))
if st.button("Add one"):
    st.session_state.count += 1
    st.query_params["clicks"] = str(st.session_state.count)
st.markdown(f"count={st.session_state.count}")
`;

describe("mount() with the real worker logic and Pyodide", () => {
  test("boots, renders, a DOM click reruns, the URL follows, back/forward navigates", { timeout: 90_000 }, async () => {
    mode = "pyodide";
    const el = document.createElement("div");
    document.body.append(el);
    /** @type {any[]} */
    const seen = [];
    const t0 = performance.now();
    const app = mount(el, {
      entrypoint: "app.py",
      files: { "app.py": APP },
      indexURL: pathToFileURL(pyodideDir()).href,
      tablitURL: pathToFileURL(join(tmp, "tablit.zip")).href,
      routing: "path",
      onMessage: (m) => seen.push(m),
    });
    mode = "script"; // the worker exists: later mounts get the recorder
    await app.ready;
    const timings = workers.at(-1).host?.runtime()?.timings ?? {};
    console.log(`mount -> first render in jsdom: ${(performance.now() - t0).toFixed(0)} ms ${JSON.stringify(timings, (k, v) => (typeof v === "number" ? Math.round(v) : v))}`);
    assert.deepEqual(seen.filter((m) => m.type === "status").map((m) => m.stage), ["runtime", "app"]);
    assert.match(el.textContent, /count=0/);
    const boot = workers.at(-1).received[0];
    assert.equal(boot.type, "boot");
    assert.equal(boot.baseURL, "http://localhost/apps/demo/");

    const button = [...el.querySelectorAll("button")].find((b) => b.textContent.includes("Add one"));
    assert.ok(button, el.innerHTML);
    // a press tells the worker somebody is there: it keeps Python warm, and answers nothing
    const host = workers.at(-1).host;
    assert.equal(host.runtime().debug("runs").warm_runs, 0);
    const before = seen.length;
    button.dispatchEvent(new w.Event("pointerdown", { bubbles: true }));
    await until(() => host.runtime().debug("runs").warm_runs > 0, "a warm-up after the press");
    assert.deepEqual(seen.slice(before), [], "no answer to a press");
    button.click();
    await until(() => /count=1/.test(el.textContent), "count=1 after the click");
    await until(() => location.search === "?clicks=1", "the query string to follow st.query_params");
    assert.equal(location.pathname, "/apps/demo/");

    history.pushState(null, "", "/apps/demo/?clicks=1");
    history.replaceState(null, "", "/apps/demo/?clicks=7");
    w.dispatchEvent(new w.PopStateEvent("popstate"));
    await until(() => workers.at(-1).received.some((m) => m.type === "navigate" && m.query === "clicks=7"), "a navigate message");
    assert.equal(app.worker, workers.at(-1));
    app.destroy();
    assert.equal(workers.at(-1).terminated, true);
    assert.equal(el.childNodes.length, 0);
    assert.throws(() => app.send({ type: "clear_cache" }), /destroyed/);
  });
});

describe("mount() errors and wiring", () => {
  test("a bad entrypoint is shown in the element and rejects ready, without a worker", async () => {
    const before = workers.length;
    const el = document.createElement("div");
    const app = mount(el, { entrypoint: "main.py", files: { "app.py": "" } });
    await assert.rejects(app.ready, /tablit: app failed: the entrypoint "main.py" is not among the app files \(app.py\)/);
    assert.equal(workers.length, before);
    assert.match(el.textContent, /main\.py/);
  });

  test("the default entrypoint is the only top-level .py file", () => {
    const app = mount(document.createElement("div"), { files: { "hello.py": "", "lib/x.py": "" } });
    assert.equal(workers.at(-1).received[0].entrypoint, "hello.py");
    app.destroy();
  });

  test("bad arguments throw at once", () => {
    assert.throws(() => mount(/** @type {any} */ (null)), /mount\(\) needs a DOM element/);
    assert.throws(() => mount(document.createElement("div"), /** @type {any} */ ("x")), /options must be an object/);
    assert.throws(() => mount(document.createElement("div"), { files: { "a.py": "" }, routing: /** @type {any} */ ("url") }), /routing must be/);
  });

  test("down messages reach the renderer; fatal rejects ready; refused only warns", async () => {
    const el = document.createElement("div");
    const app = mount(el, { files: { "app.py": "" } });
    const worker = workers.at(-1);
    worker.down([{ type: "status", stage: "packages", detail: "Installing numpy" }]);
    assert.match(el.textContent, /Installing numpy/);
    const warn = console.warn;
    const warnings = [];
    console.warn = (...a) => warnings.push(a.join(" "));
    worker.down([{ type: "refused", reason: "because", message: {} }]);
    console.warn = warn;
    assert.match(warnings.join(), /refused: because/);
    worker.down([{ type: "fatal", stage: "packages", error: "could not install numpy: <b>nope</b>" }]);
    await assert.rejects(app.ready, /packages failed: could not install numpy/);
    assert.match(el.textContent, /<b>nope<\/b>/, "error text is shown as text, never as HTML");
    assert.equal(el.querySelector("b"), null);
    app.destroy();
  });

  test("fastChannel: false boots without a channel; replies come by postMessage", () => {
    const el = document.createElement("div");
    const app = mount(el, { files: { "app.py": "" }, fastChannel: false });
    const worker = workers.at(-1);
    assert.equal(worker.received[0].channel, undefined);
    worker.down([{ type: "status", stage: "packages", detail: "by postMessage" }]);
    assert.match(el.textContent, /by postMessage/);
    app.destroy();
  });

  test("a crashed worker is replaced by one with a fresh channel; the old channel is closed", async () => {
    const el = document.createElement("div");
    /** @type {string[]} */
    const details = [];
    const app = mount(el, { files: { "app.py": "" }, spareWorker: false, onMessage: (m) => m.type === "status" && details.push(m.detail) });
    const first = workers.at(-1);
    const one = replier(first);
    one.send([{ type: "render", run: 1, tree: { kind: "root", children: [] }, running: false }]);
    await app.ready;
    one.send([{ type: "fatal", stage: "app", error: "Python crashed" }]);
    await until(() => workers.at(-1) !== first, "a new worker");
    const second = workers.at(-1);
    assert.equal(first.terminated, true);
    assert.notEqual(second.received[0].channel.name, first.received[0].channel.name);
    assert.notEqual(second.received[0].channel.token, first.received[0].channel.token);
    one.send([{ type: "status", stage: "packages", detail: "from the old worker" }]);
    const two = replier(second);
    two.send([{ type: "status", stage: "packages", detail: "from the new worker" }]);
    await until(() => details.includes("from the new worker"), "the new worker's status");
    assert.deepEqual(details, ["from the new worker"], "nothing from the old worker");
    app.destroy();
    one.close();
    two.close();
  });

  test("a press or a key inside the app tells the worker ({type: \"input\"}) when the page sent it nothing for INPUT_EVERY_MS; not outside it, not with warmup: false, not after destroy()", async () => {
    const inputs = (wk) => wk.received.filter((m) => m.type === "input").length;
    const press = (target, type = "pointerdown") => target.dispatchEvent(new w.Event(type, { bubbles: true }));
    const pause = () => new Promise((r) => setTimeout(r, INPUT_EVERY_MS + 50));
    const el = document.createElement("div");
    const inner = el.appendChild(document.createElement("button"));
    document.body.append(el);
    const app = mount(el, { files: { "app.py": "" }, spareWorker: false });
    const worker = workers.at(-1);
    press(document.body);
    assert.equal(inputs(worker), 0, "a press outside the app says nothing");
    press(inner);
    press(inner, "keydown");
    press(el);
    assert.equal(inputs(worker), 1, "one message for presses close together");
    await pause();
    press(inner, "keydown");
    assert.equal(inputs(worker), 2);
    await pause();
    app.send({ type: "update", changes: [], trigger: null });
    press(inner);
    assert.equal(inputs(worker), 2, "right after an update (which keeps the worker warm itself) a press says nothing");
    app.destroy();
    await pause();
    press(inner);
    assert.equal(inputs(worker), 2, "nothing after destroy()");

    const cold = document.body.appendChild(document.createElement("div"));
    const off = mount(cold, { files: { "app.py": "" }, spareWorker: false, warmup: false });
    press(cold);
    assert.equal(inputs(workers.at(-1)), 0, "warmup: false: the worker keeps nothing warm, so nothing is said");
    off.destroy();
    el.remove();
    cold.remove();
  });

  test("the page tells a worker once that it has drawn one of its runs ({type: \"drawn\"}, so it primes then); not a run still going, not with warmup: false", async () => {
    const drawn = (wk) => wk.received.filter((m) => m.type === "drawn").length;
    const render = (run, running) => ({ type: "render", run, tree: { kind: "root", children: [] }, running });
    const el = document.body.appendChild(document.createElement("div"));
    const app = mount(el, { files: { "app.py": "" }, spareWorker: false, fastChannel: false });
    const worker = workers.at(-1);
    worker.down([{ type: "run", running: true }, render(1, true)]);
    assert.equal(drawn(worker), 0, "a run still going is not the drawn run");
    worker.down([render(1, false)]);
    await app.ready;
    assert.equal(drawn(worker), 1);
    worker.down([render(2, false)]);
    assert.equal(drawn(worker), 1, "once per worker");
    app.destroy();
    const cold = document.body.appendChild(document.createElement("div"));
    const off = mount(cold, { files: { "app.py": "" }, spareWorker: false, fastChannel: false, warmup: false });
    workers.at(-1).down([render(1, false)]);
    await off.ready;
    assert.equal(drawn(workers.at(-1)), 0, "warmup: false: nothing to prime, nothing said");
    off.destroy();
    el.remove();
    cold.remove();
  });

  test("updateFiles posts a files message with a rerun", () => {
    const app = mount(document.createElement("div"), { files: { "app.py": "" } });
    app.updateFiles({ "app.py": "x = 1", "old.py": null });
    assert.deepEqual(workers.at(-1).received[1], { type: "files", files: { "app.py": "x = 1", "old.py": null }, rerun: true });
    app.destroy();
  });
});

describe("<tablit-app>", () => {
  test("src, files, config and requirements make the boot message", async () => {
    const el = document.createElement("tablit-app");
    el.setAttribute("src", "demo/app.py");
    el.setAttribute("files", "helper.py pages/one.py");
    el.setAttribute("config", "../shared/pyscript.toml");
    el.setAttribute("requirements", "numpy, pandas>=2");
    document.body.append(el);
    await until(() => /** @type {any} */ (el).app, "the element to mount");
    const boot = workers.at(-1).received[0];
    assert.equal(boot.entrypoint, "app.py");
    assert.deepEqual(boot.files, {
      "app.py": { url: "http://localhost/apps/demo/demo/app.py" },
      "helper.py": { url: "helper.py" },
      "pages/one.py": { url: "pages/one.py" },
      "pyscript.toml": { url: "../shared/pyscript.toml" },
    });
    assert.equal(boot.baseURL, "http://localhost/apps/demo/demo/");
    assert.deepEqual(boot.requirements, ["numpy", "pandas>=2"]);
    assert.equal(boot.noSnapshot, false, "a Python snapshot beside the runtime is looked for");
    el.remove();
    assert.equal(workers.at(-1).terminated, true, "removing the element stops its worker");
  });

  test("no-snapshot: a runtime folder without a Python snapshot is not asked for one", async () => {
    const el = document.createElement("tablit-app");
    el.setAttribute("src", "demo/app.py");
    el.setAttribute("index-url", "https://example.org/pyodide/v0.27.7/full/");
    el.setAttribute("no-snapshot", "");
    document.body.append(el);
    await until(() => /** @type {any} */ (el).app, "the element to mount");
    assert.equal(workers.at(-1).received[0].noSnapshot, true);
    el.remove();
  });

  test("two elements on one page: each worker's replies reach only its own element; strangers and destroyed ones are ignored", async () => {
    /** @param {string} text */
    const element = (text) => {
      const el = document.createElement("tablit-app");
      const script = document.createElement("script");
      script.type = "text/x-python";
      script.textContent = text;
      el.append(script);
      document.body.append(el);
      return el;
    };
    const a = element("import streamlit as st\nst.write('a')\n");
    await until(() => /** @type {any} */ (a).app, "element a to mount");
    const wa = workers.at(-1);
    const b = element("import streamlit as st\nst.write('b')\n");
    await until(() => /** @type {any} */ (b).app, "element b to mount");
    const wb = workers.at(-1);
    assert.notEqual(wa, wb);
    const ca = wa.received[0].channel;
    const cb = wb.received[0].channel;
    assert.ok(ca && cb && ca.name !== cb.name && ca.token !== cb.token, "each session its own channel name and token");
    const ra = replier(wa);
    const rb = replier(wb);
    ra.send([{ type: "status", stage: "packages", detail: "status A" }]);
    rb.send([{ type: "status", stage: "packages", detail: "status B" }]);
    await until(() => /status A/.test(a.textContent) && /status B/.test(b.textContent), "both statuses");
    assert.doesNotMatch(a.textContent, /status B/);
    assert.doesNotMatch(b.textContent, /status A/);
    // a same-origin stranger: a guessed name, the right name without the token
    const guessed = new BroadcastChannel("tablit-00000000-0000-4000-8000-000000000000");
    guessed.postMessage({ t: ca.token, s: 2, d: JSON.stringify([{ type: "status", stage: "packages", detail: "guessed" }]) });
    const sameName = new BroadcastChannel(ca.name);
    sameName.postMessage({ s: 2, d: JSON.stringify([{ type: "status", stage: "packages", detail: "no token" }]) });
    sameName.postMessage({ t: cb.token, s: 2, d: JSON.stringify([{ type: "status", stage: "packages", detail: "other token" }]) });
    ra.send([{ type: "status", stage: "packages", detail: "status A2" }]);
    await until(() => /status A2/.test(a.textContent), "A's second status");
    await new Promise((r) => setTimeout(r, 50));
    assert.doesNotMatch(a.textContent, /guessed|no token|other token/);
    guessed.close();
    sameName.close();
    a.remove(); // destroy: its channel closes
    ra.send([{ type: "status", stage: "packages", detail: "after destroy" }]);
    rb.send([{ type: "status", stage: "packages", detail: "status B2" }]);
    await until(() => /status B2/.test(b.textContent), "B's second status");
    assert.doesNotMatch(a.textContent, /after destroy/);
    b.remove();
    ra.close();
    rb.close();
  });

  test("an inline script is the app", async () => {
    const el = document.createElement("tablit-app");
    const script = document.createElement("script");
    script.type = "text/x-python";
    script.textContent = "\nimport streamlit as st\nst.write('hi')\n";
    el.append(script);
    document.body.append(el);
    await until(() => /** @type {any} */ (el).app, "the element to mount");
    const boot = workers.at(-1).received[0];
    assert.deepEqual(boot.files, { "streamlit_app.py": "import streamlit as st\nst.write('hi')\n" });
    el.remove();
  });

  test("no source, or a bad config, is said in the element as text", async () => {
    const el = document.createElement("tablit-app");
    document.body.append(el);
    await until(() => el.textContent, "an error");
    assert.match(el.textContent, /give the app as src="app.py"/);
    el.setAttribute("src", "app.py");
    el.setAttribute("config", "<img src=x onerror=alert(1)>.txt");
    el.remove();
    document.body.append(el);
    await until(() => /config must name/.test(el.textContent), "a config error");
    assert.equal(el.querySelector("img"), null);
    el.remove();
  });
});

describe("mount(): runs that take long", () => {
  test("past runTimeLimit a prompt offers Stop; Stop ends the worker and a held one takes over", async () => {
    const el = document.createElement("div");
    document.body.append(el);
    const app = mount(el, { files: { "app.py": "" }, runTimeLimit: 0.05 });
    const first = workers.at(-1);
    first.down([{ type: "status", stage: "app", detail: "Running app.py" }]);
    first.down([{ type: "run", running: true }]);
    const prompt = await until(() => el.querySelector("[role=alertdialog]"), "the prompt");
    assert.match(prompt.textContent, /This run has been going for \d+ seconds\./);
    const buttons = [...prompt.querySelectorAll("button")].map((b) => b.textContent);
    assert.deepEqual(buttons, ["Stop it", "Keep waiting"]);
    prompt.querySelector("button").click();
    assert.equal(first.terminated, true, "without isolation Stop ends the worker");
    const next = workers.at(-1);
    assert.notEqual(next, first);
    assert.equal(next.received[0].type, "boot");
    assert.equal(next.received[0].hold, true, "the new worker waits: no run completed, nothing to restore");
    await until(() => /before any run completed/.test(el.textContent), "the notice");
    assert.equal(el.querySelector("[role=alertdialog]"), null);
    app.destroy();
    assert.equal(next.terminated, true);
  });
});
