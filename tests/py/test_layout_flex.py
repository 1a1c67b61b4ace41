"""st.container's flex layout and st.columns' options as 1.67 sends them (the page draws them:
web/render/layout.js, layout_flex.css).  Apps from streamlit/docs (Apache-2.0):
python/api-examples-source/layout.container5.py, layout.space_horizontal.py, layout.columns_borders.py.
"""

import json
from pathlib import Path

import pytest

from tablit.bridge import Bridge


def _tree(tmp_path, source: str) -> dict:
    app = tmp_path / "app.py"
    app.write_text(source)
    msgs = json.loads(Bridge(str(app)).start())
    render = [m for m in msgs if m["type"] == "render"][-1]
    return render["tree"]["main"]


def test_horizontal_container_props(tmp_path):
    # the docs app layout.container5, the one copy the browser test (layout_docs) runs too
    main = _tree(tmp_path, (Path(__file__).parents[1] / "e2e" / "apps" / "layout_docs" / "layout.container5" / "app.py").read_text())
    box = main["children"][0]
    assert box["kind"] == "container"
    p = box["props"]
    assert (p["horizontal"], p["wrap"], p["horizontal_alignment"], p["vertical_alignment"]) == (True, True, "right", "top")
    assert (p["gap"], p["width"], p["border"]) == ("small", "stretch", False)
    assert [c["props"]["label"] for c in box["children"]] == ["Button 1", "Button 2", "Button 3"]


def test_container_gap_width_and_wrap(tmp_path):
    main = _tree(tmp_path, """
import streamlit as st
st.container(horizontal=True, wrap=False, gap=None, width=300).write("a")
st.container(gap=20, width="content", vertical_alignment="distribute").write("b")
st.container(gap="XLarge").write("c")
""")
    a, b, c = (n["props"] for n in main["children"])
    assert (a["wrap"], a["gap"], a["width"]) == (False, None, 300)
    assert (b["horizontal"], b["wrap"], b["gap"], b["width"], b["vertical_alignment"]) == (False, False, 20, "content", "distribute")
    assert c["gap"] == "xlarge"


def test_columns_border_gap_alignment(tmp_path):
    main = _tree(tmp_path, """
import streamlit as st
left, middle, right = st.columns(3, border=True, gap="xxsmall", vertical_alignment="bottom")
left.markdown("Lorem ipsum " * 10)
st.columns(2, gap=None, wrap=False)
""")
    row, row2 = main["children"]
    assert row["props"] == {"gap": "xxsmall", "vertical_alignment": "bottom", "border": True, "width": "stretch", "wrap": True}
    assert [c["props"]["border"] for c in row["children"]] == [True, True, True]
    assert {c["props"]["vertical_alignment"] for c in row["children"]} == {"bottom"}
    assert (row2["props"]["gap"], row2["props"]["wrap"]) == (None, False)


@pytest.mark.parametrize("call, message", [
    ("st.container(gap='huge')", "Invalid `gap` value. Supported values: 'xxsmall', 'xsmall', 'small', "
     "'medium', 'large', 'xlarge', 'xxlarge', None, a non-negative integer (pixels). Got 'huge'."),
    ("st.container(width='wide')", "Invalid width value: 'wide'. Width must be either a positive integer "
     "(pixels), 'stretch', or 'content'."),
    ("st.container(wrap=False)", "`wrap=False` and `horizontal=False` cannot be used together."),
    ("st.columns(2, wrap='yes')", "Invalid `wrap` value. Supported values: True, False."),
    ("st.columns(2, width='content')", "Invalid width value: 'content'. Width must be either a positive "
     "integer (pixels) or 'stretch'."),
])  # the texts of Streamlit 1.67's AppTest for the same calls
def test_bad_layout_arguments_are_1_67_errors(tmp_path, call, message):
    main = _tree(tmp_path, f"import streamlit as st\n{call}\nst.write('after')\n")
    kinds = [n["kind"] for n in main["children"]]
    assert kinds == ["exception"]
    assert message in main["children"][0]["props"]["message"]
