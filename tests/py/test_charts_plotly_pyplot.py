"""st.plotly_chart and st.pyplot: figure JSON, theme template, selections, sizes, errors."""

import json

import pytest

from apptest import AppTest
from chart_cases import ChartSession


def run(src, timeout=60):
    return AppTest.from_string("import streamlit as st\n" + src, default_timeout=timeout).run()


def test_plotly_express_figure_is_on_the_streamlit_template():
    pytest.importorskip("plotly")
    at = run("import plotly.express as px\nst.plotly_chart(px.scatter(x=[1, 2, 3], y=[3, 1, 2]))\n")
    assert not at.exception
    [el] = at.get("plotly_chart")
    spec = json.loads(el.props["spec"])
    # the placeholder colours the page replaces with the theme's (as 1.67)
    assert spec["data"][0]["marker"]["color"] == "#000001"
    assert spec["layout"]["template"]["layout"]["colorway"][:2] == ["#000001", "#000002"]
    assert (el.props["width"], el.props["height"], el.props["theme"]) == ("stretch", 450, "streamlit")


def test_plotly_dict_figure_and_sizes_from_layout():
    at = run("st.plotly_chart({'data': [{'type': 'bar', 'x': [1, 2], 'y': [3, 4]}], 'layout': {'width': 500, 'height': 300}},"
             " width='content', height='content', theme=None, config={'displayModeBar': False})\n")
    assert not at.exception
    [el] = at.get("plotly_chart")
    assert (el.props["width"], el.props["height"], el.props["theme"]) == (500, 300, "")
    assert json.loads(el.props["config"]) == {"displayModeBar": False}
    assert json.loads(el.props["spec"])["data"][0]["type"] == "bar"


def test_plotly_selection_state_from_the_page(tmp_path):
    app = ChartSession(tmp_path,
        "import streamlit as st\n"
        "ev = st.plotly_chart({'data': [{'type': 'scatter', 'x': [1, 2], 'y': [3, 4]}]}, on_select='rerun',"
        " selection_mode=('points', 'box'), key='p')\n"
        "st.text(repr(ev.selection.point_indices))\n"
        "st.text(repr(st.session_state.p['selection']['box']))\n", "plotly_chart")
    assert app.chart["props"]["selection_mode"] == ["box", "points"]
    value = {"selection": {"points": [{"curve_number": 0, "point_index": 1, "x": 2, "y": 4}], "point_indices": [1],
                           "box": [{"xref": "x", "yref": "y", "x": [1.5, 2.5], "y": [3.5, 4.5]}], "lasso": []}}
    assert app.select(value)["texts"] == ["[1]", "[{'xref': 'x', 'yref': 'y', 'x': [1.5, 2.5], 'y': [3.5, 4.5]}]"]


@pytest.mark.parametrize("line, message", [
    ("st.plotly_chart({'data': [{'type': 'bar'}]}, on_select='rerun', selection_mode='circle')",
     "Invalid `selection_mode` value. Supported values: 'box', 'lasso', 'points'."),
    ("st.plotly_chart({'data': [{'type': 'bar'}]}, theme='dark')", "Invalid `theme` value. Supported values: 'streamlit', None."),
    ("st.plotly_chart({'data': [{'type': 'bar'}]}, width=0)",
     "Invalid width value: 0. Width must be either a positive integer (pixels), 'stretch', or 'content'."),
])
def test_plotly_errors(line, message):
    at = run(line + "\n")
    assert at.exception[0].value == message


def test_pyplot_png_with_clear_figure_and_alt():
    pytest.importorskip("matplotlib")
    at = run("import matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt\n"
             "fig, ax = plt.subplots()\nax.plot([1, 2, 3])\nax.set_title('Growth')\n"
             "st.pyplot(fig, clear_figure=True)\nst.text(len(fig.axes))\n"
             "fig2, ax2 = plt.subplots()\nax2.plot([1])\nst.pyplot(fig2, width=300, alt='  A line  ', format='svg')\n")
    assert not at.exception
    first, second = at.get("image")
    img = first.props["images"][0]
    assert img["src"].startswith("data:image/png;base64,") and img["alt"] == "Growth"
    assert first.props["width"] == "stretch"
    assert at.get("text")[0].value == "0"  # clear_figure=True cleared it
    img2 = second.props["images"][0]
    assert img2["src"].startswith("data:image/svg+xml;base64,") and img2["alt"] == "A line"
    assert second.props["width"] == 300
    # savefig keyword arguments are deprecated: the warning is shown (client.showErrorDetails = full)
    assert "deprecated" in at.warning[0].value


def test_pyplot_without_a_figure_is_refused_with_1_67s_text():
    # (fig is a required argument in 1.67: no figure at all is Python's own TypeError)
    at = run("st.pyplot()\n")
    assert at.exception[0].value == "PyplotMixin.pyplot() missing 1 required positional argument: 'fig'"
    at = run("st.pyplot(None)\n")
    assert at.exception[0].value.startswith("The `fig` parameter is required. Passing `None` is not supported")


def test_plotly_chart_takes_no_other_keyword_argument_as_1_67():
    at = run("st.plotly_chart({'data': []}, include_mathjax='cdn')\n")
    assert at.exception[0].value == "PlotlyMixin.plotly_chart() got an unexpected keyword argument 'include_mathjax'"


def test_matplotlib_draws_with_agg_as_under_1_67():
    # (Pyodide's default matplotlib backend needs `document`, which the worker has not:
    # the docs' charts.pyplot app, which imports pyplot first, failed in plt.subplots())
    import os

    import tablit  # noqa: F401

    assert os.environ["MPLBACKEND"] == "Agg"
    pytest.importorskip("matplotlib")
    at = AppTest.from_string("import matplotlib.pyplot as plt\nimport streamlit as st\n"
                             "fig, ax = plt.subplots()\nax.hist([1, 2, 2, 3], bins=3)\n"
                             "st.write(plt.get_backend())\nst.pyplot(fig)\n", default_timeout=60).run()
    assert not at.exception
    assert at.markdown[0].value.lower() == "agg"


def test_metric_chart_data_becomes_floats_and_chart_type_is_sent():
    at = run("import numpy as np\n"
             "st.metric('Line', 10, 1, chart_data=[1, 2.5, 3])\n"
             "st.metric('Bar', 10, -1, chart_data=np.array([4, 5]), chart_type='bar')\n"
             "st.metric('None', 10)\n"
             "st.metric('Bad', 1, chart_data=['x'])\n")
    line, bar, none = at.get("metric")
    assert (line.props["chart_data"], line.props["chart_type"]) == ([1.0, 2.5, 3.0], "line")
    assert (bar.props["chart_data"], bar.props["chart_type"]) == ([4.0, 5.0], "bar")
    assert none.props["chart_data"] == []
    assert at.exception[0].value == ("Only numeric values are supported for chart data sequence. The value 'x' "
                                     "is of type <class 'str'> and cannot be converted to float.")
