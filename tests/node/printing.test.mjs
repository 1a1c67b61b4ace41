// What apps print, drawn by the renderer in jsdom: st.json nested deeper than
// the component tree can go (issue 7 item 6), st.help, math (KaTeX, a lazy
// chunk), st.code highlighting (a lazy chunk), and button shortcuts.

import assert from "node:assert/strict";
import { after, afterEach, beforeEach, describe, test } from "node:test";
import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", { url: "http://localhost/app/", pretendToBeVisual: true });
const w = dom.window;
for (const k of ["window", "document", "navigator", "Node", "Element", "HTMLElement", "Event", "KeyboardEvent",
  "MouseEvent", "requestAnimationFrame", "cancelAnimationFrame"]) {
  Object.defineProperty(globalThis, k, { configurable: true, writable: true, value: k === "window" ? w : w[k] });
}

const { createRenderer } = await import("../../web/render/index.js");
await (await import("./lazy_kinds.mjs")).preloadWidgets(); // (their chunks fetched ahead: drawn at once)
const { nestingDepth, MAX_DEPTH } = await import("../../web/render/elements/json.js");

import { tick, until as untilMs } from "./waiting.mjs";
const until = (fn, what, ms = 5000) => untilMs(fn, what, ms);
const el = (id, kind, props) => ({ id, kind, props });
const msg = (main) => ({
  type: "render", run: 1, page: "", pages: [], query: "", banner: null, clear_forms: [], page_config: {},
  tree: { main: { id: "main", kind: "block", props: {}, children: main }, sidebar: { id: "sidebar", kind: "block", props: {}, children: [] } },
});

let root, r, sent;
beforeEach(() => {
  root = document.createElement("div");
  document.body.append(root);
  sent = [];
  r = createRenderer(root, { send: (m) => sent.push(m) });
});
afterEach(() => {
  r.destroy();
  root.remove();
});
after(() => w.close());

describe("st.json", () => {
  test("a body nested 450 levels deep is drawn, with a visible marker below the depth cap", () => {
    const body = "[".repeat(450) + '"bottom"' + "]".repeat(450);
    r.render(msg([el("main:0", "json", { body, expanded: true }), el("main:1", "markdown", { body: "after", unsafe_allow_html: false, help: null })]));
    const marker = root.querySelector(".tl-json-marker");
    assert.ok(marker, "the depth marker is shown");
    assert.match(marker.textContent, new RegExp(`${450 - MAX_DEPTH} more nested levels`));
    assert.match(root.querySelector(".tl-json-flat").textContent, /"bottom"/);
    assert.equal(root.querySelectorAll(".tl-json details").length, MAX_DEPTH);
    assert.match(root.textContent, /after/, "elements after the deep one are drawn too");
    // and a rerun that replaces it still updates the page
    r.render(msg([el("main:0", "json", { body: '{"a": 1}', expanded: true })]));
    assert.equal(root.querySelector(".tl-json-marker"), null);
    assert.match(root.textContent, /"a"/);
  });

  test("nestingDepth counts levels without recursion", () => {
    let deep = [];
    for (let i = 0; i < 100000; i++) deep = [deep];
    assert.equal(nestingDepth(deep), 100001);
    assert.equal(nestingDepth({ a: [1, { b: 2 }] }), 3);
    assert.equal(nestingDepth(5), 0);
  });
});

