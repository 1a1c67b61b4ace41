"""``st.<name>`` and ``<generator>.<name>`` that Streamlit 1.67 does not have: 1.67's
messages (a removed command names its successor, a near miss gets "Did you mean",
a command called on a generator that only ``st`` has says so).

Found by the sweep of Streamlit's own e2e apps (st_dialog.py, st_feedback.py,
st_write.py, ... use removed ``st.experimental_*`` names; st_add_rows.py calls
``add_rows``, which 1.67 no longer has).  Runs against the real Streamlit too
(``TABLIT_REFERENCE=1``) except where marked tablit-only.
"""

import os
import textwrap

import pytest

from apptest import AppTest

REFERENCE = os.environ.get("TABLIT_REFERENCE") == "1"


def texts(src):
    at = AppTest.from_string("import streamlit as st\n" + textwrap.dedent(src), default_timeout=30).run()
    assert not at.exception
    return [t.value for t in at.text]


@pytest.mark.parametrize("name,message", [
    ("experimental_fragment", "st.experimental_fragment has been removed. Use st.fragment instead."),
    ("experimental_dialog", "st.experimental_dialog has been removed. Use st.dialog instead."),
    ("experimental_get_query_params",
     "st.experimental_get_query_params has been removed. Use st.query_params instead."),
    ("experimental_user", "st.experimental_user has been removed. Use st.user instead."),
    ("cache", "st.cache has been removed. Use st.cache_data or st.cache_resource instead."),
    ("bokeh_chart", "st.bokeh_chart has been removed. Use the streamlit-bokeh component instead."),
    ("buton", "Did you mean st.button?"),
    ("column_confg", "Did you mean st.column_config?"),
])
def test_removed_and_misspelled_names_get_1_67s_advice(name, message):
    shown = texts(f"""
        try:
            st.{name}
        except AttributeError as e:
            st.text(str(e))
            st.text(e.name)
    """)
    assert shown == [f"module 'streamlit' has no attribute '{name}'. {message}", name]


def test_st_input_lists_the_input_commands():
    shown = texts("""
        try:
            st.input("x")
        except AttributeError as e:
            st.text(str(e))
    """)
    assert shown == ["module 'streamlit' has no attribute 'input'. Use a specific input command such as "
                     "st.audio_input, st.camera_input, st.chat_input, st.date_input, st.datetime_input, "
                     "st.number_input, st.text_input, or st.time_input."]


def test_hasattr_and_private_names_stay_plain():
    shown = texts("""
        st.text(str(hasattr(st, "experimental_fragment")))
        try:
            st._nope
        except AttributeError as e:
            st.text(str(e))
    """)
    assert shown == ["False", "module 'streamlit' has no attribute '_nope'"]


def test_commands_generators_do_not_have():
    shown = texts("""
        import pandas as pd
        calls = [lambda: st.dataframe(pd.DataFrame({"a": [1]})).add_rows(pd.DataFrame({"a": [2]})),
                 lambda: st.sidebar.echo(), lambda: st.sidebar.columns(2)[0].rerun(),
                 lambda: st.container().set_page_config(), lambda: st.empty().foo()]
        for call in calls:
            try:
                call()
            except Exception as e:
                st.text(f"{type(e).__name__}: {e}")
        st.text(str(hasattr(st.container(), "anything")))
    """)
    assert shown == [
        "StreamlitAPIException: `add_rows()` is not a valid Streamlit command.",
        "StreamlitAPIException: Method `echo()` does not exist for `st.sidebar`. Did you mean `st.echo()`?",
        "StreamlitAPIException: Method `rerun()` does not exist for `st.sidebar`. Did you mean `st.rerun()`?",
        "StreamlitAPIException: Method `set_page_config()` does not exist for `DeltaGenerator` objects. "
        "Did you mean `st.set_page_config()`?",
        "StreamlitAPIException: `foo()` is not a valid Streamlit command.",
        "True",
    ]
