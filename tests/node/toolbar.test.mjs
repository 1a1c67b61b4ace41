// The toolbar (web/render/toolbar.js) and stale elements in jsdom: found by
// role and accessible name, driven by the keyboard, as a user would.

import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import { w } from "./jsdom_page.mjs";
const { createRenderer } = await import("../../web/render/index.js");
await (await import("./lazy_kinds.mjs")).preloadWidgets(); // (their chunks fetched ahead: drawn at once)
const { RunState } = await import("../../web/render/toolbar.js");

import { tick, until } from "./waiting.mjs";
const blk = (id, children) => ({ id, kind: "block", props: {}, children });
const md = (id, body) => ({ id, kind: "markdown", props: { body, unsafe_allow_html: false, help: null } });
const render = (main, extra = {}) => ({ type: "render", run: 1, page: "", pages: [], query: "", banner: null, clear_forms: [],
  page_config: {}, tree: { main: blk("main", main), sidebar: blk("sidebar", []) }, ...extra });

/** Buttons/menu items by accessible name (aria-label, else text). */
const named = (root, sel, name) => [...root.querySelectorAll(sel)].filter((e) => (e.getAttribute("aria-label") ?? e.textContent).trim().startsWith(name));
const key = (target, k) => target.dispatchEvent(new w.KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));

let root, sent, stops, r, rs;
beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement("div");
  document.body.append(root);
  sent = [];
  stops = 0;
  rs = new RunState({
    rerun: () => sent.push({ type: "update", changes: [], trigger: null }),
    stop: () => stops++,
    clearCache: () => sent.push({ type: "clear_cache" }),
    setRunOnSave: null,
  });
  r = createRenderer(root, { send: (m) => sent.push(m), runState: rs });
  r.render(render([md("main:0", "Hello")]));
});

