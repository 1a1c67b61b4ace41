// The cause of the Python heap's growth over browser reruns (BENCHMARKS.md,
// "Python heap over reruns"), reduced to Pyodide alone: JavaScript looks a
// method up on a PyProxy (`obj.snapshot`) again and again, with Python doing
// other work in between, as a run does.  Pyodide hands Python the attribute's
// name as a new str each time; CPython's type attribute cache (4,096 slots,
// picked by the type's version and the name's *address*, each holding a
// reference to its name) keeps many of them until another lookup takes their
// slot: blocks allocated outside any Python frame, still held, growing with the
// number of lookups up to the cache's size.  Clearing the cache frees them.
// Looking the method up once and keeping its PyProxy allocates nothing.
//
// Usage: node bench/pyproxy_names.mjs [--n 2000]
import { loadPyodide } from "pyodide";

const argv = process.argv.slice(2);
const at = argv.indexOf("--n");
const n = at >= 0 ? Number(argv[at + 1]) : 2000;

const pyodide = await loadPyodide({ stdout: () => {} });
pyodide.runPython(`
import gc, sys, tracemalloc

class Bridge:
    def snapshot(self):
        return ""

bridge = Bridge()

class Other:
    pass

kept = []
calls = 0

def some_work():
    # what a run does between two lookups: it makes objects, some kept until a later run
    # (so that the next name from JavaScript lands elsewhere in memory), and looks up
    # attributes of its own, which take cache slots
    global kept, calls
    calls += 1
    kept = ["%08d" % i for i in range(calls % 64)]
    o = Other()
    for i in range(20):
        setattr(o, "a%d" % (i % 7), i)
        getattr(o, "a%d" % (i % 5), None)

def held_outside_python():
    gc.collect()
    snap = tracemalloc.take_snapshot()
    sizes = [t.size for t in snap.traces if t.traceback[0].filename == "<unknown>"]
    return "%d blocks, %d B" % (len(sizes), sum(sizes))
`);
const bridge = pyodide.globals.get("bridge");
const work = pyodide.globals.get("some_work");
const held = pyodide.globals.get("held_outside_python");
const tracing = (on) => pyodide.runPython(on ? "tracemalloc.start()" : "tracemalloc.stop()");
const clearCaches = () => pyodide.runPython("sys._clear_internal_caches()");

/** @param {string} label @param {() => void} lookup */
function measure(label, lookup) {
  clearCaches();
  tracing(true);
  for (let i = 0; i < n; i++) {
    lookup();
    work();
  }
  const before = held();
  clearCaches();
  console.log(`${label}: ${n} calls leave ${before} allocated outside Python held; after clearing CPython's type cache: ${held()}`);
  tracing(false);
}

measure("bridge.snapshot() looked up each time", () => bridge.snapshot());
const snapshot = bridge.snapshot;
measure("one PyProxy of bridge.snapshot, kept", () => snapshot());
snapshot.destroy();
console.log(`(Pyodide ${pyodide.version})`);
