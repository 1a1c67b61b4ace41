"""What takes no place in the app's flow, as in 1.67: ``st.spinner`` is a transient (shown
while its block runs, nothing left behind), and a style-only ``st.html`` goes to the event
root.  Checked through AppTest, whose trees match 1.67's AppTest for the same apps."""

import json

from tablit.bridge import Bridge
from tablit.testing.v1 import AppTest


def _types(block) -> list:
    return [type(c).__name__ if not hasattr(c, "children") or type(c).__name__ != "Block"
            else ["Block", _types(c)] for c in block.children.values()]


def test_a_spinner_leaves_nothing_behind():
    at = AppTest.from_string("""
import streamlit as st
st.write("before")
with st.spinner("Working..."):
    pass
st.write("after")
with st.sidebar:
    with st.spinner("side"):
        st.write("inside")
with st.container():
    with st.spinner():
        pass
st.spinner("never entered")
""").run()
    assert _types(at.main) == ["Markdown", "Markdown", ["Block", []]]
    assert [m.value for m in at.main.markdown] == ["before", "after"]
    assert [m.value for m in at.sidebar.markdown] == ["inside"]


def test_a_spinner_over_an_empty_gives_its_element_back(tmp_path):
    """A spinner in an ``st.empty()`` that holds an element stands in its place while the
    block runs; the element is there again after it."""
    (tmp_path / "app.py").write_text("""
import streamlit as st
slot = st.empty()
slot.write("held")
with slot.spinner("busy"):
    st.session_state.seen = True
st.write("end")
""")
    (render,) = json.loads(Bridge(str(tmp_path / "app.py")).start())
    main = render["tree"]["main"]["children"]
    assert [n["kind"] for n in main] == ["empty", "markdown"]
    assert [n["props"]["body"] for n in main[0]["children"]] == ["held"]


def test_a_spinner_checks_its_width():
    at = AppTest.from_string("import streamlit as st\nwith st.spinner('x', width=0):\n    pass\n").run()
    assert at.exception and "width" in at.exception[0].value


def test_a_style_only_html_goes_to_the_event_root():
    at = AppTest.from_string("""
import streamlit as st
st.write("top")
with st.sidebar:
    st.html("<style>.a { color: red; }</style>")
with st.container():
    st.html("<!-- c --><style>.b { color: blue; }</style>")
st.html("<p>shown</p>")
st.write("end")
""").run()
    assert _types(at.main) == ["Markdown", ["Block", []], "Html", "Markdown"]
    assert len(at.sidebar.children) == 0
    assert [h.value for h in at.html] == ["<p>shown</p>", "<style>.a { color: red; }</style>",
                                          "<!-- c --><style>.b { color: blue; }</style>"]
    event = at._tree.children[2]
    assert [type(c).__name__ for c in event.children.values()] == ["Html", "Html"]
