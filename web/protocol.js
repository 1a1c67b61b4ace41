// The message schema on the JavaScript side.
//
// App-level messages (up: page -> Python, down: Python -> page) are defined by
// py/tablit/protocol.py; this module mirrors the *shape* validation of its
// parse_up() so a malformed message is refused in the worker with a reason,
// before it reaches Python.  Whether a widget id is known is Python's call.
//
// Worker-level messages (the postMessage channel between mount() and the
// worker) are defined here:
//
// page -> worker (objects, structured-cloned):
//   {type: "boot", indexURL, tablitURL, entrypoint, files, requirements,
//    config, query, page, baseURL?, packageBaseURL?, packageIndexURLs?, wheels?, offline?, noSnapshot?, noWarmup?}
//       must be the first message; starts Python and the app.  See BootMessage.
//   {type: "files", files: {path: FileSource|null}, rerun?: boolean}
//       write, replace or (null) delete app files: run-on-save.  Modules of
//       the app are imported anew on the next run; a rerun follows unless
//       rerun is false.
//   {type: "input"}
//       the user pressed a pointer or a key inside the app (sent when the page
//       sent nothing for INPUT_EVERY_MS): an idle worker keeps Python warm for the next few
//       seconds (runtime/warmup.js), so the update a press brings finds a warm
//       worker even after a long pause.  Never answered; before the boot's app
//       is running it is ignored.
//   {type: "drawn"}
//       the page has drawn a run of this worker (sent once per worker, after its
//       first completed run is on screen): the worker primes its optimised code
//       for a click now (runtime/warmup.js), so priming never competes with the
//       first paint on a busy machine.  Never answered; not sent with warmup: false.
//   an up message ("update", "navigate", "clear_cache"), see UpMessage.
//       Queued while a run is in progress; all queued messages are handed to
//       Python at once when the run ends (Python coalesces them).
//
//   {type: "debug", op: "memory"|"trace_start"|"runs"|"profile_start"|"profile_stop"|"live_off"|"live_on"|"jspi_off"|"jspi_on"|"warm_off"|"warm_on"}
//       benchmarks only: answered only by a worker started as worker.js?debug
//       (otherwise refused as an unknown type) with a down message
//       {type: "debug", op, timings, wasm_bytes, gc_objects, allocated_blocks,
//       modules, traced_bytes?, traced_top?, traced_outside_python?, runs?}: boot
//       timings (ms), the wasm memory size and Python's live objects after gc.collect()
//       ("trace_start" also starts tracemalloc; traced_outside_python is {blocks, bytes}
//       still held that were allocated outside any Python frame); "runs" lists {ms, bytes} of
//       every run since the last "runs": Python's time and the answer's length;
//       "profile_stop" answers `profile`, cProfile's report since "profile_start".
//
// worker -> page: every postMessage carries one string, a JSON array of down
// messages ("status", "render", "patch", "refused", "fatal", "notice"; see DownMessage),
// exactly as Python produced it.  Strings cross the boundary without a deep
// clone.  {type: "snapshot", state, lost, widgets, page, query} comes with a
// run's answer when the session changed (py/tablit/runtime/snapshot.py): the
// page keeps it to restore the session in a new worker (Stop, a crash).
// A boot with hold: true loads everything, then waits for
// {type: "resume", restore, query, page} before its first run (a spare worker).
// A boot with channel: {name, token} (runtime/channel.js) makes the worker
// send those strings sequenced, {s, d}, and the small ones on a private
// BroadcastChannel of that name as {t: token, s, d} (not held back a frame).
// A held worker says {type: "run", running: false, held: true} once it waits.
// {type: "run", running: true} comes alone before a run starts; the
// run's answer (or {type: "run", running: false} when it has none) ends it.
// (It is a notice, runtime/channel.js: the page drops it when the run's
// answer, or anything sent after it, came first.)
// While it runs, Python streams renders/patches with "running": true and
// "stale" (ids of the previous run's subtrees not reached yet), at most one
// per animation frame (py/tablit/runtime/live.py); the answer is exact.
// A "patch" (defined in py/tablit/protocol.py) is a run's tree as
// changes to the previous one; mount() turns it back into a "render" with
// parsePatch() and applyPatch(), so the renderer and onMessage see renders.

