"""``@st.fragment(parallel=True)`` in a full run, as 1.67 runs it on a worker
thread: the call returns None, an exception stays in the fragment's container
while the script goes on, and writing outside the fragment, ``st.dialog`` and
``st.switch_page`` are refused with 1.67's errors.  (tablit runs it in its
place: a tab's Python has one thread.)  Run with TABLIT_REFERENCE=1 to check
against Streamlit 1.67."""

import textwrap

from apptest import AppTest


def _run(tmp_path, source):
    (tmp_path / "app.py").write_text(source)
    return AppTest.from_file(str(tmp_path / "app.py")).run()


def test_a_parallel_fragment_returns_none_and_its_error_stays_in_it(tmp_path):
    at = _run(tmp_path, """
import streamlit as st

@st.fragment(parallel=True)
def broken():
    st.write("inside")
    raise ValueError("boom")

@st.fragment(parallel=True)
def answer():
    return 5

broken()
st.write(f"after answer={answer()!r}")
""")
    assert [e.value for e in at.exception] == ["boom"]
    box = at.main.children[0]
    assert [type(c).__name__ for c in box.children.values()] == ["Markdown", "Exception"]
    assert at.markdown[-1].value == "after answer=None"


def test_a_parallel_fragment_may_not_write_outside_itself(tmp_path):
    at = _run(tmp_path, """
import streamlit as st
c = st.container()

@st.fragment(parallel=True)
def to_container():
    st.write("inside")
    c.write("outside c")

@st.fragment(parallel=True)
def to_sidebar():
    st.sidebar.write("side")

@st.fragment(parallel=True)
def with_sidebar():
    with st.sidebar:
        st.write("with side")

to_container()
to_sidebar()
with_sidebar()
st.write("after")
""")
    assert len(at.exception) == 3
    assert all(e.value.startswith("Writing to a container created outside a parallel fragment, including "
                                  "`st.sidebar` and `st.bottom`, is not supported") for e in at.exception)
    assert [m.value for m in at.markdown] == ["inside", "after"]
    assert len(at.sidebar.markdown) == 0


def test_dialog_and_switch_page_are_refused_in_a_parallel_fragments_first_run(tmp_path):
    at = _run(tmp_path, """
import streamlit as st

@st.dialog("D")
def d():
    st.write("in dialog")

@st.fragment(parallel=True)
def opens():
    d()

@st.fragment(parallel=True)
def switches():
    st.switch_page("app.py")

opens()
switches()
st.write("after")
""")
    assert [e.value.split(" cannot be called from a parallel fragment during the initial page load")[0]
            for e in at.exception] == ["`@st.dialog`", "`st.switch_page`"]
    assert at.markdown[-1].value == "after"


def test_an_error_in_a_fragment_is_shown_in_it_and_ends_the_run():
    # 1.67 shows it in the fragment's container and stops the script there (e2e sweep,
    # interaction pass: st_rerun.py, and st_dialog.py's dialog, showed it at the page's end)
    at = AppTest.from_string(textwrap.dedent("""
        import streamlit as st
        st.text("before")
        @st.fragment
        def f():
            st.text("in fragment")
            raise ValueError("boom")
        f()
        st.text("after")
    """), default_timeout=10).run()
    kinds = [c.type for c in at.main.children.values()]
    assert kinds == ["text", "flex_container"]
    inside = at.main.children[1]
    assert [c.type for c in inside.children.values()] == ["text", "exception"]
    assert inside.children[1].value == "boom"
    assert [t.value for t in at.text] == ["before", "in fragment"]


def test_an_error_in_a_dialog_is_shown_in_the_dialog():
    at = AppTest.from_string(textwrap.dedent("""
        import streamlit as st
        @st.dialog("D")
        def d():
            st.text("in dialog")
            raise ValueError("boom")
        if st.button("open"):
            d()
    """), default_timeout=10).run()
    at.button[0].click().run()
    dialog = at.get("dialog")[0] if at.get("dialog") else None
    assert not [c for c in at.main.children.values() if c.type == "exception"]
    body = list(dialog.children.values())
    assert [c.type for c in body] == ["flex_container"]
    assert [c.type for c in body[0].children.values()] == ["text", "exception"]
