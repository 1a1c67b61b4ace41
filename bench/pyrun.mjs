// One rerun's Python, measured in Pyodide under Node (issue 16, the `python`
// stage of bench/stages.mjs without the browser): boots Pyodide, mounts a
// py/ folder (default this checkout's; --py DIR for another build, to compare),
// installs the streamlit alias as the worker does, and times Bridge.handle for
// the counter (button click), the number input (+) and the slider (a move).
// The app's file is in memory (MEMFS) as in the worker; Python is told it may
// block on coroutines as in Chromium (JSPI; --no-jspi: as in other browsers).
//
// Usage: node bench/pyrun.mjs [counter|number|slider ...] [--n 400] [--py DIR] [--profile] [--stat] [--check] [--gap MS]
// (--profile: cProfile of the same runs, by own time; --phases: time per phase of
// the run, medians, by wrapping the functions that do each; --stat: each run looks
// at the script's file, as when the worker saw a write since the last run; by
// default it is told nothing was written, as the worker tells a click's run;
// --check: each st call asks JavaScript whether a rerun is pending, as on a
// cross-origin isolated page)
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv.splice(at, 2)[1] : dflt;
};
const n = Number(opt("n", 400));
const pyDir = resolve(opt("py", join(ROOT, "py")));
const profile = argv.includes("--profile") ? argv.splice(argv.indexOf("--profile"), 1) : null;
const phases = argv.includes("--phases") ? argv.splice(argv.indexOf("--phases"), 1) : null;
const stat = argv.includes("--stat") ? argv.splice(argv.indexOf("--stat"), 1) : null;
const unchanged = !stat; // Bridge.handle's files_unchanged, as web/runtime/core.js passes it
const flagsCheck = argv.includes("--check") ? argv.splice(argv.indexOf("--check"), 1) : null;
const gap = Number(opt("gap", 0));
const noJspi = argv.includes("--no-jspi") ? argv.splice(argv.indexOf("--no-jspi"), 1) : null;
const scenarios = argv.length ? argv : ["counter", "number", "slider"];