import { isPlainObject } from "./plain_object.js";

/** @typedef {null|boolean|number|string|JSONValue[]|{[k: string]: JSONValue}} JSONValue */

/**
 * @typedef {{id: string, value: JSONValue}} Change
 * @typedef {{type: "update", changes: Change[], trigger: string|null, fragment?: string}} UpdateMessage
 *   (fragment: a run_every timer's tick, rerunning that @st.fragment only)
 * @typedef {{type: "navigate", page: string, query: string}} NavigateMessage
 * @typedef {{type: "clear_cache"}} ClearCacheMessage
 * @typedef {{type: "context", context: Object<string, JSONValue>}} ContextMessage
 * @typedef {UpdateMessage|NavigateMessage|ClearCacheMessage|ContextMessage} UpMessage
 *   A cross-origin isolated page adds `stops` (a count) to "update" and "navigate": how many
 *   times Stop had been pressed when it was sent (web/runtime/core.js, interruptBuffer).  It
 *   is the worker's and never reaches Python.
 */

/**
 * @typedef {{id: string, kind: string, props: Object<string, any>, children?: Node[]}} Node
 * @typedef {{url_path: string, title: string, icon: string|null, section: string|null}} PageInfo
 * @typedef {{type: "status", stage: "runtime"|"packages"|"app", detail: string, progress?: {loaded: number, total: number}}} StatusMessage
 *   progress: bytes of packages fetched so far, of how many (while they load)
 * @typedef {{type: "render", run: number, tree: {main: Node, sidebar: Node}, page: string,
 *   pages: PageInfo[], query: string, banner: {type: string, message: string}|null,
 *   clear_forms: string[], fragments?: Object<string, number>}} RenderMessage
 *   fragments: the @st.fragment(run_every=...) timers, fragment id -> seconds (web/fragment_timers.js)
 * @typedef {[string, Object<string, any>|null, (string|Node)[]|null]} PatchOp  [id, props, children]
 * @typedef {Omit<RenderMessage, "type"|"tree"> & {type: "patch", base: number, ops: PatchOp[]}} PatchMessage
 * @typedef {{type: "refused", reason: string, message: any}} RefusedMessage
 * @typedef {{type: "fatal", stage: string, error: string}} FatalMessage
 * @typedef {{type: "notice", stage: string, text: string}} NoticeMessage  something the app runs without
 *   (a requirement not installed, a version pin overridden): shown as a dismissible notice, not a failure
 * @typedef {StatusMessage|RenderMessage|PatchMessage|RefusedMessage|FatalMessage|NoticeMessage} DownMessage
 */

/**
 * A file of the app: its text, its bytes, or where to fetch it from
 * (a URL relative to the boot message's baseURL).
 * @typedef {string|Uint8Array|ArrayBuffer|{url: string}} FileSource
 */

/**
 * @typedef {Object} BootMessage
 * @property {"boot"} type
 * @property {string} indexURL     absolute URL of the Pyodide runtime folder (pyodide.mjs, ...)
 * @property {string} tablitURL    absolute URL of the Python package (tablit.tar.gz or tablit.zip)
 * @property {string} entrypoint   path of the main script among `files`, e.g. "app.py"
 * @property {Object<string, FileSource>} files  app files by relative path
 * @property {string[]} [requirements]  extra requirements (PEP 508 strings or wheel URLs)
 * @property {Object<string, any>} [config]  Streamlit option overrides ("runner.magicEnabled": false)
 * @property {string} [query]      initial query string (st.query_params), without "?"
 * @property {string} [page]       initial page url path ("" = default page)
 * @property {string} [baseURL]    base for relative URLs in files/pyscript config/wheels
 * @property {boolean} [offline]  forbid fetching packages from the network (only packageBaseURL and vendored files)
 * @property {boolean} [noSnapshot]  the runtime folder holds no Python snapshot: none is asked for (runtime/boot_snapshot.js)
 * @property {boolean} [noWarmup]  the worker does not keep Python warm between clicks (runtime/warmup.js)
 * @property {string} [packageBaseURL]  where Pyodide's own packages (numpy, ...) are fetched
 * @property {string[]|null} [packageIndexURLs]  micropip index URLs; null = micropip's default, [] = offline
 * @property {string[]} [wheels]   URLs of local wheels; they win over any index for their project
 * @property {Object<string, any>} [context]  what the tab knows about the user (st.context; see checkContext)
 */

