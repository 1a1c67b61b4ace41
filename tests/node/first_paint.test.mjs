// web/first_paint.js on its own (jsdom): the first render drawn at once, input made
// there kept and handed over one message per finished run, the bar's stage and bytes,
// "ready" told to screen readers; and the build's <script type="application/json"> data.
import "./jsdom_page.mjs";
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { createFirstPaint } from "../../web/first_paint.js";
import { appPage } from "../../web/serve/html.js";

const FIRST = { type: "render", run: 1, tree: { main: { id: "m", kind: "block", props: {}, children: [] } } };

function setup(opts = {}) {
  const host = document.createElement("div");
  const element = document.createElement("div");
  host.append(element);
  document.body.replaceChildren(host);
  const drawn = [];
  const posted = [];
  const fp = createFirstPaint(element, { render: (m) => drawn.push(m) }, { firstRender: FIRST, usable: true, post: (m) => posted.push(m), ...opts });
  return { host, element, drawn, posted, fp };
}

describe("first paint", () => {
  test("draws the first render at once, with a progress bar telling stage and bytes", () => {
    const { host, drawn, fp } = setup();
    assert.equal(drawn.length, 1);
    assert.equal(drawn[0].run, 1);
    assert.ok(fp.shown);
    const bar = host.querySelector("[role=progressbar]");
    assert.ok(bar, "a progress bar");
    assert.equal(fp.status({ type: "status", stage: "runtime", detail: "", progress: { loaded: 4_100_000, total: 19_000_000 } }), true);
    assert.match(bar.getAttribute("aria-valuetext"), /Loading Python runtime · 4\.1 MB of 19 MB/);
    assert.ok(Number(bar.getAttribute("aria-valuenow")) > 0);
  });

  test("input made on it is handed over one message per finished run, in order; then it is live", () => {
    const { host, posted, fp } = setup();
    const a = { type: "update", changes: [{ id: "t", value: "Ada" }], trigger: null };
    const b = { type: "update", changes: [], trigger: "plus" };
    assert.equal(fp.keep(a), true);
    assert.equal(fp.keep(b), true);
    assert.equal(fp.keep(b), true, "a second click is kept too");
    assert.equal(posted.length, 0, "nothing reaches the worker before its first run is over");
    assert.equal(fp.take({ type: "render", run: 1, running: true, tree: {} }), false, "a run in progress is not drawn over it");
    assert.equal(fp.take({ type: "render", run: 1, tree: {} }), false, "the first real run is kept back");
    assert.deepEqual(posted, [a]);
    assert.ok(fp.waiting);
    assert.equal(fp.take(null), false, "an answer without a render: the next message");
    assert.deepEqual(posted, [a, b]);
    assert.equal(fp.take({ type: "render", run: 3, tree: {} }), false);
    assert.deepEqual(posted, [a, b, b]);
    assert.equal(fp.take({ type: "render", run: 4, tree: {} }), true, "the answer to the last one is drawn");
    fp.live();
    assert.equal(fp.shown, false);
    assert.equal(fp.keep(a), false, "once live, messages go straight to the worker");
    assert.equal(host.querySelector("[role=progressbar]"), null);
    assert.equal(host.querySelector("[aria-live=polite]").textContent, "The app is ready.");
  });

  test("without a usable first render: nothing drawn, nothing kept, the loading view keeps the status", () => {
    const { drawn, fp } = setup({ usable: false });
    assert.equal(drawn.length, 0);
    assert.equal(fp.keep({ type: "update", changes: [], trigger: null }), false);
    assert.equal(fp.status({ type: "status", stage: "runtime" }), false);
    assert.equal(fp.take({ type: "render", run: 1, tree: {} }), true);
  });

  test("the page carries it as JSON data, never as a script that runs", () => {
    const html = appPage({ title: "t", css: "c.css", pageScript: "p.js", options: {},
      firstRender: { ...FIRST, tree: { main: { ...FIRST.tree.main, props: { body: "</script><script>alert(1)</script>" } } } } });
    assert.match(html, /<script type="application\/json" id="tablit-first-render">/);
    assert.doesNotMatch(html, /<\/script><script>alert/);
    const json = /id="tablit-first-render">([^<]*)<\/script>/.exec(html)[1];
    assert.equal(JSON.parse(json).tree.main.props.body, "</script><script>alert(1)</script>");
  });
});
