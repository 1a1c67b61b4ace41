// Updates in place (web/render/direct.js): a rerun that changed only leaves
// re-renders their views alone; anything else paints from the root.  Either
// way the page shows the newest tree when render() returns.

import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, test } from "node:test";
import { w } from "./jsdom_page.mjs";

const { createRenderer } = await import("../../web/render/index.js");
const { Views } = await import("../../web/render/direct.js");

const el = (id, kind, props) => ({ id, kind, props });
const blk = (id, kind, props, children) => ({ id, kind, props, children });
const md = (id, body) => el(id, "markdown", { body, unsafe_allow_html: false, help: null });
const button = (value) => el("$$ID-button-Go", "button", { label: "Go", value, type: "secondary", icon: null, use_container_width: false,
  set: false, disabled: false, help: null, label_visibility: "visible", form: "", key: null });
let run = 0;
function msg(main, extra = {}) {
  return { type: "render", run: ++run, page: "", pages: [], query: "", banner: null, clear_forms: [], page_config: {},
    tree: { main: blk("main", "block", {}, main), sidebar: blk("sidebar", "block", {}, []) }, ...extra };
}

/** What Views.leaves() answered for each render: a list of updated ids, or null (full paint). */
let answers = [];
const leaves = Views.prototype.leaves;
let root, r;
beforeEach(() => {
  answers = [];
  Views.prototype.leaves = function (...a) {
    const out = leaves.apply(this, a);
    answers.push(out && out.map(([, n]) => n.id));
    return out;
  };
  root = w.document.createElement("div");
  w.document.body.append(root);
  const renderer = createRenderer(root, { send: () => {} });
  // (a render for which leaves() was not asked is a full paint too)
  r = { ...renderer, render(m) { const n = answers.length; renderer.render(m); if (answers.length === n) answers.push(null); } };
});
afterEach(() => {
  Views.prototype.leaves = leaves;
  r.destroy();
  root.remove();
});

const texts = () => [...root.querySelectorAll('[data-testid="stMarkdown"]')].map((e) => e.textContent.trim());

