// The worker -> page channel (web/runtime/channel.js) with Node's real
// BroadcastChannel: order, each message once, sessions isolated, strangers
// (a guessed name, the right name without the token) ignored, postMessage
// as the fallback.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { pageChannel, workerChannel } from "../../web/runtime/channel.js";
import { until } from "./waiting.mjs";

/**
 * A page and a worker joined as mount.js and worker.js join them; the
 * worker's postMessage is delayed by `lag` ms (Chromium holds it a frame).
 * @param {{fast?: boolean, lag?: number, limit?: number}} [opts]
 */
function session(opts = {}) {
  /** @type {string[]} */
  const got = [];
  const page = pageChannel((json) => got.push(json), { fast: opts.fast });
  /** @type {any[]} */
  const posted = [];
  const worker = workerChannel((data) => {
    posted.push(data);
    setTimeout(() => page.fromWorker(structuredClone(data)), opts.lag ?? 0);
  }, { limit: opts.limit });
  worker.take(structuredClone({ type: "boot", channel: page.spec }));
  return { page, worker, got, posted, close: () => (page.close(), worker.close()) };
}

/** Let the event loop deliver what is on its way. */
const settle = () => new Promise((r) => setTimeout(r, 50));

describe("worker -> page channel", () => {
  test("small messages go on the BroadcastChannel, in order, once each", async () => {
    const s = session();
    assert.ok(s.page.fast);
    assert.match(s.page.spec?.name ?? "", /^tablit-[0-9a-f-]{36}$/);
    for (let i = 0; i < 50; i++) s.worker.send(JSON.stringify([{ i }]));
    await until(() => s.got.length === 50, "50 messages");
    assert.deepEqual(s.got.map((j) => JSON.parse(j)[0].i), [...Array(50).keys()]);
    assert.equal(s.posted.length, 0, "nothing went by postMessage");
    s.close();
  });

  test("large messages go by postMessage and order holds across both paths", async () => {
    const s = session({ limit: 100, lag: 30 });
    const big = (/** @type {number} */ i) => JSON.stringify([{ i, pad: "x".repeat(200) }]);
    const sent = [big(0), "[1]", "[2]", big(3), "[4]"];
    for (const m of sent) s.worker.send(m);
    await until(() => s.got.length === 5, "5 messages");
    assert.deepEqual(s.got, sent);
    assert.equal(s.posted.length, 2, "the two large ones by postMessage");
    s.close();
  });

  test("a repeated or stale sequence number is dropped; a gap waits", () => {
    /** @type {string[]} */
    const got = [];
    const page = pageChannel((j) => got.push(j), { fast: false });
    page.fromWorker({ s: 2, d: "b" });
    assert.deepEqual(got, []);
    page.fromWorker({ s: 1, d: "a" });
    page.fromWorker({ s: 1, d: "a again" });
    page.fromWorker({ s: 2, d: "b again" });
    page.fromWorker({ s: 3, d: "c" });
    page.fromWorker({ s: "4", d: "not a number" });
    page.fromWorker({ s: 4, d: { not: "a string" } });
    assert.deepEqual(got, ["a", "b", "c"]);
  });

  test("a notice goes by postMessage, in its place, and is dropped once what follows it was delivered", async () => {
    // held back as Chromium holds a worker's postMessage after input: the answer on the fast channel comes first
    const late = session({ lag: 40 });
    late.worker.send('["before"]');
    await until(() => late.got.length === 1, "the first message");
    late.worker.send('["notice"]', true);
    late.worker.send('["answer"]');
    await until(() => late.got.length === 2, "the answer");
    await settle();
    assert.deepEqual(late.got, ['["before"]', '["answer"]'], "the stale notice is dropped");
    assert.deepEqual(late.posted, [{ a: 1, d: '["notice"]' }], "only the notice went by postMessage");
    late.close();
    // in time: delivered between what came before and after it, once
    const prompt = session();
    prompt.worker.send('["notice first"]', true);
    await until(() => prompt.got.length === 1, "the notice");
    prompt.worker.send('["answer"]');
    await until(() => prompt.got.length === 2, "the answer");
    await settle();
    assert.deepEqual(prompt.got, ['["notice first"]', '["answer"]']);
    prompt.close();
  });

  test("a notice whose predecessor is still on its way waits for it", () => {
    /** @type {string[]} */
    const got = [];
    const page = pageChannel((j) => got.push(j), { fast: false });
    page.fromWorker({ a: 2, d: "notice after b" });
    page.fromWorker({ a: 2, d: "another after b" });
    page.fromWorker({ a: 0, d: "a notice before any message" });
    assert.deepEqual(got, ["a notice before any message"]);
    page.fromWorker({ s: 2, d: "b" });
    page.fromWorker({ s: 3, d: "c" });
    assert.equal(got.length, 1, "b and c wait for a");
    page.fromWorker({ s: 1, d: "a" });
    page.fromWorker({ a: 1, d: "late: b came already" });
    page.fromWorker({ a: -1, d: "bad" });
    page.fromWorker({ a: 4, d: { not: "a string" } });
    assert.deepEqual(got, ["a notice before any message", "a", "b", "notice after b", "another after b", "c"]);
    page.close();
    page.fromWorker({ a: 3, d: "after close" });
    assert.equal(got.length, 6);
  });

  test("without a fast channel a notice is a plain string like the rest", () => {
    /** @type {any[]} */
    const posted = [];
    const w = workerChannel((d) => posted.push(d));
    w.send('["notice"]', true);
    assert.deepEqual(posted, ['["notice"]']);
  });

  test("two sessions on one page: each gets only its own worker's messages", async () => {
    const a = session();
    const b = session();
    assert.notEqual(a.page.spec?.name, b.page.spec?.name);
    assert.notEqual(a.page.spec?.token, b.page.spec?.token);
    a.worker.send('["a1"]');
    b.worker.send('["b1"]');
    a.worker.send('["a2"]');
    await until(() => a.got.length === 2 && b.got.length === 1, "both sessions");
    await settle();
    assert.deepEqual(a.got, ['["a1"]', '["a2"]']);
    assert.deepEqual(b.got, ['["b1"]']);
    a.close();
    b.close();
  });

  test("a stranger on a guessed name, or on the right name without the token, is ignored", async () => {
    const s = session();
    const spec = /** @type {{name: string, token: string}} */ (s.page.spec);
    const guessed = new BroadcastChannel("tablit-00000000-0000-4000-8000-000000000000");
    guessed.postMessage({ t: spec.token, s: 1, d: '["guessed"]' });
    const sameName = new BroadcastChannel(spec.name);
    sameName.postMessage({ s: 1, d: '["no token"]' });
    sameName.postMessage({ t: "wrong-token-wrong-token", s: 1, d: '["wrong token"]' });
    sameName.postMessage('["a bare string"]');
    await settle();
    assert.deepEqual(s.got, []);
    s.worker.send('["real"]');
    await until(() => s.got.length === 1, "the real message");
    assert.deepEqual(s.got, ['["real"]']);
    guessed.close();
    sameName.close();
    s.close();
  });

  test("fast channel disabled: no channel in the boot, everything by postMessage as plain strings", async () => {
    const s = session({ fast: false });
    assert.equal(s.page.spec, undefined);
    assert.equal(s.page.fast, false);
    s.worker.send('["one"]');
    s.worker.send('["two"]');
    await until(() => s.got.length === 2, "2 messages");
    assert.deepEqual(s.got, ['["one"]', '["two"]']);
    assert.deepEqual(s.posted, ['["one"]', '["two"]']);
    s.close();
  });

  test("after close (destroy, worker replaced) nothing more is delivered", async () => {
    const s = session();
    s.page.close();
    s.worker.send('["late"]');
    s.page.fromWorker('["late too"]');
    await settle();
    assert.deepEqual(s.got, []);
    s.worker.close();
  });

  test("a worker whose boot names no channel (or a bad one) posts plain strings", () => {
    /** @type {any[]} */
    const posted = [];
    const w = workerChannel((d) => posted.push(d));
    w.take({ type: "boot", channel: { name: "short", token: "x" } });
    w.send("[1]");
    assert.deepEqual(posted, ["[1]"]);
  });
});
