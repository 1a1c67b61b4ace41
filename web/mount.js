// mount(): one app in one element.  Starts a worker (one per mount = one
// session), wires its down messages to the renderer and the renderer's up
// messages to the worker, and optionally keeps the tab's URL in step.

import { INPUT_EVERY_MS, ProtocolError, applyPatch, parseBoot, parsePatch } from "./protocol.js";
import { fragmentTimers } from "./fragment_timers.js";
import { createRenderer } from "./render/index.js";
import { RunState } from "./render/toolbar.js";
import { createRouter } from "./routing.js";
import { browserContext, watchContext } from "./context_info.js";
import { pageChannel } from "./runtime/channel.js";
import { createFirstPaint } from "./first_paint.js";
import { setRuntimeURL } from "./runtime/location.js";

/** @typedef {import("./protocol.js").FileSource} FileSource */
/** @typedef {import("./protocol.js").DownMessage} DownMessage */

/** Set by the build when dist/tablit.css exists beside tablit.js. */
// @ts-ignore
const HAS_CSS = typeof __TABLIT_CSS__ !== "undefined" && __TABLIT_CSS__;
const HERE = import.meta.url;
/** ms without a pointer, key or wheel input before the spare worker boots (see bootSpare). */
export const SPARE_QUIET = 4000;

/**
 * @typedef {Object} MountOptions
 * @property {string} [entrypoint]  the main script among files (default: the only .py file, or streamlit_app.py)
 * @property {Object<string, FileSource>} [files]  app files by relative path: text, bytes or {url}
 * @property {string[]} [requirements]  extra requirements, besides requirements.txt / pyscript.toml among files
 * @property {Object<string, any>} [config]  Streamlit option overrides, e.g. {"runner.magicEnabled": false}
 * @property {(on: boolean) => void} [onRunOnSave]  where the app is served with run-on-save: Settings
 *   offers "Run on save" and reports the choice here (the caller then reruns on save or not)
 * @property {number} [runTimeLimit]  seconds a run may take before the page offers to stop it (default 60; 0 = never)
 * @property {boolean} [spareWorker]  keep a second worker booted for Stop and crash recovery
 *   (default: when the page is not cross-origin isolated, where Stop must end the running worker)
 * @property {string} [query]  initial st.query_params (default: from the URL when routing, else "")
 * @property {string} [page]   initial page url path (default: from the URL when routing, else "")
 * @property {string} [baseURL]  base of relative URLs in files, pyscript files and wheels (default: the document's)
 * @property {string} [runtimeURL]  the folder of the built runtime, dist/ as built (worker.js, pyodide/, tablit.tar.gz,
 *   tablit.css, frame.html, katex/); default: the folder of tablit.js (import.meta.url).  A bundler that puts tablit.js
 *   into its own bundle moves that folder: serve node_modules/tablit/dist/ and point this at it
 * @property {string} [indexURL]  the Pyodide runtime folder (default: pyodide/ beside tablit.js)
 * @property {string} [tablitURL]  the Python package, tablit.tar.gz or tablit.zip (default: tablit.tar.gz beside tablit.js)
 * @property {string} [workerURL]  worker.js (default: beside tablit.js)
 * @property {string} [packageBaseURL]  where Pyodide's own packages (numpy, ...) come from first (default: the files
 *   vendored beside the runtime, then Pyodide's official distribution of the same version)
 * @property {boolean} [offline]  forbid fetching packages from the network: only packageBaseURL and vendored files
 * @property {boolean} [snapshot]  false: the runtime folder (indexURL) holds no Python snapshot (npm run build's
 *   tablit-snapshot.*, e.g. another Pyodide): Python starts afresh without asking for one (default true: used when there)
 * @property {string[]|null} [packageIndexURLs]  micropip index URLs; null = micropip's default; [] = offline
 * @property {string[]} [wheels]  URLs of local wheels that win over any index for their project
 * @property {"path"|"hash"|"none"} [routing]  keep the tab URL in step (default "none")
 * @property {string} [base]  routing "path": URL path of the default page
 * @property {(page: string, query?: string) => string} [pageHref]  href of a page link in the navigation
 * @property {(msg: DownMessage) => void} [onMessage]  sees every down message after the renderer
 * @property {boolean} [stylesheet]  add tablit.css to the document if missing (default true)
 * @property {boolean} [warmup]  false: the worker does not rerun its small built-in app between the user's clicks to
 *   keep Python's paths in the CPU's caches (default true: a few percent of one core for 3 s after each input,
 *   for a faster click; web/runtime/warmup.js)
 * @property {boolean} [fastChannel]  the worker replies on a private BroadcastChannel, which Chromium does not
 *   hold back until the next frame (default true where BroadcastChannel exists; false = postMessage only)
 * @property {any} [firstRender]  a render message of the app's first run (`tablit build` / `tablit serve` record it):
 *   drawn at once, before Python is up, when the URL names the default page with no query; input made there is
 *   queued and answered when Python is ready (first_paint.js)
 */