describe("st.help", () => {
  test("name, type, value, docstring and members", () => {
    r.render(msg([el("main:0", "help", {
      name: "fido", type: "Dog", value: "__main__.Dog(breed)", doc_string: "A typical dog.",
      members: [{ name: "bark", type: "method", value: "", doc_string: "Woof." }, { name: "legs", type: "int", value: "4", doc_string: "" }],
    })]));
    const section = root.querySelector("section.tl-help-box");
    assert.equal(section.getAttribute("aria-label"), "Help: fido");
    // 1.67's parts and test ids: the header line, the docstring, a table of members
    assert.deepEqual(["stHelpName", "stHelpType", "stHelpValue"].map((t) => section.querySelector(`[data-testid=${t}]`).textContent),
      ["fido", "Dog", "__main__.Dog(breed)"]);
    assert.equal(section.querySelector("[data-testid=stHelpDoc]").textContent, "A typical dog.");
    const rows = [...section.querySelectorAll("table[data-testid=stHelpMembersTable] tr[data-testid=stHelpMember]")];
    assert.deepEqual(rows.map((tr) => [...tr.cells].map((td) => [...td.children].map((c) => `${c.dataset.testid}=${c.textContent}`))), [
      [["stHelpMemberDocName=bark", "stHelpMemberDocType=method"], ["stHelpMemberDocString=Woof."]], // no value: its docstring
      [["stHelpMemberDocName=legs", "stHelpMemberDocType=int"], ["stHelpMemberDocValue=4"]],
    ]);
  });
});

describe("math (KaTeX, a lazily loaded chunk)", () => {
  test("st.latex is typeset, not shown as TeX source", async () => {
    r.render(msg([el("main:0", "latex", { body: "$$\na + b = c^2\n$$", help: null })]));
    await until(() => root.querySelector(".tl-latex .katex"), "KaTeX output");
    const box = root.querySelector(".tl-latex");
    assert.ok(box.querySelector(".katex-display"), "display math");
    assert.equal(box.querySelector("annotation[encoding='application/x-tex']").textContent, "a + b = c^2");
    assert.ok(box.querySelector(".katex-html sup, .katex-html .msupsub"), "c^2 drawn as a superscript");
    assert.ok(document.querySelector('link[data-tablit-katex][href$="katex/katex.min.css"]'), "KaTeX's own stylesheet is linked");
  });

  test("$...$ and $$...$$ in Markdown become math; escaped dollars and code spans stay text", async () => {
    const body = "Euler: $e^{i\\pi}+1=0$, costs \\$5, code `$x$`\n\n$$\n\\int_0^1 x\\,dx\n$$";
    r.render(msg([el("main:0", "markdown", { body, unsafe_allow_html: false, help: null })]));
    await until(() => root.querySelectorAll(".katex").length === 2, "two formulas");
    const tex = [...root.querySelectorAll("annotation")].map((a) => a.textContent);
    assert.deepEqual(tex, ["e^{i\\pi}+1=0", "\\int_0^1 x\\,dx"]);
    assert.ok(root.querySelector("div.tl-math-display .katex-display"));
    assert.match(root.textContent, /costs \$5/);
    assert.equal(root.querySelector("code:not(.tl-math code)").textContent, "$x$");
  });

  test("a body with broken TeX shows KaTeX's error in place, nothing is thrown", async () => {
    r.render(msg([el("main:0", "markdown", { body: "bad: $\\frac{1}{$ and more", unsafe_allow_html: false, help: null })]));
    await until(() => root.querySelector(".tl-math[data-typeset]"), "typeset attempt");
    assert.match(root.textContent, /and more/);
  });
});

