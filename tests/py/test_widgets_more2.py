"""Issue 9, part 2, through AppTest: datetime_input, pagination, menu_button,
st.dialog and st.grid.  Runs against the real Streamlit 1.67 too
(``TABLIT_REFERENCE=1``) except where marked tablit-only.
"""

import datetime as dt
import os
import textwrap

import pytest

from apptest import AppTest

REFERENCE = os.environ.get("TABLIT_REFERENCE") == "1"
tablit_only = pytest.mark.skipif(REFERENCE, reason="tablit behaviour that Streamlit's AppTest cannot show")


def app(src):
    return AppTest.from_string("import streamlit as st\nimport datetime as dt\n" + textwrap.dedent(src),
                               default_timeout=10)


def md(at):
    return [m.value for m in at.markdown]


ERRORS = [
    ('st.datetime_input("X", dt.datetime(2020, 1, 1), min_value=dt.datetime(2021, 1, 1))',
     "The `value` 2020-01-01 00:00:00 is less than the `min_value` 2021-01-01 00:00:00."),
    ('st.datetime_input("X", dt.datetime(2030, 1, 1), max_value=dt.datetime(2021, 1, 1))',
     "The `value` 2030-01-01 00:00:00 is greater than the `max_value` 2021-01-01 00:00:00."),
    ('st.datetime_input("X", "bad")',
     'Invalid `value` type. Expected one of: datetime, date, time, ISO string, "now". Provided type: str.'),
    ('st.datetime_input("X", step=30)',
     "The `step` parameter, set to 30 seconds, is outside the required range [60 seconds, 23 hours]."),
    ('st.datetime_input("X", step=1.5)', "Invalid `step` type. Expected one of: int, timedelta. Provided type: float."),
    ('st.datetime_input("X", format="YY")',
     "Invalid `format` value. Supported values: 'YYYY/MM/DD', 'DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY.MM.DD', "
     "'DD.MM.YYYY', 'MM.DD.YYYY', 'YYYY-MM-DD', 'DD-MM-YYYY', 'MM-DD-YYYY'. Provided value: 'YY'."),
    ('st.datetime_input("X", None, min_value=dt.date(2025, 1, 1), max_value=dt.date(2024, 1, 1))',
     "The `min_value`, set to 2025-01-01 00:00:00, cannot be greater than the `max_value`, set to "
     "2024-01-01 23:59:00."),
    ('st.pagination(0)', "`num_pages` must be an integer of at least 1. Got 0."),
    ('st.pagination(3, default=4)', "The `default` parameter, set to 4, is outside the required range [1, 3]."),
    ('st.pagination(3, default="1")', "Invalid `default` type. Expected one of: int. Provided type: str."),
    ('st.pagination(3, max_visible_pages=-1)', "`max_visible_pages` must be a non-negative integer or None. Got -1."),
    ('st.menu_button("M", [])', "The `options` parameter is required. Provide at least one option."),
    ('st.menu_button("M", ["a"], on_click="rerun")',
     '`on_click="rerun"` is not supported on this widget. Pass a callback, or omit `on_click`.'),
    ('st.menu_button("M", ["a", "A"], format_func=str.upper)',
     "The `format_func` produced duplicate labels for the menu button options. Each formatted option "
     "label must be unique."),
    ('st.grid(25)', "The `columns` parameter, set to 25, is outside the required range [1, 24]."),
    ('st.grid(wrap=False)',
     '`columns="auto"` and `wrap=False` cannot be used together. `wrap=False` requires an explicit '
     'column count. Pass an integer, such as `st.grid(3, wrap=False)`.'),
    ('st.grid(gap=(1, 2, 3))',
     "Invalid `gap` value. Supported values: a gap size, a 2-tuple or 2-list of (row_gap, column_gap). "
     "Got a sequence with 3 elements."),
    ('st.grid(border=1)', "Invalid `border` type. Expected one of: bool. Provided type: int."),
    ('st.grid(2).cell(column_span=3)',
     "The `column_span` parameter, set to 3, is outside the required range [1, 2]."),
    ('st.grid().cell(row_span=0)', "Invalid `row_span` value. Supported values: a positive integer. Got 0."),
]


