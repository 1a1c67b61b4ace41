// Issue 9's page behaviours in jsdom, by role and name: on_change="ignore"
// defers a value to the next update, required never commits an empty value,
// text_input validate blocks a bad value, chat_input submit_mode.

import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import { w } from "./jsdom_page.mjs";
const { createRenderer } = await import("../../web/render/index.js");
await (await import("./lazy_kinds.mjs")).preloadWidgets(); // (their chunks fetched ahead: drawn at once)
const { RunState } = await import("../../web/render/toolbar.js");
import { until } from "./waiting.mjs";

const blk = (id, children) => ({ id, kind: "block", props: {}, children });
const widget = (id, kind, props) => ({ id, kind, props: { label: id, value: null, default: null, set: false, disabled: false,
  help: null, label_visibility: "visible", form: "", key: null, ...props } });
const render = (main) => ({ type: "render", run: 1, page: "", pages: [], query: "", banner: null, clear_forms: [],
  page_config: {}, tree: { main: blk("main", main), sidebar: blk("sidebar", []) } });
const key = (target, k) => target.dispatchEvent(new w.KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));
const typeInto = (el, value) => { el.value = value; el.dispatchEvent(new w.Event("input", { bubbles: true })); };

let root, sent, r, rs, stops;
beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement("div");
  document.body.append(root);
  sent = [];
  stops = 0;
  rs = new RunState({ rerun: () => {}, stop: () => stops++, clearCache: () => {}, setRunOnSave: null });
  r = createRenderer(root, { send: (m) => sent.push(m), runState: rs });
});

describe("issue 9 widgets in the page", () => {
  test('on_change="ignore": no rerun; the value rides on the next update', async () => {
    r.render(render([
      widget("$$ID-p-None", "pills", { options: ["a", "b"], selection_mode: "single", required: false, value: [], on_change: "ignore" }),
      widget("$$ID-b-None", "button", { type: "secondary", icon: null }),
    ]));
    await until(() => root.querySelector("[role=radiogroup] [role=radio][aria-checked=false]"), "the pills: 1.67's radios");
    [...root.querySelectorAll("button")].find((b) => b.textContent.trim() === "b").click();
    assert.deepEqual(sent, [], "no update of its own");
    [...root.querySelectorAll("button")].find((b) => b.textContent.trim() === "$$ID-b-None").click();
    assert.deepEqual(sent, [{ type: "update", changes: [{ id: "$$ID-p-None", value: [1] }], trigger: "$$ID-b-None" }]);
  });

  test("st.status is laid out as an element, not as the loading screen (no shared class)", async () => {
    r.render(render([{ id: "main:0", kind: "expander", props: { label: "Download complete!", expanded: false, state: "complete",
      icon: null, key: null, type: "default" }, children: [] }]));
    await until(() => root.querySelector("details"), "the status box");
    const box = root.querySelector("details");
    assert.ok(box.classList.contains("tl-status-box"));
    assert.equal(root.querySelector(".tl-status"), null, "the loading screen's class is not on the status box");
  });

  test("required: clearing the field commits nothing; validate: a bad value shows its message", async () => {
    r.render(render([
      widget("$$ID-t-None", "text_input", { value: "x", required: true, validate: ["^\\d+$", "Digits only."] }),
    ]));
    await until(() => root.querySelector("input"), "the input");
    const input = root.querySelector("input");
    assert.equal(input.required, true);
    typeInto(input, "");
    key(input, "Enter");
    assert.deepEqual(sent, [], "an empty required value is not sent");
    typeInto(input, "abc");
    key(input, "Enter");
    await until(() => root.querySelector("[role=alert]"), "the message");
    assert.equal(root.querySelector("[role=alert]").textContent, "Digits only.");
    assert.deepEqual(sent, []);
    typeInto(input, "42");
    key(input, "Enter");
    assert.deepEqual(sent, [{ type: "update", changes: [{ id: "$$ID-t-None", value: "42" }], trigger: null }]);
  });

  test("multiselect select_all: a 'Select all' choice adds every selectable option", async () => {
    r.render(render([
      widget("$$ID-m-None", "multiselect", { options: ["a", "b", "c"], max_selections: null, placeholder: null, value: [1], select_all: 1000 }),
      widget("$$ID-n-None", "multiselect", { options: ["a", "b", "c"], max_selections: null, placeholder: null, value: [], select_all: 0 }),
    ]));
    await until(() => root.querySelectorAll("[role=combobox]").length === 2, "the comboboxes");
    const [withAll, without] = root.querySelectorAll("[role=combobox]");
    const options = async (box) => {
      box.focus();
      box.dispatchEvent(new w.KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true, cancelable: true }));
      await until(() => box.getAttribute("aria-expanded") === "true", "the list");
      return [...document.getElementById(box.getAttribute("aria-controls")).querySelectorAll("[role=option]")].map((o) => o.textContent);
    };
    assert.equal(without.getAttribute("placeholder"), "Choose options");
    assert.deepEqual(await options(without), ["a", "b", "c"]);
    assert.deepEqual(await options(withAll), ["Select all", "a", "c"]);
    withAll.dispatchEvent(new w.KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
    assert.deepEqual(sent, [{ type: "update", changes: [{ id: "$$ID-m-None", value: [1, 0, 2] }], trigger: null }]);
  });

  test('chat_input submit_mode: "disable" while running, "stop" stops the run first', async () => {
    r.render(render([
      widget("$$ID-c-None", "chat_input", { label: null, placeholder: "Ask", submit_mode: "disable" }),
    ]));
    await until(() => root.querySelector("textarea"), "the box");
    const box = root.querySelector("textarea");
    assert.equal(box.disabled, false);
    rs.set({ running: true });
    await until(() => root.querySelector("textarea").disabled, "disabled while running");
    rs.set({ running: false });
    await until(() => !root.querySelector("textarea").disabled, "enabled again");
    r.render(render([
      widget("$$ID-c-None", "chat_input", { label: null, placeholder: "Ask", submit_mode: "stop" }),
    ]));
    rs.set({ running: true });
    const area = root.querySelector("textarea");
    typeInto(area, "hello");
    key(area, "Enter");
    assert.equal(stops, 1, "the running app was stopped");
    assert.deepEqual(sent, [{ type: "update", changes: [{ id: "$$ID-c-None", value: "hello" }], trigger: "$$ID-c-None" }]);
  });
});
