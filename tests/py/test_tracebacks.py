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


def test_rows_as_167_chained_and_stripped():
    """1.67's rows: one per frame without its outer whitespace, the chain before
    the exception with each cause's ``Type: message`` and Python's sentences
    (as 1.67's AppTest ``stack_trace`` gives them for the same app)."""
    from tablit.testing.v1 import AppTest

    src = (
        "import streamlit as st\n"
        "def f():\n"
        "    try:\n"
        "        {}['k']\n"
        "    except KeyError as e:\n"
        "        raise ValueError('bad') from e\n"
        "def g():\n"
        "    try:\n"
        "        1/0\n"
        "    except ZeroDivisionError:\n"
        "        f()\n"
        "g()\n"
    )
    rows = AppTest.from_string(src).run().exception[0].stack_trace
    shape = [r.split(", in ")[1].split("\n")[0] if r.startswith("File ") else r for r in rows]
    assert shape == [
        "g",
        "ZeroDivisionError: division by zero",
        "During handling of the above exception, another exception occurred:",
        "f",
        "KeyError: 'k'",
        "The above exception was the direct cause of the following exception:",
        "<module>",
        "g",
        "f",
    ]
    assert all(r == r.strip() for r in rows)
    assert rows[-1].endswith("\n    raise ValueError('bad') from e")


def test_tablit_frames_dropped_everywhere_library_frames_kept():
    """Every frame of tablit's own is dropped (the page runner's too, e.g. st.navigation's
    page.run()); the standard library's and other packages' frames stay."""
    from tablit.testing.v1 import AppTest

    at = AppTest.from_string(
        "import streamlit as st\nimport json\n"
        "pg = st.navigation([st.Page(lambda: json.loads('{x'), title='P')])\npg.run()\n").run()
    rows = at.exception[0].stack_trace
    assert not any("/tablit/" in r for r in rows), rows
    assert rows[0].startswith("File ") and rows[0].endswith("pg.run()")
    assert any("json" in r and "in loads" in r for r in rows)


def test_the_workers_own_python_is_dropped_too():
    """The worker's setup code runs as "<exec>" (Pyodide's runPython): its import finders raise
    the ModuleNotFoundError for a package not installed, and their frame is not the app's."""
    from tablit.runtime.exceptions import traceback_rows

    ns: dict = {}
    exec(compile("def find_spec():\n    raise ModuleNotFoundError('No module named x', name='x')\n", "<exec>", "exec"), ns)
    try:
        ns["find_spec"]()
    except ModuleNotFoundError as e:
        err = e
    rows = traceback_rows(err)
    assert len(rows) == 1 and "in test_the_workers_own_python_is_dropped_too" in rows[0], rows


def test_failure_inside_tablit_alone_keeps_its_frames():
    """With no frame outside tablit in the whole chain, its frames are the evidence (1.67's fallback)."""
    from tablit.runtime import exceptions as exc_mod
    from tablit.runtime.exceptions import traceback_rows

    ns: dict = {}
    exec(compile("def boom():\n    raise KeyError('x')\n", exc_mod.__file__, "exec"), ns)  # "in" tablit's file
    try:
        ns["boom"]()
    except KeyError as e:
        err = e
    rows = traceback_rows(err)
    assert len(rows) == 1 and "in test_failure_inside_tablit_alone_keeps_its_frames" in rows[0]
    err.__traceback__ = err.__traceback__.tb_next  # without this test's frame only tablit's is left
    rows = traceback_rows(err)
    assert len(rows) == 1 and "/tablit/runtime/exceptions.py" in rows[0] and "in boom" in rows[0]


def test_a_syntax_error_raised_in_the_script_has_167s_message():
    """1.67 writes a SyntaxError's message as the interpreter prints it (where, the line as
    written, a caret), and its rows are the frames alone (as 1.67's AppTest gives them)."""
    from tablit.testing.v1 import AppTest

    at = AppTest.from_string("import streamlit as st\nexec('y = (\\n')\n").run()
    exc = at.exception[0]
    assert exc.value == 'File "<string>", line 1\n  y = (\n      ^\nSyntaxError: \'(\' was never closed'
    assert not exc.props["message_is_markdown"]
    assert len(exc.props["traceback"]) == 1 and exc.props["traceback"][0].startswith('File "')


def test_a_script_that_does_not_compile(tmp_path):
    """1.67 sends a compile error as a session event (its "Script execution error" dialog),
    not an element: its AppTest's tree is empty, and its log has the error.  The page gets
    the banner with 1.67's message."""
    import json

    from tablit.bridge import Bridge
    from tablit.testing.v1 import AppTest

    src = "import streamlit as st\nst.title('Hello')\nst.write('first'\n"
    at = AppTest.from_string(src).run()
    assert len(at.main.children) == 0 and len(at.exception) == 0 and len(at.sidebar.children) == 0
    app = tmp_path / "app.py"
    app.write_text(src)
    (render,) = json.loads(Bridge(str(app)).start())
    assert render["banner"] == {"type": "SyntaxError", "message": (
        f'File "{app}", line 3\n  st.write(\'first\'\n          ^\nSyntaxError: \'(\' was never closed')}


def test_a_missing_query_param_shows_1_67s_chain():
    # 30 Days of Streamlit, day 23 (ported to st.query_params) opened without ?firstname=
    from tablit.testing.v1 import AppTest

    exc = AppTest.from_string("import streamlit as st\nst.query_params['firstname']\n").run().exception[0]
    assert exc.message == "'st.query_params has no key \"firstname\".'"
    assert exc.stack_trace[:4] == [
        "KeyError: 'firstname'", "During handling of the above exception, another exception occurred:",
        "KeyError: 'st.query_params has no key \"firstname\".'",
        "During handling of the above exception, another exception occurred:"]
    assert len(exc.stack_trace) == 5 and "line 2, in <module>" in exc.stack_trace[4]


def test_without_the_rows_family_the_exception_is_still_shown(monkeypatch):
    """runtime/traceback_rows.py is fetched when a run first fails; offline before it ever was,
    the box still shows the type, the message and Python's own lines."""
    import sys

    from tablit.testing.v1 import AppTest

    monkeypatch.setitem(sys.modules, "tablit.runtime.traceback_rows", None)  # its import fails
    at = AppTest.from_string("import streamlit as st\ndef f():\n    1/0\nst.write(1)\nf()\n").run()
    exc = at.exception[0]
    assert exc.props["type"] == "ZeroDivisionError" and exc.value == "division by zero"
    rows = exc.props["traceback"]
    assert any("line 5, in <module>" in r for r in rows) and any("line 3, in f" in r for r in rows)
    assert at.markdown[0].value == "`1`"
