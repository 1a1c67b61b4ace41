// The renderer's fast path for one-line bodies of words and `code` spans
// (web/render/markdown.js simpleParts): it must draw exactly what marked
// draws, and leave everything else to marked.
import assert from "node:assert/strict";
import { test } from "node:test";
import "./jsdom_page.mjs";

const { simpleParts, markdownToHtml, escapeHtml, Markdown, InlineMd, CellMd } = await import("../../web/render/markdown.js");
const { render, h } = await import("preact");

/** The HTML marked would make of these parts. */
const asHtml = (parts) => `<p>${parts.map((t, i) => (i % 2 ? `<code>${escapeHtml(t)}</code>` : escapeHtml(t))).join("")}</p>\n`;

const SIMPLE = ["Count =  `3`", "Count = `0`", "number = 5", "level = `12` of `1000`", "Hello, world.", "Say \"hi\" (or 'bye')",
  "a/b = 50% + `x = -1.5e-3`", "x`y` z", "Done", "Total `a b  c`", "a!", "Hello, World!", "Name: Ada", "Pick one:", "Item #3",
  "well-known", "a - b", "Run `--help` or `a-b`"];
const NOT = ["", " leading", "trailing ", "1. a list", "- item", "# Heading", "**bold**", "_em_", "a -> b", "a -- b", "see www.example.com",
  "mail a@b.c", "http://x.y", ":smile:", ":red[x]", "$x$", "a\nb", "a  \nb", "x ``y``", "`code first`", "a <b>", "a &amp; b", "a \\* b",
  "a | b", "a ~~b~~", "a ` b` c", "a `b ` c", "a `` b", "ünïcode", "tab\there", "[a](b)",
  "a:b", "12:30", "Time:10", "a :smile: b", "a :red[b]", "a --> b", "a->b", "x--y", "see http://x", "a\u00a0b"];

test("simple bodies: the parts give marked's very HTML", () => {
  for (const s of SIMPLE) {
    const parts = simpleParts(s);
    assert.ok(parts, `simple: ${JSON.stringify(s)}`);
    assert.equal(asHtml(parts), markdownToHtml(s), s);
  }
});

/** The HTML marked makes of these parts inline (a label). */
const asInline = (parts) => parts.map((t, i) => (i % 2 ? `<code>${escapeHtml(t)}</code>` : escapeHtml(t))).join("");

test("simple labels: the parts give marked's very inline HTML", () => {
  for (const s of SIMPLE) assert.equal(asInline(simpleParts(s)), markdownToHtml(s, { inline: true }), s);
});

test("anything with Markdown syntax, odd spacing or several lines goes to marked", () => {
  for (const s of NOT) assert.equal(simpleParts(s), null, JSON.stringify(s));
  assert.equal(simpleParts(42), null);
  assert.equal(simpleParts("a".repeat(400)), null);
});

test("random bodies: whenever the fast path takes one, marked agrees", () => {
  const alphabet = "aZ09 ,.;=()?'\"/%+-`*_~[]<>&:\\$#|!@\nw";
  let seed = 7;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  let taken = 0;
  for (let k = 0; k < 20000; k++) {
    let s = "ab"[rnd(2)];
    const len = rnd(14);
    for (let i = 0; i < len; i++) s += alphabet[rnd(alphabet.length)];
    const parts = simpleParts(s);
    if (!parts) continue;
    taken++;
    assert.equal(asHtml(parts), markdownToHtml(s), JSON.stringify(s));
    assert.equal(asInline(parts), markdownToHtml(s, { inline: true }), `inline ${JSON.stringify(s)}`);
  }
  assert.ok(taken > 500, `the fast path took ${taken} bodies`);
});

test("<Markdown> draws a simple body as the same DOM as marked's HTML, and switches both ways", () => {
  const root = document.createElement("div");
  const via = document.createElement("div");
  for (const body of ["Count =  `1`", "Count =  `2`", "**bold** now", "Count =  `3`"]) {
    render(h(Markdown, { body }), root);
    via.innerHTML = markdownToHtml(body);
    assert.equal(root.firstElementChild.innerHTML, via.innerHTML, body);
    assert.equal(root.firstElementChild.className, "tl-markdown ");
  }
});

test("<InlineMd> and <CellMd> draw a simple label, a lone icon and anything else as the same DOM as marked's HTML", () => {
  const root = document.createElement("div");
  const via = document.createElement("div");
  for (const text of ["Count: `1`", "Hello!", ":material/edit_note:", "**bold** now", "Count: `2`"]) {
    render(h(InlineMd, { text }), root);
    via.innerHTML = `<span class="tl-md-inline">${markdownToHtml(text, { inline: true })}</span>`;
    assert.equal(root.innerHTML.replace(/ data-drawn=""/g, ""), via.innerHTML, text);
  }
  // (a st.table cell, plain text too, is 1.67's stMarkdownContainer > p)
  for (const text of ["Count: `1`", "a `b` c", "**bold**", "Oslo", "4.0000", "\u00a0"]) {
    render(h(CellMd, { text }), root);
    via.innerHTML = `<div class="tl-markdown tl-md-cell" data-testid="stMarkdownContainer">${markdownToHtml(text)}</div>`;
    assert.equal(root.innerHTML, via.innerHTML, text);
    assert.equal(root.querySelector('[data-testid="stMarkdownContainer"] > p')?.textContent, text.replace(/[*`]/g, ""), text);
  }
});
