// Refused messages and internal errors are shown in the page (web/render/notices.js),
// not only in the console: a small dismissible notice with role "alert".
import assert from "node:assert/strict";
import { test } from "node:test";
import { w } from "./jsdom_page.mjs";

const { createRenderer } = await import("../../web/render/index.js");
const { noticeText } = await import("../../web/render/notices.js");

const tick = () => new Promise((r) => setTimeout(r, 20));
const render = {
  type: "render", run: 1, page: "", pages: [], query: "", banner: null, clear_forms: [], page_config: {},
  tree: { main: { id: "main", kind: "block", props: {}, children: [] }, sidebar: { id: "sidebar", kind: "block", props: {}, children: [] } },
};
const alerts = (root) => [...root.querySelectorAll('[role="alert"]')];

test("a refused message shows as a dismissible alert; repeats count up; long reasons are cut", async () => {
  const root = document.createElement("div");
  document.body.append(root);
  const r = createRenderer(root, { send: () => {} });
  r.render(render);
  assert.equal(alerts(root).length, 0);

  r.refused({ type: "refused", reason: "bad value for slider 'x': 0.5 is not a whole number", message: {} });
  await tick();
  let shown = alerts(root);
  assert.equal(shown.length, 1);
  assert.match(shown[0].textContent, /Not applied: bad value for slider 'x': 0\.5 is not a whole number/);
  assert.match(shown[0].textContent, /browser console/);

  r.refused({ type: "refused", reason: "bad value for slider 'x': 0.5 is not a whole number", message: {} });
  await tick();
  shown = alerts(root);
  assert.equal(shown.length, 1);
  assert.match(shown[0].textContent, /\(×2\)/);

  r.refused({ type: "refused", reason: `internal error in tablit: ${"x".repeat(5000)}`, message: null });
  await tick();
  shown = alerts(root);
  assert.equal(shown.length, 2);
  assert.match(shown[1].textContent, /^Something went wrong inside tablit: x+…/);
  assert.ok(shown[1].textContent.length < 420);

  const dismiss = shown[0].querySelector("button");
  assert.equal(dismiss.getAttribute("aria-label"), "Dismiss");
  dismiss.dispatchEvent(new w.MouseEvent("click", { bubbles: true }));
  await tick();
  assert.equal(alerts(root).length, 1);
  r.render({ ...render, run: 2 });  // a rerun keeps an undismissed notice
  await tick();
  assert.equal(alerts(root).length, 1);
  r.destroy();
});

test("noticeText", () => {
  assert.equal(noticeText({ reason: "unknown widget id 'a'" }), "Not applied: unknown widget id 'a'");
  assert.equal(noticeText({ reason: "internal error: the worker sent something that is not JSON" }),
    "Something went wrong inside tablit: the worker sent something that is not JSON");
  assert.equal(noticeText({}), "Not applied: the app refused a message");
});
