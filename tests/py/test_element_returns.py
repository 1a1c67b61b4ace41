"""What an element command returns, as Streamlit 1.67: a generator whose next
write replaces that element in place (``el = st.text("a"); el.text("b")``).

Found by the sweep of Streamlit's own e2e apps (st_sidebar.py: a sidebar text
overwritten through its returned generator was drawn twice).  Runs against the
real Streamlit too (``TABLIT_REFERENCE=1``).
"""

import textwrap

import pytest

from apptest import AppTest


def run(src):
    return AppTest.from_string("import streamlit as st\n" + textwrap.dedent(src), default_timeout=30).run()


def texts(block):
    return [(c.type, getattr(c, "value", None)) for c in block.children.values()]


def test_sidebar_text_overwritten_through_its_generator():
    at = run("""
        x = st.sidebar.text("overwrite me")
        x.text("overwritten")
        y = st.sidebar.text_input("type here")
    """)
    assert [c.type for c in at.sidebar.children.values()] == ["text", "text_input"]
    assert at.sidebar.text[0].value == "overwritten"


@pytest.mark.parametrize("call", [
    'st.markdown("a")', 'st.text("a")', 'st.title("a")', 'st.header("a")', 'st.subheader("a")',
    'st.caption("a")', 'st.code("a")', 'st.latex("a")', 'st.divider()', 'st.json({"a": 1})',
    'st.metric("a", 1)', 'st.error("a")', 'st.info("a")', 'st.exception(ValueError("a"))',
    'st.html("<b>a</b>")', 'st.table([1, 2])', 'st.dataframe([1, 2])', 'st.line_chart([1, 2])',
    'st.bar_chart([1, 2])', 'st.vega_lite_chart({"mark": "bar"})', 'st.audio(b"xx")',
    'st.balloons()', 'st.help(1)', 'st.badge("a")', 'st.link_button("a", "https://example.com")',
    'st.page_link("https://example.com", label="a")', 'st.map()',
])
def test_each_element_is_replaced_by_the_next_write_on_its_generator(call):
    at = run(f"""
        el = {call}
        st.text("after")
        el.text("replaced")
        st.text(type(el).__name__)
    """)
    assert texts(at.main) == [("text", "replaced"), ("text", "after"), ("text", "DeltaGenerator")]


def test_a_replaced_element_keeps_its_place_inside_a_column_and_after_many_writes():
    at = run("""
        left, right = st.columns(2)
        el = left.markdown("first")
        left.text("below")
        for i in range(3):
            el = el.text(f"n{i}")
    """)
    left = at.columns[0]
    assert texts(left) == [("text", "n2"), ("text", "below")]
