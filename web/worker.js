// The module Web Worker: one worker = one session of one app.  A thin
// wrapper around runtime/core.js; the message schema is in protocol.js.
//
// in:  {type: "boot", ...} first; then up messages and {type: "files", ...}
// out: strings, each a JSON array of down messages

import { ProtocolError, fatal, isPlainObject, parseBoot, refused } from "./protocol.js";
import { createRuntime } from "./runtime/core.js";

/** @type {import("./runtime/core.js").Runtime|null} */
let runtime = null;
/** Set when the boot message was unusable: everything after it is refused. */
let dead = "";

/** @param {string} json */
const post = (json) => self.postMessage(json);
/** @param {object} msg */
const emit = (msg) => post(JSON.stringify([msg]));

/**
 * What to echo of a message that may be huge (files, a boot).
 * @param {any} msg
 */
function summary(msg) {
  return isPlainObject(msg) ? { type: msg.type } : msg;
}

/** @param {unknown} raw */
function boot(raw) {
  let spec;
  try {
    spec = parseBoot(raw);
  } catch (e) {
    if (!(e instanceof ProtocolError)) throw e;
    dead = e.message;
    emit(fatal("runtime", `tablit could not start: ${e.message}`));
    return;
  }
  const indexURL = spec.indexURL.endsWith("/") ? spec.indexURL : `${spec.indexURL}/`;
  runtime = createRuntime({
    indexURL,
    tablitZipURL: spec.tablitURL,
    packageBaseURL: spec.packageBaseURL,
    onDown: post,
    loadPyodide: async (/** @type {Object} */ config) => {
      let mod;
      try {
        mod = await import(/* webpackIgnore: true */ `${indexURL}pyodide.mjs`);
      } catch (e) {
        throw new Error(`could not load ${indexURL}pyodide.mjs (${/** @type {Error} */ (e).message})`);
      }
      return mod.loadPyodide(config);
    },
  });
  runtime.start({
    entrypoint: spec.entrypoint,
    files: spec.files,
    requirements: spec.requirements,
    config: spec.config,
    query: spec.query,
    page: spec.page,
    baseURL: spec.baseURL,
    packageIndexURLs: spec.packageIndexURLs,
    wheels: spec.wheels,
  });
}

self.onmessage = (event) => {
  const msg = event.data;
  if (dead) {
    emit(refused(`the worker did not start: ${dead}`, summary(msg)));
    return;
  }
  if (!runtime) {
    boot(msg);
    return;
  }
  if (isPlainObject(msg) && msg.type === "boot") {
    emit(refused("this worker is already running an app (one worker runs one session)", summary(msg)));
    return;
  }
  if (isPlainObject(msg) && msg.type === "files") {
    runtime.writeFiles(/** @type {any} */ (msg.files), { rerun: msg.rerun !== false });
    return;
  }
  runtime.receive(msg);
};

self.addEventListener("unhandledrejection", (event) => {
  console.error("tablit worker:", event.reason);
});
