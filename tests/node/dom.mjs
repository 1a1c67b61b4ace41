// jsdom as the global window of a test (or bench/render_jsdom.mjs): the renderer
// reads window, document and the DOM classes from globalThis.
import { JSDOM } from "jsdom";

/** Install a fresh jsdom window as the globals; returns the window. @param {string} [url] */
export function installDom(url = "http://localhost/") {
  const dom = new JSDOM("<!doctype html><html><head><title>host</title></head><body></body></html>", { url, pretendToBeVisual: true });
  const w = dom.window;
  for (const k of ["window", "document", "navigator", "Node", "Element", "HTMLElement", "Event", "KeyboardEvent",
    "MouseEvent", "FileReader", "File", "Blob", "requestAnimationFrame", "cancelAnimationFrame"]) {
    Object.defineProperty(globalThis, k, { configurable: true, writable: true, value: k === "window" ? w : w[k] });
  }
  return w;
}
