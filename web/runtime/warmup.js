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
//
// Once the page has drawn the app's first run ({type: "drawn"}, web/protocol.js;
// not before: on a busy machine the page's drawing comes first) the worker also primes: PRIME_RUNS warm-up
// reruns, two at a time, whenever the page has left it alone for
// PRIME_QUIET_MS.  Chromium first runs Pyodide's WebAssembly as baseline code
// and compiles a function's optimised code only once that function has run
// for a while; a worker restored from a snapshot has run little of what a
// click runs, so without priming the first ten or so clicks after a load take
// 10-40 ms (Python alone 5-25 ms for the first), and with Chromium told to
// optimise everything up front they do not (BENCHMARKS.md "The first clicks
// after a load").  Priming is ~0.3 s of one core once per load, spent while
// the person reads the page, so the click they make finds it done.

/** Warm-up reruns once the app's first run is drawn (per worker). */
export const PRIME_RUNS = 600;
/** Priming waits until the page has sent nothing that runs for this long. */
export const PRIME_QUIET_MS = 300;

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
 * @property {() => void} prime  the app's first run is done: prime (see PRIME_RUNS)
 * @property {() => boolean} primed  priming was asked for and is over
 */

/**
 * @param {Object} o
 * @param {() => boolean} o.idle  whether the worker is idle now (no run, nothing queued, no Stop pending)
 * @param {() => Promise<unknown>} o.run  one warm-up rerun
 * @param {number} [o.every]
 * @param {number} [o.span]
 * @param {number} [o.prime]  reruns to prime with (0: none)
 * @param {number} [o.quiet]  ms without a message before priming goes on
 * @returns {Warmer}
 */
export function createWarmer({ idle, run, every = WARM_EVERY_MS, span = WARM_FOR_MS, prime = PRIME_RUNS, quiet = PRIME_QUIET_MS }) {
  let until = 0;
  let on = true;
  let count = 0;
  let poked = -Infinity; // when the page last sent something that runs
  let primeLeft = -1; // -1: not asked yet
  /** @type {ReturnType<typeof setTimeout>|null} */ let timer = null;
  /** @type {ReturnType<typeof setTimeout>|null} */ let primeTimer = null;

  /** One warm-up rerun; false when it failed (then never again in this session). */
  async function once() {
    count++;
    try {
      await run();
      return true;
    } catch (e) {
      on = false; // never again in this session: the app's own runs are what matter
      console.warn("tablit: the warm-up rerun failed; the worker no longer keeps Python warm", e);
      return false;
    }
  }

  const arm = () => {
    if (timer === null && on) timer = setTimeout(tick, every);
  };
  async function tick() {
    timer = null;
    if (!on || performance.now() > until) return;
    if (idle() && !(await once())) return;
    arm();
  }

  const armPrime = (/** @type {number} */ ms) => {
    if (primeTimer === null && on && primeLeft > 0) primeTimer = setTimeout(primeTick, ms);
  };
  // two reruns per task (~1 ms): a message from the page waits for no more than that
  async function primeTick() {
    primeTimer = null;
    if (!on || primeLeft <= 0) return;
    const wait = poked + quiet - performance.now();
    if (wait > 0) return armPrime(wait);
    for (let k = 0; k < 2 && primeLeft > 0; k++) {
      if (!idle()) return armPrime(every);
      primeLeft--;
      if (!(await once())) return;
    }
    armPrime(0);
  }

  return {
    poke() {
      poked = performance.now();
      until = poked + span;
      arm();
    },
    enable(v) {
      on = v;
      if (on) {
        this.poke();
        armPrime(quiet);
      } else {
        for (const t of [timer, primeTimer]) if (t !== null) clearTimeout(t);
        timer = primeTimer = null;
      }
    },
    prime() {
      if (primeLeft >= 0) return; // once per worker
      primeLeft = Math.max(0, prime);
      armPrime(quiet);
    },
    primed: () => primeLeft === 0,
    stop() {
      this.enable(false);
    },
    runs: () => count,
  };
}