export const UP_TYPES = /** @type {const} */ (["update", "navigate", "clear_cache", "context"]);
export const DOWN_TYPES = /** @type {const} */ (["status", "render", "patch", "refused", "fatal", "run", "snapshot", "notice"]);

/** st.context keys the page may report, with the JSON type of each (see check_context in protocol.py). */
const CONTEXT_TYPES = /** @type {const} */ ({
  url: "string", timezone: "string", timezone_offset: "number", locale: "string",
  color_scheme: "string", is_embedded: "boolean", cookies: "object", headers: "array",
});

/**
 * Validate what the page reports about the user's browser (st.context).
 * Mirrors check_context() in py/tablit/protocol.py.
 * @param {unknown} info
 * @returns {Object<string, JSONValue>}
 * @throws {ProtocolError}
 */
export function checkContext(info) {
  if (!isPlainObject(info)) throw new ProtocolError("'context' must be an object");
  for (const [key, value] of Object.entries(info)) {
    const want = CONTEXT_TYPES[/** @type {keyof typeof CONTEXT_TYPES} */ (key)];
    if (!want) throw new ProtocolError(`unknown context key ${JSON.stringify(key)}; expected one of ${Object.keys(CONTEXT_TYPES).join(", ")}`);
    if (value === null) continue;
    const type = Array.isArray(value) ? "array" : isPlainObject(value) ? "object" : typeof value;
    if (type !== want || (key === "timezone_offset" && !Number.isInteger(value))) {
      throw new ProtocolError(`context '${key}' must be a${want === "object" || want === "array" ? "n" : ""} ${want} or null`);
    }
    if (key === "color_scheme" && value !== "light" && value !== "dark") throw new ProtocolError("context 'color_scheme' must be 'light' or 'dark'");
    if (key === "cookies" && !Object.values(/** @type {object} */ (value)).every((v) => typeof v === "string")) {
      throw new ProtocolError("context 'cookies' must map strings to strings");
    }
    if (key === "headers" && !(/** @type {unknown[]} */ (value)).every((h) => Array.isArray(h) && h.length === 2 && h.every((x) => typeof x === "string"))) {
      throw new ProtocolError("context 'headers' must be a list of [name, value] strings");
    }
  }
  return /** @type {Object<string, JSONValue>} */ (info);
}

export const WORKER_TYPES = /** @type {const} */ (["boot", "files", "resume", "input", "drawn"]);
/** The page tells the worker of the user's input ({type: "input"}) when it sent it nothing for this long. */
export const INPUT_EVERY_MS = 1000;
export const STAGES = /** @type {const} */ (["runtime", "packages", "app"]);

/** An up or worker-level message that is malformed; its message is the reason. */
export class ProtocolError extends Error {
  /** @param {string} reason */
  constructor(reason) {
    super(reason);
    this.name = "ProtocolError";
  }
}

export { isPlainObject };

/**
 * Why `v` is not a JSON value, or null when it is.
 * @param {unknown} v
 * @param {number} [depth]
 * @returns {string|null}
 */
