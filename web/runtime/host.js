// What the worker does with its messages, apart from being a worker: the
// first message boots, the rest go to the runtime.  worker.js binds it to
// postMessage; tests run it in-process.

import { ProtocolError, fatal, isPlainObject, parseBoot, refused } from "../protocol.js";
import { createRuntime } from "./core.js";

/**
 * @typedef {Object} HostOptions
 * @property {(json: string, notice?: boolean) => void} post  sends a JSON array of down messages to the page
 *   (notice: the run-start notice; see runtime/channel.js)
 * @property {(config: Object) => Promise<any>} [loadPyodide]  default: import pyodide.mjs from the boot's indexURL
 * @property {import("./fetching.js").FetchBytes} [fetchBytes]
 * @property {boolean} [debug]  answer {type: "debug", op} messages (benchmarks; see protocol.js)
 * @property {boolean} [hookFetch]  fetch Pyodide's packages through pyodide_packages.js (the browser worker)
 */

/** @param {any} msg  what to echo of a message that may be huge (files, a boot) */
function summary(msg) {
  return isPlainObject(msg) ? { type: msg.type } : msg;
}

/** @param {string} indexURL */
function importLoader(indexURL) {
  return async (/** @type {Object} */ config) => {
    let mod;
    try {
      mod = await import(/* webpackIgnore: true */ `${indexURL}pyodide.mjs`);
    } catch (e) {
      throw new Error(`could not load ${indexURL}pyodide.mjs (${/** @type {Error} */ (e).message})`);
    }
    return mod.loadPyodide(config);
  };
}

/**
 * @param {HostOptions} options
 * @returns {{receive: (msg: unknown) => void, runtime: () => import("./core.js").Runtime|null}}
 */
export function createWorkerHost(options) {
  /** @type {import("./core.js").Runtime|null} */
  let runtime = null;
  /** Set when the boot message was unusable: everything after it is refused. */
  let dead = "";
  /** @type {((r: any) => void)|null} */ let resumeWith = null;
  /** @param {object} msg */
  const emit = (msg) => options.post(JSON.stringify([msg]));

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
    const r = /** @type {any} */ (raw);
    // A held worker (a spare, booted in advance) loads everything and waits
    // for {type: "resume", restore, query, page} before its first run.
    const hold = r.hold === true ? new Promise((resolve) => (resumeWith = resolve)) : undefined;
    runtime = createRuntime({
      interruptBuffer: r.interruptBuffer instanceof Int32Array ? r.interruptBuffer : undefined,
      indexURL,
      tablitZipURL: spec.tablitURL,
      packageBaseURL: spec.packageBaseURL,
      offline: spec.offline,
      snapshot: !spec.noSnapshot,
      warmup: !spec.noWarmup,
      hookFetch: options.hookFetch,
      onDown: options.post,
      loadPyodide: options.loadPyodide ?? importLoader(indexURL),
      fetchBytes: options.fetchBytes,
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
      restore: isPlainObject(r.restore) ? r.restore : undefined,
      stored: isPlainObject(r.stored) ? r.stored : undefined,
      hold,
      context: spec.context,
    });
  }

  return {
    receive(msg) {
      if (dead) {
        emit(refused(`the worker did not start: ${dead}`, summary(msg)));
      } else if (!runtime) {
        boot(msg);
      } else if (isPlainObject(msg) && msg.type === "resume") {
        if (!resumeWith) {
          emit(refused("this worker is not waiting to resume", summary(msg)));
        } else {
          resumeWith({ restore: isPlainObject(msg.restore) ? msg.restore : undefined,
            ...(typeof msg.query === "string" ? { query: msg.query } : {}), ...(typeof msg.page === "string" ? { page: msg.page } : {}) });
          resumeWith = null;
        }
      } else if (isPlainObject(msg) && msg.type === "boot") {
        emit(refused("this worker is already running an app (one worker runs one session)", summary(msg)));
      } else if (options.debug && isPlainObject(msg) && msg.type === "debug") {
        emit({ type: "debug", op: msg.op, ...runtime.debug(String(msg.op)) });
      } else if (isPlainObject(msg) && msg.type === "input") {
        runtime.poke(); // (no answer: it only says somebody is using the app)
      } else if (isPlainObject(msg) && msg.type === "drawn") {
        runtime.drawn(); // (no answer: the page shows the app, priming may start)
      } else if (isPlainObject(msg) && msg.type === "files") {
        runtime.writeFiles(/** @type {any} */ (msg.files), { rerun: msg.rerun !== false });
      } else {
        runtime.receive(msg);
      }
    },
    runtime: () => runtime,
  };
}
