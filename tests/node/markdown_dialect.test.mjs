// Streamlit 1.67's Markdown dialect (web/render/dialect.js) wherever 1.67
// applies it: bodies, widget labels, tab and expander labels, st.table cells,
// buttons (links off); Material icons (SVG files fetched when first shown)
// and emoji shortcodes (a lazily loaded table), and icon= drawn by the one
// Icon component.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, afterEach, beforeEach, describe, test } from "node:test";
import { w } from "./jsdom_page.mjs";
import { until } from "./waiting.mjs";

const { createRenderer } = await import("../../web/render/index.js");
const { markdownToHtml, plainText } = await import("../../web/render/markdown.js");
const { hasMath, directiveClass } = await import("../../web/render/dialect.js");
const { CellContent } = await import("../../web/render/grid/cells.js");
const { render, h } = await import("preact");
const { fontDrawnIcons, iconAliasMap, iconNames, namesText, NAMES_FILE } = await import("../../web/tools/icon_assets.js");

// Icon files as the page would fetch them from dist/icons/ (served here from
// the npm package the build copies them from); every request is recorded.
const ICONS = new URL("../../node_modules/@material-symbols/svg-400/rounded/", import.meta.url);
const requested = [];
const realFetch = globalThis.fetch;
globalThis.fetch = async (url) => {
  const u = new URL(String(url));
  requested.push(u.pathname);
  const m = /\/icons\/([^/]+)\.svg$/.exec(u.pathname);
  if (!m) throw new Error(`unexpected fetch ${u}`);
  try {
    return new Response(readFileSync(new URL(`${m[1]}.svg`, ICONS)), { status: 200 });
  } catch {
    return new Response("not found", { status: 404 });
  }
};

const el = (id, kind, props) => ({ id, kind, props });
const blk = (id, kind, props, children) => ({ id, kind, props, children });
const msg = (main) => ({
  type: "render", run: 1, page: "", pages: [], query: "", banner: null, clear_forms: [], page_config: {},
  tree: { main: blk("main", "block", {}, main), sidebar: blk("sidebar", "block", {}, []) },
});
const wid = (kind, label, props = {}) => ({
  id: `$$ID-${kind}-${label}`, kind,
  props: { label, value: null, set: false, disabled: false, help: null, label_visibility: "visible", form: "", key: null, ...props },
});
const md = (body) => el("main:0", "markdown", { body, unsafe_allow_html: false, help: null });

let root, r;
beforeEach(() => {
  root = document.createElement("div");
  document.body.append(root);
  r = createRenderer(root, { send: () => {} });
  requested.length = 0;
});
afterEach(() => { r.destroy(); root.remove(); });
after(() => { globalThis.fetch = realFetch; w.close(); });

describe("directives (1.67's set)", () => {
  test("every colour, -background and -badge, with grey as gray and no rainbow badge", () => {
    for (const c of ["red", "orange", "yellow", "green", "blue", "violet", "gray", "primary", "rainbow"]) {
      assert.match(markdownToHtml(`:${c}[x]`, { inline: true }), new RegExp(`class="tl-md-c tl-md-c-${c}">x</span>`));
      assert.match(markdownToHtml(`:${c}-background[x]`, { inline: true }), new RegExp(`class="tl-md-bg tl-md-bg-${c}">x</span>`));
    }
    assert.match(markdownToHtml(":grey[x]", { inline: true }), /tl-md-c-gray/);
    assert.match(markdownToHtml(":blue-badge[New]", { inline: true }), /<span class="tl-md-badge tl-md-bg-blue tl-md-c-blue">New<\/span>/);
    assert.equal(directiveClass("rainbow-badge"), null);
    assert.equal(directiveClass("purple"), null, "purple is only in the rainbow, not a directive");
  });

  test("directives nest and hold Markdown; :small and :shimmer; unknown ones show as ':name' like 1.67", () => {
    const out = markdownToHtml(":blue[**bold :red[inner]** and `code]`] :small[tiny] :shimmer[wait] :nope[gone]{a=1} end", { inline: true });
    const d = document.createElement("div");
    d.innerHTML = out;
    const blue = d.querySelector(".tl-md-c-blue");
    assert.equal(blue.querySelector("strong .tl-md-c-red").textContent, "inner");
    assert.equal(blue.querySelector("code").textContent, "code]");
    assert.equal(d.querySelector(".tl-md-small").textContent, "tiny");
    assert.equal(d.querySelector(".tl-md-shimmer").textContent, "wait");
    assert.match(d.textContent, / :nope end$/);
  });

  test(":color[...]{foreground= background=} takes CSS colours only", () => {
    const d = document.createElement("div");
    d.innerHTML = markdownToHtml(':color[a]{foreground="#ff0000" background="rgb(0, 0, 255)"} :color[b]{foreground="red;position:fixed"}', { inline: true });
    const [a, b] = d.querySelectorAll("span");
    assert.equal(a.style.color, "rgb(255, 0, 0)");
    assert.equal(a.style.backgroundColor, "rgb(0, 0, 255)");
    assert.equal(b.getAttribute("style"), null);
  });

  test("arrows and symbols between spaces, not inside links or code", () => {
    const d = document.createElement("div");
    d.innerHTML = markdownToHtml("a -> b <- c <-> d -- e >= f <= g ~= h [x -> y](https://e.com) `p -> q` x->y");
    assert.match(d.textContent, /^a → b ← c ↔ d — e ≥ f ≤ g ≈ h x -> y p -> q x->y/);
  });

  test("math only where 1.67 typesets it", () => {
    assert.equal(hasMath("costs $5 and $10"), false);
    assert.equal(hasMath("code `$x$` only"), false);
    assert.equal(hasMath("area $\\pi r^2$"), true);
    assert.equal(hasMath("$$\nx\n$$"), true);
    assert.doesNotMatch(markdownToHtml("costs $5 and $10"), /tl-math/);
  });

  test("raw HTML stays text and attributes cannot be injected through directives", () => {
    const out = markdownToHtml(':red[<img src=x onerror=alert(1)>] :color[x]{foreground="red\\" onmouseover=\\"alert(1)"}', { inline: true });
    const d = document.createElement("div");
    d.innerHTML = out;
    assert.equal(d.querySelector("img"), null);
    assert.ok([...d.querySelectorAll("*")].every((e) => ![...e.attributes].some((a) => a.name.startsWith("on"))));
    assert.match(d.textContent, /<img src=x onerror=alert\(1\)>/);
  });

  test("plainText (accessible names) drops the directive syntax", () => {
    assert.equal(plainText(":blue[Electronics] :red-badge[x]{a=1}"), "Electronics x");
  });
});