export function notJSON(v, depth = 0) {
  if (depth > 64) return "nested too deeply";
  if (v === null || typeof v === "string" || typeof v === "boolean") return null;
  if (typeof v === "number") return Number.isFinite(v) ? null : `${v} is not a JSON number`;
  if (Array.isArray(v)) {
    for (const item of v) {
      const why = notJSON(item, depth + 1);
      if (why) return why;
    }
    return null;
  }
  if (isPlainObject(v)) {
    for (const key of Object.keys(v)) {
      const why = notJSON(v[key], depth + 1);
      if (why) return why;
    }
    return null;
  }
  if (v === undefined) return "undefined is not a JSON value";
  return `a ${describe(v)} is not a JSON value`;
}

/** @param {unknown} v */
function describe(v) {
  if (v === null) return "null";
  if (typeof v === "object") return /** @type {object} */ (v).constructor?.name ?? "object";
  return typeof v;
}

/**
 * Validate one up message (a JSON string or an object) into its normalised form.
 * Mirrors parse_up() in py/tablit/protocol.py.
 * @param {unknown} raw
 * @returns {UpMessage}
 * @throws {ProtocolError}
 */
export function parseUp(raw) {
  if (typeof raw === "string") {
    try {
      raw = JSON.parse(raw);
    } catch (e) {
      throw new ProtocolError(`not JSON: ${/** @type {Error} */ (e).message}`);
    }
  }
  if (!isPlainObject(raw)) throw new ProtocolError("a message must be a JSON object");
  const kind = raw.type;
  if (kind === "update") {
    const changesRaw = raw.changes === undefined ? [] : raw.changes;
    if (!Array.isArray(changesRaw)) throw new ProtocolError("'changes' must be a list");
    /** @type {Change[]} */
    const changes = [];
    for (const c of changesRaw) {
      if (!isPlainObject(c) || typeof c.id !== "string" || !("value" in c) || c.value === undefined) {
        throw new ProtocolError('each change must be {"id": str, "value": any}');
      }
      const why = notJSON(c.value);
      if (why) throw new ProtocolError(`the value of ${JSON.stringify(c.id)} is not JSON: ${why}`);
      changes.push({ id: c.id, value: /** @type {JSONValue} */ (c.value) });
    }
    const trigger = raw.trigger === undefined ? null : raw.trigger;
    if (trigger !== null && typeof trigger !== "string") {
      throw new ProtocolError("'trigger' must be a widget id or null");
    }
    if (raw.fragment !== undefined && raw.fragment !== null) {
      if (typeof raw.fragment !== "string") throw new ProtocolError("'fragment' must be a fragment id or null");
      return { type: "update", changes, trigger, fragment: raw.fragment };
    }
    return { type: "update", changes, trigger };
  }
  if (kind === "navigate") {
    const page = raw.page === undefined ? "" : raw.page;
    const query = raw.query === undefined ? "" : raw.query;
    if (typeof page !== "string" || typeof query !== "string") {
      throw new ProtocolError("'page' and 'query' must be strings");
    }
    return { type: "navigate", page, query: query.replace(/^\?+/, "") };
  }
  if (kind === "clear_cache") return { type: "clear_cache" };
  if (kind === "context") return { type: "context", context: checkContext(raw.context) };
  const shown = typeof kind === "string" ? JSON.stringify(kind) : kind === undefined ? "(none)" : String(kind);
  throw new ProtocolError(`unknown message type ${shown}; expected one of ${UP_TYPES.join(", ")}`);
}

/**
 * A JSON-safe copy of a refused message, to echo back (cut when huge).
 * @param {unknown} raw
 * @returns {JSONValue}
 */
export function echo(raw) {
  let text;
  try {
    text = typeof raw === "string" ? raw : JSON.stringify(raw);
  } catch {
    return `<${describe(raw)} that cannot be shown as JSON>`;
  }
  if (text === undefined) return `<${describe(raw)}>`;
  if (text.length > 4096) return `${text.slice(0, 4096)}... (${text.length} characters)`;
  if (typeof raw === "string") return raw;
  return JSON.parse(text);
}

/** @param {string} reason @param {unknown} message @returns {RefusedMessage} */
export function refused(reason, message) {
  return { type: "refused", reason, message: echo(message) };
}

