// Issue 13's layout in jsdom, by role and name: a chat input pinned in the
// bottom block below the messages; tabs (underline inside the bar, scroll
// buttons, keyboard); toasts (top-right stack, durations, Close); progress;
// expander chevron; header anchors (1.67's ids, named link, anchor=False).

import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, test } from "node:test";
import { w } from "./jsdom_page.mjs";
const { createRenderer } = await import("../../web/render/index.js");
await (await import("./lazy_kinds.mjs")).preloadWidgets(); // (their chunks fetched ahead: drawn at once)
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
// an empty tree unmounts what holds timers (the spinner's clock)
afterEach(() => r.render(render([])));

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

const tabsNode = (labels) => el("main:0", "tabs", { labels, default_index: 0, stateful: false, width: "stretch", height: null },
  labels.map((l, i) => el(`main:0:${i}`, "tab", { label: l }, [el(`main:0:${i}:0`, "markdown", { body: `body ${i}` })])));

describe("tabs", () => {
  test("the active tab carries its own underline; arrows, Home and End move and select with wrap-around", async () => {
    r.render(render([tabsNode(["One", "Two", "Three"])]));
    await until(() => root.querySelectorAll("[role=tab]").length === 3, "three tabs");
    const tabs = [...root.querySelectorAll("[role=tab]")];
    assert.ok(tabs.every((t) => t.querySelector(".tl-tab-line")), "every tab holds its underline inside its own box");
    const selected = () => tabs.findIndex((t) => t.getAttribute("aria-selected") === "true");
    // (the selected tab's panel is the one tabpanel; the others are hidden, as 1.67's)
    const visible = () => tabs.findIndex((t) => t.id === root.querySelector("[role=tabpanel]")?.getAttribute("aria-labelledby"));
    tabs[0].focus();
    key(tabs[0], "ArrowRight");
    await until(() => selected() === 1, "Two selected");
    assert.equal(document.activeElement, tabs[1]);
    assert.equal(visible(), 1);
    key(tabs[1], "End");
    await until(() => selected() === 2, "End: the last tab");
    key(tabs[2], "ArrowRight");
    await until(() => selected() === 0, "wraps to the first");
    key(tabs[0], "ArrowLeft");
    await until(() => selected() === 2, "wraps back to the last");
    key(tabs[2], "Home");
    await until(() => selected() === 0, "Home: the first");
    assert.deepEqual(tabs.map((t) => t.tabIndex), [0, -1, -1], "one tab stop: the selected tab");
  });

  test("labels wider than the bar: named scroll buttons appear on the sides it can scroll to", async () => {
    r.render(render([tabsNode(Array.from({ length: 15 }, (_, i) => `Tab ${i + 1}`))]));
    await until(() => root.querySelector("[role=tablist]"), "the tab bar");
    const list = root.querySelector("[role=tablist]");
    // jsdom has no layout: give the bar a width and content wider than it
    let left = 0;
    Object.defineProperty(list, "clientWidth", { configurable: true, get: () => 300 });
    Object.defineProperty(list, "scrollWidth", { configurable: true, get: () => 900 });
    Object.defineProperty(list, "scrollLeft", { configurable: true, get: () => left, set: (v) => { left = v; } });
    const scrolls = [];
    list.scrollBy = ({ left: dx }) => { scrolls.push(dx); left = Math.max(0, Math.min(600, left + dx)); list.dispatchEvent(new w.Event("scroll")); };
    list.dispatchEvent(new w.Event("scroll"));
    await until(() => root.querySelector("button[aria-label='Scroll tabs right']"), "the right scroll button");
    assert.equal(root.querySelector("button[aria-label='Scroll tabs left']"), null, "nothing to the left yet");
    root.querySelector("button[aria-label='Scroll tabs right']").click();
    await until(() => root.querySelector("button[aria-label='Scroll tabs left']"), "the left scroll button");
    assert.deepEqual(scrolls, [200]);
  });
});