@pytest.mark.parametrize("code,message", ERRORS)
def test_errors(code, message):
    at = app(f"try:\n    {code}\nexcept Exception as e:\n    st.text(str(e))\n").run()
    assert [t.value for t in at.text] == [message]


DIALOG_ERRORS = [
    ('@st.dialog("T", width="huge")\ndef f(): pass\nf()',
     "Invalid `width` value. Supported values: 'small', 'medium', 'large', a positive integer. Got 'huge'."),
    ('@st.dialog("T", position="top")\ndef f(): pass\nf()',
     "Invalid `position` value. Supported values: 'left', 'center', 'right'."),
    ('@st.dialog("T", on_dismiss=None)\ndef f(): pass\nf()',
     "Invalid `on_dismiss` value. Supported values: 'rerun', 'ignore', a callback function."),
    ('@st.dialog\ndef f(): pass', 'The `title` parameter is required. For example: `@st.dialog("Example Title")`.'),
    ('@st.dialog("A")\ndef f(): pass\n@st.dialog("B")\ndef g(): pass\nf()\ng()',
     "Only one dialog is allowed to be opened at the same time. Please make sure to not call a "
     "dialog-decorated function more than once in a script run."),
]


@pytest.mark.parametrize("code,message", DIALOG_ERRORS)
def test_dialog_errors(code, message):
    body = textwrap.indent(code, "    ")
    at = app(f"try:\n{body}\nexcept Exception as e:\n    st.text(str(e))\n").run()
    assert [t.value for t in at.text] == [message]


def test_datetime_input_values():
    at = app('''
        v = st.datetime_input("When", dt.datetime(2024, 1, 2, 9, 30, 45), key="w")
        n = st.datetime_input("None", None)
        st.write(repr(v), repr(n))
    ''').run()
    assert md(at) == ["datetime.datetime(2024, 1, 2, 9, 30) None"]
    w = at.datetime_input[0]
    assert (w.min, w.max, w.step, w.format) == ("2014-01-02T00:00", "2034-01-02T23:59", 900, "YYYY/MM/DD")
    w.set_value(dt.datetime(2025, 5, 6, 7, 8)).run()
    assert md(at) == ["datetime.datetime(2025, 5, 6, 7, 8) None"]
    at.datetime_input[1].set_value(dt.datetime(2024, 2, 3, 4, 5)).run()
    assert md(at) == ["datetime.datetime(2025, 5, 6, 7, 8) datetime.datetime(2024, 2, 3, 4, 5)"]
    assert at.session_state["w"] == dt.datetime(2025, 5, 6, 7, 8)


def test_pagination_state_and_fallback():
    at = app('''
        p = st.pagination(10, key="p", default=2)
        st.write(f"page {p}")
    ''').run()
    assert md(at) == ["page 2"]
    assert at.pagination[0].num_pages == 10
    at.pagination[0].select(7).run()
    assert md(at) == ["page 7"]
    at.session_state["p"] = 99   # not a page: the default
    at.run()
    assert md(at) == ["page 2"]


def test_menu_button_fires_once_with_the_option():
    at = app('''
        if "log" not in st.session_state:
            st.session_state.log = []
        def clicked():
            st.session_state.log.append("cb")
        m = st.menu_button("Export", ["CSV", "JSON"], on_click=clicked, key="m")
        st.write(f"{m!r} {st.session_state.log}")
    ''').run()
    assert md(at) == ["None []"]
    assert at.menu_button[0].options == ["CSV", "JSON"]
    at.menu_button[0].click("JSON").run()
    assert md(at) == ["'JSON' ['cb']"]
    at.run()
    assert md(at) == ["None ['cb']"]


def test_menu_button_in_a_form_is_refused():
    at = app('''
        with st.form("f"):
            try:
                st.menu_button("M", ["a"])
            except Exception as e:
                st.text(type(e).__name__)
            st.form_submit_button()
    ''').run()
    assert [t.value for t in at.text] == ["StreamlitInvalidLayoutContextError"]


