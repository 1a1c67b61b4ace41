"""Run Streamlit's own e2e app scripts under Streamlit 1.67 and under tablit; list what differs.

The corpus is ``e2e_playwright/`` of streamlit/streamlit: every ``*.py`` there that is not a
``*_test.py``, ``conftest.py``, ``__init__.py`` or a helper in ``shared/``.  Each app runs in
a child process through ``AppTest.from_file`` (10 s), and what it produced is written as
JSON: whether ``run()`` raised, the exception elements, and the element tree (kinds in
order; with ``--values`` each leaf's label, value and body when they are plain values;
with ``--interact`` also the trees after a second run and after clicking each of the first
six buttons in turn; ``--app-cwd`` runs each app in its own folder, for apps other than
Streamlit's that open their own data files)::

    # 1.67 (the reference venv, plus plotly, matplotlib, graphviz, vega_datasets on PYTHONPATH)
    /work/venv-st/bin/python tests/py/tools/e2e_sweep.py all st --corpus E2E --out OUT/st
    # tablit (this checkout's py/)
    python3 tests/py/tools/e2e_sweep.py all tl --corpus E2E --out OUT/tl
    python3 tests/py/tools/e2e_sweep.py compare OUT/st OUT/tl

``all`` starts each app with the same interpreter and environment it was started with
(``--python`` to choose another).  ``--dataformat NAMES`` gives tablit a stand-in for
``streamlit.dataframe_util.DataFormat`` (an internal enum that shared/data_mocks.py
labels its cases with; NAMES comma-separated, as 1.67 has them), so the data apps run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import json
import os
import subprocess
import sys
import time
import traceback
from concurrent.futures import ThreadPoolExecutor

_HERE = os.path.dirname(os.path.abspath(__file__))
_SKIP = {"__init__.py", "conftest.py"}
_SIMPLE = (str, int, float, bool, type(None), dt.date, dt.time, dt.timedelta)


# ------------------------------------------------------------------ one app (child process)
def _value_of(el) -> dict:
    out = {}
    for attr in ("label", "value", "body"):
        try:
            v = getattr(el, attr)
        except Exception:  # noqa: BLE001 - an element without it
            continue
        if isinstance(v, (list, tuple)) and all(isinstance(x, _SIMPLE) for x in v):
            v = list(v)
        elif not isinstance(v, _SIMPLE):
            continue
        out[attr] = repr(v)[:160]
    return out


def _message_of(el):
    for attr in ("message", "value", "body"):
        v = getattr(el, attr, None)
        if isinstance(v, str):
            return v[:300]
    return None


def _walk(node, out: list, values: bool) -> None:
    kind = getattr(node, "type", "?")
    entry: list = [kind]
    children = getattr(node, "children", None)
    if kind in ("exception", "error", "warning"):
        entry.append(_message_of(node))
    elif values and not isinstance(children, dict):
        entry.append(_value_of(node))
    if isinstance(children, dict):
        kids: list = []
        for k in sorted(children):
            _walk(children[k], kids, values)
        entry.append(kids)
    out.append(entry)


def run_one(fw: str, app: str, corpus: str, values: bool, interact: bool, dataformat: str,
            app_cwd: bool = False) -> dict:
    app = os.path.abspath(app)
    sys.path[:0] = [os.path.dirname(app), corpus]
    # (Streamlit's e2e apps open files relative to the corpus; other people's apps, relative to
    # their own folder, where `streamlit run app.py` is started)
    os.chdir(os.path.dirname(app) if app_cwd else corpus)
    if fw == "st":
        from streamlit.testing.v1 import AppTest
    else:
        sys.path.insert(0, os.path.join(_HERE, "..", "..", "..", "py"))  # this checkout's tablit
        import tablit.runtime.alias
        from tablit.testing.v1 import AppTest

        tablit.runtime.alias.install()
        if dataformat:
            import enum
            import types

            shim = types.ModuleType("streamlit.dataframe_util")
            shim.DataFormat = enum.Enum("DataFormat", dataformat.split(","))
            sys.modules["streamlit.dataframe_util"] = shim

    def tree_of(at) -> list:
        out: list = []
        _walk(at._tree, out, values)
        return out

    def exceptions_of(at) -> list:
        return [getattr(e, "message", None) for e in at.exception]

    res: dict = {"app": os.path.relpath(app, corpus), "fw": fw}
    started = time.time()
    try:
        at = AppTest.from_file(app, default_timeout=10)
        at.run()
        res.update(raised=None, exceptions=exceptions_of(at), tree=tree_of(at))
        if interact:
            steps: list = []
            res["steps"] = steps
            try:
                at.run()
                steps.append({"step": "rerun", "tree": tree_of(at), "exceptions": exceptions_of(at)})
                for i in range(6):
                    if i >= len(at.button):
                        break
                    label = f"click {i} {getattr(at.button[i], 'label', '')!r}"
                    at.button[i].click().run()
                    steps.append({"step": label, "tree": tree_of(at), "exceptions": exceptions_of(at)})
            except BaseException as e:  # noqa: BLE001 - recorded as the step's outcome
                steps.append({"step": "raised", "raised": f"{type(e).__name__}: {str(e)[:300]}"})
    except BaseException as e:  # noqa: BLE001
        res.update(raised=f"{type(e).__name__}: {str(e)[:500]}", tb=traceback.format_exc()[-2000:])
    res["secs"] = round(time.time() - started, 2)
    return res


# ----------------------------------------------------------------------- every app
def apps_of(corpus: str) -> list[str]:
    found = []
    for root, dirs, files in os.walk(corpus):
        dirs[:] = [d for d in dirs if d not in ("__snapshots__", "shared", "test_assets", "__pycache__")]
        found += [os.path.relpath(os.path.join(root, f), corpus) for f in files
                  if f.endswith(".py") and not f.endswith("_test.py") and f not in _SKIP]
    return sorted(found)


def run_all(args: argparse.Namespace) -> None:
    apps = [a for a in apps_of(args.corpus) if not args.only or any(o in a for o in args.only)]
    os.makedirs(args.out, exist_ok=True)
    flags = (["--values"] if args.values else []) + (["--interact"] if args.interact else [])
    if args.dataformat:
        flags += ["--dataformat", args.dataformat]
    if args.app_cwd:
        flags.append("--app-cwd")

    def one(app: str) -> tuple[str, str]:
        cmd = [args.python or sys.executable, __file__, "one", args.fw, app, "--corpus", args.corpus, *flags]
        try:
            path = os.pathsep.join(os.path.abspath(d) for d in os.environ.get("PYTHONPATH", "").split(os.pathsep) if d)
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=60, cwd=args.corpus,
                               env={**os.environ, "MPLBACKEND": "Agg", "PYTHONPATH": path})
            if "@@JSON@@" in p.stdout:
                res = json.loads(p.stdout.split("@@JSON@@", 1)[1])
            else:
                res = {"app": app, "fw": args.fw, "raised": f"CRASH rc={p.returncode}", "tb": p.stderr[-2000:]}
        except subprocess.TimeoutExpired:
            res = {"app": app, "fw": args.fw, "raised": "HARD TIMEOUT 60s"}
        with open(os.path.join(args.out, app.replace("/", "__") + ".json"), "w") as f:
            json.dump(res, f, indent=1)
        return app, res.get("raised") or ""

    with ThreadPoolExecutor(args.jobs) as pool:
        for app, raised in pool.map(one, apps):
            print(app, raised, flush=True)


# --------------------------------------------------------------------------- compare
def normalize(tree: list) -> tuple:
    """Kinds (and values) in order; the empty event/bottom blocks and 1.67's unnamed bottom block aside."""
    out = []
    for e in tree:
        kind = e[0]
        kids = e[-1] if isinstance(e[-1], list) else None
        if kind == "unknown" and kids is not None:  # 1.67's AppTest has no class for the bottom block
            kind = "bottom"
        if kind in ("event", "bottom") and not kids:
            continue
        if kids is not None:
            out.append((kind, normalize(kids)))
        elif len(e) > 1 and isinstance(e[1], dict):
            out.append((kind + " " + " ".join(f"{k}={v}" for k, v in sorted(e[1].items())),))
        else:
            out.append((kind,))
    return tuple(out)


