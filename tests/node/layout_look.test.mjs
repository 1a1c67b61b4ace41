// Issue 13's layout in jsdom, by role and name: a chat input pinned in the
// bottom block below the messages; tabs (underline inside the bar, scroll
// buttons, keyboard); toasts (top-right stack, durations, Close); progress;
// expander chevron; header anchors (1.67's ids, named link, anchor=False).

import assert from "node:assert/strict";
import { beforeEach, describe, test } from "node:test";
import { w } from "./jsdom_page.mjs";
const { createRenderer } = await import("../../web/render/index.js");
import { until } from "./waiting.mjs";

const blk = (id, children) => ({ id, kind: "block", props: {}, children });
const el = (id, kind, props, children) => ({ id, kind, props, ...(children ? { children } : {}) });
const render = (main, extra = {}) => ({ type: "render", run: 1, page: "", pages: [], query: "", banner: null, clear_forms: [],
  page_config: {}, tree: { main: blk("main", main), sidebar: blk("sidebar", []), ...extra } });
const key = (target, k) => target.dispatchEvent(new w.KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));

let root, sent, r;
beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement("div");
  document.body.append(root);
  sent = [];
  r = createRenderer(root, { send: (m) => sent.push(m) });
});

const chatInput = (id) => el(id, "chat_input", { label: null, placeholder: "Say something", value: null, default: null, set: false,
  disabled: false, help: null, label_visibility: "visible", form: "", key: null, max_chars: null, prefill: null, accept_file: false,
  file_type: null, accept_audio: false, audio_sample_rate: 16000, max_upload_size: 200, submit_mode: "submit", width: "stretch", height: null });

describe("chat: messages above an input pinned to the bottom", () => {
  test("the bottom block follows main, holds the input, and the page is marked as having one", async () => {
    r.render(render([
      el("main:0", "chat_message", { name: "user", avatar: "user", avatar_type: "icon", width: "stretch" },
        [el("main:0:0", "markdown", { body: "hello" })]),
    ], { bottom: blk("bottom", [chatInput("$$ID-chat")]) }));
    await until(() => root.querySelector("[data-testid=stBottom] textarea"), "the pinned chat input");
    const main = root.querySelector("main");
    const bottom = root.querySelector("[data-testid=stBottom]");
    assert.ok(main.compareDocumentPosition(bottom) & w.Node.DOCUMENT_POSITION_FOLLOWING, "the bottom block comes after main");
    assert.ok(main.querySelector("[aria-label='Chat message from user']"), "the message stays in main");
    assert.equal(bottom.querySelector("textarea").getAttribute("aria-label"), "Say something");
    assert.ok(bottom.querySelector("button[aria-label='Send message']"));
    assert.ok(root.querySelector(".tl-app").classList.contains("tl-has-bottom"));
  });

  test("without a bottom block there is no pinned area", async () => {
    r.render(render([chatInput("$$ID-chat")]));
    await until(() => root.querySelector("textarea"), "the inline chat input");
    assert.equal(root.querySelector("[data-testid=stBottom]"), null);
    assert.ok(!root.querySelector(".tl-app").classList.contains("tl-has-bottom"));
  });
});
