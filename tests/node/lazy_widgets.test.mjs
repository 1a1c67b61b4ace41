// The widgets and elements few apps use are lazily registered (web/render/index.js
// lazyMap: each module its own chunk): not drawn until their module is fetched,
// then drawn as before, by role and name; every kind is still known.
import assert from "node:assert/strict";
import { test } from "node:test";
import "./jsdom_page.mjs";
import { LAZY_WIDGETS } from "./lazy_kinds.mjs";
import { until } from "./waiting.mjs";
const { createRenderer } = await import("../../web/render/index.js");
const { KINDS } = await import("../../web/render/registry.js");

const blk = (id, children) => ({ id, kind: "block", props: {}, children });
const widget = (id, kind, props) => ({ id, kind, props: { label: id, value: null, default: null, set: false, disabled: false,
  help: null, label_visibility: "visible", form: "", key: null, ...props } });
const render = (main) => ({ type: "render", run: 1, page: "", pages: [], query: "", banner: null, clear_forms: [],
  page_config: {}, tree: { main: blk("main", main), sidebar: blk("sidebar", []) } });

test("a lazily registered widget shows a busy placeholder, then itself once its chunk came; it works as before", async () => {
  for (const k of LAZY_WIDGETS) assert.ok(KINDS[k], `${k} is registered`);
  const root = document.createElement("div");
  document.body.append(root);
  const sent = [];
  const r = createRenderer(root, { send: (m) => sent.push(m) });
  r.render(render([
    widget("Colour", "color_picker", { value: "#ff4b4b", default: "#ff4b4b" }),
    widget("Alarm", "time_input", { value: "07:30", default: "07:30", step: 900 }),
    widget("Data file", "file_uploader", { value: [], default: [], type: null, accept_multiple_files: false }),
  ]));
  // (the render is synchronous, the chunk's import is not)
  assert.ok(root.querySelector('.tl-lazy[data-kind="color_picker"][aria-busy="true"]'), "a busy placeholder first");
  assert.equal(root.querySelector('[aria-label="Colour color picker"]'), null);
  await until(() => root.querySelector('button[aria-label="Colour color picker"]'), "the color picker, drawn once its chunk came");
  await until(() => root.querySelector('[role="group"][aria-label="Alarm"]')?.textContent === "07:30", "the time input (1.67's segments)");
  await until(() => root.querySelector('[data-testid="stFileUploaderDropzone"]'), "the file uploader's drop zone");
  assert.ok(root.querySelector('input[type="file"]'), "its file input");
  assert.equal(root.querySelector(".tl-lazy"), null, "no placeholder left");
  assert.equal(root.querySelector(".tl-lazy-error"), null);
  r.destroy();
});
