// The worker -> page channel of one session.
//
// Why: Chromium runs a message a worker posts with postMessage (or on a
// MessageChannel port) right after an input event only after the page's next
// frame: ~10 ms of a click's latency.  A BroadcastChannel message is not held
// back.  So the worker sends its replies on a BroadcastChannel whose name the
// page made up (crypto.randomUUID(), given in the boot message, so no other
// context can guess it) and whose every message carries the session's secret
// token and a sequence number; the page ignores anything else, and delivers
// in order, each message once.  Large messages (big trees) stay on
// postMessage, where a string is cheaper to clone (bench/latency.mjs); they
// carry the same sequence numbers, so order holds across both paths.
// Without BroadcastChannel (or with mount({fastChannel: false})) everything
// goes by postMessage as before.
//
// A notice (send(json, true): the {type: "run", running: true} that comes
// before each run) takes no sequence number and goes by postMessage, whose
// post costs the worker ~0.06 ms against ~0.35 ms for a BroadcastChannel's
// (bench/stages.mjs: it is paid before Python starts).  It names the last
// sequenced message sent before it (`a`); the page delivers it right after
// that one, or drops it when a later sequenced message was delivered first
// (Chromium held it a frame and the run's answer came on the fast channel):
// a notice is only ever superseded by what follows it, never reordered.
//
// Wire forms (worker -> page), the payload `d` being the JSON string of a
// batch of down messages (protocol.js):
//   postMessage: a plain string (no fast channel), or {s, d} (sequenced),
//     or {a, d} (a notice after sequenced message a; 0: before any)
//   BroadcastChannel: {t: token, s, d}

/** Messages longer than this (characters) go by postMessage even with a fast channel. */
export const FAST_LIMIT = 64 * 1024;

/**
 * @typedef {Object} ChannelSpec  what the boot message's `channel` holds
 * @property {string} name   the BroadcastChannel's name (random)
 * @property {string} token  a secret every message carries
 */

/** @param {unknown} v @returns {v is ChannelSpec} */
function isSpec(v) {
  return !!v && typeof v === "object" && typeof (/** @type {any} */ (v).name) === "string" && typeof (/** @type {any} */ (v).token) === "string"
    && /** @type {any} */ (v).name.length >= 16 && /** @type {any} */ (v).token.length >= 16;
}

/** A random string no other context can guess. */
function randomId() {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

/**
 * The worker's side: wraps its postMessage.  Until the boot message names a
 * channel (or when it names none) messages go as plain strings by post.
 * @param {(data: any) => void} post  the worker's postMessage
 * @param {{limit?: number}} [opts]
 */
export function workerChannel(post, opts = {}) {
  const limit = opts.limit ?? FAST_LIMIT;
  /** @type {BroadcastChannel|null} */ let bc = null;
  let token = "";
  let seq = 0;
  let sequenced = false;
  return {
    /** Look at an incoming message; the boot message's `channel` opens the fast path. @param {any} msg */
    take(msg) {
      if (sequenced || !msg || typeof msg !== "object" || msg.type !== "boot" || !isSpec(msg.channel)) return;
      sequenced = true;
      token = msg.channel.token;
      if (typeof BroadcastChannel === "function") {
        try {
          bc = new BroadcastChannel(msg.channel.name);
          /** @type {any} */ (bc).unref?.(); // Node (tests): an open channel does not keep the process alive
        } catch {
          bc = null; // e.g. an opaque origin: postMessage only
        }
      }
    },
    /**
     * Send one JSON string of down messages; a notice (see above) may be
     * dropped by the page when what follows it arrived first.
     * @param {string} json @param {boolean} [notice]
     */
    send(json, notice = false) {
      if (!sequenced) return post(json);
      if (notice) return post({ a: seq, d: json });
      const s = ++seq;
      if (bc && json.length <= limit) bc.postMessage({ t: token, s, d: json });
      else post({ s, d: json });
    },
    close() {
      bc?.close();
      bc = null;
    },
  };
}

/**
 * The page's side of one worker's channel.
 * @param {(json: string) => void} deliver  gets each batch once, in the order the worker sent them
 * @param {{fast?: boolean}} [opts]  fast: false = postMessage only
 */
export function pageChannel(deliver, opts = {}) {
  /** @type {ChannelSpec|undefined} */
  let spec;
  /** @type {BroadcastChannel|null} */ let bc = null;
  if (opts.fast !== false && typeof BroadcastChannel === "function" && typeof crypto === "object") {
    spec = { name: `tablit-${randomId()}`, token: randomId() };
    try {
      bc = new BroadcastChannel(spec.name);
      /** @type {any} */ (bc).unref?.(); // Node: an open channel does not keep the process alive
      bc.onmessage = (event) => {
        const m = event.data;
        if (m && typeof m === "object" && m.t === spec?.token) accept(m.s, m.d);
      };
    } catch {
      spec = undefined; // BroadcastChannel refused (opaque origin): postMessage only
      bc = null;
    }
  }
  let next = 1;
  /** Sequenced messages that came early. @type {Map<number, string>} */
  const early = new Map();
  /** Notices waiting for the sequenced message they follow, by its number. @type {Map<number, string[]>} */
  const notices = new Map();
  let closed = false;

  /** Deliver the notices that follow message `s`, just delivered. @param {number} s */
  function noticesAfter(s) {
    const list = notices.get(s);
    if (!list) return;
    notices.delete(s);
    for (const json of list) {
      deliver(json);
      if (closed) return;
    }
  }

  /** @param {unknown} s @param {unknown} d */
  function accept(s, d) {
    if (closed || typeof s !== "number" || !Number.isInteger(s) || typeof d !== "string" || s < next || early.has(s)) return;
    early.set(s, d);
    while (early.has(next)) {
      const json = /** @type {string} */ (early.get(next));
      early.delete(next);
      next += 1;
      deliver(json);
      if (closed) return;
      noticesAfter(next - 1);
      if (closed) return;
    }
  }

  /** A notice after sequenced message a. @param {unknown} a @param {unknown} d */
  function notice(a, d) {
    if (closed || typeof a !== "number" || !Number.isInteger(a) || a < 0 || typeof d !== "string") return;
    if (a === next - 1) deliver(d); // nothing after message a was delivered yet: its place
    else if (a >= next) notices.set(a, [...(notices.get(a) ?? []), d]); // message a is still on its way
    // else: what followed it was delivered already; the notice is stale
  }

  return {
    /** Put into the boot message as `channel` (undefined: postMessage only). */
    spec,
    /** Whether replies may come on the fast channel. */
    get fast() {
      return bc !== null;
    },
    /** What the worker's onmessage got. @param {any} data */
    fromWorker(data) {
      if (closed) return;
      if (typeof data === "string") deliver(data);
      else if (data && typeof data === "object" && "s" in data) accept(data.s, data.d);
      else if (data && typeof data === "object" && "a" in data) notice(data.a, data.d);
    },
    /** Stop listening (destroy, or the worker was replaced). */
    close() {
      closed = true;
      early.clear();
      notices.clear();
      bc?.close();
      bc = null;
    },
  };
}