/** @param {string} stage @param {string} detail @returns {StatusMessage} */
export function status(stage, detail) {
  return { type: "status", stage: /** @type {any} */ (stage), detail };
}

/** @param {string} stage @param {string} error @returns {FatalMessage} */
export function fatal(stage, error) {
  return { type: "fatal", stage, error };
}

/** @param {string} stage @param {string} text @returns {NoticeMessage} */
export function notice(stage, text) {
  return { type: "notice", stage, text };
}

/**
 * Check a relative app file path: "pages/one.py", "./data.csv".
 * @param {string} path
 * @returns {string} the normalised path
 * @throws {ProtocolError}
 */
export function checkAppPath(path) {
  if (typeof path !== "string" || path === "") throw new ProtocolError("a file path must be a non-empty string");
  if (path.includes("\\")) throw new ProtocolError(`file path ${JSON.stringify(path)} must use "/" separators`);
  if (path.includes("\0")) throw new ProtocolError(`file path ${JSON.stringify(path)} contains a NUL character`);
  if (path.startsWith("/")) throw new ProtocolError(`file path ${JSON.stringify(path)} must be relative to the app folder`);
  const parts = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") throw new ProtocolError(`file path ${JSON.stringify(path)} must not leave the app folder ("..")`);
    parts.push(part);
  }
  if (parts.length === 0) throw new ProtocolError(`file path ${JSON.stringify(path)} names no file`);
  return parts.join("/");
}

/**
 * @param {unknown} src
 * @param {string} path
 * @returns {FileSource}
 */
function checkFileSource(src, path) {
  if (typeof src === "string" || src instanceof Uint8Array || src instanceof ArrayBuffer) return src;
  if (isPlainObject(src) && typeof src.url === "string" && src.url !== "") return { url: src.url };
  throw new ProtocolError(
    `file ${JSON.stringify(path)} must be its text, its bytes, or {url: string}; got a ${describe(src)}`,
  );
}

/**
 * @param {unknown} files
 * @returns {Object<string, FileSource>}
 */
export function parseFiles(files) {
  if (!isPlainObject(files)) throw new ProtocolError("'files' must be an object {path: text|bytes|{url}}");
  /** @type {Object<string, FileSource>} */
  const out = {};
  for (const [path, src] of Object.entries(files)) out[checkAppPath(path)] = checkFileSource(src, path);
  return out;
}

/**
 * Validate a run-on-save update: sources to write, null to delete.
 * @param {unknown} files
 * @returns {{write: Object<string, FileSource>, remove: string[]}}
 */
export function parseFileUpdates(files) {
  if (!isPlainObject(files)) throw new ProtocolError("'files' must be an object {path: text|bytes|{url}|null}");
  /** @type {Object<string, FileSource>} */
  const write = {};
  const remove = [];
  for (const [path, src] of Object.entries(files)) {
    if (src === null) remove.push(checkAppPath(path));
    else write[checkAppPath(path)] = checkFileSource(src, path);
  }
  return { write, remove };
}

/** @param {unknown} v @param {string} name */
function stringList(v, name) {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((s) => typeof s !== "string")) throw new ProtocolError(`'${name}' must be a list of strings`);
  return /** @type {string[]} */ (v);
}

/** @param {unknown} v @param {string} name @param {boolean} [required] */
function optString(v, name, required = false) {
  if (v === undefined || v === null) {
    if (required) throw new ProtocolError(`'${name}' is required`);
    return undefined;
  }
  if (typeof v !== "string") throw new ProtocolError(`'${name}' must be a string`);
  if (required && v === "") throw new ProtocolError(`'${name}' must not be empty`);
  return v;
}

/**
 * Validate the worker's first message.
 * @param {unknown} raw
 * @returns {BootMessage}
 * @throws {ProtocolError}
 */
/** @param {unknown} v @param {string} what */
function optBool(v, what) {
  if (v === undefined || v === null) return false;
  if (typeof v !== "boolean") throw new ProtocolError(`'${what}' must be true or false`);
  return v;
}

