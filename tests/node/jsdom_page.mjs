// A jsdom page for the renderer's tests: its window and DOM classes as
// globals (the renderer reads them), set when this module is imported, so
// import it before web/render/.
import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><html><body></body></html>", { url: "http://localhost/app/", pretendToBeVisual: true });
export const w = dom.window;
for (const k of ["window", "document", "navigator", "Node", "Element", "HTMLElement", "Event", "KeyboardEvent",
  "MouseEvent", "localStorage", "requestAnimationFrame", "cancelAnimationFrame", "FileReader", "File", "Blob"]) {
  Object.defineProperty(globalThis, k, { configurable: true, writable: true, value: k === "window" ? w : w[k] });
}

// The marked + DOMPurify chunk (web/render/markdown_full.js) is fetched by the
// renderer before it paints a tree that needs it; these tests look at the DOM
// at once, so it is loaded ahead (tests/node/markdown_lazy.test.mjs, which sets
// globalThis.tablitLazyMarkdown first, checks the lazy path itself).
if (!globalThis.tablitLazyMarkdown) await (await import("../../web/render/markdown.js")).loadMarkdown();
