"""The exception element's traceback starts at the app's own code."""

import os

import pytest

pytestmark = pytest.mark.skipif(os.environ.get("TABLIT_REFERENCE") == "1",
                                reason="reads tablit's node props")


def test_traceback_starts_at_app_code():
    from tablit.testing.v1 import AppTest

    at = AppTest.from_string("import streamlit as st\ndef f():\n    1/0\nst.write(1)\nf()\n").run()
    frames = at.exception[0].props["traceback"]
    assert len(frames) == 2
    assert "line 5, in <module>" in frames[0] and "line 3, in f" in frames[1]
    assert not any("tablit" in f.split(",")[0] for f in frames)


def test_api_error_hides_tablit_frames():
    from tablit.testing.v1 import AppTest

    at = AppTest.from_string("import streamlit as st\nst.slider('S', 0, 10, 50)\n").run()
    exc = at.exception[0]
    assert exc.props["message_is_markdown"]
    assert [f for f in exc.props["traceback"] if "py/tablit" in f] == []
