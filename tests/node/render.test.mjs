// The renderer (web/render) in jsdom: fixture render messages through
// createRenderer, checked by DOM structure, labels and roles as a user (or
// getByRole/getByLabel) would find them, and by the up messages it sends.

import assert from "node:assert/strict";
import { after, afterEach, beforeEach, describe, test } from "node:test";
import { w } from "./jsdom_page.mjs";


const { createRenderer } = await import("../../web/render/index.js");
await (await import("./lazy_kinds.mjs")).preloadWidgets(); // (their chunks fetched ahead: drawn at once)
const { demoMessage } = await import("../../web/render/fixtures.js");
const { accepts } = await import("../../web/render/widgets/file_uploader.js");
const { sixDigits, parseHex } = await import("../../web/render/widgets/color_picker.js");
const { safeUrl } = await import("../../web/render/safe_url.js");
const { intern } = await import("../../web/render/tree.js");


import { tick, until } from "./waiting.mjs";

// ------------------------------------------------------------ fixtures
const wid = (kind, label, value, props = {}) => ({
  id: `$$ID-${kind}-${props.key || label}`,
  kind,
  props: { label, value, set: false, disabled: false, help: null, label_visibility: "visible", form: "", key: null, ...props },
});
const el = (id, kind, props) => ({ id, kind, props });
const blk = (id, kind, props, children) => ({ id, kind, props, children });

/** A render message with these main children (and optional sidebar children / fields). */
function msg(main, extra = {}, sidebar = []) {
  return {
    type: "render", run: 1, page: "", pages: [], query: "", banner: null, clear_forms: [], page_config: {},
    tree: { main: blk("main", "block", {}, main), sidebar: blk("sidebar", "block", {}, sidebar) },
    ...extra,
  };
}

// ------------------------------------------------------------ queries
/** Text content without aria-hidden parts, whitespace collapsed. */
function text(n) {
  if (!n) return "";
  const out = [];
  const walk = (x) => {
    if (x.nodeType === 3) out.push(x.data);
    else if (x.nodeType === 1 && x.getAttribute("aria-hidden") !== "true") for (const c of x.childNodes) walk(c);
  };
  walk(n);
  return out.join("").replace(/\s+/g, " ").trim();
}

