// Keeping a busy tab's Python warm (issue 16).  A click's rerun takes ~0.12 ms
// of Python back to back but ~0.9 ms after 40 ms of other work: the
// interpreter's and tablit's code and data have left the CPU's caches, and each
// click pays to bring them back (BENCHMARKS.md "Keeping the worker warm").
// For a few seconds after each message from the page the worker reruns a small
// built-in app of its own every few milliseconds while it is idle
// (py/tablit/warmup.py: its own session, nothing of the user's touched), so
// that the user's next click finds those paths warm.  A press of a pointer or
// a key in the app ({type: "input"}, web/mount.js) starts it too: after a
// pause, the first warm-up runs 8 ms into the press and a person's press (50-
// 120 ms) leaves time for several, before the release brings the update (a
// machine's click, under a millisecond, is answered before the first one).
// A few percent of one core while someone is using the app; nothing once they stop.

/** Milliseconds between warm-up reruns. */
export const WARM_EVERY_MS = 8;
/** How long after the page's last message the worker keeps warm. */
export const WARM_FOR_MS = 3000;

/**
 * @typedef {Object} Warmer
 * @property {() => void} poke  the page sent something: keep warm for the next WARM_FOR_MS
 * @property {(on: boolean) => void} enable  (debug "warm_on"/"warm_off", for benchmarks)
 * @property {() => void} stop  for good (the runtime is destroyed)
 * @property {() => number} runs  warm-up reruns so far
 */

/**
 * @param {Object} o
 * @param {() => boolean} o.idle  whether the worker is idle now (no run, nothing queued, no Stop pending)
 * @param {() => Promise<unknown>} o.run  one warm-up rerun
 * @param {number} [o.every]
 * @param {number} [o.span]
 * @returns {Warmer}
 */
export function createWarmer({ idle, run, every = WARM_EVERY_MS, span = WARM_FOR_MS }) {
  let until = 0;
  let on = true;
  let count = 0;
  /** @type {ReturnType<typeof setTimeout>|null} */ let timer = null;

  const arm = () => {
    if (timer === null && on) timer = setTimeout(tick, every);
  };
  async function tick() {
    timer = null;
    if (!on || performance.now() > until) return;
    if (idle()) {
      count++;
      try {
        await run();
      } catch (e) {
        on = false; // never again in this session: the app's own runs are what matter
        console.warn("tablit: the warm-up rerun failed; the worker no longer keeps Python warm", e);
        return;
      }
    }
    arm();
  }
  return {
    poke() {
      until = performance.now() + span;
      arm();
    },
    enable(v) {
      on = v;
      if (on) this.poke();
      else if (timer !== null) {
        clearTimeout(timer);
        timer = null;
      }
    },
    stop() {
      this.enable(false);
    },
    runs: () => count,
  };
}