describe("emoji shortcodes (emojilib 2.4, as 1.67's remark-emoji)", () => {
  test("a tab label ':cat: Cat' shows 🐱 Cat; unknown shortcodes and times stay text", async () => {
    r.render(msg([blk("main:0", "tabs", { labels: [":cat: Cat", ":dog: Dog", "at 10:30:45 :notanemoji:"] }, [
      blk("main:0:0", "tab", { label: ":cat: Cat" }, []),
      blk("main:0:1", "tab", { label: ":dog: Dog" }, []),
      blk("main:0:2", "tab", { label: "at 10:30:45 :notanemoji:" }, []),
    ])]));
    const tabs = () => [...root.querySelectorAll('[role="tab"]')].map((t) => t.textContent);
    await until(() => tabs()[0] === "🐱 Cat", "the emoji table loaded");
    assert.deepEqual(tabs(), ["🐱 Cat", "🐶 Dog", "at 10:30:45 :notanemoji:"]);
    r.render(msg([md(":+1: :thumbsup: :rocket: :heart:")]));
    await until(() => root.querySelector(".tl-markdown").textContent.trim() === "👍 :thumbsup: 🚀 ❤️", "emoji in a body (emojilib 2.4 has no :thumbsup:, as in 1.67)");
  });

  test(":streamlit: is the Streamlit logo, an image named 'Streamlit logo', in bodies and labels; not in code", async () => {
    r.render(msg([md("Made with :streamlit: and `:streamlit:`"), el("main:1", "button", { label: ":streamlit: Go", id: "b1" })]));
    await until(() => root.querySelectorAll("img.tl-st-mark").length === 2, "two logos drawn");
    for (const img of root.querySelectorAll("img.tl-st-mark")) {
      assert.equal(img.getAttribute("alt"), "Streamlit logo");
      assert.match(img.getAttribute("src"), /^data:image\/svg\+xml,/);
    }
    assert.equal(root.querySelector(".tl-markdown code").textContent, ":streamlit:", "a code span keeps the text");
    assert.equal(root.querySelector(".tl-markdown").textContent.replace(/\s+/g, " ").trim(), "Made with and :streamlit:");
  });
});

