// The page's run_every timers of @st.fragment (py/tablit/runtime/fragments.py):
// each render message says which fragments tick and how often
// ({fragment id: seconds}); at each tick the page asks the worker to rerun that
// fragment alone.  A fragment gone from the page loses its timer; a changed
// interval restarts it.

/**
 * @param {(msg: {type: "update", changes: [], trigger: null, fragment: string}) => void} send
 */
export function fragmentTimers(send) {
  /** @type {Map<string, {seconds: number, handle: ReturnType<typeof setInterval>}>} */
  const timers = new Map();
  return {
    /** Follow a render message's `fragments` (absent: none). @param {unknown} wanted */
    follow(wanted) {
      const next = wanted && typeof wanted === "object" ? /** @type {Record<string, unknown>} */ (wanted) : {};
      for (const [id, t] of timers) {
        if (next[id] !== t.seconds) {
          clearInterval(t.handle);
          timers.delete(id);
        }
      }
      for (const [id, seconds] of Object.entries(next)) {
        if (timers.has(id) || typeof seconds !== "number" || !(seconds > 0) || !Number.isFinite(seconds)) continue;
        const handle = setInterval(() => send({ type: "update", changes: [], trigger: null, fragment: id }), Math.max(seconds * 1000, 10));
        timers.set(id, { seconds, handle });
      }
    },
    /** Stop every timer (destroy). */
    clear() {
      for (const t of timers.values()) clearInterval(t.handle);
      timers.clear();
    },
  };
}
