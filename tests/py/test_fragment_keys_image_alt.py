"""st.fragment(parallel=, key=) and st.image(alt=), as Streamlit 1.67 checks them.

The error cases also run against Streamlit 1.67 (``TABLIT_REFERENCE=1`` with its
venv's python); what tablit draws (alt texts in the node) is tablit-only.
"""

import os
import textwrap

import pytest

from apptest import AppTest

REFERENCE = os.environ.get("TABLIT_REFERENCE") == "1"
PNG = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def run(src):
    return AppTest.from_string(textwrap.dedent(src), default_timeout=20).run()


def errors_of(at):
    return [e.value if hasattr(e, "value") else e.message for e in at.exception]


@pytest.mark.parametrize("key, text", [
    ("''", "Invalid `key` value"),
    ("'app'", "`app` is a reserved name and cannot be used as a fragment key"),
    ("'fragment'", "`fragment` is a reserved name"),
    ("'$$ID-x'", "Keys beginning with $$ID are reserved."),
])
def test_fragment_key_checks(key, text):
    at = run(f"""
        import streamlit as st
        @st.fragment(key={key})
        def f():
            st.write("x")
        f()
    """)
    assert at.exception and text in at.exception[0].message


def test_keyed_rerun_from_a_callback_reruns_and_an_unknown_key_is_refused():
    at = run("""
        import streamlit as st
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1

        @st.fragment(key=7, parallel=True)
        def charts():
            st.write("charts", st.session_state.runs)
        charts()
        st.button("known", on_click=lambda: st.rerun(7))
        st.button("unknown", on_click=lambda: st.rerun("nope"))
    """)
    assert not at.exception
    runs = at.session_state.runs
    at.button[0].click().run()
    assert not at.exception
    if not REFERENCE:  # tablit reruns the whole app (a deliberate difference); 1.67 only the fragment
        assert at.session_state.runs > runs
    if REFERENCE:  # 1.67's AppTest does not surface the callback's error as an element
        return
    at.button[1].click().run()
    assert at.exception
    assert "No fragment found for target 'nope'" in at.exception[0].message


@pytest.mark.parametrize("src, text", [
    (f"st.image(['{PNG}', '{PNG}'], alt='both')",
     "A single `alt` string can only be used with a single image. You passed 2 images"),
    (f"st.image(['{PNG}', '{PNG}'], alt=['one'])", "Cannot pair 1 alt values with 2 images."),
])
def test_image_alt_pairing_errors(src, text):
    at = run(f"""
        import base64, io
        import streamlit as st
        {src.replace("'" + PNG + "'", "io.BytesIO(base64.b64decode('" + PNG + "'))")}
    """)
    assert at.exception and text in at.exception[0].message


@pytest.mark.skipif(REFERENCE, reason="the node's props are tablit's")
def test_image_alt_texts_reach_the_node():
    at = run(f"""
        import base64, io
        import streamlit as st
        img = lambda: io.BytesIO(base64.b64decode('{PNG}'))
        st.image([img(), img(), img()], alt=["A red dot", "", "   "])
    """)
    assert not at.exception
    images = at.main.children[0].images
    assert [i["alt"] for i in images] == ["A red dot", "", None]