def _lines(tree: tuple, depth: int = 0, acc: list | None = None) -> list[str]:
    acc = [] if acc is None else acc
    for e in tree:
        acc.append("  " * depth + e[0])
        if len(e) > 1:
            _lines(e[1], depth + 1, acc)
    return acc


def _differences(a: dict, b: dict) -> list:
    diff: list = []
    if a.get("raised") != b.get("raised"):
        diff.append(["raised", a.get("raised"), b.get("raised")])
    ea = [(m or "")[:200] for m in a.get("exceptions") or []]
    eb = [(m or "")[:200] for m in b.get("exceptions") or []]
    if ea != eb:
        diff.append(["exceptions", ea, eb])
    if a.get("tree") is not None and b.get("tree") is not None:
        ta, tb = normalize(a["tree"]), normalize(b["tree"])
        if ta != tb:
            diff.append(["tree", list(difflib.unified_diff(_lines(ta), _lines(tb), lineterm="", n=1))[2:40]])
    sa, sb = a.get("steps"), b.get("steps")
    if sa is not None and sb is not None and not diff:
        for x, y in zip(sa, sb):
            inner = _differences(x, y) if x["step"] == y["step"] else [["step", x["step"], y["step"]]]
            if inner:
                diff.append([f"after {x['step']}", inner])
                break
        else:
            if len(sa) != len(sb):
                diff.append(["steps", [s["step"] for s in sa], [s["step"] for s in sb]])
    return diff