describe("toolbar", () => {
  test("the main menu opens from the keyboard, moves with arrows, closes with Escape", async () => {
    const [btn] = named(root, "button", "Main menu");
    assert.equal(btn.getAttribute("aria-haspopup"), "menu");
    assert.equal(btn.getAttribute("aria-expanded"), "false");
    btn.focus();
    key(btn, "ArrowDown");
    await until(() => document.activeElement?.getAttribute("role") === "menuitemradio", "focus in the menu");
    const menu = root.querySelector("[role=menu]");
    assert.ok(menu, "a menu");
    assert.equal(menu.getAttribute("aria-label"), "Main menu");
    // 1.67's items: the theme switcher, Rerun, Clear cache, Print (Auto rerun only where served with run-on-save)
    const radios = [...menu.querySelectorAll("[role=menuitemradio]")];
    assert.deepEqual(radios.map((e) => e.textContent.trim()), ["System", "Light", "Dark"]);
    assert.deepEqual(radios.map((e) => e.getAttribute("aria-checked")), ["true", "false", "false"]);
    const items = [...menu.querySelectorAll("[role=menuitem]")].map((e) => e.querySelector("span").textContent);
    assert.deepEqual(items, ["Rerun", "Clear cache", "Print"]);
    assert.equal(menu.querySelector("[role=menuitemcheckbox]"), null, "no Auto rerun where the app is not served");
    assert.equal(document.activeElement.textContent.trim(), "System", "focus on the first item");
    key(document.activeElement, "ArrowDown");
    key(document.activeElement, "ArrowDown");
    key(document.activeElement, "ArrowDown");
    assert.match(document.activeElement.textContent.trim(), /^Rerun/);
    key(document.activeElement, "ArrowDown");
    assert.match(document.activeElement.textContent.trim(), /^Clear cache/);
    key(document.activeElement, "Home");
    key(document.activeElement, "ArrowUp");
    assert.match(document.activeElement.textContent.trim(), /^Print/, "wraps around");
    key(document.activeElement, "Escape");
    await until(() => root.querySelector("[role=menu]") === null, "the menu to close");
    assert.equal(document.activeElement, named(root, "button", "Main menu")[0]);
  });

  test("Rerun from the menu and the R key; not while typing", async () => {
    named(root, "button", "Main menu")[0].click();
    await until(() => named(root, "[role=menuitem]", "Rerun").length, "the menu");
    named(root, "[role=menuitem]", "Rerun")[0].click();
    assert.deepEqual(sent, [{ type: "update", changes: [], trigger: null }]);
    await until(() => { key(document.body, "r"); return sent.length >= 2; }, "the R shortcut");
    assert.equal(sent.length, 2);
    const input = document.createElement("input");
    root.append(input);
    key(input, "r");
    assert.equal(sent.length, 2, "an r typed in a field is text");
  });

  test("Clear cache asks first (C), then sends clear_cache", async () => {
    await tick(50); // the shortcut is bound in an effect
    await until(() => { key(document.body, "c"); return root.querySelector("[role=dialog]"); }, "the dialog");
    const dialog = root.querySelector("[role=dialog]");
    assert.equal(document.getElementById(dialog.getAttribute("aria-labelledby")).textContent, "Clear caches");
    named(dialog, "button", "Clear caches")[0].click();
    await until(() => root.querySelector("[role=dialog]") === null, "the dialog to close");
    assert.deepEqual(sent, [{ type: "clear_cache" }]);
    assert.equal(root.querySelector("[role=dialog]"), null);
  });

  test("the theme is chosen in the menu (1.67's System / Light / Dark), applied and kept", async () => {
    named(root, "button", "Main menu")[0].click();
    await until(() => named(root, "[role=menuitemradio]", "Dark").length, "the menu");
    named(root, "[role=menuitemradio]", "Dark")[0].click();
    await until(() => root.getAttribute("data-theme") === "dark", "the dark theme");
    assert.equal(localStorage.getItem("tablit:theme"), "dark");
    await until(() => named(root, "[role=menuitemradio]", "Dark")[0]?.getAttribute("aria-checked") === "true", "Dark checked");
    key(document.activeElement, "Escape");
    await until(() => root.querySelector("[role=menu]") === null, "the menu to close");
    localStorage.clear();
  });

  test("while a run goes on: a status says so and Stop stops", async () => {
    assert.equal(named(root, "button", "Stop").length, 0);
    rs.set({ running: true });
    await until(() => root.querySelector("[role=status]"), "the status");
    const status = root.querySelector("[role=status]");
    assert.match(status.textContent, /Running\.\.\./);
    named(root, "button", "Stop")[0].click();
    assert.equal(stops, 1);
    rs.set({ running: false });
    await until(() => root.querySelector("[role=status]") === null, "the status to go");
  });
});

describe("stale elements", () => {
  test("the previous run's unreached elements fade while a run streams, and not after", () => {
    r.render(render([md("main:0", "one"), md("main:1", "two"), md("main:2", "three")], { run: 2 }));
    r.render(render([md("main:0", "ONE"), md("main:1", "two"), md("main:2", "three")], { run: 3, running: true, stale: ["main:1", "main:2"] }));
    const els = [...root.querySelectorAll("[data-testid=stMarkdown]")];
    const stale = (t) => els.find((e) => e.textContent.includes(t)).closest(".tl-stale") !== null;
    assert.deepEqual(["ONE", "two", "three"].map(stale), [false, true, true]);
    r.render(render([md("main:0", "ONE"), md("main:1", "TWO"), md("main:2", "three")], { run: 3, running: true, stale: ["main:2"] }));
    const els2 = [...root.querySelectorAll("[data-testid=stMarkdown]")];
    assert.deepEqual(els2.map((e) => e.closest(".tl-stale") !== null), [false, false, true]);
    r.render(render([md("main:0", "ONE"), md("main:1", "TWO")], { run: 3 }));
    assert.equal(root.querySelectorAll(".tl-stale").length, 0);
    assert.equal(root.querySelectorAll("[data-testid=stMarkdown]").length, 2);
  });
});
