"""Vega-Lite chart nodes: selections as widget state, parameters, data without pandas."""

import json

import pytest

from apptest import AppTest
from chart_cases import ChartSession

SELECT_APP = """
import streamlit as st
spec = {"mark": "point", "params": [{"name": "pick", "select": "point"}, {"name": "box", "select": "interval"}],
        "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"}}}
calls = st.session_state.setdefault("calls", [])
event = st.vega_lite_chart({"a": [1, 2, 3], "b": [4, 5, 6]}, spec, key="chart", on_select=lambda: calls.append(1))
st.text(f"event {dict(event.selection)!r}")
st.text(f"state {dict(st.session_state.chart['selection'])!r}")
st.text(f"calls {len(calls)}")
"""


def test_selection_reaches_the_script_and_session_state(tmp_path):
    app = ChartSession(tmp_path, SELECT_APP, "vega_lite_chart")
    assert app.chart["props"]["selection_mode"] == ["box", "pick"]
    assert app.chart["props"]["key"] == "chart"
    assert "{'box': {}, 'pick': {}}" in " ".join(map(str, app.texts(app.first)))
    out = app.select({"selection": {"pick": [{"a": 2, "b": 5}], "box": {}}})
    assert out["texts"] == ["event {'box': {}, 'pick': [{'a': 2, 'b': 5}]}",
                                "state {'box': {}, 'pick': [{'a': 2, 'b': 5}]}", "calls 1"]


def test_a_selection_naming_an_unknown_parameter_is_refused(tmp_path):
    app = ChartSession(tmp_path, SELECT_APP, "vega_lite_chart")
    assert app.select({"selection": {"nope": {}}})["type"] == "refused"


def test_selection_state_is_read_only():
    at = AppTest.from_string(SELECT_APP + "\nst.session_state.chart = 1\n", default_timeout=30).run()
    assert at.exception
    assert "chart" in at.exception[0].value
    at = AppTest.from_string(SELECT_APP + "\ntry:\n    event.selection['pick'] = 1\nexcept TypeError as e:\n"
                             "    st.write('refused', str(e)[:20])\n").run()
    assert any("Widget state is read" in str(m.value) for m in at.markdown)


def test_without_on_select_the_chart_returns_its_generator():
    at = AppTest.from_string("import streamlit as st\nd = st.line_chart([1, 2])\nst.write(type(d).__name__)", default_timeout=30).run()
    assert at.markdown[0].value == "`DeltaGenerator`" or "DeltaGenerator" in at.markdown[0].value


def test_layout_parameters():
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.bar_chart({'a': [1]}, width=300, height=200, use_container_width=False, alt='  Sales  ')\n"
        "st.line_chart({'a': [1]}, use_container_width=True, width=100)\n"
        "st.vega_lite_chart({'mark': 'bar', 'hconcat': []}, theme=None)\n").run()
    a, b, c = at.get("vega_lite_chart")
    assert (a.props["width"], a.props["height"], a.props["alt"]) == (300, 200, "Sales")
    assert json.loads(a.props["spec"])["width"] == 300
    assert a.props["use_container_width"] is False
    assert b.props["width"] == "stretch"
    assert (c.props["width"], c.props["theme"]) == ("content", "")


def test_numpy_and_list_of_dicts_data():
    np = pytest.importorskip("numpy")
    at = AppTest.from_string(
        "import streamlit as st\nimport numpy as np\nimport datetime as dt\n"
        "st.scatter_chart(np.array([[1, 2], [3, 4]]))\n"
        "st.line_chart([{'t': dt.date(2024, 1, 1), 'v': 1}, {'t': dt.date(2024, 1, 2), 'v': 2}], x='t')\n", default_timeout=30).run()
    assert not at.exception
    scatter, line = at.get("vega_lite_chart")
    spec = json.loads(scatter.props["spec"])
    [rows] = spec["datasets"].values()
    assert rows[0] == {"index -- streamlit-generated": 0, "color -- streamlit-generated": "0",
                       "value -- streamlit-generated": 1}
    spec = json.loads(line.props["spec"])
    assert spec["layer"][0]["encoding"]["x"]["type"] == "temporal"
    [rows] = spec["datasets"].values()
    assert rows[0]["t"] == 1704067200000.0