def compare(args: argparse.Namespace) -> None:
    same = total = 0
    for name in sorted(os.listdir(args.reference)):
        other = os.path.join(args.candidate, name)
        if not os.path.exists(other):
            continue
        with open(os.path.join(args.reference, name)) as f:
            a = json.load(f)
        with open(other) as f:
            b = json.load(f)
        total += 1
        diff = _differences(a, b)
        if not diff:
            same += 1
        elif not args.quiet:
            print("==", a["app"])
            print(json.dumps(diff, indent=1, default=str)[:3000])
    print(f"apps {total} same {same} differ {total - same}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    for name in ("one", "all"):
        p = sub.add_parser(name)
        p.add_argument("fw", choices=["st", "tl"])
        if name == "one":
            p.add_argument("app")
        else:
            p.add_argument("only", nargs="*", help="only apps whose path contains one of these")
            p.add_argument("--out", required=True)
            p.add_argument("--jobs", type=int, default=2)
            p.add_argument("--python")
        p.add_argument("--corpus", required=True, help="the e2e_playwright folder")
        p.add_argument("--values", action="store_true")
        p.add_argument("--interact", action="store_true")
        p.add_argument("--dataformat", default="")
        p.add_argument("--app-cwd", action="store_true", help="run each app in its own folder (apps that open their own files)")
    p = sub.add_parser("compare")
    p.add_argument("reference")
    p.add_argument("candidate")
    p.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    if args.cmd == "one":
        res = run_one(args.fw, args.app, os.path.abspath(args.corpus), args.values, args.interact,
                      args.dataformat, args.app_cwd)
        print("@@JSON@@" + json.dumps(res, default=str))
    elif args.cmd == "all":
        args.corpus = os.path.abspath(args.corpus)
        run_all(args)
    else:
        compare(args)


if __name__ == "__main__":
    main()