describe("Material icons", () => {
  test(":material/name: in Markdown is the icon's SVG, fetched once per name; an unknown name shows as text", async () => {
    r.render(msg([md(":material/devices: Widget :material/devices: and :material/not_an_icon_name:")]));
    await until(() => root.querySelectorAll(".tl-mi[data-drawn]").length === 3, "icons drawn");
    const [a, b, bad] = root.querySelectorAll(".tl-mi");
    assert.equal(a.getAttribute("role"), "img");
    assert.equal(a.getAttribute("aria-label"), "devices icon");
    assert.ok(a.querySelector("svg path[d]"), "an SVG path");
    assert.equal(a.querySelector("svg").getAttribute("fill"), "currentColor");
    assert.ok(b.querySelector("svg"));
    assert.equal(bad.textContent, "not_an_icon_name");
    assert.equal(requested.filter((p) => p.endsWith("/devices.svg")).length, 1, "fetched once");
    assert.ok(requested.every((p) => /\/icons\/\w+\.svg$/.test(p)));
  });

  test("icon= on buttons, expanders and alerts is drawn by the one Icon component (material and emoji)", async () => {
    r.render(msg([
      el("main:0", "button", { ...wid("button", "Save :material/save:").props, type: "secondary", icon: ":material/thumb_up:", icon_position: "left", use_container_width: false }),
      blk("main:1", "expander", { label: ":material/info: **About**", expanded: true, icon: "🎈" }, []),
      el("main:2", "alert", { kind: "info", body: "Note", icon: ":material/home:" }),
    ]));
    await until(() => root.querySelectorAll(".tl-mi svg").length === 4, "four SVG icons");
    const button = [...root.querySelectorAll("button")].find((b) => b.textContent.includes("Save"));
    assert.ok(button.querySelector('.tl-icon [data-icon="thumb_up"] svg'));
    assert.equal(button.textContent.trim(), "Save");
    assert.ok(button.querySelector('.tl-mi[data-mi="save"] svg'), "the icon in the label");
    const summary = root.querySelector("summary");
    assert.ok(summary.textContent.includes("🎈"));
    assert.equal(summary.querySelector("strong").textContent, "About");
    assert.ok(summary.querySelector('.tl-mi[data-mi="info"] svg'));
    assert.ok(root.querySelector('.tl-k-alert [data-icon="home"] svg, [data-icon="home"] svg'));
  });

  test("a page without icons fetches no icon file", async () => {
    r.render(msg([md("# Plain\n\n**bold** :red[red] :cat:"), el("main:1", "alert", { kind: "info", body: "x", icon: "✅" })]));
    await until(() => root.querySelector(".tl-sc[data-drawn]"), "emoji drawn");
    assert.deepEqual(requested, []);
  });

  test("the Python list of valid names is the icon packages': current names and the font's older ones", () => {
    assert.equal(readFileSync(NAMES_FILE, "utf8"), namesText(), "run: node web/tools/icon_assets.js --names");
    assert.ok(iconNames().includes("devices") && iconNames().length > 3000);
    const aliases = iconAliasMap();
    assert.equal(aliases.access_alarm, "alarm", "an older name drawn as its current icon");
    assert.ok(Object.keys(aliases).length > 200);
    assert.ok(Object.values(aliases).every((n) => iconNames().includes(n)));
    // a name the font draws with a glyph no SVG has: its outline, decoded from the font
    const drawn = fontDrawnIcons();
    assert.match(drawn.auto_awesome, /^M[-\d. ]+(?:[LQ][-\d. ]+)+Z/);
    assert.ok(Object.keys(drawn).length > 50);
  });
});

describe("labels and table cells", () => {
  test("st.table cells are Markdown: icon, text and a colour", async () => {
    r.render(msg([el("main:0", "table", { columns: ["**Product**", "Category"], rows: [[":material/devices: Widget Pro :blue[Electronics]", "$x^2$"]], border: "all", hide_header: false })]));
    const td = root.querySelector("td");
    await until(() => td.querySelector(".tl-mi svg"), "the icon in the cell");
    assert.equal(td.querySelector(".tl-md-c-blue").textContent, "Electronics");
    assert.match(td.textContent, /Widget Pro Electronics/);
    assert.equal(root.querySelector("th strong").textContent, "Product");
    await until(() => root.querySelectorAll("td")[1].querySelector(".katex"), "math in a cell");
  });

  test("st.dataframe: a LinkColumn's display_text=':material/...:' draws the icon, as 1.67 does", async () => {
    const cell = document.createElement("div");
    root.append(cell);
    const spec = { type: "str", config: { type_config: { type: "link", display_text: ":material/open_in_new:" } } };
    render(h(CellContent, { v: "https://example.com", spec, width: 100, height: 30 }), cell);
    await until(() => cell.querySelector('a[href="https://example.com"] .tl-mi svg'), "the icon in the link");
    render(null, cell);
  });

  test("widget labels take the dialect; button labels draw links as text", () => {
    r.render(msg([
      el("main:0", "checkbox", { ...wid("checkbox", "Agree :orange[now] :small[(required)]").props, value: false }),
      el("main:1", "button", { ...wid("button", "Go [there](https://example.com)").props, type: "secondary", icon: null, icon_position: "left", use_container_width: false }),
    ]));
    assert.equal(root.querySelector(".tl-md-c-orange").textContent, "now");
    assert.equal(root.querySelector(".tl-md-small").textContent, "(required)");
    const button = [...root.querySelectorAll("button")].find((b) => b.textContent.includes("Go"));
    assert.equal(button.querySelector("a"), null);
    assert.equal(button.textContent.trim(), "Go there");
  });

  test("LaTeX in a widget label is typeset", async () => {
    r.render(msg([el("main:0", "checkbox", { ...wid("checkbox", "Area $\\pi r^2$").props, value: false })]));
    await until(() => root.querySelector("label .katex, .tl-check-label .katex"), "KaTeX in the label");
  });
});