describe("updates in place", () => {
  test("a changed Markdown line and a button's value update their views alone, at once", () => {
    r.render(msg([md("main:0", "Count = 1"), button(false), blk("main:2", "columns", {}, [blk("main:2:0", "column", { weight: 1 }, [md("main:2:0:0", "a")])])]));
    const header = root.querySelector('[data-testid="stHeader"]');
    const b = root.querySelector("button[data-testid=stBaseButton-secondary]") ?? [...root.querySelectorAll("button")].find((x) => x.textContent.trim() === "Go");
    r.render(msg([md("main:0", "Count = 2"), button(true), blk("main:2", "columns", {}, [blk("main:2:0", "column", { weight: 1 }, [md("main:2:0:0", "b")])])]));
    assert.deepEqual(texts(), ["Count = 2", "b"], "the page shows the new run when render() returns");
    assert.deepEqual(answers.at(-1), ["main:0", "$$ID-button-Go", "main:2:0:0"]);
    assert.equal(root.querySelector('[data-testid="stHeader"]'), header);
    assert.ok(b.isConnected, "the same button element");
    assert.equal(root.getAttribute("data-run"), String(run));
  });

  test("an added, removed or moved element, a container's props or another kind: the full paint", () => {
    r.render(msg([md("main:0", "one"), md("main:1", "two")]));
    r.render(msg([md("main:0", "one"), md("main:1", "two"), md("main:2", "three")]));
    assert.equal(answers.at(-1), null);
    assert.deepEqual(texts(), ["one", "two", "three"]);
    r.render(msg([md("main:0", "one"), md("main:2", "three")]));
    assert.equal(answers.at(-1), null);
    assert.deepEqual(texts(), ["one", "three"]);
    r.render(msg([md("main:2", "three"), md("main:0", "one")]));
    assert.equal(answers.at(-1), null);
    assert.deepEqual(texts(), ["three", "one"]);
    r.render(msg([md("main:2", "3"), el("main:0", "text", { body: "one", help: null })]));
    assert.equal(answers.at(-1), null, "a node of another kind");
    assert.equal(root.querySelector('[data-testid="stText"]')?.textContent.trim(), "one");
    r.render(msg([blk("main:5", "columns", { gap: "small" }, [blk("main:5:0", "column", { weight: 1 }, [md("x", "x")])])]));
    r.render(msg([blk("main:5", "columns", { gap: "large" }, [blk("main:5:0", "column", { weight: 1 }, [md("x", "y")])])]));
    assert.equal(answers.at(-1), null, "a container's own props");
    assert.deepEqual(texts(), ["y"]);
  });

  test("what the shell draws (pages, page config, banner): the full paint", () => {
    r.render(msg([md("main:0", "a")]));
    r.render(msg([md("main:0", "b")], { page_config: { layout: "wide" } }));
    assert.equal(answers.at(-1), null);
    assert.ok(root.querySelector(".tl-layout-wide"));
    r.render(msg([md("main:0", "c")], { page_config: { layout: "wide" } }));
    assert.deepEqual(answers.at(-1), ["main:0"]);
    r.render(msg([md("main:0", "c")], { page_config: { layout: "wide" }, banner: { type: "SyntaxError", message: "boom" } }));
    assert.equal(answers.at(-1), null);
    assert.match(root.textContent, /boom/);
  });

  test("a leaf updated in place, then full paints and more updates: the page always shows the newest tree", () => {
    r.render(msg([md("main:0", "1"), md("main:1", "x")]));
    r.render(msg([md("main:0", "2"), md("main:1", "x")]));
    r.render(msg([md("main:0", "3"), md("main:1", "x")]));
    assert.deepEqual(answers.slice(-2), [["main:0"], ["main:0"]]);
    r.render(msg([md("main:0", "3"), md("main:1", "y"), md("main:2", "z")]));
    assert.equal(answers.at(-1), null);
    assert.deepEqual(texts(), ["3", "y", "z"]);
    r.render(msg([md("main:0", "4"), md("main:1", "y"), md("main:2", "z")]));
    assert.deepEqual(answers.at(-1), ["main:0"]);
    assert.deepEqual(texts(), ["4", "y", "z"]);
    r.render(msg([md("main:0", "4"), md("main:1", "y")]));
    assert.deepEqual(texts(), ["4", "y"]);
    r.render(msg([md("main:0", "3"), md("main:1", "y")]));
    assert.deepEqual(texts(), ["3", "y"], "back to an earlier value: drawn, not skipped");
  });

  test("a streamed run: leaves in place, stale marks put on and taken off the same elements without re-rendering them", () => {
    r.render(msg([md("main:0", "a"), md("main:1", "b"), md("main:2", "c")]));
    const [, b, c] = root.querySelectorAll('[data-testid="stMarkdown"]');
    const isStale = (e) => e.closest(".tl-stale") !== null;
    r.render(msg([md("main:0", "A"), md("main:1", "b"), md("main:2", "c")], { running: true, stale: ["main:1", "main:2"] }));
    assert.deepEqual(answers.at(-1), ["main:0"], "only the changed leaf is re-rendered");
    assert.deepEqual([...root.querySelectorAll('[data-testid="stMarkdown"]')].map(isStale), [false, true, true]);
    // the run passes main:1 without changing it: nothing to re-render, one mark less
    r.render(msg([md("main:0", "A"), md("main:1", "b"), md("main:2", "c")], { running: true, stale: ["main:2"] }));
    assert.deepEqual(answers.at(-1), []);
    assert.deepEqual([...root.querySelectorAll('[data-testid="stMarkdown"]')].map(isStale), [false, false, true]);
    r.render(msg([md("main:0", "A"), md("main:1", "b"), md("main:2", "C")]));
    assert.deepEqual(answers.at(-1), ["main:2"]);
    assert.equal(root.querySelector(".tl-stale"), null, "the run's end takes every mark away");
    assert.deepEqual(texts(), ["A", "b", "C"]);
    assert.ok(b.isConnected && c.isConnected, "the same elements throughout");
  });

  test("stale marks survive a full paint of the page around them, and go with the run's end", () => {
    r.render(msg([md("main:0", "a"), md("main:1", "b")]));
    r.render(msg([md("main:0", "a"), md("main:9", "new"), md("main:1", "b")], { running: true, stale: ["main:1"] }));
    assert.equal(answers.at(-1), null, "an added element: the full paint");
    const byText = (t) => [...root.querySelectorAll('[data-testid="stMarkdown"]')].find((e) => e.textContent.trim() === t);
    assert.ok(byText("b").closest(".tl-stale"));
    assert.equal(byText("new").closest(".tl-stale"), null);
    r.render(msg([md("main:0", "a"), md("main:9", "new")]));
    assert.deepEqual(texts(), ["a", "new"]);
    assert.equal(root.querySelector(".tl-stale"), null);
  });
});

describe("Views.leaves", () => {
  const view = (node) => ({ props: { node }, direct: null });
  test("only a leaf drawn by exactly one view, showing the previous node", () => {
    const a = md("m", "1");
    const before = { main: blk("main", "block", {}, [a]) };
    const b = md("m", "2");
    const after = { main: blk("main", "block", {}, [b]) };
    const v = new Views();
    assert.equal(v.leaves(before, after), null, "no view");
    const one = view(a);
    v.add(one);
    assert.deepEqual(v.leaves(before, after), [[one, b]]);
    one.direct = md("m", "0");
    assert.equal(v.leaves(before, after), null, "the view shows another node");
    one.direct = null;
    const two = view(a);
    v.add(two);
    assert.equal(v.leaves(before, after), null, "two views of one id");
    v.remove(two);
    assert.deepEqual(v.leaves(before, after), [[one, b]], "one again");
  });
  test("a view given a node of another id is found under its new id only", () => {
    const v = new Views();
    const one = view(md("a", "1"));
    v.add(one);
    one.props.node = md("b", "1");
    v.add(one);
    assert.equal(v.only("a"), null);
    assert.equal(v.only("b"), one);
    v.remove(one);
    assert.equal(v.byId.size, 0);
  });
  test("a form (or any container not known to ignore its children's props) is not passed through", () => {
    const v = new Views();
    const a = md("m", "1");
    v.add(view(a));
    const f = (c) => ({ main: blk("main", "block", {}, [blk("f", "form", { id: "f" }, [c])]) });
    assert.equal(v.leaves(f(a), f(md("m", "2"))), null);
  });
});