/** The accessible name, as far as the renderer uses it. */
function nameOf(e) {
  if (!e) return null;
  const by = e.getAttribute("aria-labelledby");
  if (by) return by.split(/\s+/).map((id) => text(e.ownerDocument.getElementById(id))).join(" ");
  if (e.hasAttribute("aria-label")) return e.getAttribute("aria-label");
  if (e.id) {
    const l = e.ownerDocument.querySelector(`label[for="${CSS.escape(e.id)}"]`);
    if (l) return text(l);
  }
  const wrap = e.closest("label");
  if (wrap) return text(wrap);
  if (/^(BUTTON|A|SUMMARY|H[1-6])$/.test(e.tagName) || ["tab", "button", "link"].includes(e.getAttribute("role"))) return text(e);
  return "";
}
const CSS = { escape: (s) => s.replace(/["\\]/g, "\\$&") };

const IMPLICIT = { BUTTON: "button", A: "link", SELECT: "combobox", TEXTAREA: "textbox", SUMMARY: "button", H1: "heading", H2: "heading", H3: "heading" };
function roleOf(e) {
  const r = e.getAttribute("role");
  if (r) return r;
  if (e.tagName === "INPUT") {
    const t = e.type;
    return t === "range" ? "slider" : t === "checkbox" ? "checkbox" : t === "radio" ? "radio" : t === "number" ? "spinbutton" : t === "file" || t === "color" ? t : "textbox";
  }
  if (e.tagName === "A" && !e.hasAttribute("href")) return "generic";
  return IMPLICIT[e.tagName] || null;
}
const hiddenFromAT = (e) => !!e.closest('[aria-hidden="true"]');

/** Like getByRole(role, {name, exact: true}), visible to assistive tech. */
function byRole(root, role, name) {
  const all = [...root.querySelectorAll("*")].filter((e) => roleOf(e) === role && !hiddenFromAT(e));
  const hits = name === undefined ? all : all.filter((e) => nameOf(e) === name);
  return hits;
}
function one(root, role, name) {
  const hits = byRole(root, role, name);
  assert.equal(hits.length, 1, `one ${role} named ${JSON.stringify(name)}; found ${hits.length}`);
  return hits[0];
}
/** Like getByLabel(label, {exact: true}): form controls whose name is label. */
function byLabel(root, label) {
  const hits = [...root.querySelectorAll("input, select, textarea")].filter((e) => nameOf(e) === label && !hiddenFromAT(e));
  assert.equal(hits.length, 1, `one control labelled ${JSON.stringify(label)}; found ${hits.length}`);
  return hits[0];
}

// ------------------------------------------------------------ events
const fire = (e, type, init = {}) => e.dispatchEvent(new w.Event(type, { bubbles: true, ...init }));
const key = (e, k, init = {}) => e.dispatchEvent(new w.KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true, ...init }));
const click = (e) => e.dispatchEvent(new w.MouseEvent("click", { bubbles: true, cancelable: true, button: 0 }));
function type(input, value) {
  input.value = value;
  fire(input, "input");
}

// ------------------------------------------------------------ harness
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

describe("structure, labels and roles", () => {
  test("every kind of the demo renders, with no unsupported element", () => {
    r.render(demoMessage());
    assert.equal(root.querySelectorAll(".tl-unknown").length, 0);
    const kinds = new Set();
    const walk = (n) => { kinds.add(n.kind); (n.children || []).forEach(walk); };
    const m = demoMessage();
    walk(m.tree.main);
    for (const k of ["popover", "page_link", "metric", "progress", "image", "latex", "html", "camera_input", "toast"]) assert.ok(kinds.has(k), k);
    assert.ok(root.querySelector("main"));
    assert.ok(root.querySelector('[data-testid="stSidebar"]'));
  });

  test("buttons are <button>s named by their label", () => {
    r.render(demoMessage());
    for (const name of ["Say hello", "Primary action", "Sign up", "Download data"]) {
      assert.equal(one(root, "button", name).tagName, "BUTTON");
    }
    assert.ok(one(root, "button", "Primary action").classList.contains("tl-btn-primary"));
  });

  test("every form control has a name; getByLabel finds each widget", async () => {
    r.render(demoMessage());
    for (const e of root.querySelectorAll("input, select, textarea")) {
      if (hiddenFromAT(e)) continue;
      assert.ok(nameOf(e), `unnamed ${e.outerHTML.slice(0, 120)}`);
    }
    assert.equal(byLabel(root, "Your name").value, "Ada");
    assert.equal(byLabel(root, "Age").type, "number");
    assert.equal(byLabel(root, "Age").value, "36");
    assert.equal(byLabel(root, "Flavour").getAttribute("role"), "combobox");
    assert.equal(byLabel(root, "Flavour").value, "Vanilla");
    assert.equal(byLabel(root, "I agree").checked, true);
    assert.equal(byLabel(root, "Dark mode").getAttribute("role"), "switch");
    // (in the third tab: on the page but hidden and inert until its tab is selected, as 1.67's)
    assert.ok(root.querySelector("textarea").closest("[data-st-inactive]")?.hidden, "the Notes tab's panel is hidden");
    click(one(root, "tab", "Notes"));
    await until(() => !root.querySelector("textarea").closest("[data-st-inactive]"), "the Notes tab's panel");
    assert.equal(byLabel(root, "Notes").tagName, "TEXTAREA");
    click(one(root, "tab", "Data"));
    await until(() => one(root, "tab", "Data").getAttribute("aria-selected") === "true", "back to the first tab");
    assert.equal(one(root, "group", "Start date").textContent, "2024/05/01");
    assert.equal(one(root, "spinbutton", "day, Start date").getAttribute("aria-valuenow"), "1");
    assert.equal(one(root, "group", "Alarm").textContent, "07:30");
    assert.equal(one(root, "spinbutton", "hour, Alarm").getAttribute("aria-valuenow"), "7");
    assert.equal(one(root, "spinbutton", "minute, Alarm").getAttribute("aria-valuetext"), "30");
    assert.equal(byLabel(root, "Upload a CSV").type, "file");
    assert.equal(one(root, "button", "Colour color picker").getAttribute("aria-haspopup"), "dialog");
    assert.equal(byLabel(root, "Model").getAttribute("role"), "combobox");
  });

  test("sliders are role slider with aria-valuenow; a range slider has two named thumbs", () => {
    r.render(demoMessage());
    const t = one(root, "slider", "Temperature");
    assert.equal(t.getAttribute("aria-valuenow"), "0.5");
    assert.equal(one(root, "slider", "Range start").getAttribute("aria-valuenow"), "20");
    assert.equal(one(root, "slider", "Range end").getAttribute("aria-valuenow"), "80");
    assert.equal(one(root, "slider", "Rating").getAttribute("aria-valuetext"), "ok");
  });

  test("radio buttons are a named radiogroup", () => {
    r.render(demoMessage());
    const g = one(root, "radiogroup", "Size");
    assert.deepEqual([...g.querySelectorAll("input")].map((i) => nameOf(i)), ["Small", "Medium", "Large"]);
    assert.equal(byLabel(g, "Medium").checked, true);
  });

  test("tabs are role tab in a tablist; the selected one controls the one tabpanel; the others are on the page, hidden and inert (1.67)", async () => {
    r.render(demoMessage());
    const tabs = byRole(root, "tab");
    assert.deepEqual(tabs.map(nameOf), ["Data", "Chart", "Notes"]);
    assert.ok(tabs[0].closest('[role="tablist"]'));
    assert.equal(tabs[0].getAttribute("aria-selected"), "true");
    const panels = () => [...root.querySelectorAll('[role="tabpanel"]')];
    const panel = (t) => document.getElementById(t.getAttribute("aria-controls"));
    assert.equal(panels().length, 1);
    assert.equal(panel(tabs[0]), panels()[0]);
    assert.equal(panels()[0].getAttribute("data-testid"), "stTabPanel");
    assert.equal(panels()[0].getAttribute("aria-labelledby"), tabs[0].id);
    assert.equal(tabs[1].getAttribute("aria-controls"), null);
    // every tab's panel is drawn (1.67: what the script put in a tab is on the page before it is selected)
    const all = () => [...root.querySelectorAll('[data-testid="stTabPanel"]')];
    assert.equal(all().length, 3);
    assert.deepEqual(all().map((p) => [p.hidden, p.inert === true || p.hasAttribute("inert"), p.hasAttribute("data-st-inactive")]),
      [[false, false, false], [true, true, true], [true, true, true]]);
    const second = all()[1].firstElementChild;
    click(tabs[1]);
    await until(() => tabs[1].getAttribute("aria-selected") === "true", "the second tab");
    assert.equal(panels().length, 1);
    assert.equal(panel(tabs[1]), panels()[0]);
    assert.equal(panels()[0].firstElementChild, second, "the same block, kept drawn while hidden");
    assert.equal(tabs[0].getAttribute("aria-controls"), null);
    assert.deepEqual(all().map((p) => [p.hidden, p.inert === true || p.hasAttribute("inert"), p.hasAttribute("data-st-inactive")]),
      [[true, true, true], [false, false, false], [true, true, true]], "the newly selected panel is no longer inert");
  });

  test("the expander is <details><summary> in its stExpander element, as 1.67's", () => {
    r.render(demoMessage());
    const d = root.querySelector('[data-testid="stExpander"] > details');
    assert.equal(d.tagName, "DETAILS");
    assert.equal(d.firstElementChild.tagName, "SUMMARY");
    assert.equal(text(d.firstElementChild), "More options");
    assert.equal(d.open, false);
  });

  test("a heading's accessible name is exactly its text; the anchor link stays out of it", async () => {
    r.render(demoMessage());
    const h = one(root, "heading", "tablit demo");
    assert.equal(h.tagName, "H1");
    await until(() => h.id === "tablit-demo", "the heading's id (1.67's slug, a lazy chunk)");
    const a = h.querySelector("a.tl-anchor");
    assert.equal(a.getAttribute("href"), "#tablit-demo");
    // 1.67: a real link, reached by Tab and named, outside the heading's name (aria-labelledby)
    assert.equal(a.getAttribute("aria-label"), "Link to heading");
    assert.notEqual(a.getAttribute("tabindex"), "-1");
    r.render(msg([el("main:0", "header", { body: "With **bold** and help", anchor: false, help: "Some help", divider: true })]));
    const h2 = one(root, "heading", "With bold and help");
    assert.equal(h2.tagName, "H2");
    assert.equal(h2.querySelector("a"), null);
    assert.ok(root.querySelector("hr.tl-heading-divider"));
  });

  test("1.67 text options, alert titles, st.logo and st.html's style-only and scripted forms", () => {
    r.render(msg([
      el("main:0", "title", { body: "Centred", icon: "🎈", text_alignment: "center", wrap: false, anchor: false }),
      el("main:1", "alert", { kind: "error", body: "Details", title: "It *failed*", icon: null }),
      el("main:2", "html", { body: "<style>p { color: red; }</style>", style_only: true }),
      el("main:3", "html", { body: "<script>1</script>", unsafe_allow_javascript: true, width: "stretch" }),
    ], { logo: { image: { type: "emoji", value: "🚀" }, icon_image: null, size: "large", link: null } }));
    const h = one(root, "heading", "Centred");
    const box = h.closest(".tl-el");
    assert.match(box.getAttribute("style") || "", /text-align:\s*center/);
    assert.ok(box.classList.contains("tl-nowrap"));
    assert.equal(h.querySelector(".tl-icon").textContent, "🎈");
    const alert = one(root, "alert");
    assert.equal(alert.getAttribute("data-testid"), "stAlertContainer", "the role is on 1.67's coloured box");
    assert.equal(alert.querySelector("strong.tl-alert-title").textContent, "It failed");
    assert.equal(alert.querySelector("strong em").textContent, "failed");
    const style = root.querySelector(".tl-html-style");
    assert.ok(style.hidden && style.querySelector("style"), "a style-only st.html is kept but takes no room");
    const frame = root.querySelector('iframe[title="HTML with scripts"]');
    assert.ok(frame.getAttribute("srcdoc").startsWith("<script>1</script>"));
    assert.ok(!frame.getAttribute("sandbox").includes("allow-same-origin"), "scripts run apart from the page's origin");
    assert.equal(one(root, "img", "Logo").textContent, "🚀");
  });

  test("a frame 0 px high (components.html(script, height=0)) is 0 px high, as in 1.67", () => {
    r.render(msg([
      el("main:0", "iframe", { src: null, srcdoc: "<script>1</script>", width: 0, height: 0, tab_index: null, alt: null, scrolling: false }),
      el("main:1", "iframe", { src: null, srcdoc: "<p>x</p>", width: "stretch", height: 1, tab_index: null, alt: null, scrolling: false }),
    ]));
    const [zero, one_] = root.querySelectorAll("iframe");
    assert.equal(zero.style.height, "0px");
    assert.equal(zero.style.width, "0px");
    assert.equal(one_.style.height, "1px");
  });

  test("number_input step buttons are named Decrement/Increment as 1.67's, out of the tab order; clicks step", () => {
    r.render(msg([
      wid("number_input", "Enter a value", 0, { min: null, max: null, step: 1, format: null, placeholder: null, data_type: "int" }),
      wid("button", "Increment", null, { type: "secondary", icon: null, use_container_width: false }),
    ]));
    const up = one(root.querySelector('[data-testid="stNumberInput"]'), "button", "Increment");
    assert.equal(up.getAttribute("data-testid"), "stNumberInputStepUp");
    assert.equal(up.getAttribute("tabindex"), "-1");
    assert.equal(byRole(root.querySelector(".tl-main"), "button").length, 3);
    click(up);
    assert.deepEqual(sent, [{ type: "update", changes: [{ id: "$$ID-number_input-Enter a value", value: 1 }], trigger: null }]);
    click(one(root.querySelector('[data-testid="stNumberInput"]'), "button", "Decrement"));
    assert.equal(sent[1].changes[0].value, 0);
  });
});

describe("editing across reruns", () => {
  const nameInput = (value, set = false) => wid("text_input", "Name", value, { max_chars: null, type: "default", placeholder: null, autocomplete: null, set });
  const note = (body) => el("main:1", "markdown", { body, unsafe_allow_html: false, help: null });

  test("focus and caret survive a re-render", () => {
    r.render(msg([nameInput("Ada"), note("one")]));
    const input = byLabel(root, "Name");
    input.focus();
    type(input, "Adam");
    input.setSelectionRange(2, 2);
    r.render({ ...msg([nameInput("Ada"), note("two")]), run: 2 });
    assert.equal(text(root.querySelector(".tl-k-markdown")), "two");
    assert.equal(byLabel(root, "Name"), input, "the same <input> element");
    assert.equal(document.activeElement, input);
    assert.equal(input.selectionStart, 2);
    assert.equal(input.value, "Adam");
  });

  test("half-typed text is kept when set=false and replaced when set=true", () => {
    r.render(msg([nameInput("Ada")]));
    const input = byLabel(root, "Name");
    type(input, "Adx");
    r.render({ ...msg([nameInput("Ada")]), run: 2 });
    assert.equal(input.value, "Adx");
    r.render({ ...msg([nameInput("Bob", true)]), run: 3 });
    assert.equal(input.value, "Bob");
  });

  test("a button click sends a trigger", () => {
    r.render(msg([wid("button", "Go", null, { type: "primary", icon: null, use_container_width: false })]));
    click(one(root, "button", "Go"));
    assert.deepEqual(sent, [{ type: "update", changes: [], trigger: "$$ID-button-Go" }]);
  });

  test("a text_input commits on Enter or blur, only when changed", () => {
    r.render(msg([nameInput("Ada")]));
    const input = byLabel(root, "Name");
    input.focus();
    key(input, "Enter");
    input.blur();
    assert.deepEqual(sent, [], "unchanged: nothing sent");
    input.focus();
    type(input, "Bea");
    key(input, "Enter");
    assert.deepEqual(sent, [{ type: "update", changes: [{ id: "$$ID-text_input-Name", value: "Bea" }], trigger: null }]);
    input.blur();
    assert.equal(sent.length, 1, "blur after Enter sends nothing more");
    input.focus();
    type(input, "Cy");
    input.blur();
    assert.equal(sent.length, 2);
    assert.equal(sent[1].changes[0].value, "Cy");
  });

  test("checkbox and selectbox commit on change", async () => {
    r.render(demoMessage());
    const c = byLabel(root, "I agree");
    c.checked = false;
    fire(c, "change");
    const s = byLabel(root, "Flavour");
    s.focus();
    type(s, "straw");                       // typing filters the list and opens it
    await until(() => s.getAttribute("aria-expanded") === "true", "the list");
    const list = root.ownerDocument.getElementById(s.getAttribute("aria-controls"));
    assert.equal(list.getAttribute("role"), "listbox");
    assert.deepEqual([...list.querySelectorAll("[role=option]")].map((o) => o.textContent), ["Strawberry"]);
    assert.equal(root.ownerDocument.getElementById(s.getAttribute("aria-activedescendant")).textContent, "Strawberry");
    key(s, "Enter");
    assert.deepEqual(sent, [
      { type: "update", changes: [{ id: "$$ID-checkbox-I agree", value: false }], trigger: null },
      { type: "update", changes: [{ id: "$$ID-selectbox-Flavour", value: 2 }], trigger: null },
    ]);
    await until(() => s.getAttribute("aria-expanded") === "false", "closed after the pick");
    assert.equal(s.value, "Strawberry");
  });
});

describe("forms", () => {
  const formMsg = (extra = {}) => msg([
    blk("main:0", "form", { form_id: "f", border: true, clear_on_submit: true, enter_to_submit: true }, [
      wid("text_input", "Email", "", { form: "f", max_chars: null, type: "default", placeholder: null, autocomplete: null }),
      wid("checkbox", "Subscribe", false, { form: "f" }),
      wid("form_submit_button", "Submit", null, { form: "f", type: "secondary", icon: null, use_container_width: false }),
    ]),
  ], extra);

  test("a form's widgets are pending until submit, which sends {changes, trigger}", () => {
    r.render(formMsg());
    const email = byLabel(root, "Email");
    assert.ok(email.closest("form"));
    type(email, "a@b.c");
    email.blur();
    const box = byLabel(root, "Subscribe");
    box.checked = true;
    fire(box, "change");
    assert.deepEqual(sent, []);
    click(one(root, "button", "Submit"));
    assert.deepEqual(sent, [{
      type: "update",
      changes: [{ id: "$$ID-text_input-Email", value: "a@b.c" }, { id: "$$ID-checkbox-Subscribe", value: true }],
      trigger: "$$ID-form_submit_button-Submit",
    }]);
  });

  test("Enter in a form field submits the form", () => {
    r.render(formMsg());
    const email = byLabel(root, "Email");
    type(email, "x@y.z");
    key(email, "Enter");
    assert.equal(sent.length, 1);
    assert.equal(sent[0].trigger, "$$ID-form_submit_button-Submit");
  });

  test("clear_forms resets the form's fields to their defaults", () => {
    r.render(formMsg());
    type(byLabel(root, "Email"), "a@b.c");
    const box = byLabel(root, "Subscribe");
    box.checked = true;
    fire(box, "change");
    click(one(root, "button", "Submit"));
    r.render(formMsg({ run: 2, clear_forms: ["f"] }));
    assert.equal(byLabel(root, "Email").value, "");
    assert.equal(byLabel(root, "Subscribe").checked, false);
  });

  test("after a clear, the next submit sends the defaults of the fields left alone", () => {
    // Streamlit's clear_on_submit: the cleared values are the form's pending values.
    const m = (extra) => {
      const out = formMsg(extra);
      const [email, box] = out.tree.main.children[0].children;
      email.props.default = "";
      box.props.default = false;
      return out;
    };
    r.render(m());
    type(byLabel(root, "Email"), "milk");
    const box = byLabel(root, "Subscribe");
    box.checked = true;
    fire(box, "change");
    click(one(root, "button", "Submit"));
    const after = m({ run: 2, clear_forms: ["f"] });
    after.tree.main.children[0].children[0].props.value = "milk";   // what the run got
    after.tree.main.children[0].children[1].props.value = true;
    r.render(after);
    assert.equal(byLabel(root, "Subscribe").checked, false);
    sent.length = 0;
    type(byLabel(root, "Email"), "eggs");                            // Subscribe left alone
    click(one(root, "button", "Submit"));
    assert.deepEqual(sent, [{
      type: "update",
      changes: [{ id: "$$ID-text_input-Email", value: "eggs" }, { id: "$$ID-checkbox-Subscribe", value: false }],
      trigger: "$$ID-form_submit_button-Submit",
    }]);
  });
});

describe("markdown and html are always inert", () => {
  const evil = "Hi <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))";
  for (const unsafe of [false, true]) {
    test(`markdown with unsafe_allow_html=${unsafe}`, () => {
      r.render(msg([el("main:0", "markdown", { body: evil, unsafe_allow_html: unsafe, help: null })]));
      const md = root.querySelector(".tl-k-markdown");
      assert.equal(md.querySelector("script"), null);
      for (const e of md.querySelectorAll("*")) {
        for (const a of e.attributes) assert.ok(!/^on/i.test(a.name), `handler ${a.name} on ${e.tagName}`);
        if (e.hasAttribute("href")) assert.ok(!/^javascript:/i.test(e.getAttribute("href")));
      }
      if (unsafe) assert.ok(md.querySelector("img"), "the image stays, without its handler");
      else {
        assert.equal(md.querySelector("img"), null);
        assert.match(md.textContent, /<script>alert\(1\)<\/script>/, "shown as text");
      }
    });
  }

  test("markdown without '<' or ']' (not sanitised) can still hold no link or markup", () => {
    const body = "javascript:alert(1) www.example.com **bold** `code` \"q\" 'a' & :red-x: https://x.test/a?b=1";
    r.render(msg([el("main:0", "markdown", { body, unsafe_allow_html: false, help: null })]));
    const md = root.querySelector(".tl-k-markdown");
    for (const e of md.querySelectorAll("*")) {
      for (const a of e.attributes) assert.ok(!/^on/i.test(a.name), `handler ${a.name} on ${e.tagName}`);
      if (e.hasAttribute("href")) assert.match(e.getAttribute("href"), /^https?:/);
    }
    assert.ok(md.querySelector("strong") && md.querySelector("code"));
    assert.match(md.textContent, /javascript:alert\(1\)/, "shown as text");
  });

  test("st.table of a Styler: its cell colours (nothing else of the CSS) and its caption, which describes the table", () => {
    r.render(msg([el("main:0", "table", {
      columns: ["", "a", "b"], rows: [["r1", "1.5", "x"], ["r2", "2.2", "y"]], numeric: [false, true, false], index: 1,
      border: "all", hide_header: false, width: "stretch", height: "content", caption: "A <b>caption</b>",
      // (data positions: the index not counted; a message from elsewhere may hold anything)
      styles: { "0,1": "color: red", "1,0": "background: url(https://x.test/a.png); background-color: #00ff00", "1,1": "color: red;position:fixed" },
    })]));
    const table = root.querySelector("table");
    const cells = [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.getAttribute("style") || ""));
    assert.deepEqual(cells, [["text-align: right;", "color: red;"], ["text-align: right; background-color: rgb(0, 255, 0);", "color: red;"]]);
    const caption = root.querySelector(".tl-table-caption");
    assert.equal(caption.textContent, "A <b>caption</b>", "the caption is text");
    assert.equal(caption.querySelector("b"), null);
    assert.equal(table.getAttribute("aria-describedby"), caption.id);
  });

  test("st.html is sanitised, <style> kept", () => {
    r.render(msg([el("main:0", "html", { body: '<style>.x{color:red}</style><b class="x" onclick="alert(1)">bold</b><script>alert(2)</script>' })]));
    const h = root.querySelector(".tl-k-html");
    assert.ok(h.querySelector("style"));
    assert.equal(h.querySelector("b").getAttribute("onclick"), null);
    assert.equal(h.querySelector("script"), null);
    assert.equal(text(h.querySelector("b")), "bold");
  });
});

