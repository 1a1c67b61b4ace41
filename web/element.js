// <tablit-app>: an app in any HTML page.
//
//   <tablit-app src="app.py"></tablit-app>
//   <tablit-app src="apps/demo/app.py" files="utils.py pages/one.py" config="requirements.txt"></tablit-app>
//   <tablit-app><script type="text/x-python">import streamlit as st ...</script></tablit-app>
//
// Attributes:
//   src           URL of the main script; other relative URLs resolve against its folder
//   entrypoint    its path in the app (default: the file name of src, or streamlit_app.py)
//   files         more app files, space-separated paths relative to src's folder
//   config        requirements.txt / pyscript.toml / pyscript.json, relative to src's folder
//   requirements  extra packages, separated by spaces or commas
//   index-url     the Pyodide runtime folder (default: pyodide/ beside tablit.js)
//   package-index micropip index URLs, space-separated ("" = offline)
//   package-base-url  a full Pyodide distribution, for its packages (numpy, pandas, ...)
//   offline       (boolean) fetch no package from the network: only package-base-url and vendored files
//   no-snapshot   (boolean) the index-url folder holds no Python snapshot (another Pyodide): none is asked for
//   routing       "none" (default), "hash" or "path": keep the tab URL in step with the app
//   run-time-limit  seconds a run may take before the page offers to stop it (default 60; 0 = never)
// Files are fetched by the worker; every failure is shown in the element.

import { mount } from "./mount.js";

const INLINE_TYPES = ["text/x-python", "text/python", "py"];
const ATTRIBUTES = ["src", "entrypoint", "files", "config", "requirements", "index-url", "runtime-url", "package-index", "package-base-url", "routing", "offline", "no-snapshot", "run-time-limit"];

/** @param {string|null} v */
function words(v) {
  return (v ?? "").split(/[\s,]+/).filter(Boolean);
}

/** @param {string} path */
function fileName(path) {
  return path.split("#")[0].split("?")[0].split("/").pop() || "";
}

const Base = typeof HTMLElement === "undefined" ? /** @type {typeof HTMLElement} */ (/** @type {any} */ (class {})) : HTMLElement;

export class TablitAppElement extends Base {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  constructor() {
    super();
    /** @type {import("./mount.js").MountHandle|null} */
    this.app = null;
    /** @type {string|null} */
    this._inline = null;
    this._pending = false;
  }

  connectedCallback() {
    if (this._inline === null) {
      const script = [...this.querySelectorAll("script")].find((s) => INLINE_TYPES.includes(s.type));
      if (script) this._inline = script.textContent ?? "";
    }
    this._schedule();
  }

  disconnectedCallback() {
    this.app?.destroy();
    this.app = null;
  }

  attributeChangedCallback() {
    if (this.isConnected && this.app) this._schedule();
  }

  /** The app's handle resolves after its first run. */
  get ready() {
    return this.app?.ready ?? Promise.reject(new Error("tablit-app: not started"));
  }

  _schedule() {
    if (this._pending) return;
    this._pending = true;
    queueMicrotask(() => {
      this._pending = false;
      if (this.isConnected) this._start();
    });
  }

  /** @param {string} text */
  _error(text) {
    const box = document.createElement("div");
    box.className = "tablit-error";
    box.setAttribute("role", "alert");
    box.style.cssText = "color:#7d353b;background:#ffecec;padding:1rem;white-space:pre-wrap;font-family:monospace";
    box.textContent = `tablit-app: ${text}`;
    this.replaceChildren(box);
  }

  _start() {
    this.app?.destroy();
    this.app = null;
    const src = this.getAttribute("src");
    /** @type {Object<string, import("./protocol.js").FileSource>} */
    const files = {};
    let entrypoint = this.getAttribute("entrypoint") || "";
    let baseURL = document.baseURI;
    if (src) {
      let srcURL;
      try {
        srcURL = new URL(src, document.baseURI);
      } catch {
        return this._error(`src ${JSON.stringify(src)} is not a URL`);
      }
      baseURL = new URL(".", srcURL).href;
      entrypoint ||= fileName(srcURL.pathname) || "streamlit_app.py";
      files[entrypoint] = { url: srcURL.href };
    } else if (this._inline !== null) {
      entrypoint ||= "streamlit_app.py";
      files[entrypoint] = this._inline.replace(/^\n/, "");
    } else {
      return this._error('give the app as src="app.py" or inside <script type="text/x-python">');
    }
    for (const path of words(this.getAttribute("files"))) files[path] = { url: path };
    const config = this.getAttribute("config");
    if (config) {
      const name = fileName(config);
      if (!["requirements.txt", "pyscript.toml", "pyscript.json"].includes(name)) {
        return this._error(`config must name a requirements.txt, pyscript.toml or pyscript.json, not ${JSON.stringify(config)}`);
      }
      files[name] = { url: config };
    }
    const packageIndex = this.getAttribute("package-index");
    const container = document.createElement("div");
    this.replaceChildren(container);
    /** @type {import("./mount.js").MountOptions} */
    const options = {
      entrypoint,
      files,
      baseURL,
      requirements: words(this.getAttribute("requirements")),
      routing: /** @type {any} */ (this.getAttribute("routing") || "none"),
      packageIndexURLs: packageIndex === null ? null : words(packageIndex),
    };
    const indexURL = this.getAttribute("index-url");
    if (indexURL) options.indexURL = indexURL;
    const runtimeURL = this.getAttribute("runtime-url");
    if (runtimeURL) options.runtimeURL = runtimeURL;
    const limit = this.getAttribute("run-time-limit");
    if (limit !== null) {
      const n = Number(limit);
      if (!(n >= 0)) return this._error(`run-time-limit must be a number of seconds (0 = never), not ${JSON.stringify(limit)}`);
      options.runTimeLimit = n;
    }
    const packageBaseURL = this.getAttribute("package-base-url");
    if (packageBaseURL) options.packageBaseURL = packageBaseURL;
    if (this.hasAttribute("offline")) options.offline = true;
    if (this.hasAttribute("no-snapshot")) options.snapshot = false;
    try {
      this.app = mount(container, options);
    } catch (e) {
      this._error(/** @type {Error} */ (e).message.replace(/^tablit: /, ""));
    }
  }
}

/** Register <tablit-app> (once; a no-op outside browsers). */
export function defineElement(name = "tablit-app") {
  if (typeof customElements === "undefined" || customElements.get(name)) return;
  customElements.define(name, TablitAppElement);
}
