// The page before Python is up: the app's first run drawn at once from a
// recorded render (mount({firstRender}): `tablit build` runs the app at build
// time, `tablit serve` keeps the page's last first run), a thin progress bar
// with bytes and stage instead of the loading screen, and the user's input
// queued meanwhile.
//
// Input before Python is ready: the widgets drawn this way work at once; what
// they send is kept here, in order, and handed to the worker one message per
// run once the first real run is done: each click is its own run (two clicks
// on "+" count two; the worker's queue would fold them into one), each typed
// value reaches the script.  The page keeps showing the first paint, with
// what the user typed, until the last of them is answered: the runs before
// (the first one drew the defaults again) are taken as the base of later
// patches but not drawn, so nothing snaps back.  Widget values typed but not
// committed stay in the page's widget store (no `set` in the real run), as
// after any rerun.

import { STAGES } from "./render/status.js";

/** Share of the bar each loading stage fills (the rest of a stage's share grows with its bytes). */
const STAGE_SPAN = { runtime: [0, 0.7], packages: [0.7, 0.92], app: [0.92, 1] };

/** @param {number} n */
function mb(n) {
  return `${(n / 1e6).toFixed(n < 1e7 ? 1 : 0)} MB`;
}

/**
 * @param {Element} element  the mount element
 * @param {{render: (msg: any) => void}} renderer
 * @param {{firstRender?: any, usable: boolean, post: (msg: object) => void}} opts  usable: the URL
 *   names the page and query the first render was made for, and no stored session replaces its
 *   state; post: hands an up message to the worker
 */
export function createFirstPaint(element, renderer, { firstRender, usable, post }) {
  const doc = element.ownerDocument;
  const shown = Boolean(firstRender && usable && firstRender.type === "render" && firstRender.tree);
  let live = false;
  /** @type {object[]} */ const early = []; // up messages from the first paint, not yet handed to the worker
  let firstSeen = false; // the first real run ended
  let waiting = false; // an early message was handed over; its answer is awaited

  // Screen readers are told when the app becomes live (and, without a first paint,
  // the loading view's own role=status tells the stages).
  const announcer = doc.createElement("div");
  announcer.className = "tl-sr-only";
  announcer.setAttribute("aria-live", "polite");
  announcer.setAttribute("data-testid", "stLiveAnnouncer");
  element.insertAdjacentElement("afterend", announcer);

  /** @type {HTMLElement|null} */ let bar = null;
  /** @type {HTMLElement|null} */ let fill = null;
  /** @type {HTMLElement|null} */ let label = null;
  if (shown) {
    renderer.render({ ...firstRender, running: false });
    element.setAttribute("data-first-paint", "");
    bar = doc.createElement("div");
    bar.setAttribute("role", "progressbar");
    bar.setAttribute("aria-label", "Loading the app's Python");
    bar.setAttribute("aria-valuemin", "0");
    bar.setAttribute("aria-valuemax", "100");
    bar.setAttribute("data-testid", "stBootBar");
    Object.assign(bar.style, { position: "fixed", top: "0", left: "0", right: "0", height: "3px", zIndex: "10000",
      background: "rgba(255, 75, 75, 0.15)", pointerEvents: "none" });
    fill = doc.createElement("div");
    Object.assign(fill.style, { height: "100%", width: "2%", background: "#ff4b4b", transition: "width 0.2s ease-out" });
    bar.append(fill);
    label = doc.createElement("div");
    label.setAttribute("aria-hidden", "true");
    label.setAttribute("data-testid", "stBootLabel");
    Object.assign(label.style, { position: "fixed", bottom: "0.4rem", left: "0.6rem", zIndex: "10000", pointerEvents: "none",
      font: "12px/1.4 system-ui, sans-serif", color: "rgba(49, 51, 63, 0.6)", background: "rgba(255, 255, 255, 0.85)",
      padding: "0.1rem 0.4rem", borderRadius: "0.25rem" });
    label.textContent = "Loading Python…";
    element.insertAdjacentElement("beforebegin", bar);
    element.insertAdjacentElement("afterend", label);
  }

  function removeBar() {
    bar?.remove();
    label?.remove();
    bar = fill = label = null;
    element.removeAttribute("data-first-paint");
  }

  function goLive() {
    if (live) return;
    live = true;
    waiting = false;
    removeBar();
    announcer.textContent = "The app is ready.";
  }

  return {
    /** Whether the first render is on screen (until the app is live). */
    get shown() {
      return shown && !live;
    },
    /** Whether an early message was handed to the worker and its answer is awaited. */
    get waiting() {
      return waiting;
    },
    /**
     * An up message is being sent: whether it is kept here (made on the first
     * paint, before its turn) rather than posted now.
     * @param {object} msg
     */
    keep(msg) {
      if (!shown || live) return false;
      early.push(msg);
      return true;
    },
    /**
     * A final answer from the worker (a run's render, or an answer without one):
     * whether to draw it now.  While early input remains, the next message is
     * handed over and the answer kept back; partial (running) renders are never
     * drawn over the first paint.
     * @param {any} msg  a render message, or null for an answer without a render
     */
    take(msg) {
      if (live || !shown) return true;
      if (msg?.running) return false;
      firstSeen = true;
      const next = early.shift();
      if (next) {
        waiting = true;
        post(next);
        return false;
      }
      return true;
    },
    /**
     * A loading status: shown in the thin bar when the first paint is up.
     * @param {{stage: string, detail?: string, progress?: {loaded: number, total: number}}} msg
     * @returns {boolean} whether it was shown here (else the loading view shows it)
     */
    status(msg) {
      if (!bar || !fill || !label) return false;
      const [from, to] = STAGE_SPAN[/** @type {"runtime"} */ (msg.stage)] ?? [0, 1];
      const p = msg.progress;
      const part = p && p.total > 0 ? Math.min(1, p.loaded / p.total) : 0;
      const pct = Math.round(100 * (from + (to - from) * part));
      fill.style.width = `${Math.max(2, pct)}%`;
      bar.setAttribute("aria-valuenow", String(pct));
      const stage = (STAGES.find(([k]) => k === msg.stage) ?? [null, "Loading"])[1];
      const bytes = p && p.total > 0 ? ` · ${mb(p.loaded)} of ${mb(p.total)}` : "";
      bar.setAttribute("aria-valuetext", `${stage}${bytes}`);
      label.textContent = `${stage}${bytes}…`;
      return true;
    },
    /** The app is live (its first real run is drawn). */
    live: goLive,
    /** Loading failed: the error view replaces everything. */
    failed() {
      removeBar();
      live = true;
    },
    destroy() {
      removeBar();
      announcer.remove();
    },
  };
}
