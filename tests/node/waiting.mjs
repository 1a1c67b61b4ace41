// Waiting in the renderer's jsdom tests: Preact runs effects after a frame,
// later on a busy machine, so a test polls for what it expects.
import assert from "node:assert/strict";

export const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));

/** Wait until fn() is truthy; fail naming `what` after `ms`. */
export async function until(fn, what = "condition", ms = 3000) {
  const end = Date.now() + ms;
  while (!fn()) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await tick(10);
  }
}