export function parseBoot(raw) {
  if (!isPlainObject(raw) || raw.type !== "boot") throw new ProtocolError('the first message must be {type: "boot", ...}');
  const files = parseFiles(raw.files);
  const entrypoint = checkAppPath(/** @type {string} */ (optString(raw.entrypoint, "entrypoint", true)));
  if (!(entrypoint in files)) {
    const names = Object.keys(files);
    throw new ProtocolError(
      `the entrypoint ${JSON.stringify(entrypoint)} is not among the app files (${names.length ? names.join(", ") : "none given"})`,
    );
  }
  const config = raw.config === undefined || raw.config === null ? {} : raw.config;
  if (!isPlainObject(config)) throw new ProtocolError("'config' must be an object of Streamlit options");
  const why = notJSON(config);
  if (why) throw new ProtocolError(`'config' is not JSON: ${why}`);
  let packageIndexURLs = null;
  if (raw.packageIndexURLs !== undefined && raw.packageIndexURLs !== null) {
    packageIndexURLs = typeof raw.packageIndexURLs === "string" ? [raw.packageIndexURLs] : stringList(raw.packageIndexURLs, "packageIndexURLs");
  }
  return {
    type: "boot",
    indexURL: /** @type {string} */ (optString(raw.indexURL, "indexURL", true)),
    tablitURL: /** @type {string} */ (optString(raw.tablitURL, "tablitURL", true)),
    entrypoint,
    files,
    requirements: stringList(raw.requirements, "requirements"),
    config: /** @type {Object<string, any>} */ (config),
    query: (optString(raw.query, "query") ?? "").replace(/^\?+/, ""),
    page: optString(raw.page, "page") ?? "",
    baseURL: optString(raw.baseURL, "baseURL"),
    packageBaseURL: optString(raw.packageBaseURL, "packageBaseURL"),
    packageIndexURLs,
    wheels: stringList(raw.wheels, "wheels"),
    offline: optBool(raw.offline, "offline"),
    noSnapshot: optBool(raw.noSnapshot, "noSnapshot"),
    noWarmup: optBool(raw.noWarmup, "noWarmup"),
    context: raw.context === undefined || raw.context === null ? {} : checkContext(raw.context),
  };
}

/** @param {unknown} n @returns {boolean} */
function isNode(n) {
  return isPlainObject(n) && typeof n.id === "string" && typeof n.kind === "string" && isPlainObject(n.props) &&
    (n.children === undefined || Array.isArray(n.children));
}

/**
 * Validate a patch message (see py/tablit/protocol.py): its run numbers and
 * the shape of its ops.  Whether the ids exist is applyPatch()'s check.
 * @param {unknown} msg
 * @returns {PatchMessage}
 * @throws {ProtocolError}
 */
export function parsePatch(msg) {
  if (!isPlainObject(msg) || msg.type !== "patch") throw new ProtocolError("not a patch message");
  if (typeof msg.run !== "number" || typeof msg.base !== "number") throw new ProtocolError("a patch needs the numbers 'run' and 'base'");
  if (!Array.isArray(msg.ops)) throw new ProtocolError("a patch needs 'ops', a list");
  for (const op of msg.ops) {
    if (!Array.isArray(op) || op.length !== 3 || typeof op[0] !== "string") throw new ProtocolError("a patch op must be [id, props, children]");
    if (op[1] !== null && !isPlainObject(op[1])) throw new ProtocolError(`patch op ${JSON.stringify(op[0])}: props must be an object or null`);
    if (op[2] !== null) {
      if (!Array.isArray(op[2])) throw new ProtocolError(`patch op ${JSON.stringify(op[0])}: children must be a list or null`);
      for (const c of op[2]) {
        if (typeof c !== "string" && !isNode(c)) throw new ProtocolError(`patch op ${JSON.stringify(op[0])}: a child must be an id or a node`);
      }
    }
  }
  return /** @type {PatchMessage} */ (msg);
}