/**
 * @typedef {Object} MountHandle
 * @property {(msg: object) => void} send  post an up message ("update", "navigate", "clear_cache")
 * @property {(files: Object<string, FileSource|null>, opts?: {rerun?: boolean}) => void} updateFiles
 *   write/replace/delete (null) app files, then rerun (run-on-save)
 * @property {() => void} destroy  stop the worker and clear the element
 * @property {Promise<void>} ready  resolves after the first run is rendered; rejects if loading failed
 * @property {Worker} worker
 */

/** @param {Object<string, unknown>} files */
function defaultEntrypoint(files) {
  const py = Object.keys(files).filter((p) => p.endsWith(".py") && !p.includes("/"));
  if (py.length === 1) return py[0];
  if ("streamlit_app.py" in files) return "streamlit_app.py";
  if ("app.py" in files) return "app.py";
  return "";
}

/** @param {string|URL} url @param {string} what */
function absolute(url, what) {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    throw new TypeError(`tablit: ${what} ${JSON.stringify(String(url))} is not a URL`);
  }
}

/** @param {string} href */
function ensureStylesheet(href) {
  for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
    if (/** @type {HTMLLinkElement} */ (link).href === href) return;
  }
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = href;
  document.head.append(link);
}

/**
 * A module worker, also when tablit.js comes from another origin (a CDN):
 * then a same-origin blob worker imports it.
 * @param {string} url
 */
function startWorker(url) {
  const u = new URL(url);
  if (u.origin === location.origin || u.protocol === "blob:" || u.protocol === "data:") {
    return new Worker(u, { type: "module", name: "tablit" });
  }
  const blob = new Blob([`import ${JSON.stringify(u.href)};`], { type: "text/javascript" });
  return new Worker(URL.createObjectURL(blob), { type: "module", name: "tablit" });
}

/**
 * Mount a Streamlit app in `element`.
 * @param {Element} element
 * @param {MountOptions} [options]
 * @returns {MountHandle}
 */
