"""st.graphviz_chart, st.mermaid_chart and st.echarts_chart: node props and 1.67's errors."""

import json

import pytest

from apptest import AppTest
from chart_cases import ChartSession


def run(src):
    return AppTest.from_string("import streamlit as st\n" + src, default_timeout=30).run()


def test_graphviz_from_dot_and_from_a_graphviz_object():
    at = run("st.graphviz_chart('digraph { a -> b }', alt=' Flow ')\n"
             "st.graphviz_chart('graph { a -- b }', use_container_width=True)\n")
    a, b = at.get("graphviz_chart")
    assert a.props == {"spec": "digraph { a -> b }", "engine": "dot", "width": "content", "height": "content",
                       "alt": "Flow"}
    assert b.props["width"] == "stretch"
    graphviz = pytest.importorskip("graphviz")
    at = run("import graphviz\ng = graphviz.Digraph(engine='neato')\ng.edge('x', 'y')\nst.graphviz_chart(g)\n")
    [el] = at.get("graphviz_chart")
    assert el.props["engine"] == "neato" and "x -> y" in el.props["spec"]
    assert graphviz


def test_graphviz_refuses_other_types():
    at = run("st.graphviz_chart(3)\n")
    assert at.exception[0].value == ("Invalid `figure_or_dot` type. Expected one of: graphviz.Graph, graphviz.Digraph, "
                                     "graphviz.Source, str. Provided type: int.")


def test_mermaid_chart_is_a_mermaid_fence_in_markdown_as_in_1_67():
    at = run("st.mermaid_chart('flowchart LR\\n A --> B', width=400, alt=' Decision\\n flow ')\n"
             "st.mermaid_chart('graph TD\\n A[```] --> B')\n")
    assert not at.get("mermaid_chart")
    a, b = at.get("markdown")
    assert a.props["body"] == "````mermaid\n%% stAlt: Decision flow\nflowchart LR\n A --> B\n````"
    assert (a.props["width"], a.props["unsafe_allow_html"]) == (400, False)
    assert b.props["body"] == "````mermaid\ngraph TD\n A[```] --> B\n````" and b.props["width"] == "stretch"
    assert [m.value for m in at.markdown] == [a.props["body"], b.props["body"]]


def test_mermaid_alt_goes_before_the_diagram_type_after_the_preamble():
    from tablit.elements.charts.mermaid import accessibility_directives, with_alt
    body = "\n%%{init: {'theme': 'dark'}}%%\n---\ntitle: x\n---\n%% stAlt: old\ngraph LR\n  A --> B\naccTitle: hi\n"
    assert with_alt(body, "new  name") == ("\n%%{init: {'theme': 'dark'}}%%\n---\ntitle: x\n---\n"
                                           "%% stAlt: new name\ngraph LR\n  A --> B\naccTitle: hi\n")
    assert accessibility_directives(body) == ["accTitle: hi"]
    assert accessibility_directives("mindmap\n  root\n    accTitle: a node\n") == []


OPTION = "{'xAxis': {'type': 'category', 'data': ['a', 'b']}, 'yAxis': {}, 'series': [{'type': 'bar', 'data': [1, 2], 'selectedMode': 'single'}]}"


def test_echarts_option_sizes_and_dataset_from_dicts():
    at = run(f"st.echarts_chart({OPTION})\n"
             "st.echarts_chart({'dataset': {'source': {'day': ['Mon', 'Tue'], 'n': [3, 4]}}, 'series': [{'type': 'line'}]},"
             " width='content', height=200, theme=None, renderer='svg')\n"
             "st.echarts_chart('{\"series\": [{\"type\": \"pie\", \"data\": [1]}]}')\n")
    a, b, c = at.get("echarts_chart")
    assert (a.props["width"], a.props["height"], a.props["theme"], a.props["renderer"]) == ("stretch", 350, "streamlit", "canvas")
    assert json.loads(a.props["spec"])["series"][0]["data"] == [1, 2]
    # (a dict is data here, not a table-like dataset source, so it stays as given)
    assert json.loads(b.props["spec"])["dataset"]["source"] == {"day": ["Mon", "Tue"], "n": [3, 4]}
    assert (b.props["width"], b.props["height"], b.props["theme"], b.props["renderer"]) == (700, 200, "", "svg")
    assert json.loads(c.props["spec"])["series"][0]["type"] == "pie"


def test_echarts_dataframe_dataset_source_becomes_rows():
    pytest.importorskip("pandas")
    at = run("import pandas as pd\n"
             "st.echarts_chart({'dataset': {'source': pd.DataFrame({'day': ['Mon', 'Tue'], 'n': [3, 4]})}, 'series': [{'type': 'bar'}]})\n")
    [el] = at.get("echarts_chart")
    assert json.loads(el.props["spec"])["dataset"]["source"] == [["day", "n"], ["Mon", 3], ["Tue", 4]]


def test_echarts_selection_reaches_the_script(tmp_path):
    app = ChartSession(tmp_path,
        "import streamlit as st\n"
        f"ev = st.echarts_chart({OPTION}, on_select='rerun', key='e')\n"
        "st.text(repr(ev.selection.selected))\n", "echarts_chart")
    sel = {"selection": {"selected": [{"series_index": 0, "series_id": None, "series_name": None,
                                       "data_type": "main", "data_indices": [1]}], "areas": []}}
    [text] = app.select(sel)["texts"]
    assert text == ("[{'series_index': 0, 'series_id': None, 'series_name': None, 'data_type': 'main', "
                    "'data_indices': [1]}]")


@pytest.mark.parametrize("spec, message", [
    ("'{\"tooltip\": {\"formatter\": function (p) { return p; }}}'",
     "The provided ECharts spec contains JavaScript callbacks"),
    ("'not json'", "The provided ECharts spec could not be parsed as JSON."),
    ("{'series': [{'type': 'scatter3D'}]}", "The provided ECharts spec uses the `scatter3D` series, which requires the ECharts GL"),
    ("{'series': [{'type': 'wordCloud'}]}", "The provided ECharts spec uses the `wordCloud` series, which requires the `echarts-wordcloud`"),
    ("{'series': [{'type': 'custom'}]}", "The provided ECharts spec uses a `custom` series"),
    ("{'series': [{'type': 'map'}]}", "The provided ECharts spec uses a map or geo coordinate system"),
    ("{'series': [{'data': [float('nan')]}]}", "The provided ECharts spec is not JSON-serializable."),
    ("[1, 2]", "Invalid `spec` type. Expected one of: dict, str, pyecharts chart. Provided type: list."),
])
def test_echarts_errors(spec, message):
    at = run(f"st.echarts_chart({spec})\n")
    assert at.exception[0].value.startswith(message), at.exception[0].value


def test_echarts_bad_renderer():
    at = run("st.echarts_chart({}, renderer='webgl')\n")
    assert at.exception[0].value == "Invalid `renderer` value. Supported values: 'canvas', 'svg'."


def test_echarts_unserializable_value_is_named():
    at = run("import datetime\nst.echarts_chart({'series': [{'data': [1, float('nan')]}], 'title': {'text': datetime.date(2024, 1, 2)}})\n")
    assert at.exception[0].value.startswith(
        "The provided ECharts spec is not JSON-serializable. `series[0].data[1]` is `NaN`. Use `None` for missing "
        "or non-finite numbers. `st.echarts_chart` only supports JSON-compatible option objects.")
