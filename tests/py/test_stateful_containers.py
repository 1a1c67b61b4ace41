"""st.expander, st.tabs and st.popover with key and on_change: open state in
session state and ``.open``, as Streamlit 1.67 has them.  Runs against the real
Streamlit too (``TABLIT_REFERENCE=1``) except where marked tablit-only.
"""

import os
import textwrap

import pytest

from apptest import AppTest

REFERENCE = os.environ.get("TABLIT_REFERENCE") == "1"
tablit_only = pytest.mark.skipif(REFERENCE, reason="tablit render tree")


def app(src):
    return AppTest.from_string("import streamlit as st\n" + textwrap.dedent(src), default_timeout=10)


def md(at):
    return [m.value for m in at.markdown]


STATEFUL = '''
    if "log" not in st.session_state:
        st.session_state.log = []
    def log(name):
        st.session_state.log.append(name)
    e = st.expander("Details", key="e", on_change=log, args=("e",))
    with e:
        st.write("inside")
    t = st.tabs(["One", "Two", "Three"], key="t", on_change="rerun", default="Two")
    p = st.popover("More", key="p", on_change="rerun")
    st.write(f"e={e.open} t={[x.open for x in t]} p={p.open} ss={st.session_state.e},{st.session_state.t},{st.session_state.p} log={st.session_state.log}")
'''


def test_stateful_containers_read_their_state():
    at = app(STATEFUL).run()
    assert md(at)[-1] == "e=False t=[False, True, False] p=False ss=False,Two,False log=[]"


def test_stateful_containers_are_set_through_session_state():
    at = app(STATEFUL).run()
    at.session_state["e"] = True
    at.session_state["t"] = "Three"
    at.session_state["p"] = True
    at.run()
    assert md(at)[-1] == "e=True t=[False, False, True] p=True ss=True,Three,True log=[]"


def test_plain_containers_have_no_state():
    at = app('''
        e = st.expander("E", key="e")
        t = st.tabs(["A", "B"], key="t")
        p = st.popover("P")
        st.write(f"{e.open} {[x.open for x in t]} {p.open} {'e' in st.session_state} {type(t).__name__}")
    ''').run()
    assert md(at) == ["None [None, None] None False tuple"]


@pytest.mark.parametrize("code,message", [
    ('st.expander("E", on_change=None)', "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."),
    ('st.tabs(["A"], on_change=5)', "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."),
    ('st.popover("P", type="x")', "Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'."),
    ('st.expander("E", type="x")', "Invalid `type` value. Supported values: 'default', 'compact', 'step'."),
    ('st.expander("E", bind="url")', "Invalid `bind` value. Supported values: 'query-params', None."),
    ('st.tabs(["A"], default="B")', "Invalid `default` value. Supported values: a tab label from `tabs`. `B` is not in the list of tabs."),
    ('st.tabs([])', "The `tabs` parameter is required. Provide at least one tab label."),
    ('st.expander("E", width="content")',
     "Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'."),
])
def test_errors(code, message):
    at = app(f"try:\n    {code}\nexcept Exception as e:\n    st.text(str(e))\n").run()
    assert [t.value for t in at.text] == [message]


def test_stateful_callback_in_form_is_refused():
    at = app('''
        with st.form("f"):
            try:
                st.expander("E", on_change=lambda: None)
            except Exception as e:
                st.text(type(e).__name__)
            st.form_submit_button()
    ''').run()
    assert [t.value for t in at.text] == ["StreamlitInvalidFormCallbackError"]


@tablit_only
def test_page_changes_run_callbacks_and_update_state(tmp_path):
    import json

    from tablit.bridge import Bridge

    (tmp_path / "app.py").write_text("import streamlit as st\n" + textwrap.dedent(STATEFUL))
    b = Bridge(str(tmp_path / "app.py"))

    def nodes(msg):
        stack = list(msg["tree"].values())
        while stack:
            n = stack.pop()
            yield n
            stack.extend(n.get("children") or [])

    def last_line(msg):
        return [n["props"]["body"] for n in nodes(msg) if n["kind"] == "markdown" and n["props"]["body"].startswith("e=")][0]

    first = [m for m in json.loads(b.start()) if m["type"] == "render"][-1]
    by_kind = {n["kind"]: n for n in nodes(first) if n["kind"] in ("expander", "tabs", "popover")}
    assert all(n["props"]["stateful"] and n["id"].startswith("$$ID-") for n in by_kind.values())
    assert by_kind["tabs"]["props"]["value"] == "Two" and by_kind["expander"]["props"]["value"] is False
    out = json.loads(b.handle(json.dumps([{"type": "update", "trigger": None, "changes": [
        {"id": by_kind["expander"]["id"], "value": True}, {"id": by_kind["tabs"]["id"], "value": "One"}]}])))
    render = [m for m in out if m["type"] == "render"][-1]
    assert last_line(render) == "e=True t=[True, False, False] p=False ss=True,One,False log=['e']"
    bad = json.loads(b.handle(json.dumps([{"type": "update", "trigger": None, "changes": [
        {"id": by_kind["tabs"]["id"], "value": "Nope"}]}])))
    assert bad[0]["type"] == "refused"
