"""Built-in charts and st.vega_lite_chart: specs and errors compared with Streamlit 1.67's.

The references (``data/chart_refs_167.json``) come from ``make_chart_refs.py``
run with Streamlit 1.67; the cases are in ``chart_cases.py``.  Data go in as
dicts and lists (no pandas), where Streamlit needed pandas.
"""

import json
import os

import pytest

from apptest import AppTest
from chart_cases import CASES, ERROR_CASES

REFS = json.load(open(os.path.join(os.path.dirname(__file__), "data", "chart_refs_167.json")))


def chart_nodes(at):
    return [n for n in at._tree_nodes() if n.kind == "vega_lite_chart"] if hasattr(at, "_tree_nodes") else None


def run(line):
    at = AppTest.from_string("import streamlit as st\n" + line + "\n", default_timeout=30).run()
    return at


def only_chart(at):
    charts = at.get("vega_lite_chart")
    assert len(charts) == 1, charts
    return charts[0]


def normalize(spec):
    """Dataset names in order of appearance (1.67 names them by a hash of Arrow bytes)."""
    datasets = spec.pop("datasets", None)
    text = json.dumps(spec, sort_keys=True)
    if datasets:
        order = sorted(datasets, key=lambda n: text.find(json.dumps(n)))
        for i, name in enumerate(order):
            text = text.replace(json.dumps(name), json.dumps(f"ds{i}"))
        spec = json.loads(text)
        spec["datasets"] = {f"ds{order.index(k)}": v for k, v in datasets.items()}
    return spec


@pytest.mark.parametrize("name", sorted(CASES))
def test_spec_matches_streamlit(name):
    at = run(CASES[name])
    assert not at.exception, [e.value for e in at.exception]
    el = only_chart(at)
    ref = REFS["cases"][name]
    ours = normalize(json.loads(el.props["spec"]))
    assert ours == ref["spec"]
    assert el.props["theme"] == ref["theme"]
    assert el.props["selection_mode"] == ref["selection_mode"]


@pytest.mark.parametrize("name", sorted(ERROR_CASES))
def test_error_matches_streamlit(name):
    at = run(ERROR_CASES[name])
    assert at.exception, "no error"
    assert at.exception[0].value == REFS["errors"][name]["message"]
