"""Submodules apps import: streamlit.components.v1, st.column_config, streamlit.errors."""

import os

import pytest
from apptest import AppTest

REFERENCE = os.environ.get("TABLIT_REFERENCE") == "1"


def test_components_html_and_column_config():
    at = AppTest.from_string(
        "import streamlit as st\n"
        "import streamlit.components.v1 as components\n"
        "components.html('<b>bold</b>', height=50)\n"
        "cfg = {'a': st.column_config.NumberColumn('A', format='%d')}\n"
        "st.write('ok')\n"
    ).run()
    assert not at.exception
    assert at.markdown[-1].value == "ok"


@pytest.mark.skipif(REFERENCE, reason="tablit's own error for custom components")
def test_declare_component_is_refused_clearly():
    at = AppTest.from_string(
        "import streamlit.components.v1 as components\n"
        "components.declare_component('my_comp', path='frontend')\n"
    ).run()
    assert "cannot run in tablit's browser runtime" in at.exception[0].value
