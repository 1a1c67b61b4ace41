// Hash routing ("#/page", as `tablit build` sites route) and in-page links: a heading's
// "Link to heading" (or any "#id" link) scrolls to its target and keeps the page in the
// URL ("#/page#id"), where the browser alone would replace "#/page" with "#id".
// jsdom, no Python.

import assert from "node:assert/strict";
import { after, test } from "node:test";
import { JSDOM } from "jsdom";

const dom = new JSDOM(`<!doctype html><body>
  <h2 id="details">Details</h2><a id="to" href="#details">Link to heading</a>
  <a id="empty" href="#">click target</a><a id="page" href="#/other">other page</a></body>`,
{ url: "http://localhost/site/#/learn" });
const w = dom.window;
Object.assign(globalThis, {
  document: w.document, location: w.location, history: w.history, HTMLAnchorElement: w.HTMLAnchorElement,
  addEventListener: w.addEventListener.bind(w), removeEventListener: w.removeEventListener.bind(w),
});
const { createRouter } = await import("../../web/routing.js");
const { inPageFragment } = await import("../../web/render/anchors.js");

const navs = [];
const router = createRouter({ mode: "hash", navigate: (m) => navs.push(m) });
after(() => router.dispose());
let scrolled = 0;
w.document.getElementById("details").scrollIntoView = () => { scrolled += 1; };
const click = (id) => w.document.getElementById(id).dispatchEvent(new w.MouseEvent("click", { bubbles: true, cancelable: true }));

test("a heading's link scrolls to it and the page stays in the URL", () => {
  assert.equal(router.current().page, "learn");
  const notPrevented = click("to");
  assert.equal(notPrevented, false, "the browser's own fragment change is replaced");
  assert.equal(location.hash, "#/learn#details");
  assert.equal(scrolled, 1);
  assert.equal(router.current().page, "learn", "still the page learn");
  assert.deepEqual(navs, [], "no navigation");
  assert.equal(inPageFragment(location.hash), "details", "a reload scrolls to the heading");
});

test("page links, empty fragments and modified clicks are left to the page", () => {
  assert.equal(click("empty"), true);
  assert.equal(click("page"), true);
  const ev = new w.MouseEvent("click", { bubbles: true, cancelable: true, ctrlKey: true });
  assert.equal(w.document.getElementById("to").dispatchEvent(ev), true);
});

test("inPageFragment: the part after the page", () => {
  assert.equal(inPageFragment("#x"), "x");
  assert.equal(inPageFragment("#/page"), "");
  assert.equal(inPageFragment("#/page#x"), "x");
  assert.equal(inPageFragment("#/#x"), "x");
});