const pyodide = await loadPyodide({ stdout: () => {}, stderr: (s) => process.stderr.write(`[py] ${s}\n`) });
pyodide.FS.mkdirTree("/tablit-py");
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: pyDir }, "/tablit-py");
pyodide.FS.mkdirTree("/apps");
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: ROOT }, "/apps");
pyodide.runPython(`
import sys, json, os, time
sys.path.insert(0, "/tablit-py")
from tablit.bridge import Bridge
from tablit.runtime.alias import install
install()

if ${noJspi ? "False" : "True"}:
    # as in Chromium, where the worker enters Python with callPromising (JSPI):
    # a run may block on a coroutine (runtime/aio.py); Node has no JSPI
    import pyodide.ffi
    pyodide.ffi.can_run_sync = lambda: True

def setup(which):
    src = "/apps/examples/counter-callbacks" if which == "counter" else "/apps/bench/apps/inputs"
    d = "/app/" + which  # in memory, as the worker writes the app's files
    os.makedirs(d, exist_ok=True)
    with open(src + "/app.py") as f, open(d + "/app.py", "w") as g:
        g.write(f.read())
    os.chdir(d)
    b = Bridge("app.py", patches=True)
    b.send_snapshots(True, True)
    first = json.loads(b.start())
    # attached as the worker attaches it; its frame interval made long so that a
    # run slowed down by a loaded machine is not streamed (a quick run never is)
    b.set_stream(lambda s: None)
    b.session.streamer.interval = 1e9
    b.snapshot()
    ids = []
    def walk(n):
        ids.append((n.get("kind"), n.get("id")))
        for c in n.get("children") or []:
            walk(c)
    for r in first[-1]["tree"].values():
        walk(r)
    kind = {"counter": "button", "number": "number_input", "slider": "slider"}[which]
    wid = [i for k, i in ids if k == kind][0]
    if which == "counter":
        mk = lambda i: json.dumps([{"type": "update", "changes": [], "trigger": wid}])
    elif which == "number":
        mk = lambda i: json.dumps([{"type": "update", "changes": [{"id": wid, "value": i}], "trigger": None}])
    else:
        mk = lambda i: json.dumps([{"type": "update", "changes": [{"id": wid, "value": 300 if i % 2 else 700}], "trigger": None}])
    return b, mk
`);
if (phases) pyodide.runPython(`
import time, json as _json
from collections import defaultdict
from tablit import bridge as _br, protocol as _pr
from tablit.runtime import session as _se, runner as _ru, pages as _pg
from tablit.state import session_state as _ss
_acc = defaultdict(float)
_clock = time.perf_counter
def _wrap(owner, name, label):
    f = getattr(owner, name)
    def w(*a, **k):
        t = _clock()
        try:
            return f(*a, **k)
        finally:
            _acc[label] += _clock() - t
    setattr(owner, name, w)
_wrap(_se.AppSession, "_render", "render (widgets + render_message)")
_wrap(_se, "render_message", "  render_message")
_wrap(_pr.TreeDiff, "message", "diff")
_wrap(_pg.PagesState, "main_code", "code cache")
_wrap(_pg.PagesState, "exec_main", "script")
_wrap(_ss.SessionState, "start_run", "start_run")
_wrap(_ss.SessionState, "end_run", "end_run")
_wrap(_se.AppSession, "_run_callbacks", "callbacks")
_wrap(_se.AppSession, "_run_once", "run_once")
_wrap(_se.AppSession, "_cycle", "cycle")
_wrap(_se.AppSession, "handle", "session.handle")
_wrap(_br.json, "dumps", "json.dumps")
_wrap(_br, "_loads", "json.loads") if hasattr(_br, "_loads") else _wrap(_br.json, "loads", "json.loads")
`);
const setup = pyodide.globals.get("setup");
for (const which of scenarios) {
  const [bridge, mk] = setup(which).toJs({ depth: 1 });
  if (flagsCheck) {
    // as the worker of a cross-origin isolated page: each st call asks the page's flags
    // whether a rerun or a Stop is pending (web/runtime/core.js set_rerun_check)
    const flags = new Int32Array(new SharedArrayBuffer(8));
    bridge.set_rerun_check(() => Atomics.load(flags, 1));
  }
  const handle = bridge.handle;
  const snapshot = bridge.snapshot;
  const msgs = Array.from({ length: n + 50 }, (_, i) => mk(i));
  for (let i = 0; i < 50; i++) { handle(msgs[i], unchanged); snapshot(); }
  if (profile) {
    pyodide.globals.set("_b", bridge);
    pyodide.globals.set("_msgs", msgs.slice(50));
    pyodide.globals.set("_unchanged", unchanged);
    pyodide.runPython(`
import cProfile, pstats, io
pr = cProfile.Profile()
pr.enable()
for m in _msgs:
    _b.handle(m, _unchanged)
pr.disable()
s = io.StringIO()
pstats.Stats(pr, stream=s).sort_stats("tottime").print_stats(40)
print_ = s.getvalue()
`);
    console.log(pyodide.globals.get("print_"));
  }
  const ts = [];
  const by = {};
  let out = "";
  for (let i = 50; i < n + 50; i++) {
    if (gap > 0 && process.env.SPIN) { const e = performance.now() + gap; while (performance.now() < e); } else if (gap > 0) await new Promise((r) => setTimeout(r, gap)); // --gap MS: idle between runs, as between clicks (SPIN=1: busy instead)
    const t0 = performance.now();
    out = handle(msgs[i], unchanged);
    ts.push(performance.now() - t0);
    snapshot();
    if (phases) {
      for (const [k, v] of pyodide.runPython("r = sorted(_acc.items()); _acc.clear(); r").toJs()) (by[k] ??= []).push(v * 1000);
    }
  }
  ts.sort((a, b) => a - b);
  const q = (p) => ts[Math.min(ts.length - 1, Math.floor(ts.length * p))].toFixed(3);
  console.log(`${which}: n ${n} min ${q(0)} p10 ${q(0.1)} p50 ${q(0.5)} p90 ${q(0.9)} ms; answer ${out.length} chars`);
  for (const [k, v] of Object.entries(by)) { v.sort((a, b) => a - b); console.log(`  ${k.padEnd(36)} p10 ${v[Math.floor(v.length * 0.1)].toFixed(3)} p50 ${v[v.length >> 1].toFixed(3)}`); }
}
