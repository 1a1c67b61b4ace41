"""Record Streamlit 1.67's chart specs for chart_cases.py (run with Streamlit's Python).

    /work/venv-st/bin/python tests/py/make_chart_refs.py

Writes data/chart_refs_167.json: per case the spec (dataset names replaced by
``ds0``, ``ds1``... in order of appearance, data inlined as records) and the
element's other fields; per error case the exception's type and message.
"""

import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from chart_cases import CASES, ERROR_CASES  # noqa: E402


def records(arrow_bytes):
    import pyarrow as pa

    table = pa.ipc.open_stream(arrow_bytes).read_all()
    out = []
    for row in table.to_pylist():
        out.append({k: plain(v) for k, v in row.items()})
    return out


def plain(v):
    import datetime as dt

    if isinstance(v, float) and math.isnan(v):
        return None
    if isinstance(v, dt.datetime):
        if v.tzinfo is None:
            v = v.replace(tzinfo=dt.timezone.utc)
        return v.timestamp() * 1000
    if isinstance(v, dt.date):
        return dt.datetime(v.year, v.month, v.day, tzinfo=dt.timezone.utc).timestamp() * 1000
    return v


def normalize(proto):
    """The spec with its data inlined, dataset names in order of appearance."""
    text = proto.spec
    datasets = {d.name: records(d.data.data) for d in proto.datasets}
    names = {}
    for name in datasets:
        pos = text.find(json.dumps(name))
        names[name] = pos
    order = sorted(datasets, key=lambda n: names[n])
    rename = {n: f"ds{i}" for i, n in enumerate(order)}
    for old, new in rename.items():
        text = text.replace(json.dumps(old), json.dumps(new))
    spec = json.loads(text)
    if datasets:
        spec["datasets"] = {rename[k]: v for k, v in datasets.items()}
    if proto.data.data:
        spec["data"] = {"values": records(proto.data.data)}
    return spec


def main():
    from streamlit.testing.v1 import AppTest

    out = {"cases": {}, "errors": {}}
    for name, line in CASES.items():
        at = AppTest.from_string("import streamlit as st\n" + line + "\n").run()
        assert not at.exception, (name, [e.value for e in at.exception])
        [el] = at.get("arrow_vega_lite_chart") or [c for c in at.main.children.values()]
        p = el.proto
        out["cases"][name] = {
            "spec": normalize(p), "theme": p.theme, "use_container_width": p.use_container_width,
            "selection_mode": list(p.selection_mode),
        }
    for name, line in ERROR_CASES.items():
        at = AppTest.from_string("import streamlit as st\n" + line + "\n").run()
        assert at.exception, name
        e = at.exception[0]
        out["errors"][name] = {"type": e.type, "message": e.value}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "chart_refs_167.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"wrote {path}: {len(out['cases'])} cases, {len(out['errors'])} errors")


if __name__ == "__main__":
    main()
