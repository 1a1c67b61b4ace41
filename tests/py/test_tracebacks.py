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
    assert not any("/py/tablit/" in f for f in frames)


def test_api_error_hides_tablit_frames():
    from tablit.testing.v1 import AppTest

    at = AppTest.from_string("import streamlit as st\nst.number_input('S', 0, 10, 50)\n").run()
    exc = at.exception[0]
    assert exc.props["message_is_markdown"]
    assert exc.value == "The `value` 50 is greater than the `max_value` 10."
    assert len(exc.props["traceback"]) == 1 and "line 2, in <module>" in exc.props["traceback"][0]
