// The module Web Worker: one worker = one session of one app.
//
// in:  {type: "boot", ...} first; then up messages and {type: "files", ...}
//      (and {type: "debug", op} when started as worker.js?debug, for benchmarks)
// out: strings, each a JSON array of down messages, by postMessage or on the
//      session's private BroadcastChannel (runtime/channel.js)
// (the schema is in protocol.js; the logic in runtime/host.js and runtime/core.js)

import { createWorkerHost } from "./runtime/host.js";
import { workerChannel } from "./runtime/channel.js";

const debug = new URL(self.location.href).searchParams.has("debug");
const channel = workerChannel((data) => self.postMessage(data));
const host = createWorkerHost({ post: (json, notice) => channel.send(json, notice), debug, hookFetch: true });

self.onmessage = (event) => {
  channel.take(event.data);
  host.receive(event.data);
};

self.addEventListener("unhandledrejection", (event) => {
  console.error("tablit worker:", event.reason);
});