DIALOG_APP = '''
    @st.dialog("Cast your vote")
    def vote(item):
        st.write(f"Why is {item} your favorite?")
        reason = st.text_input("Because...")
        st.write(f"typed: [{reason}]")
        if st.button("Submit"):
            st.session_state.vote = {"item": item, "reason": reason}
            st.rerun()
    if "vote" not in st.session_state:
        if st.button("A"):
            vote("A")
    else:
        st.write(f"You voted for {st.session_state.vote['item']} because [{st.session_state.vote['reason']}]")
'''


def test_dialog_opens_in_the_event_container_and_other_runs_close_it():
    at = app(DIALOG_APP).run()
    assert md(at) == []
    at.button[0].click().run()
    assert md(at) == ["Why is A your favorite?", "typed: []"]
    assert [m.value for m in at.main.markdown] == []   # the dialog is not in main
    at.run()                                             # a run the dialog did not cause
    assert md(at) == []


@tablit_only
def test_dialog_stays_open_while_its_widgets_are_used():
    # Streamlit reruns only the dialog (a fragment) in the browser; its AppTest
    # reruns the whole app and loses the dialog.  tablit keeps it open.
    at = app(DIALOG_APP).run()
    at.button[0].click().run()
    at.text_input[0].input("cool").run()
    assert md(at) == ["Why is A your favorite?", "typed: [cool]"]
    at.button[1].click().run()
    assert md(at) == ["You voted for A because [cool]"]
    assert at.session_state["vote"] == {"item": "A", "reason": "cool"}


DISMISS_APP = """
import streamlit as st
if "dismissed" not in st.session_state:
    st.session_state.dismissed = 0
def gone():
    st.session_state.dismissed += 1
@st.dialog("D", on_dismiss=gone)
def d():
    st.checkbox("inside")
if st.button("open"):
    d()
st.write(f"dismissed {st.session_state.dismissed}")
"""


def _nodes(msg):
    stack = list(msg["tree"].values())
    while stack:
        n = stack.pop()
        yield n
        stack.extend(n.get("children") or [])


@tablit_only
def test_dialog_closes_on_other_runs_and_dismiss_runs_its_callback(tmp_path):
    import json

    from tablit.bridge import Bridge

    (tmp_path / "app.py").write_text(DISMISS_APP)
    b = Bridge(str(tmp_path / "app.py"))

    def send(msg):
        out = json.loads(b.handle(json.dumps([msg])))
        return [m for m in out if m["type"] == "render"][-1]

    first = [m for m in json.loads(b.start()) if m["type"] == "render"][-1]
    button = next(n for n in _nodes(first) if n["kind"] == "button")
    opened = send({"type": "update", "changes": [], "trigger": button["id"]})
    dialog = next(n for n in _nodes(opened) if n["kind"] == "dialog")
    assert "event" in opened["tree"] and dialog["props"]["title"] == "D"
    assert dialog["props"]["on_dismiss"] == "rerun" and dialog["props"]["opened"] == 1
    box = next(n for n in _nodes(opened) if n["kind"] == "checkbox")
    kept = send({"type": "update", "changes": [{"id": box["id"], "value": True}], "trigger": None})
    assert any(n["kind"] == "dialog" for n in _nodes(kept))          # its widget: still open
    dismissed = send({"type": "update", "changes": [], "trigger": dialog["id"]})
    assert not any(n["kind"] == "dialog" for n in _nodes(dismissed))  # closed, callback ran
    assert any(n["kind"] == "markdown" and n["props"]["body"] == "dismissed 1" for n in _nodes(dismissed))
    again = send({"type": "update", "changes": [], "trigger": button["id"]})
    assert next(n for n in _nodes(again) if n["kind"] == "dialog")["props"]["opened"] == 2
    plain = send({"type": "update", "changes": [], "trigger": None})   # a plain rerun closes it
    assert not any(n["kind"] == "dialog" for n in _nodes(plain))


def test_grid_cells_and_attributes():
    at = app('''
        g = st.grid(3, gap=("small", 10))
        for i in range(4):
            g.write(f"item {i}")
        g.cell(column_span="all").write("wide")
        with g:
            st.write("via with")
    ''').run()
    g = at.grid[0]
    assert (g.column_count, g.gap, g.wrap, g.height) == (3, ("small", 10), True, "content")
    assert [m.value for m in g.markdown] == ["item 0", "item 1", "item 2", "item 3", "wide", "via with"]