/**
 * The tree a patch makes of the previous tree.  Nodes the patch leaves alone
 * (with all below them) are the previous tree's objects, not copies.
 * @param {Object<string, Node>} tree  the previous render's tree
 * @param {PatchMessage} patch  validated by parsePatch()
 * @returns {Object<string, Node>}
 * @throws {ProtocolError} when an op names a node that is not there
 */
export function applyPatch(tree, patch) {
  /** @type {Map<string, PatchOp>} */
  const ops = new Map();
  for (const op of patch.ops) ops.set(op[0], op);
  /** @type {Map<string, Node>|null} */
  let index = null; // id -> previous node, built only if a moved child needs it
  const previous = (/** @type {string} */ id) => {
    if (!index) {
      index = new Map();
      const stack = Object.values(tree);
      while (stack.length) {
        const n = /** @type {Node} */ (stack.pop());
        index.set(n.id, n);
        if (n.children) for (const c of n.children) stack.push(c);
      }
    }
    const n = index.get(id);
    if (!n) throw new ProtocolError(`patch: no node ${JSON.stringify(id)} in the previous tree`);
    return n;
  };
  let applied = 0;
  /** @param {Node} node @returns {Node} */
  const build = (node) => {
    const op = ops.get(node.id);
    let props = node.props;
    let children = node.children;
    let changed = false;
    if (op) {
      applied++;
      if (op[1] !== null) {
        props = op[1];
        changed = true;
      }
      if (op[2] !== null) {
        if (!children) throw new ProtocolError(`patch: ${JSON.stringify(node.id)} has no children to replace`);
        children = op[2].map((c) => (typeof c === "string" ? build(previous(c)) : c));
        changed = true;
      }
    }
    if (children && !(op && op[2] !== null)) {
      let out = null;
      for (let i = 0; i < children.length; i++) {
        const c = build(children[i]);
        if (c !== children[i]) (out ??= children.slice())[i] = c;
      }
      if (out) {
        children = out;
        changed = true;
      }
    }
    if (!changed) return node;
    return children ? { id: node.id, kind: node.kind, props, children } : { id: node.id, kind: node.kind, props };
  };
  /** @type {Object<string, Node>} */
  const out = {};
  for (const [name, root] of Object.entries(tree)) out[name] = build(root);
  if (applied !== ops.size) throw new ProtocolError("patch: an op names a node that is not in the tree");
  return out;
}

/**
 * Check the props of a "bidi_component" node (st.components.v2; see NODE_PROPS in
 * py/tablit/protocol.py) before the page runs its module: strings for the code, a
 * widget id for the trigger, and `data` one of {json[, arrow_blobs]}, {bytes}, {arrow}
 * (base64) or null.  Returns the props.
 * @param {any} p
 * @throws {ProtocolError}
 */
export function checkBidiComponent(p) {
  const fail = (what) => { throw new ProtocolError(`bidi_component: ${what}`); };
  if (!isPlainObject(p)) fail("props must be an object");
  for (const k of ["component_name", "html", "css", "js"]) if (typeof p[k] !== "string") fail(`'${k}' must be a string`);
  if (typeof p.isolate_styles !== "boolean") fail("'isolate_styles' must be a boolean");
  if (typeof p.events !== "string") fail("'events' must be the trigger widget's id");
  if (p.value !== undefined && !isPlainObject(p.value)) fail("'value' (the state) must be an object");
  const d = p.data;
  if (d !== null && d !== undefined) {
    const blobsOk = d.arrow_blobs === undefined ||
      (isPlainObject(d.arrow_blobs) && Object.values(d.arrow_blobs).every((v) => typeof v === "string"));
    if (!isPlainObject(d) || !((typeof d.json === "string" && blobsOk) || typeof d.bytes === "string" || typeof d.arrow === "string")) {
      fail("'data' must be {json[, arrow_blobs]}, {bytes} or {arrow}");
    }
  }
  return p;
}
