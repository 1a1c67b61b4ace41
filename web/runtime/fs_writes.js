// Whether anything wrote to Pyodide's file system since the last run.
//
// Why: a run used to look at its script with os.stat before using the
// compiled code (py/tablit/runtime/runner.py CodeCache) — under Pyodide a
// call out to JavaScript's FS on every click, ~0.1 ms on a cold CPU
// (bench/stages.mjs).  In the worker every change of a file passes through
// Emscripten's FS object (run-on-save's writes, and the app's own open/write/
// rename/unlink, which Emscripten's syscalls route through the same methods),
// so the worker can tell Python "nothing was written": the next run then
// takes the compiled code as it is.  Any write (anywhere: the check is cheap
// and errs on the side of looking) makes the next run look again.

/** The FS methods through which a file's bytes, name or existence change. */
const MUTATORS = ["write", "rename", "unlink", "rmdir", "truncate", "ftruncate", "symlink", "mknod", "utime", "msync"];

/**
 * Watch an Emscripten FS object's writes.
 * @param {any} FS  pyodide.FS
 * @returns {{take: () => boolean}}  take(): whether something was written since the last take()
 */
export function watchWrites(FS) {
  let written = true; // nothing is known before the first look
  for (const name of MUTATORS) {
    const original = FS?.[name];
    if (typeof original !== "function") continue;
    FS[name] = function (/** @type {any[]} */ ...args) {
      written = true;
      return original.apply(this, args);
    };
  }
  return {
    take() {
      const was = written;
      written = false;
      return was;
    },
  };
}