describe("toasts", () => {
  const toast = (id, props) => el(id, "toast", { icon: null, duration: "short", ...props });

  test("a stack in a region named Notifications, newest first, each with a Close button", async () => {
    r.render(render([toast("main:0", { body: "first" }), toast("main:1", { body: "second", icon: "🎉" })]));
    await until(() => root.querySelectorAll("[data-testid=stToast]").length === 2, "two toasts");
    const region = root.querySelector("section[aria-label='Notifications']");
    assert.ok(region);
    assert.deepEqual([...region.querySelectorAll("[data-testid=stToastText]")].map((t) => t.textContent.trim()), ["second", "first"]);
    const close = [...region.querySelectorAll("button[aria-label='Close']")];
    assert.equal(close.length, 2);
    close[0].click();
    await until(() => root.querySelectorAll("[data-testid=stToast]").length === 1, "one toast left");
    assert.equal(region.querySelector("[data-testid=stToastText]").textContent.trim(), "first");
  });

  test("durations as 1.67's: short 4 s, long 10 s, infinite, whole seconds", async () => {
    const { toastMillis, Toasts } = await import("../../web/render/elements/toast.js");
    assert.equal(toastMillis("short"), 4000);
    assert.equal(toastMillis("long"), 10000);
    assert.equal(toastMillis("infinite"), 0);
    assert.equal(toastMillis(7), 7000);
    assert.equal(toastMillis(undefined), 4000);
    // a short one goes by itself; an infinite one stays; a paused stack keeps both
    const t = new Toasts();
    t.show("a", { body: "a", duration: 0.05 });
    t.show("b", { body: "b", duration: "infinite" });
    t.pause();
    await new Promise((res) => setTimeout(res, 120));
    assert.deepEqual(t.list.map((x) => x.id), ["b", "a"], "held while paused");
    t.resume();
    await until(() => t.list.length === 1, "the timed toast goes once resumed");
    assert.deepEqual(t.list.map((x) => x.id), ["b"]);
    t.clear();
  });
});

describe("progress, spinner, status, expander", () => {
  test("progress: a named progressbar with its value; the bar width follows it", async () => {
    r.render(render([el("main:0", "progress", { value: 40, text: "Loading" })]));
    await until(() => root.querySelector("[role=progressbar]"), "the progress bar");
    const bar = root.querySelector("[role=progressbar]");
    assert.equal(bar.getAttribute("aria-valuenow"), "40");
    assert.equal(document.getElementById(bar.getAttribute("aria-labelledby")).textContent.trim(), "Loading");
    assert.equal(bar.querySelector(".tl-progress-bar").style.width, "40%");
  });

  test("spinner: 1.67's elapsed time, and only the text is a live region", async () => {
    const { elapsed } = await import("../../web/render/elements/spinner.js");
    assert.equal(elapsed(4.25), "(4.3 seconds)");
    assert.equal(elapsed(63), "(1 minute, 3.0 seconds)");
    assert.equal(elapsed(120), "(2 minutes)");
    assert.equal(elapsed(3661), "(1 hour, 1 minute, 1.0 seconds)");
    r.render(render([el("main:0", "spinner", { text: "Thinking", show_time: true })]));
    await until(() => root.querySelector("[data-testid=stSpinner]"), "the spinner");
    const live = root.querySelector("[data-testid=stSpinner] [role=status]");
    assert.equal(live.textContent.trim(), "Thinking");
    assert.ok(!live.contains(root.querySelector(".tl-spinner-time")), "the ticking time is outside the live region");
  });

  test("expander: the chevron leads the label; an icon or a status state takes its place", async () => {
    r.render(render([
      el("main:0", "expander", { label: "Plain", expanded: false, icon: null, type: "default" }, []),
      el("main:1", "expander", { label: "Iconic", expanded: true, icon: "🔥", type: "default" }, []),
      el("main:2", "expander", { label: "Working", expanded: false, icon: null, state: "running", type: "default" }, []),
    ]));
    await until(() => root.querySelectorAll("summary").length === 3, "three summaries");
    const [plain, iconic, status] = [...root.querySelectorAll("summary")];
    assert.ok(plain.firstElementChild.classList.contains("tl-expander-chevron"), "chevron first");
    assert.ok(!plain.closest("details").classList.contains("tl-has-icon"));
    assert.ok(iconic.closest("details").classList.contains("tl-has-icon"));
    assert.ok(iconic.querySelector(".tl-expander-icon"));
    assert.ok(status.querySelector("[role=img][aria-label=Running]"));
    assert.ok(status.closest("details").classList.contains("tl-has-icon"));
  });
});

