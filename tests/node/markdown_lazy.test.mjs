// marked + DOMPurify are their own chunk (web/render/markdown_full.js): a page
// whose bodies and labels are all plain words, `code` spans or a lone icon
// never fetches it; a run whose tree needs it is painted only once it is here
// (render/index.js waits for it), so no body is drawn without its Markdown.
import assert from "node:assert/strict";
import { test } from "node:test";

globalThis.tablitLazyMarkdown = true; // (jsdom_page.mjs would load the chunk ahead)
await import("./jsdom_page.mjs");
const { createRenderer } = await import("../../web/render/index.js");
const { markdownReady, needsMarkdown, InlineMd, sanitize } = await import("../../web/render/markdown.js");
const { render, h } = await import("preact");
const { until } = await import("./waiting.mjs");

const el = (id, kind, props) => ({ id, kind, props });
const blk = (id, kind, props, children) => ({ id, kind, props, children });
const msg = (main, run = 1) => ({
  type: "render", run, page: "", pages: [], query: "", banner: null, clear_forms: [], page_config: {},
  tree: { main: blk("main", "block", {}, main), sidebar: blk("sidebar", "block", {}, []) },
});
const md = (id, body) => el(id, "markdown", { body, unsafe_allow_html: false, help: null });
const button = (label) => ({ id: `$$ID-button-${label}`, kind: "button",
  props: { label, value: false, set: false, disabled: false, help: null, label_visibility: "visible", form: "", key: null } });

test("which strings need marked: none of plain words, `code`, a lone icon; any other Markdown", () => {
  for (const s of ["Hello", "Count = `3`", "Name: Ada", "Click me!", ":material/edit_note:", "12.5", ""]) assert.equal(needsMarkdown(s), false, s);
  for (const s of ["**bold**", "a\nb", "# Title", ":smile:", "<b>x</b>", "a&b", "[a](b)", "1:2", "a\u00a0b"]) assert.equal(needsMarkdown(s), true, s);
  assert.equal(needsMarkdown({ a: ["x", { b: "Count = `1`" }] }), false);
  assert.equal(needsMarkdown({ a: ["x", { b: "_em_" }] }), true);
  assert.equal(needsMarkdown(new Uint8Array([42, 42])), false);
  // fields never drawn as Markdown: ids, code, typed-in values, a plain exception message
  assert.equal(needsMarkdown(el("$$ID-abc-None", "code", { body: "x_y = **z", language: "python" })), false);
  assert.equal(needsMarkdown(el("main:0", "text_input", { label: "Name", value: "a_b*c" })), false);
  assert.equal(needsMarkdown(el("main:0", "exception", { message: "No module named 'x_y'", message_is_markdown: false, traceback: ["  File \"a_b.py\""] })), false);
  assert.equal(needsMarkdown(el("main:0", "exception", { message: "**x**", message_is_markdown: true })), true);
  assert.equal(needsMarkdown(el("main:0", "metric", { label: "Rate", value: "5_000 **" })), true);
});

test("a page of plain words and code is painted at once and never fetches marked", () => {
  const root = document.createElement("div");
  document.body.append(root);
  const r = createRenderer(root, { send: () => {} });
  r.render(msg([md("main:0", "Hello, world!"), md("main:1", "Count = `3`"), button("Click me!")]));
  assert.equal(root.querySelector(".tl-markdown p").textContent, "Hello, world!");
  assert.equal(root.querySelectorAll(".tl-markdown p")[1].innerHTML, "Count = <code>3</code>");
  assert.ok([...root.querySelectorAll("button")].some((b) => b.textContent.includes("Click me!")));
  assert.equal(markdownReady(), false);
  assert.equal(sanitize("plain text"), "plain text");
  assert.throws(() => sanitize("<b>x</b>"), /not loaded/);
  r.destroy();
  root.remove();
});

test("a run that needs marked is painted once the chunk is here, with its Markdown drawn", async () => {
  const root = document.createElement("div");
  document.body.append(root);
  const r = createRenderer(root, { send: () => {} });
  r.render(msg([md("main:0", "Count = `1`")]));
  assert.equal(root.querySelector(".tl-markdown p").textContent, "Count = 1");
  assert.equal(root.getAttribute("data-run"), "1");
  assert.equal(root.hasAttribute("data-running"), false);
  r.render({ ...msg([md("main:0", "Count = `1`")], 2), running: true }); // run 2 going: a live partial tree
  assert.equal(root.hasAttribute("data-running"), true);
  r.render(msg([md("main:0", "Count = `2`"), md("main:1", "Some **bold** text")], 2));
  // held: the previous run stays until the chunk is here (no raw "**bold**", no empty body)
  assert.equal(root.querySelector(".tl-markdown p").textContent, "Count = 1");
  assert.equal(root.querySelector("strong"), null);
  // ...and the root does not yet say the run is finished: a component's script waits for
  // that to find the run's elements (markdown_links looks for the links below it)
  assert.equal(root.hasAttribute("data-running"), true, "a held paint must not say the run is drawn");
  await until(() => root.querySelector("strong"));
  assert.equal(root.hasAttribute("data-running"), false);
  assert.equal(root.getAttribute("data-run"), "2");
  assert.equal(markdownReady(), true);
  assert.equal(root.querySelector("strong").textContent, "bold");
  assert.equal(root.querySelector(".tl-markdown p").textContent, "Count = 2");
  assert.equal(sanitize("<b onclick=\"x()\">x</b>"), "<b>x</b>");
  // a stylesheet link by URL stays (1.67 keeps it: Google Fonts, icon fonts); any other link is inert
  const sheet = '<link href="https://fonts.googleapis.com/icon?family=Material+Icons" rel="stylesheet">';
  assert.equal(sanitize(sheet), sheet);
  assert.equal(sanitize('<link rel="preload" as="script" href="https://e.com/x.js">'), "<link>");
  assert.equal(sanitize('<link rel="stylesheet" href="javascript:alert(1)" onload="x()">'), "<link>");
  r.destroy();
  root.remove();
});

test("a label that reaches a component without the renderer's check waits in a placeholder, then is drawn", async () => {
  // (the chunk is here by now in this process: a fresh module state is not needed to see the drawn label)
  const root = document.createElement("div");
  render(h(InlineMd, { text: "*em*" }), root);
  await until(() => root.querySelector("em"));
  assert.equal(root.querySelector(".tl-md-inline em").textContent, "em");
});