describe("new kinds", () => {
  test("a heading in the sidebar has no anchor link, no id and no action elements' wrapper, as 1.67's; one in main has them", async () => {
    r.render(msg([el("main:0", "title", { body: "Main title", icon: null, anchor: null, help: null, divider: false })], {},
      [el("sidebar:0", "title", { body: "Side title", icon: null, anchor: null, help: null, divider: false })]));
    const [inMain, inSide] = ["Main title", "Side title"].map((t) => byRole(root, "heading").find((h) => nameOf(h) === t));
    await until(() => inMain.id, "the main heading's id");
    assert.equal(inMain.id, "main-title");
    assert.ok(inMain.querySelector("a[href='#main-title']"));
    assert.ok(inMain.closest("[data-testid=stHeadingWithActionElements]"));
    assert.equal(inSide.id, "");
    assert.equal(inSide.querySelector("a"), null);
    assert.equal(inSide.closest("[data-testid=stHeadingWithActionElements]"), null);
    assert.ok(inSide.closest("[data-testid=stHeading] > [data-testid=stMarkdownContainer]"));
  });

  test("1.67's names inside containers: each body holds an stVerticalBlock with the children; Material icons are stIconMaterial", async () => {
    r.render(msg([
      blk("main:0", "expander", { label: "More", expanded: true, icon: null }, [el("main:0:0", "text", { body: "in the expander" })]),
      blk("main:1", "form", { form_id: "f", border: true, clear_on_submit: false, enter_to_submit: true }, [el("main:1:0", "text", { body: "in the form" })]),
      blk("main:2", "tabs", {}, [blk("main:2:0", "tab", { label: "One" }, [el("main:2:0:0", "text", { body: "in the tab" })])]),
      blk("main:3", "popover", { label: "Pop", expanded: false, icon: null, help: null, disabled: false, type: "secondary" }, [el("main:3:0", "text", { body: "in the popover" })]),
      wid("button", "Go", null, { type: "secondary", icon: ":material/rocket_launch:", use_container_width: false }),
      el("main:5", "alert", { kind: "info", body: "Note", icon: ":material/thumb_up:" }),
      blk("main:6", "chat_message", { name: "user", avatar: "user", avatar_type: "icon", width: "stretch" }, [el("main:6:0", "text", { body: "in the message" })]),
      blk("main:7", "chat_message", { name: "bot", avatar: ":material/star:", avatar_type: "icon", width: "stretch" }, [el("main:7:0", "text", { body: "from the bot" })]),
    ]));
    click(one(root, "button", "Pop"));
    await until(() => root.querySelector("[data-testid=stPopoverBody]"), "the popover to open");
    const inBlock = (outer, body) => {
      const box = root.querySelector(`[data-testid=${outer}]`);
      const block = [...box.querySelectorAll("[data-testid=stVerticalBlock]")].find((b) => text(b) === body);
      assert.ok(block, `${outer} holds an stVerticalBlock with "${body}"`);
      assert.ok(block.classList.contains("stVerticalBlock"));
    };
    // st.info / st.success are role=status in 1.67 (an error or a warning is an alert)
    assert.equal(root.querySelector("[data-testid=stAlertContentInfo]").closest("[role]").getAttribute("role"), "status");
    inBlock("stExpanderDetails", "in the expander");
    inBlock("stForm", "in the form");
    inBlock("stTabPanel", "in the tab");
    inBlock("stPopoverBody", "in the popover");
    inBlock("stChatMessageContent", "in the message");
    // a chat message's avatar by 1.67's names: the user's (apps right-align those messages by it), a Material icon's
    await until(() => root.querySelector("[data-testid=stChatMessageAvatarUser]"), "the chat chunk");
    const msgs = [...root.querySelectorAll("[data-testid=stChatMessage]")];
    assert.ok(msgs[0].querySelector(":scope > [data-testid=stChatMessageAvatarUser] [data-testid=stIconMaterial]"));
    assert.ok(msgs[1].querySelector(":scope > [data-testid=stChatMessageAvatarCustom] [data-testid=stIconMaterial]"));
    // a button's icon and a popover's and an expander's chevrons are stIconMaterial (apps recolour or hide them by it);
    // an alert's icon is stAlertDynamicIcon, as 1.67 names them
    const icons = [...root.querySelectorAll("[data-testid=stIconMaterial]")];
    assert.ok(icons.some((i) => i.closest("[data-testid=stButton]")), "the button's icon");
    assert.ok(icons.some((i) => i.closest("[data-testid=stPopoverButton]")), "the popover's chevron");
    assert.ok(icons.some((i) => i.closest("[data-testid=stExpander] summary")), "the expander's chevron");
    assert.ok(root.querySelector("[data-testid=stAlertContainer] [data-testid=stAlertDynamicIcon]"), "the alert's icon");
    assert.equal(root.querySelector("[data-testid=stAlertContainer] [data-testid=stIconMaterial]"), null);
  });

  test("popover: a button with aria-expanded that opens its panel; Escape and outside clicks close it; closed, its body is not on the page (1.67)", async () => {
    r.render(msg([blk("main:0", "popover", { label: "Settings", expanded: false, icon: null, help: null, disabled: false, type: "secondary" }, [
      wid("checkbox", "Inside", false, {}),
    ])]));
    const b = one(root, "button", "Settings");
    const panel = () => root.querySelector("[data-testid=stPopoverBody]");
    assert.equal(b.getAttribute("aria-expanded"), "false");
    assert.equal(panel(), null);
    assert.equal(b.getAttribute("aria-controls"), null);
    click(b);
    await until(() => b.getAttribute("aria-expanded") === "true", "the popover to open");
    assert.equal(panel().id, b.getAttribute("aria-controls"));
    assert.ok(byLabel(panel(), "Inside"));
    key(document.body, "Escape");
    await until(() => panel() === null, "Escape to close the popover");
    click(b);
    await until(() => panel() !== null, "the popover to open again");
    document.body.dispatchEvent(new w.Event("pointerdown", { bubbles: true }));
    await until(() => panel() === null, "a click outside to close the popover");
  });

  test("page_link: an <a> to the page that sends navigate; external links open normally", () => {
    r.render(msg([
      el("main:0", "page_link", { url_path: "about", label: "About us", icon: "ℹ️", disabled: false, help: null, external: false, query: "a=1" }),
      el("main:1", "page_link", { url_path: "https://example.com/", label: "Example", icon: null, disabled: false, help: null, external: true, query: "" }),
      el("main:2", "page_link", { url_path: "javascript:alert(1)", label: "Bad", icon: null, disabled: false, help: null, external: true, query: "" }),
      el("main:3", "page_link", { url_path: "off", label: "Off", icon: null, disabled: true, help: null, external: false, query: "" }),
    ]));
    const a = one(root, "link", "About us");
    assert.equal(a.getAttribute("href"), "?a=1#/about");
    const ev = new w.MouseEvent("click", { bubbles: true, cancelable: true, button: 0 });
    a.dispatchEvent(ev);
    assert.ok(ev.defaultPrevented);
    assert.deepEqual(sent, [{ type: "navigate", page: "about", query: "a=1" }]);
    const ext = one(root, "link", "Example");
    assert.equal(ext.getAttribute("href"), "https://example.com/");
    assert.equal(ext.getAttribute("target"), "_blank");
    const ev2 = new w.MouseEvent("click", { bubbles: true, cancelable: true, button: 0 });
    ext.addEventListener("click", (e) => e.preventDefault()); // jsdom would try to navigate
    ext.dispatchEvent(ev2);
    assert.equal(sent.length, 1);
    const bad = [...root.querySelectorAll("a")].find((x) => text(x) === "Bad");
    assert.equal(bad.hasAttribute("href"), false);
    const off = [...root.querySelectorAll("a")].find((x) => text(x) === "Off");
    assert.equal(off.getAttribute("aria-disabled"), "true");
    assert.equal(off.getAttribute("href"), "#/off", "still a link, as in 1.67");
    const ev3 = new w.MouseEvent("click", { bubbles: true, cancelable: true, button: 0 });
    off.dispatchEvent(ev3);
    assert.ok(ev3.defaultPrevented, "its click is refused");
    assert.equal(sent.length, 1, "and navigates nowhere");
  });

  test("metric: label, value, and a coloured delta with its arrow", () => {
    r.render(msg([
      el("main:0", "metric", { label: "Temperature", value: "70 °F", delta: "1.2 °F", color: "green", direction: "up", help: null, icon: null, label_visibility: "visible", border: true }),
      el("main:1", "metric", { label: "Wind", value: "9 mph", delta: "-8%", color: "red", direction: "down", help: null, icon: null, label_visibility: "visible", border: false }),
      el("main:2", "metric", { label: "Humidity", value: "86%", delta: "", color: "gray", direction: "none", help: null, icon: null, label_visibility: "visible", border: false }),
    ]));
    const [m1, m2, m3] = root.querySelectorAll('[data-testid="stMetric"]');
    assert.equal(text(m1.querySelector('[data-testid="stMetricLabel"]')), "Temperature");
    assert.equal(text(m1.querySelector('[data-testid="stMetricValue"]')), "70 °F");
    const d1 = m1.querySelector('[data-testid="stMetricDelta"]');
    assert.ok(d1.classList.contains("tl-delta-green"));
    assert.equal(d1.dataset.direction, "up");
    assert.ok(d1.querySelector("svg"));
    assert.equal(text(d1), "Up 1.2 °F");
    assert.ok(m1.classList.contains("tl-bordered"));
    const d2 = m2.querySelector('[data-testid="stMetricDelta"]');
    assert.ok(d2.classList.contains("tl-delta-red"));
    assert.equal(d2.dataset.direction, "down");
    assert.equal(m3.querySelector('[data-testid="stMetricDelta"]'), null);
  });

  test("progress: role progressbar with aria-valuenow and its text", () => {
    r.render(msg([
      el("main:0", "progress", { value: 42, text: "Loading data" }),
      el("main:1", "progress", { value: 100, text: null }),
    ]));
    const p = one(root, "progressbar", "Loading data");
    assert.equal(p.getAttribute("aria-valuenow"), "42");
    assert.equal(p.querySelector(".tl-progress-bar").style.width, "42%");
    assert.equal(one(root, "progressbar", "Progress").getAttribute("aria-valuenow"), "100");
  });

  test("balloons and snow: a transient overlay, hidden from assistive tech, replayed by the next run", async () => {
    r.render(msg([el("main:0", "balloons", {}), el("main:1", "snow", {})]));
    const b = root.querySelector('[data-testid="stBalloons"]');
    assert.ok(b);
    assert.ok(hiddenFromAT(b));
    assert.ok(root.querySelector('[data-testid="stSnow"]'));
    const tree = { main: blk("main", "block", {}, [el("main:0", "balloons", {}), el("main:1", "text", { body: "x" })]) };
    const first = intern(null, tree, new Set());
    const second = intern(first, JSON.parse(JSON.stringify(tree)), new Set());
    assert.notEqual(second.main.children[0], first.main.children[0], "balloons are new in each run");
    assert.equal(second.main.children[1], first.main.children[1], "the unchanged text is kept");
  });

  test("a patched render (the same node objects for what it did not change): kept nodes, and balloons new in a new run", () => {
    const balloons = blk("main:0", "container", {}, [el("main:0.0", "balloons", {})]);
    const same = el("main:1", "text", { body: "x" });
    const tree = { main: blk("main", "block", {}, [balloons, same, el("main:2", "text", { body: "1" })]) };
    const first = intern(null, tree, new Set());
    // what web/protocol.js applyPatch makes of a patch changing main:2 alone: the other nodes as they were
    const patched = { main: { ...tree.main, children: [balloons, same, el("main:2", "text", { body: "2" })] } };
    const next = intern(first, patched, new Set());
    assert.equal(next.main.children[1], first.main.children[1], "the unchanged text is kept");
    assert.notEqual(next.main.children[2], first.main.children[2], "the changed one is new");
    assert.notEqual(next.main.children[0], first.main.children[0], "a container holding balloons is new in a new run");
    assert.notEqual(next.main.children[0].children[0], first.main.children[0].children[0], "and so are the balloons");
    const streamed = intern(next, { main: { ...patched.main, children: [...patched.main.children] } }, new Set(), true);
    assert.equal(streamed.main.children[0], next.main.children[0], "within a streamed run they do not play again");
    assert.equal(streamed.main.children[1], first.main.children[1]);
    const forced = intern(streamed, patched, new Set(["main:1"]));
    assert.notEqual(forced.main.children[1], first.main.children[1], "a forced id is new though its node object is not");
    assert.equal(forced.main.children[1].props.body, "x");
  });

  test("toast: a role=status notice in the corner, dismissable, gone after its duration", async () => {
    r.render(msg([el("main:0", "toast", { body: "Saved **it**", icon: "✅", duration: 0.2 })]));
    await until(() => byRole(root, "status").length, "a toast");
    const all = byRole(root, "status");
    assert.equal(all.length, 1);
    const t = all[0];
    assert.ok(t.closest(".tl-toasts"));
    assert.equal(text(t.querySelector(".tl-markdown")), "Saved it");
    await until(() => !root.querySelector(".tl-toast"), "the toast to go after 0.2 s");
    r.render({ ...msg([el("main:0", "toast", { body: "Again", icon: null, duration: "infinite" })]), run: 2 });
    await until(() => root.querySelector(".tl-toast"), "the second toast");
    assert.equal(text(root.querySelector(".tl-toast .tl-markdown")), "Again");
    click(one(root, "button", "Close"));
    await until(() => !root.querySelector(".tl-toast"), "the toast to close");
  });

  test("image: <img> with alt=caption (none without one: role img, as 1.67); only data:, http(s) and relative URLs", () => {
    r.render(msg([
      el("main:0", "image", { images: [
        { src: "data:image/png;base64,iVBORw0KGgo=", caption: "A dot" },
        { src: "https://example.com/cat.png", caption: null },
        { src: "img/dog.png", caption: "Dog" },
        { src: " java\tscript:alert(1)", caption: "Evil" },
      ], width: 200, link: "javascript:alert(2)" }),
    ]));
    const imgs = root.querySelectorAll("img");
    assert.equal(imgs.length, 3);
    assert.equal(imgs[0].getAttribute("alt"), "A dot");
    assert.equal(imgs[0].style.width, "200px");
    assert.equal(imgs[1].getAttribute("alt"), null);
    assert.equal(imgs[2].getAttribute("src"), "img/dog.png");
    assert.equal(root.querySelector(".tl-k-image a"), null, "a javascript: link is dropped");
    assert.equal(text(root.querySelectorAll("figcaption")[0]), "A dot");
    assert.equal(safeUrl("JavaScript:alert(1)", { data: true }), null);
    assert.equal(safeUrl("vbscript:x"), null);
    assert.equal(safeUrl("data:image/png;base64,xx"), null, "no data: links");
    assert.equal(safeUrl("//cdn.example.com/x.png"), "//cdn.example.com/x.png");
  });

  // (st.latex is typeset by KaTeX: tests/node/printing.test.mjs)

  test("camera_input and audio_input: live capture; without a camera or microphone, a file instead", async () => {
    // (jsdom has no navigator.mediaDevices: the case of a browser or page that cannot capture)
    r.render(msg([
      wid("camera_input", "Take a picture", null, { type: [".jpg", ".jpeg", ".png", ".webp"], accept_multiple_files: false, capture: "environment", resolution_height: null }),
      wid("audio_input", "Say something", null, { type: [".wav", ".mp3"], accept_multiple_files: false, capture: "user", sample_rate: 16000 }),
    ]));
    await until(() => root.querySelector('[data-testid="stCameraInputButton"]') && root.querySelector('[data-testid="stAudioInputWaveformTimeCode"]'), "the capture chunk");
    const cam = one(root, "group", "Take a picture");
    assert.ok(one(cam, "button", "Take Photo").disabled);
    await until(() => /No camera is available here\./.test(text(cam)), "the no-camera message");
    const mic = one(root, "group", "Say something");
    await until(() => /No microphone is available here\./.test(text(mic)), "the no-microphone message");
    // (the waveform library cannot make a player in jsdom: that is no error where nothing can record)
    const { loadLibrary } = await import("../../web/render/widgets/audio_input.js");
    await loadLibrary().catch(() => null);
    await tick();
    assert.ok(one(mic, "button", "Record").disabled);
    assert.ok(/No microphone is available here\./.test(text(mic)));
    assert.equal(text(mic.querySelector('[role="timer"]')), "00:00");
    // "Choose a photo instead": the picked image becomes the value (jsdom cannot re-encode it: kept as it is).
    const input = cam.querySelector('input[type="file"]');
    Object.defineProperty(input, "files", { configurable: true, value: [new w.File(["jpg"], "me.jpg", { type: "image/jpeg" })] });
    fire(input, "change");
    await until(() => sent.length, "the photo to be committed");
    assert.deepEqual(sent[0].changes[0].value.map((f) => [f.name, f.type, f.size, f.data]), [["me.jpg", "image/jpeg", 3, "anBn"]]);
    await until(() => byRole(cam, "button", "Clear photo").length === 1, "Clear photo");
    click(one(cam, "button", "Clear photo"));
    assert.deepEqual(sent[1].changes[0].value, []);
  });

  test("camera_input / audio_input helpers: 1.67's names, sizes, time codes, WAV header, problems", async () => {
    const { photoName, shotSize, cameraProblem } = await import("../../web/render/widgets/camera_input.js");
    const { recordingName, timeCode, micProblem } = await import("../../web/render/widgets/audio_input.js");
    const { wavBytes } = await import("../../web/render/widgets/capture.js");
    const at = new Date(Date.UTC(2026, 11, 2, 1, 43, 14, 208));
    assert.equal(photoName(at), "camera-input-2026-12-02T01_43_14.208Z.jpg");
    assert.equal(recordingName(at), "2026-12-02T01-43_audio.wav");
    assert.deepEqual(shotSize({ videoWidth: 640, videoHeight: 360, clientWidth: 704 }, false), { width: 704, height: 396 });
    assert.deepEqual(shotSize({ videoWidth: 1280, videoHeight: 720, clientWidth: 704 }, true), { width: 1280, height: 720 });
    assert.equal(timeCode(0), "00:00");
    assert.equal(timeCode(2250), "00:02");
    assert.equal(timeCode(61_000), "01:01");
    assert.equal(timeCode(3_723_000), "01:02:03");
    assert.equal(cameraProblem({ name: "NotAllowedError" }), "denied");
    assert.equal(cameraProblem({ name: "NotFoundError" }), "none");
    assert.equal(cameraProblem({ name: "NotReadableError" }), "busy");
    assert.equal(micProblem(new Error("Error accessing the microphone: Permission denied")), "denied");
    assert.equal(micProblem(new Error("Error accessing the microphone: Requested device not found")), "none");
    assert.equal(micProblem(new Error("boom")), "error");
    const wav = wavBytes(new Float32Array([0, 1, -1, 0.5]), 16000);
    const dv = new DataView(wav.buffer);
    assert.equal(wav.length, 44 + 8);
    assert.equal(String.fromCharCode(...wav.slice(0, 4)), "RIFF");
    assert.deepEqual([dv.getUint16(20, true), dv.getUint16(22, true), dv.getUint32(24, true), dv.getUint16(34, true)], [1, 1, 16000, 16]);
    assert.deepEqual([1, 2, 3, 4].map((i) => dv.getInt16(42 + 2 * i, true)), [0, 32767, -32767, 16383]);
  });

  test("file_uploader: wildcard MIME types, extensions by file name; refused files are reported", async () => {
    assert.ok(accepts(["image/*"], { name: "a.PNG", type: "image/png" }));
    assert.ok(!accepts(["image/*"], { name: "a.txt", type: "text/plain" }));
    assert.ok(accepts([".png"], { name: "shot.PNG", type: "" }));
    assert.ok(accepts(["csv"], { name: "d.csv", type: "text/csv" }));
    assert.ok(accepts(["text/csv"], { name: "d", type: "text/csv" }));
    assert.ok(!accepts([".png"], { name: "png", type: "image/png" }));
    assert.ok(accepts(null, { name: "x", type: "" }));
    r.render(msg([wid("file_uploader", "Pictures", [], { type: ["image/*", ".csv"], accept_multiple_files: true })]));
    const input = byLabel(root, "Pictures");
    assert.equal(input.getAttribute("accept"), "image/*,.csv");
    const files = [new w.File(["png"], "a.png", { type: "image/png" }), new w.File(["x"], "b.txt", { type: "text/plain" })];
    Object.defineProperty(input, "files", { configurable: true, value: files });
    fire(input, "change");
    await until(() => sent.length && root.querySelector('[role="alert"]'), "the file to be read");
    assert.equal(sent.length, 1);
    assert.deepEqual(sent[0].changes[0].value.map((f) => [f.name, f.type, f.size, f.data]), [["a.png", "image/png", 3, "cG5n"]]);
    assert.match(text(root.querySelector('[role="alert"]')), /b\.txt: file type not allowed/);
  });

  test("file_uploader: a file over the limit is refused in the widget before it is read", async () => {
    r.render(msg([wid("file_uploader", "Data", [], { type: null, accept_multiple_files: true, max_upload_size_mb: 1 })]));
    assert.match(text(root), /1MB per file/);
    const input = byLabel(root, "Data");
    // not a File: reading it would throw, so refusing it must not read it
    const huge = { name: "huge.bin", type: "application/octet-stream", size: 1024 * 1024 + 1 };
    Object.defineProperty(input, "files", { configurable: true, value: [huge, new w.File(["ok"], "ok.txt", { type: "text/plain" })] });
    fire(input, "change");
    await until(() => sent.length, "the small file to be read");
    assert.deepEqual(sent[0].changes[0].value.map((f) => f.name), ["ok.txt"]);
    assert.match(text(root.querySelector('[role="alert"]')), /huge\.bin: file must be 1MB or smaller/);
    sent.length = 0;
    Object.defineProperty(input, "files", { configurable: true, value: [huge] });
    fire(input, "change");
    await tick(50);
    assert.deepEqual(sent, [], "the app receives nothing");
  });

  test("chat_input: props.prefill goes into the box; sending clears it", () => {
    const chat = (prefill) => ({ ...wid("chat_input", "", null, { placeholder: "Say something", max_chars: null, prefill }), id: "$$ID-chat" });
    r.render(msg([chat(null)]));
    const box = root.querySelector("textarea");
    assert.equal(nameOf(box), "Say something");
    assert.equal(box.value, "");
    r.render({ ...msg([chat("Hello there")]), run: 2 });
    assert.equal(box.value, "Hello there");
    key(box, "Enter");
    assert.deepEqual(sent, [{ type: "update", changes: [{ id: "$$ID-chat", value: "Hello there" }], trigger: "$$ID-chat" }]);
  });

  test("color_picker shows 3-digit colours expanded", () => {
    assert.equal(sixDigits("#ABC"), "#aabbcc");
    assert.equal(sixDigits("#12ab9F"), "#12ab9f");
    assert.equal(sixDigits("red"), "#000000");
    assert.equal(parseHex("ABC"), "#aabbcc");
    assert.equal(parseHex("#12AB9F"), "#12ab9f");
    assert.equal(parseHex("#12AB9"), null);
    r.render(msg([wid("color_picker", "Pick", "#abc", {})]));
    const swatch = one(root, "button", "Pick color picker");
    assert.equal(swatch.getAttribute("aria-description"), "#aabbcc");
    assert.doesNotMatch(text(root), /#aabbcc/i, "no printed hex (1.67 shows only the swatch)");
  });

  test("color_picker: a popover with a pad, a hue slider and a hex field; committed when it closes", async () => {
    r.render(msg([wid("color_picker", "Pick", "#abc", {})]));
    const swatch = one(root, "button", "Pick color picker");
    click(swatch);
    await until(() => root.querySelector("[role=dialog]"), "the dialog");
    const dialog = one(root, "dialog", "Pick color picker");
    assert.equal(swatch.getAttribute("aria-expanded"), "true");
    const hex = byLabel(dialog, "hex");
    assert.equal(hex.value, "#AABBCC");
    assert.equal(root.ownerDocument.activeElement, hex, "the hex field has the focus");
    const hue = one(dialog, "slider", "Hue");
    assert.equal(hue.getAttribute("aria-valuenow"), "210");
    const pad = one(dialog, "slider", "Saturation and brightness");
    assert.equal(pad.getAttribute("aria-valuetext"), "Saturation 17%, brightness 80%");
    type(hex, "#00ff00");
    await tick();
    assert.equal(hue.getAttribute("aria-valuenow"), "120");
    hue.focus();
    key(hue, "ArrowRight", { shiftKey: true });
    await tick();
    assert.equal(hex.value, "#00FF2A", "hue 130");
    pad.focus();
    key(pad, "ArrowDown");
    await tick();
    assert.equal(pad.getAttribute("aria-valuetext"), "Saturation 100%, brightness 99%");
    assert.deepEqual(sent, [], "nothing while the dialog is open");
    key(pad, "Escape");
    assert.deepEqual(sent, [{ type: "update", changes: [{ id: "$$ID-color_picker-Pick", value: "#00fc2a" }], trigger: null }]);
    await until(() => !root.querySelector("[role=dialog]"), "closed");
    assert.equal(root.ownerDocument.activeElement, swatch, "the focus is back on the swatch");
  });

  test("color_picker: the arrows button shows r/g/b then h/s/l fields; Enter in a field closes and commits", async () => {
    r.render(msg([wid("color_picker", "Pick", "#ff0000", {})]));
    click(one(root, "button", "Pick color picker"));
    await until(() => root.querySelector("[role=dialog]"), "the dialog");
    const dialog = one(root, "dialog", "Pick color picker");
    click(one(dialog, "button", "Show rgb fields"));
    await tick();
    assert.equal(byLabel(dialog, "r").value, "255");
    const g = byLabel(dialog, "g");
    type(g, "128");
    await tick();
    click(one(dialog, "button", "Show hsl fields"));
    await tick();
    assert.equal(byLabel(dialog, "h").value, "30");
    key(byLabel(dialog, "l"), "Enter");
    assert.deepEqual(sent, [{ type: "update", changes: [{ id: "$$ID-color_picker-Pick", value: "#ff8000" }], trigger: null }]);
  });

  test("text_input type=password: the eye toggle shows and hides the text", async () => {
    r.render(msg([wid("text_input", "Secret", "pw", { max_chars: null, type: "password", placeholder: null, autocomplete: null })]));
    const input = byLabel(root, "Secret");
    assert.equal(input.type, "password");
    const eye = one(root, "button", "Show password");
    assert.equal(eye.getAttribute("aria-pressed"), "false");
    click(eye);
    await until(() => input.type === "text", "the text shown");
    assert.equal(one(root, "button", "Hide password").getAttribute("aria-pressed"), "true");
    click(one(root, "button", "Hide password"));
    await until(() => input.type === "password", "hidden again");
  });

  test("exception: the traceback is shown, in a wrapping <pre>", () => {
    const long = "x".repeat(400);
    r.render(msg([el("main:0", "exception", { type: "ValueError", message: long, message_is_markdown: false,
      traceback: [`  File "app.py", line 1, in <module>\n    f()\n`, `  File "app.py", line 2, in f\n    ${long}\n`], is_warning: false })]));
    const e = root.querySelector(".tl-exception");
    assert.equal(e.getAttribute("role"), "alert");
    const tb = e.querySelector(".tl-traceback").textContent;
    assert.match(tb, /File "app.py", line 1/);
    assert.ok(!tb.includes("\n\n"), "no blank line between frames");
  });
});

describe("page_config", () => {
  test("title and icon set the tab; layout wide widens the main column", async () => {
    r.render(msg([el("main:0", "text", { body: "hi" })], { page_config: { title: "My app", icon: "🎈", layout: "wide" } }));
    await until(() => document.title === "My app", "the title");
    assert.ok(root.querySelector(".tl-block-container").classList.contains("tl-wide"));
    assert.match(document.head.querySelector("link[rel=icon][data-tablit]").getAttribute("href"), /^data:image\/svg\+xml,/);
  });

  test("centered by default; a multipage app without a title shows its page's title", async () => {
    r.render(msg([], { page: "b", pages: [{ url_path: "a", title: "Alpha", icon: null, section: "" }, { url_path: "b", title: "Beta", icon: null, section: "" }] }));
    await until(() => document.title === "Beta", "the page title");
    assert.ok(!root.querySelector(".tl-block-container").classList.contains("tl-wide"));
    assert.equal(one(root, "link", "Beta").getAttribute("aria-current"), "page");
  });

  test("position=top: a section's menu takes two quick ArrowDowns and Enter to its second page", async () => {
    const pages = [{ url_path: "", title: "Create", icon: null, section: "Account" }, { url_path: "manage", title: "Manage", icon: null, section: "Account" },
      { url_path: "trial", title: "Trial", icon: null, section: "Resources" }];
    r.render(msg([], { page: "trial", pages, nav: { position: "top", expanded: false, visible: 10 } }));
    const button = one(root, "button", "Account");
    button.focus();
    key(button, "ArrowDown");
    await Promise.resolve();         // the next key comes as its own task: the menu is drawn, no more
    await Promise.resolve();
    key(document.activeElement, "ArrowDown");
    key(document.activeElement, "Enter");
    assert.equal(document.activeElement.textContent, "Manage", "the second page, not the first");
    const ev = new w.MouseEvent("click", { bubbles: true, cancelable: true, button: 0 });
    document.activeElement.dispatchEvent(ev);
    assert.deepEqual(sent.at(-1), { type: "navigate", page: "manage", query: "" });
  });

  test("initial_sidebar_state collapsed / expanded", () => {
    const side = [el("sidebar:0", "text", { body: "side" })];
    r.render(msg([], { page_config: { initial_sidebar_state: "collapsed" } }, side));
    assert.equal(root.querySelector('[data-testid="stSidebar"]').hidden, true);
    assert.ok(one(root, "button", "Expand sidebar"));
    r.destroy();
    r = createRenderer(root, { send: (m) => sent.push(m) });
    r.render(msg([], { page_config: { initial_sidebar_state: "expanded" } }, side));
    assert.equal(root.querySelector('[data-testid="stSidebar"]').hidden, false);
    click(one(root, "button", "Collapse sidebar"));
  });
});

describe("more widgets, views and speed", () => {
  const num = (value, props = {}) => wid("number_input", "Age", value, { min: 0, max: 130, step: 1, format: null, placeholder: null, data_type: "int", ...props });
  const last = () => sent[sent.length - 1];

  test("number_input: an out-of-range number is refused with 1.67's message, not clamped; integers parsed as parseInt", async () => {
    r.render(msg([num(36)]));
    const input = byLabel(root, "Age");
    assert.equal(roleOf(input), "spinbutton");
    assert.equal(input.value, "36");
    type(input, "200");
    key(input, "Enter");
    await tick();
    assert.equal(sent.length, 0, "nothing committed");
    assert.equal(input.getAttribute("aria-invalid"), "true");
    const alert = root.querySelector('[role="alert"]');
    assert.equal(alert.textContent, "Error: Number is outside the allowed range. Please enter a value between 0 and 130.");
    assert.equal(input.getAttribute("aria-describedby"), alert.id);
    assert.equal(input.value, "200");
    input.focus();
    type(input, "2.7");
    await tick();
    assert.equal(input.getAttribute("aria-invalid"), null, "typing clears the error");
    input.blur();
    assert.deepEqual(last(), { type: "update", changes: [{ id: "$$ID-number_input-Age", value: 2 }], trigger: null });
    click(root.querySelector('[data-testid="stNumberInputStepDown"]'));
    assert.equal(last().changes[0].value, 1);
    key(input, "ArrowUp");
    assert.equal(last().changes[0].value, 2, "ArrowUp steps and commits");
    assert.equal(sent.length, 3);
  });

  test("number_input: value=None gets a Clear value button and Escape; steps are disabled while empty", async () => {
    r.render(msg([wid("number_input", "Age", 5, { min: null, max: null, step: 1, format: null, placeholder: null, data_type: "int", default: null })]));
    const box = root.querySelector('[data-testid="stNumberInput"]');
    const input = byLabel(root, "Age");
    const clear = one(box, "button", "Clear value");
    click(clear);
    assert.deepEqual(last(), { type: "update", changes: [{ id: "$$ID-number_input-Age", value: null }], trigger: null });
    await tick();
    assert.equal(input.value, "");
    assert.ok(one(box, "button", "Increment").disabled && one(box, "button", "Decrement").disabled);
    assert.equal(byRole(box, "button").filter((b) => b.getAttribute("aria-label") === "Clear value").length, 0);
    type(input, "7");
    key(input, "Enter");
    assert.equal(last().changes[0].value, 7);
    key(input, "Escape");
    assert.equal(last().changes[0].value, null);
  });

  test("number_input: floats by data_type; half-typed number survives a rerun", async () => {
    r.render(msg([num(0.5, { min: null, max: null, step: 0.1, data_type: "float" })]));
    const input = byLabel(root, "Age");
    assert.equal(input.value, "0.50");
    click(root.querySelector('[data-testid="stNumberInputStepUp"]'));
    assert.equal(last().changes[0].value, 0.6);
    type(input, "1.2");
    r.render({ ...msg([num(0.6, { min: null, max: null, step: 0.1, data_type: "float" })]), run: 2 });
    await tick();
    assert.equal(input.value, "1.2");
  });

  test("slider: shown live while dragging, sent on release", async () => {
    r.render(msg([wid("slider", "Temp", 5, { min: 0, max: 10, step: 1, format: null, data_type: "int", range: false })]));
    const s = one(root, "slider", "Temp");
    s.value = "7";
    fire(s, "input");
    await tick();
    assert.deepEqual(sent, [], "nothing while dragging");
    assert.equal(s.getAttribute("aria-valuenow"), "7");
    fire(s, "change");
    fire(s, "pointerup");
    assert.deepEqual(sent, [{ type: "update", changes: [{ id: "$$ID-slider-Temp", value: 7 }], trigger: null }]);
  });

  test("radio and multiselect commit indices", async () => {
    r.render(demoMessage());
    const medium = one(root, "radio", "Large");
    medium.checked = true;
    fire(medium, "change");
    assert.deepEqual(last().changes, [{ id: "$$ID-radio-Size", value: 2 }]);
    const add = byLabel(root, "Toppings");
    assert.equal(add.getAttribute("role"), "combobox");
    add.focus();
    key(add, "ArrowDown");
    await until(() => add.getAttribute("aria-expanded") === "true", "the list");
    key(add, "ArrowDown");                   // past "Select all" to Sprinkles
    await tick();
    key(add, "Enter");
    assert.deepEqual(last().changes, [{ id: "$$ID-multiselect-Toppings", value: [0, 2, 1] }]);
    await tick();
    click(one(root, "button", "Remove Nuts"));
    assert.deepEqual(last().changes, [{ id: "$$ID-multiselect-Toppings", value: [2, 1] }]);
  });

  test("hidden and collapsed labels still name their control", () => {
    r.render(msg([
      wid("text_input", "Secret", "", { label_visibility: "hidden", max_chars: null, type: "password", placeholder: null, autocomplete: null }),
      wid("selectbox", "Pick", 0, { label_visibility: "collapsed", options: ["a", "b"], placeholder: null, accept_new_options: false }),
    ]));
    assert.equal(byLabel(root, "Secret").type, "password");
    assert.equal(byLabel(root, "Pick").getAttribute("role"), "combobox");
  });

  test("a widget that leaves the tree forgets its local value", () => {
    const input = () => wid("text_input", "Name", "Ada", { max_chars: null, type: "default", placeholder: null, autocomplete: null });
    r.render(msg([input()]));
    type(byLabel(root, "Name"), "typed");
    r.render({ ...msg([]), run: 2 });
    r.render({ ...msg([input()]), run: 3 });
    assert.equal(byLabel(root, "Name").value, "Ada");
  });

  test("status names its stage; fatal shows the error; render replaces both", () => {
    r.status({ type: "status", stage: "packages", detail: "numpy" });
    const st = root.querySelector('[role="status"]');
    assert.match(text(st), /Installing packages/);
    assert.match(text(st), /numpy/);
    r.status({ type: "status", stage: "app", detail: "" });
    assert.match(text(root.querySelector('[role="status"]')), /Starting app/);
    r.render(msg([el("main:0", "text", { body: "hello" })]));
    assert.equal(root.querySelector('[data-testid="stStatus"]'), null);
    assert.equal(root.getAttribute("data-run"), "1");
    r.fatal({ type: "fatal", stage: "runtime", error: "no wasm <b>here</b>" });
    const f = root.querySelector('[role="alert"]');
    assert.match(text(f), /Loading Python runtime/);
    assert.match(text(f), /no wasm <b>here<\/b>/, "the error is text, not HTML");
  });

  test("a compile error: 1.67's Script execution error dialog over the kept tree, again at each failing run", async () => {
    r.render(msg([el("main:0", "text", { body: "kept" })]));
    const failed = (run) => ({ type: "render", run, tree: null, page: "", pages: [], query: "", clear_forms: [],
      banner: { type: "SyntaxError", message: 'File "app.py", line 2\n  st.write(\n          ^\nSyntaxError: \'(\' was never closed' } });
    r.render(failed(2));
    const dialog = () => root.querySelector("dialog.tl-compile-error");
    const isOpen = () => !!dialog()?.hasAttribute("open");
    await until(isOpen, "the dialog to open");
    assert.equal(nameOf(dialog()), "Script execution error");
    const code = dialog().querySelector('[data-testid="stErrorCodeBlock"] pre code');
    assert.equal(code.textContent, 'File "app.py", line 2\n  st.write(\n          ^\nSyntaxError: \'(\' was never closed');
    assert.equal(text(root.querySelector("main .tl-k-text")), "kept", "the previous run's elements stay");
    assert.equal(root.querySelector("main [data-testid=stException]"), null, "no element in the page");
    const close = [...dialog().querySelectorAll("button")].find((b) => text(b) === "Close");
    close.click();
    await until(() => !isOpen(), "the dialog to close");
    r.render(failed(3)); // a rerun that fails again
    await until(isOpen, "the dialog to open again");
    r.render(msg([el("main:0", "text", { body: "fixed" })], { run: 4 }));
    await until(() => dialog() === null, "the dialog to go");
  });

  test("the page menu: sidebar links, current page marked, a click sends navigate", () => {
    const m = demoMessage();
    r.render(m);
    const nav = root.querySelector('.tl-sidebar nav[aria-label="App pages"]');
    assert.ok(nav, "an App pages nav inside the sidebar");
    const links = byRole(nav, "link");
    assert.deepEqual(links.map((a) => a.getAttribute("href")), ["#/demo", "#/settings"]);
    assert.equal(links[0].getAttribute("aria-current"), "page");
    const ev = new w.MouseEvent("click", { bubbles: true, cancelable: true, button: 0 });
    links[1].dispatchEvent(ev);
    assert.ok(ev.defaultPrevented);
    assert.deepEqual(last(), { type: "navigate", page: "settings", query: "" });
  });

  test("1,000 widgets: a rerun that changes one re-renders only that one", async () => {
    // Behaviour, not time (the time is in `npm run bench`: bench/render_jsdom.mjs).
    const { bigMessage } = await import("../../web/render/fixtures.js");
    const { NodeView } = await import("../../web/render/registry.js");
    r.render(bigMessage(1000, 1));
    assert.equal(root.querySelectorAll("input").length, 1000);
    const first = byLabel(root, "Field 3");
    const other = byLabel(root, "Field 6");
    const rendered = [];
    const render = NodeView.prototype.render;
    NodeView.prototype.render = function (props) {
      rendered.push(props.node.id);
      return render.call(this, props);
    };
    try {
      for (let run = 2; run < 5; run++) {
        rendered.length = 0;
        const m = bigMessage(1000, run, 3);
        for (const c of m.tree.main.children) if (c.id.endsWith("f3")) c.props.set = true;
        r.render(m);
        await tick(0);
        const widgets = rendered.filter((id) => id.startsWith("$$ID"));
        assert.deepEqual(widgets, [m.tree.main.children[3].id], `run ${run}: only Field 3's view rendered`);
        assert.equal(first.value, `changed ${run}`);
      }
      r.render(bigMessage(1000, 5, -1));
      await tick(0);
      rendered.length = 0;
      r.render(bigMessage(1000, 6, -1));     // the same tree again (a rerun that changed nothing)
      await tick(0);
      assert.deepEqual(rendered.filter((id) => id.startsWith("$$ID")), []);
    } finally {
      NodeView.prototype.render = render;
    }
    assert.equal(byLabel(root, "Field 3"), first, "the same element, patched");
    assert.equal(byLabel(root, "Field 6"), other);
  });
});