describe("st.status after update()", () => {
  const status = (expanded, state) => el("main:0", "expander", { label: "Job", expanded, icon: null, state, type: "default" }, []);
  test("expanded null keeps what the page shows; a page seeing it first shows it closed", async () => {
    r.render(render([status(true, "running")]));
    await until(() => root.querySelector("details")?.open, "open while running");
    r.render({ ...render([status(null, "complete")]), run: 2 });
    await until(() => root.querySelector("[role=img][aria-label=Complete]"), "complete");
    assert.equal(root.querySelector("details").open, true, "kept open");
    document.body.replaceChildren();
    const fresh = document.createElement("div");
    document.body.append(fresh);
    const r2 = createRenderer(fresh, { send: () => {} });
    r2.render(render([status(null, "complete")]));
    await until(() => fresh.querySelector("details"), "the box on a fresh page");
    assert.equal(fresh.querySelector("details").open, false);
    r2.render(render([]));
  });
});

describe("header anchors", () => {
  test("st.header: 1.67's id from the shown text, a named link, the heading named by its text alone", async () => {
    r.render(render([
      el("main:0", "header", { body: "Über Café", anchor: null, help: null, divider: "blue", icon: null }),
      el("main:1", "subheader", { body: "Custom", anchor: "my-id", help: null, divider: false, icon: null }),
      el("main:2", "header", { body: "Hidden link", anchor: false, help: null, divider: false, icon: null }),
      el("main:3", "title", { body: "你好", anchor: null, help: null, divider: false, icon: null }),
    ]));
    await until(() => root.querySelector("h2#ueber-cafe") && root.querySelector("h1[id]"), "the derived ids");
    const h = root.querySelector("h2#ueber-cafe");
    const link = h.querySelector("a[aria-label='Link to heading']");
    assert.equal(link.getAttribute("href"), "#ueber-cafe");
    assert.notEqual(link.tabIndex, -1, "keyboard reachable");
    assert.equal(document.getElementById(h.getAttribute("aria-labelledby")).textContent.trim(), "Über Café");
    assert.ok(root.querySelector("hr.tl-divider-blue"));
    assert.ok(root.querySelector("h3#my-id a[href='#my-id']"));
    const hidden = root.querySelector("h2#hidden-link");
    assert.ok(hidden, "anchor=False keeps the id");
    assert.equal(hidden.querySelector("a"), null, "and drops the link");
    assert.equal(root.querySelector("h1").id, "d3f3ad77", "nothing to slug: 1.67's xxHash32 of the text");
  });

  test("Markdown headings get ids and links too; anchors=False hides the links", async () => {
    r.render(render([
      el("main:0", "markdown", { body: "## fooBar Baz\n\ntext\n\n### Hello, World!", unsafe_allow_html: false, help: null }),
      el("main:1", "markdown", { body: "## Quiet", unsafe_allow_html: false, help: null, anchors: false }),
    ]));
    await until(() => root.querySelector("h2#foo-bar-baz a.tl-anchor") && root.querySelector("h3#hello-world"), "markdown anchors");
    const h2 = root.querySelector("h2#foo-bar-baz");
    assert.equal(document.getElementById(h2.getAttribute("aria-labelledby")).textContent, "fooBar Baz");
    assert.equal(h2.querySelector("a").getAttribute("aria-label"), "Link to heading");
    await until(() => root.querySelector("h2#quiet"), "the quiet heading's id");
    assert.ok(root.querySelector("h2#quiet").closest(".tl-no-anchors"), "its links are hidden by the element's class");
  });
});