describe("st.code (Prism, a lazily loaded chunk)", () => {
  test("highlighted by language, with line numbers and wrapping", async () => {
    const body = "def f(x):\n    return 'hi'  # note";
    r.render(msg([el("main:0", "code", { body, language: "python", line_numbers: true, wrap_lines: true, height: "content" })]));
    await until(() => root.querySelector("code.tl-highlighted"), "highlighted code");
    const code = root.querySelector("code.tl-highlighted");
    assert.equal(code.textContent, body, "the text is unchanged");
    assert.equal(code.querySelector(".token.keyword").textContent, "def");
    assert.equal(code.querySelector(".token.string").textContent, "'hi'");
    // 1.67's Prism tokens: operators and punctuation too, the function's name
    assert.deepEqual([...code.querySelectorAll(".token.punctuation")].map((t) => t.textContent), ["(", ")", ":"]);
    assert.equal(code.querySelector(".token.function").textContent, "f");
    assert.equal(code.querySelector(".token.comment").textContent, "# note");
    assert.equal(root.querySelector(".tl-gutter").textContent, "1\n2\n");
    assert.equal(root.querySelector(".tl-gutter").getAttribute("aria-hidden"), "true");
    assert.ok(root.querySelector(".tl-code.tl-wrap"));
  });

  test("plain text and unknown languages are not highlighted; fenced Markdown code is", async () => {
    r.render(msg([
      el("main:0", "code", { body: "<b>x</b>", language: "plaintext", line_numbers: false, wrap_lines: false, height: "content" }),
      el("main:1", "code", { body: "x = 1", language: "no-such-language", line_numbers: false, wrap_lines: false, height: 100 }),
      el("main:2", "markdown", { body: "```js\nconst a = 1;\n```", unsafe_allow_html: false, help: null }),
    ]));
    await until(() => root.querySelector(".tl-markdown code.tl-highlighted"), "fenced code highlighted");
    assert.equal(root.querySelector(".tl-markdown .token.keyword").textContent, "const");
    const codes = root.querySelectorAll(".tl-k-code code");
    assert.equal(codes[0].textContent, "<b>x</b>");
    assert.equal(codes[0].querySelector("b"), null);
    assert.ok(!codes[1].classList.contains("tl-highlighted"));
    assert.equal(root.querySelectorAll(".tl-k-code .tl-code")[1].style.maxHeight, "100px");
  });
});

describe("button shortcuts", () => {
  const btn = (id, label, props = {}) => ({ id, kind: "button", props: { label, value: false, set: false, disabled: false, help: null, label_visibility: "visible", form: "", key: null, type: "secondary", icon: null, use_container_width: false, shortcut: null, ...props } });
  const press = (init, target = document.body) => target.dispatchEvent(new w.KeyboardEvent("keydown", { bubbles: true, cancelable: true, ...init }));

  test("the hint is drawn and the key clicks its button; not in text fields, not when disabled", async () => {
    r.render(msg([
      btn("$$ID-a", "Save", { shortcut: "ctrl+k" }),
      btn("$$ID-b", "Next", { shortcut: "n" }),
      btn("$$ID-c", "Off", { shortcut: "x", disabled: true }),
      btn("$$ID-d", "Plain"),
    ]));
    await tick(50); // keys are bound in an effect, after the paint
    const save = [...root.querySelectorAll("button")].find((b) => b.textContent.includes("Save"));
    assert.equal(save.querySelector("kbd").textContent, "Ctrl + K"); // 1.67 spaces the plus signs
    assert.equal(save.querySelector("kbd").getAttribute("aria-hidden"), "true");
    assert.equal(save.getAttribute("aria-keyshortcuts"), "Control+K");
    assert.equal(root.querySelectorAll("kbd").length, 3);
    press({ key: "k", code: "KeyK", ctrlKey: true });
    assert.deepEqual(sent.map((m) => m.trigger), ["$$ID-a"]);
    press({ key: "k", code: "KeyK", metaKey: true }); // Cmd stands for Ctrl
    press({ key: "k", code: "KeyK" }); // no modifier: not this shortcut
    press({ key: "N", code: "KeyN" });
    assert.deepEqual(sent.map((m) => m.trigger), ["$$ID-a", "$$ID-a", "$$ID-b"]);
    const input = document.createElement("input");
    root.append(input);
    press({ key: "n", code: "KeyN" }, input);
    press({ key: "x", code: "KeyX" });
    assert.equal(sent.length, 3, "typing in a text field and disabled buttons send nothing");
    r.render(msg([btn("$$ID-b", "Next")]));
    await tick(50);
    press({ key: "n", code: "KeyN" });
    assert.equal(sent.length, 3, "a shortcut that is gone is unbound");
  });
});