export function mount(element, options = {}) {
  if (!element || typeof element.replaceChildren !== "function") throw new TypeError("tablit: mount() needs a DOM element");
  if (options === null || typeof options !== "object") throw new TypeError("tablit: mount() options must be an object");
  /** The app's files as they are now (run-on-save changes them): a restarted worker gets these. */
  /** @type {Object<string, FileSource>} */
  const files = { ...(options.files ?? {}) };
  // the built runtime's folder (a bad runtimeURL is the caller's error, thrown here)
  const runtime = options.runtimeURL === undefined ? new URL(".", HERE).href
    : absolute(String(options.runtimeURL).replace(/\/?$/, "/"), "runtimeURL");
  setRuntimeURL(runtime);
  const entrypoint = options.entrypoint ?? defaultEntrypoint(files);

  let destroyed = false;
  /** @type {Worker|null} */
  let worker = null;

  /** @type {(() => void)} */ let resolveReady = () => {};
  /** @type {((e: Error) => void)} */ let rejectReady = () => {};
  let settled = false;
  /** @type {Promise<void>} */
  const ready = new Promise((res, rej) => {
    resolveReady = () => {
      settled = true;
      res();
    };
    rejectReady = (e) => {
      settled = true;
      rej(e);
    };
  });
  ready.catch(() => {}); // a caller that never awaits it gets no unhandled rejection

  /** When the page last sent the worker something (see onPress). */
  let lastSent = -Infinity;
  /** @param {object} msg */
  const send = (msg) => {
    if (destroyed) throw new Error("tablit: this app was destroyed");
    lastSent = performance.now();
    if (!settled && firstPaint.keep(msg)) return; // made on the first paint: handed over in order later
    // runner.fastReruns, where isolated: the running script ends at its next st call
    const runs = /** @type {any} */ (msg)?.type === "update" || /** @type {any} */ (msg)?.type === "navigate";
    if (interrupt && runs) {
      if (runState.running) Atomics.compareExchange(interrupt, 1, 0, 1); // (a Stop asked, 2, stays)
      // how many Stops came before it: a Stop pressed after it stops its run too (core.js runQueued)
      worker?.postMessage({ ...msg, stops: Atomics.load(interrupt, 2) });
      return;
    }
    worker?.postMessage(msg);
  };
  const router = createRouter({ mode: options.routing ?? "none", base: options.base, navigate: (m) => send(m) });
  const runState = new RunState({
    rerun: () => send({ type: "update", changes: [], trigger: null }),
    stop: null, // set below once the worker can be stopped
    clearCache: () => send({ type: "clear_cache" }),
    setRunOnSave: options.onRunOnSave ? (on) => {
      runState.set({ runOnSave: on });
      options.onRunOnSave?.(on);
    } : null,
  });
  const renderer = createRenderer(element, {
    send,
    runState,
    pageHref: options.pageHref ?? (router.mode !== "none" ? (p) => router.href(p, "") : undefined),
    frameURL: new URL("./frame.html", runtime).href,
  });
  if (options.stylesheet !== false && HAS_CSS) ensureStylesheet(new URL("./tablit.css", runtime).href);

  const start = router.current();
  const storeKey = `tablit:session:${new URL(options.base ?? ".", location.href).pathname}:${entrypoint}`;
  // The first paint (a recorded first run), when it is the run this URL asks for
  // and no stored session (tablit.durableSession) replaces its state.
  const firstPaint = createFirstPaint(element, renderer, {
    firstRender: options.firstRender,
    usable: (options.page ?? start.page) === "" && (options.query ?? start.query) === "" && !storedSnapshot(),
    post: (m) => worker?.postMessage(m),
  });

  // @st.fragment(run_every=...): the page's timers (fragment_timers.js)
  const timers = fragmentTimers((m) => {
    if (!destroyed) send(m);
  });

  /** The worker told that the page has drawn one of its runs ({type: "drawn"}). @type {Worker|null} */
  let drawnBy = null;
  /** The last render message (patches apply to its tree). */
  /** @type {any} */
  let lastRender = null;

  /** @param {DownMessage} msg */
  function dispatch(msg) {
    if (msg?.type === "patch") {
      try {
        const patch = parsePatch(msg);
        if (!lastRender || lastRender.run !== patch.base) throw new ProtocolError(`patch of run ${patch.base}, but the page shows run ${lastRender?.run}`);
        const { base: _b, ops: _o, ...rest } = patch;
        msg = /** @type {DownMessage} */ ({ ...rest, type: "render", tree: applyPatch(lastRender.tree, patch) });
      } catch (e) {
        if (!(e instanceof ProtocolError)) throw e;
        msg = { type: "fatal", stage: "app", error: `tablit: the page lost track of the app's tree (${e.message}); reload the page` };
      }
    }
    switch (msg?.type) {
      case "render":
        lastRender = msg;
        if (!msg.running) timers.follow(/** @type {any} */ (msg).fragments);
        if (firstPaint.take(msg)) { // (else over the first paint: see first_paint.js)
          renderer.render(/** @type {any} */ (msg));
          router.follow(msg);
          // @ts-ignore  a counter of finished runs, for tests and the console
          if (!msg.running) globalThis.__tablitRenders = (globalThis.__tablitRenders ?? 0) + 1;
          if (!settled && !msg.running) {
            resolveReady(); // the first run's final render, not a mid-run one
            firstPaint.live();
          }
        }
        if (!msg.running && drawnBy !== worker && options.warmup !== false) {
          drawnBy = worker; // this worker's first run is on screen: it may prime now (protocol.js "drawn")
          worker?.postMessage({ type: "drawn" });
        }
        break;
      case "status":
        if (!firstPaint.status(msg)) renderer.status(msg);
        break;
      case "fatal":
        firstPaint.failed();
        renderer.fatal(msg);
        if (!settled) rejectReady(new Error(`tablit: ${msg.stage} failed: ${msg.error}`));
        break;
      case "refused":
        console.warn(`tablit: message refused: ${msg.reason}`, msg.message);
        renderer.refused?.(msg);
        break;
      case "notice": // the app runs without something (a requirement): told, not fatal
        console.warn(`tablit: ${msg.text}`);
        renderer.notice?.(msg);
        break;
      case "debug": // answers to {type: "debug"} (worker.js?debug): for onMessage
      case "run": // a run starts (running: true) or ended without an answer: see the batch rule above
        break;
      default:
        console.warn("tablit: unknown down message", msg);
    }
    try {
      options.onMessage?.(msg);
    } catch (e) {
      console.error("tablit: onMessage failed", e);
    }
  }

  /** @param {string} stage @param {string} error */
  const fail = (stage, error) => dispatch({ type: "fatal", stage, error });

  let boot;
  try {
    boot = parseBoot({
      type: "boot",
      indexURL: absolute(options.indexURL ?? new URL("./pyodide/", runtime), "indexURL"),
      tablitURL: absolute(options.tablitURL ?? new URL("./tablit.tar.gz", runtime), "tablitURL"),
      entrypoint: entrypoint || "streamlit_app.py",
      files,
      requirements: options.requirements ?? [],
      config: options.config ?? {},
      query: options.query ?? start.query,
      page: options.page ?? start.page,
      baseURL: absolute(options.baseURL ?? document.baseURI, "baseURL"),
      packageBaseURL: options.packageBaseURL === undefined ? undefined : absolute(options.packageBaseURL, "packageBaseURL"),
      packageIndexURLs: options.packageIndexURLs ?? null,
      wheels: (options.wheels ?? []).map((w) => absolute(w, "wheel")),
      offline: options.offline ?? false,
      noSnapshot: options.snapshot === false,
      noWarmup: options.warmup === false,
      context: browserContext(element, options.routing === "path" ? options.base ?? "." : undefined),
    });
  } catch (e) {
    if (!(e instanceof ProtocolError || e instanceof TypeError)) throw e;
    fail("app", e.message.replace(/^tablit: /, ""));
  }

  // ------------------------------------------------------------------
  // Workers.  One runs the session; without cross-origin isolation a spare,
  // booted in advance and held before its first run, takes over when Stop
  // (or a crash) ends the running one, with the session restored from the
  // last snapshot (py/tablit/runtime/snapshot.py).  Isolated, Stop raises
  // KeyboardInterrupt in the script through Pyodide's interrupt buffer.
  const isolated = globalThis.crossOriginIsolated === true && typeof SharedArrayBuffer === "function";
  /** @type {Int32Array|null} */
  // cell 0: Pyodide's signal (2: SIGINT); 1: a run asked for during a run (1) or a Stop for the
  // next run (2, written by the worker); 2: how many times Stop was pressed
  const interrupt = isolated ? new Int32Array(new SharedArrayBuffer(12)) : null;
  const useSpare = options.spareWorker ?? !isolated;
  /** @type {Worker|null} */ let spare = null;
  let spareReady = false; // the spare has loaded everything and waits (benchmarks, tests)
  /** The last snapshot of the session (after a completed run). @type {any} */
  let snapshot = null;
  /** A held worker waiting for Rerun (stopped before any run completed). */
  let held = false;
  let workerURL = "";
  /** @type {ReturnType<typeof setTimeout>|null} */ let spareTimer = null;
  // The spare's boot (Pyodide compiled and started: seconds of CPU) waits until the
  // user has left the page alone for a moment: on a machine with few cores it would
  // otherwise slow the clicks of someone using the app right after it loaded.
  let lastInput = -Infinity;
  const onInput = () => {
    lastInput = performance.now();
  };
  const INPUTS = ["pointerdown", "keydown", "wheel", "touchstart"];
  if (typeof document !== "undefined") for (const t of INPUTS) document.addEventListener(t, onInput, { capture: true, passive: true });
  // A press or a key inside the app tells the worker somebody is using it ({type: "input"},
  // protocol.js): it keeps Python warm meanwhile (runtime/warmup.js), so the update a press
  // brings a moment later does not find it cold after a pause.  Only when nothing went to the
  // worker for INPUT_EVERY_MS (any message keeps it warm): quick clicks pay no extra post.
  const PRESSES = ["pointerdown", "keydown"];
  const onPress = () => {
    const now = performance.now();
    if (now - lastSent < INPUT_EVERY_MS || destroyed || options.warmup === false) return;
    lastSent = now;
    worker?.postMessage({ type: "input" });
  };
  for (const t of PRESSES) element.addEventListener(t, onPress, { capture: true, passive: true });

  // A run over the time limit: ask whether to stop it (asked again after each further limit).
  const limit = (options.runTimeLimit ?? 60) * 1000;
  /** @type {ReturnType<typeof setTimeout>|null} */ let limitTimer = null;
  function watchTime() {
    if (!runState.running) {
      if (limitTimer !== null) clearTimeout(limitTimer);
      limitTimer = null;
      if (runState.prompt) runState.set({ prompt: null });
      return;
    }
    if (limitTimer !== null || !(limit > 0)) return;
    const started = Date.now();
    const ask = () => {
      limitTimer = null;
      if (!runState.running || destroyed) return;
      const s = Math.round((Date.now() - started) / 1000);
      runState.set({ prompt: { text: `This run has been going for ${s} seconds.`, choices: [
        { label: "Stop it", run: () => stop() },
        { label: "Keep waiting", run: () => { if (runState.running) limitTimer = setTimeout(ask, limit); } },
      ] } });
    };
    limitTimer = setTimeout(ask, limit);
  }

  // Durable sessions (tablit.durableSession): the snapshot kept in localStorage,
  // given to the first worker, which uses it only if the app enables the option.
  /** @returns {any} */
  function storedSnapshot() {
    try {
      const v = JSON.parse(globalThis.localStorage?.getItem(storeKey) ?? "null");
      return v && typeof v === "object" && !Array.isArray(v) ? v : undefined;
    } catch {
      return undefined; // unreadable: start afresh
    }
  }
  /** Whether this page removed the stored session already (not durable): once is enough. */
  let unstored = false;
  /** @param {any} snap */
  function keep(snap) {
    try {
      if (snap.durable) {
        globalThis.localStorage?.setItem(storeKey, JSON.stringify({ state: snap.state, widgets: snap.widgets, lost: snap.lost }));
        unstored = false;
      } else if (!unstored) {
        globalThis.localStorage?.removeItem(storeKey);
        unstored = true;
      }
    } catch (e) {
      console.warn("tablit: could not keep the session in the browser's storage", e);
    }
  }

  /** Each worker's channel to the page (runtime/channel.js), closed when the worker ends. */
  /** @type {Map<Worker, ReturnType<typeof pageChannel>>} */
  const channels = new Map();
  /** @param {Worker|null} w */
  function end(w) {
    if (!w) return;
    w.terminate();
    channels.get(w)?.close();
    channels.delete(w);
  }

  /** @param {Worker} w */
  function attach(w) {
    const channel = pageChannel((data) => receive(w, data), { fast: options.fastChannel !== false });
    channels.set(w, channel);
    w.onmessage = (event) => channel.fromWorker(event.data);
    w.onerror = (event) => {
      event.preventDefault?.();
      if (destroyed) return;
      if (w === spare) {
        end(spare);
        spare = null; // a spare that failed: the next Stop boots one afresh
        return;
      }
      if (w !== worker) return;
      if (settled && lastRender) {
        restart("The app's worker failed; it was restarted");
        return;
      }
      const where = event.filename ? ` (${event.filename}:${event.lineno})` : "";
      fail("runtime", `the tablit worker failed: ${event.message || "it could not be loaded"}${where}`);
    };
    w.onmessageerror = () => {
      console.error("tablit: a message from the worker could not be read");
      renderer.refused?.({ reason: "internal error: a message from the worker could not be read" });
    };
    return channel;
  }

  /** A batch of down messages from worker w. @param {Worker} w @param {any} data */
  function receive(w, data) {
    if (w === spare && typeof data === "string" && data.includes('"held":true')) spareReady = true;
    if (destroyed || w !== worker) return;
    let batch;
    try {
      batch = typeof data === "string" ? JSON.parse(data) : data;
    } catch (e) {
      console.error("tablit: the worker sent something that is not JSON", e);
      renderer.refused?.({ reason: "internal error: the worker sent something that is not JSON" });
      return;
    }
    const msgs = Array.isArray(batch) ? batch : [batch];
    runState.set({ running: msgs.some((m) => m?.running === true), ...(runState.stopping && msgs.some((m) => m?.type === "render" || m?.type === "patch") ? { stopping: false } : {}) });
    watchTime();
    for (const msg of msgs) {
      if (msg?.type === "snapshot") {
        snapshot = msg;
        keep(msg);
        continue;
      }
      if (msg?.type === "fatal" && settled && /Python crashed/.test(String(msg.error))) {
        restart("The app's Python crashed; it was restarted");
        return;
      }
      dispatch(msg);
    }
    // An answer to the first paint's input without a render (refused): the next one, or the last run drawn.
    // (a batch of only a snapshot, posted after an answer, is no answer)
    if (firstPaint.waiting && msgs.some((m) => m?.type === "refused" || (m?.type === "run" && m.running === false))
      && !msgs.some((m) => m?.running === true || m?.type === "render" || m?.type === "patch") && firstPaint.take(null) && lastRender) {
      dispatch({ ...lastRender, running: false });
    }
  }

  /** Start a worker for this app; a held one waits for {type: "resume"}. @param {boolean} hold */
  function spawn(hold) {
    const w = startWorker(workerURL);
    const channel = attach(w);
    w.postMessage({ ...boot, files, hold, channel: channel.spec, interruptBuffer: interrupt ?? undefined, stored: hold ? undefined : storedSnapshot() });
    return w;
  }

  function bootSpare() {
    if (spareTimer !== null) clearTimeout(spareTimer);
    spareTimer = null;
    if (!useSpare || spare || destroyed) return;
    // after the page settles, and SPARE_QUIET ms after the last input
    const when = () => {
      const quiet = performance.now() - lastInput;
      if (quiet < SPARE_QUIET) {
        spareTimer = setTimeout(when, SPARE_QUIET - quiet);
        return;
      }
      spareTimer = null;
      if (!spare && !destroyed) {
        spareReady = false;
        spare = spawn(true);
      }
    };
    spareTimer = setTimeout(when, 1000);
  }

  /** Resume a held worker with the last snapshot (a rerun with the session restored). */
  function resume() {
    held = false;
    worker?.postMessage({ type: "resume", restore: snapshot ? { state: snapshot.state, widgets: snapshot.widgets, lost: snapshot.lost } : null,
      query: snapshot?.query, page: snapshot?.page });
  }

  /**
   * End the running worker and go on in a fresh one, the session restored.
   * @param {string} why  what the notice says happened
   */
  function restart(why, always = why !== "Stopped") {
    end(worker);
    if (interrupt) Atomics.store(interrupt, 0, 0);
    worker = spare ?? spawn(true);
    spare = null;
    spareReady = false;
    lastRender = null; // the new worker's first answer is a whole render
    const lost = snapshot?.lost ?? [];
    if (!snapshot) {
      held = true;
      runState.set({ running: false, stopping: false, prompt: null,
        notice: `${why} before any run completed, so there was no session to restore. Rerun (R) to start the app again.` });
    } else {
      runState.set({ running: false, stopping: true, prompt: null,
        notice: lost.length ? `${why} with its session state restored, except: ${lost.join(", ")} (${lost.length > 1 ? "their values" : "its value"} could not be kept).`
          : always ? `${why} with its session state restored.` : null });
      resume();
    }
    bootSpare();
  }

  function stop() {
    if (!worker || destroyed) return;
    if (interrupt) {
      Atomics.add(interrupt, 2, 1); // messages sent before it are stopped too, when they run
      Atomics.store(interrupt, 0, 2); // SIGINT: KeyboardInterrupt at the next bytecode
      Atomics.notify(interrupt, 0); // and a sleeping script wakes
      return;
    }
    restart("Stopped");
  }

  if (boot) {
    workerURL = absolute(options.workerURL ?? new URL("./worker.js", runtime), "workerURL");
    try {
      worker = spawn(false);
    } catch (e) {
      fail("runtime", `could not start the worker ${workerURL}: ${/** @type {Error} */ (e).message}`);
    }
    if (worker) {
      runState.actions.stop = stop;
      runState.actions.rerun = () => (held ? resume() : send({ type: "update", changes: [], trigger: null }));
      ready.then(bootSpare, () => {});
    }
  }
  const unwatchContext = watchContext(element, (context) => {
    if (boot) boot.context = { ...boot.context, ...context }; // a worker booted later starts from it
    if (!destroyed) worker?.postMessage({ type: "context", context });
  });

  return {
    send,
    updateFiles(changed, opts = {}) {
      for (const [path, src] of Object.entries(changed ?? {})) {
        if (src === null) delete files[path];
        else files[path] = src;
      }
      if (spare) {
        end(spare); // it holds the old files
        spare = null;
        bootSpare();
      }
      // A hung or crashed run never reads the files message: start afresh with the new files.
      const rerun = opts.rerun !== false;
      if (rerun && runState.running && !interrupt) restart("The app's files changed while it ran; it was restarted");
      else send({ type: "files", files: changed, rerun });
      if (rerun && runState.running && interrupt) stop(); // the new code runs next, as Streamlit's run-on-save
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      end(worker);
      end(spare);
      if (spareTimer !== null) clearTimeout(spareTimer);
      timers.clear();
      if (typeof document !== "undefined") for (const t of INPUTS) document.removeEventListener(t, onInput, { capture: true });
      for (const t of PRESSES) element.removeEventListener(t, onPress, { capture: true });
      unwatchContext();
      if (limitTimer !== null) clearTimeout(limitTimer);
      router.dispose();
      try {
        renderer.destroy?.();
      } catch {
        // the element may be gone
      }
      element.replaceChildren();
      firstPaint.destroy();
      if (!settled) rejectReady(new Error("tablit: the app was destroyed before it was ready"));
    },
    ready,
    /** Whether a spare worker is booted and waiting to take over (Stop without isolation). */
    get spareReady() {
      return spareReady && spare !== null;
    },
    get worker() {
      return /** @type {Worker} */ (worker);
    },
  };
}