describe("st.grid and the data grid's stylesheet", () => {
  test("st.grid's elements match none of the data grid's rules (its cells were absolutely placed by them)", async () => {
    const fs = await import("node:fs");
    const gridCss = fs.readFileSync(new URL("../../web/render/lazy/grid.css", import.meta.url), "utf8");
    const dataGridClasses = new Set([...gridCss.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]));
    r.render(render([el("main:0", "grid", { columns: 2, gap: "small", border: true, width: "stretch" },
      [el("main:0.0", "grid_cell", {}, [el("main:0.0.0", "markdown", { body: "one" })]),
        el("main:0.1", "grid_cell", {}, [el("main:0.1.0", "markdown", { body: "two" })])])]));
    await until(() => root.querySelector("[data-testid=stGridCell]"), "st.grid's cells");
    const drawn = [root.querySelector("[data-testid=stGrid]"), ...root.querySelectorAll("[data-testid=stGridCell]")];
    for (const node of drawn) {
      const clash = [...node.classList].filter((c) => dataGridClasses.has(c));
      assert.deepEqual(clash, [], `${node.dataset.testid} carries the data grid's class(es) ${clash}`);
    }
  });
});

describe("stick to the bottom: scroll events that arrive a frame late", async () => {
  const { stickTracker } = await import("../../web/render/stick_bottom.js");
  /** A scroller: 900 px tall window on `height` px of content, the browser's clamping of scrollTop. */
  const fakeBox = (height) => {
    let top = 0;
    return {
      clientHeight: 900, scrollHeight: height,
      get scrollTop() { return top; },
      set scrollTop(v) { top = Math.max(0, Math.min(v, this.scrollHeight - this.clientHeight)); },
    };
  };

  test("our own jump to the end, seen after the content grew again, keeps following the end", () => {
    const box = fakeBox(2000);
    const t = stickTracker(box);
    t.grew();
    assert.equal(box.scrollTop, 1100);
    box.scrollHeight = 2300;      // a message drawn...
    t.grew();                      // ...followed
    box.scrollHeight = 2600;      // and more, before the scroll event of that jump arrives
    t.scrolled();                  // (300 px from the end, yet nobody scrolled up)
    assert.equal(t.stuck, true);
    t.grew();
    assert.equal(box.scrollTop, 1700, "still at the end");
  });

  test("a scroll up whose event has not arrived when the content grows is not pulled back", () => {
    const box = fakeBox(2000);
    const t = stickTracker(box);
    t.grew();
    box.scrollTop = 400;           // the reader scrolls up...
    box.scrollHeight = 2300;       // ...and a message arrives before the scroll event
    t.grew();
    assert.equal(box.scrollTop, 400, "left where the reader is");
    assert.equal(t.stuck, false);
    t.scrolled();
    box.scrollHeight = 2600;
    t.grew();
    assert.equal(box.scrollTop, 400);
    t.stick();                     // typing in the bottom block brings the end back
    t.grew();
    assert.equal(box.scrollTop, 1700);
  });

  test("content shrinking under the reader at the end is no scroll up; scrolling back down re-attaches", () => {
    const box = fakeBox(2000);
    const t = stickTracker(box);
    t.grew();
    box.scrollHeight = 1500;       // a rerun drew less: scrollTop clamped to 600
    box.scrollTop = box.scrollTop;
    t.scrolled();
    assert.equal(t.stuck, true);
    box.scrollTop = 100;
    t.scrolled();
    assert.equal(t.stuck, false);
    box.scrollTop = 590;           // back within 48 px of the end
    t.scrolled();
    assert.equal(t.stuck, true);
  });
});
