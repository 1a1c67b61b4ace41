"""st.components.v2: the mount command's arguments, state and trigger values, callbacks,
st.session_state[key] (write-through), and 1.67's error texts.

The page's side is driven here as web/render/elements/bidi_component.js drives it: a
state change is an update of the node's id with the whole state object; a trigger is
an update whose trigger (and change) is ``props.events`` with the list of payloads.
Error texts are checked against Streamlit 1.67's AppTest when /work/venv-st is there.
"""

from __future__ import annotations

import json
import os
import subprocess
import textwrap
from pathlib import Path

import pytest

from tablit.testing.v1 import AppTest
from tablit.testing.v1 import element_tree as et

# The docs' examples (streamlit/docs, Apache-2.0), kept in this repository: the e2e app's pages
# and two of python/concept-source.
E2E_APP = Path(__file__).resolve().parents[1] / "e2e" / "apps" / "components_v2"
DOCS = Path(__file__).resolve().parent / "data" / "components_v2"
REFERENCE_PY = Path("/work/venv-st/bin/python")


def app(body: str) -> AppTest:
    at = AppTest.from_string("import streamlit as st\n" + textwrap.dedent(body))
    at.run()
    return at


def comps(at: AppTest) -> list:
    return [n for n in at._tree if getattr(n, "type", None) == "bidi_component"]


def send(at: AppTest, *, state: dict | None = None, trigger: list | None = None, index: int = 0,
         button: str | None = None) -> AppTest:
    """One update as the page sends it; the AppTest's tree becomes the render."""
    node = comps(at)[index]
    changes, fired = [], None
    if state is not None:
        changes.append({"id": node.id, "value": state})
    if trigger is not None:
        fired = node.props["events"]
        changes.append({"id": fired, "value": trigger})
    if button is not None:
        fired = next(b.id for b in at.button if b.label == button)
    out = at._session.handle([{"type": "update", "changes": changes, "trigger": fired}])
    refused = [m for m in out if m.get("type") == "refused"]
    assert not refused, refused
    render = out[-1] if out[-1].get("type") == "render" else at._session.last_render
    at._tree = et.build_tree(render.get("tree") or {}, at, render.get("banner"))
    return at


def shown(at: AppTest) -> list:
    return [(n.type, n.value) for n in list(at.main)[1:] if n.type != "bidi_component"]


def test_node_carries_html_css_js_and_the_state_as_value():
    at = app('''
        c = st.components.v2.component("clickable", html="  <p>Hi</p> ", css="p { color: red }",
                                       js="export default function(c) {}")
        r = c(data={"a": 1}, width=300, height=200)
        st.write(r)
    ''')
    (node,) = comps(at)
    p = node.props
    assert (p["component_name"], p["html"], p["css"], p["isolate_styles"]) == \
        ("clickable", "<p>Hi</p>", "p { color: red }", True)
    assert p["js"] == "export default function(c) {}"
    assert p["data"] == {"json": '{"a": 1}'}
    assert (p["width"], p["height"]) == (300, 200)
    assert node.value == {}
    assert p["events"].startswith("$$ID-") and p["events"] != node.id
    assert shown(at) == [("json", "{}")]


def test_interactive_svg_trigger_lasts_one_run():
    at = AppTest.from_file(str(E2E_APP / "app.py"))
    at.run()
    assert at.json[0].value == '{"clicked": null}'
    send(at, trigger=[{"event": "clicked", "value": "square"}])
    assert at.json[0].value == '{"clicked": "square"}'
    send(at)  # a rerun from elsewhere: the trigger is gone
    assert at.json[0].value == '{"clicked": null}'


def test_text_input_state_persists_and_session_state_writes_through():
    at = AppTest.from_file(str(E2E_APP / "pages" / "1_text_input.py"))
    at.run()
    assert comps(at)[0].value == {"value": "I love Streamlit!"}
    assert [j.value for j in at.json] == ['{"value": "I love Streamlit!"}',
                                          '{"my_text_input_instance": {"value": "I love Streamlit!"}}']
    send(at, state={"value": "typed"})
    assert [j.value for j in at.json] == ['{"value": "typed"}', '{"my_text_input_instance": {"value": "typed"}}']
    assert json.loads(comps(at)[0].props["data"]["json"]) == {"label": "Enter something", "value": "typed"}
    send(at)
    assert at.json[0].value == '{"value": "typed"}'
    # st.session_state[key]["value"] = ... before the component is drawn
    send(at, button="Hello World")
    node = comps(at)[0]
    assert node.value == {"value": "Hello World"} and node.props["set"] is True
    assert [j.value for j in at.json] == ['{"value": "Hello World"}',
                                          '{"my_text_input_instance": {"value": "Hello World"}}']
    send(at)  # the page now holds the new state: it stays
    assert at.json[0].value == '{"value": "Hello World"}'
    send(at, state={"value": "typed2"})
    assert at.json[0].value == '{"value": "typed2"}'


def test_callbacks_fire_per_changed_state_name_and_per_trigger_event():
    at = app('''
        st.session_state.setdefault("log", [])
        log = st.session_state.log
        c = st.components.v2.component("c", html="<b>x</b>")
        r = c(key="k", default={"a": 1}, on_a_change=lambda: log.append("a"),
              on_b_change=lambda: log.append("b"), on_go_change=lambda: log.append("go"))
        st.write(dict(r))
    ''')
    assert comps(at)[0].value == {"a": 1}
    assert json.loads(at.json[0].value) == {"b": None, "go": None, "a": 1}
    send(at, state={"a": 1, "b": 5})
    assert at._session.state.lookup("log") == ["b"]
    send(at, state={"a": 2, "b": 5})
    assert at._session.state.lookup("log") == ["b", "a"]
    send(at, trigger=[{"event": "go", "value": 1}, {"event": "b", "value": 2}])
    assert at._session.state.lookup("log") == ["b", "a", "go", "b"]
    send(at)
    assert at._session.state.lookup("log") == ["b", "a", "go", "b"]


def test_simple_button_counts_clicks_in_its_callback():
    at = AppTest.from_file(str(DOCS / "components-simple-button.py"))
    at.run()
    assert len(at.markdown) == 0
    send(at, trigger=[{"event": "action", "value": "button_clicked"}])
    assert at.markdown[0].value == "Button clicked! Total clicks: 1"
    send(at, trigger=[{"event": "action", "value": "button_clicked"}])
    assert at.markdown[0].value == "Button clicked! Total clicks: 2"
    send(at)
    assert len(at.markdown) == 0


def test_simple_checkbox_default_state_and_toast_callback():
    at = AppTest.from_file(str(DOCS / "components-simple-checkbox.py"))
    at.run()
    assert at.markdown[0].value == "Current state: Enabled"
    send(at, state={"checked": False})
    assert at.markdown[0].value == "Current state: Disabled"
    assert [t.value for t in at.toast] == ["Checkbox is now: False"]


def test_session_state_view_holds_triggers_and_state():
    at = app('''
        c = st.components.v2.component("c", html="x")
        r = c(key="k", on_v_change=lambda: None, on_t_change=lambda: None)
        v = st.session_state["k"]
        st.write(v, type(v).__name__, st.session_state.k.v, st.session_state.to_dict())
    ''')
    assert at.json[0].value == "{}"
    send(at, state={"v": 3}, trigger=None)
    send(at, trigger=[{"event": "t", "value": "x"}])
    assert json.loads(at.json[0].value) == {"t": "x", "v": 3}
    assert json.loads(at.json[1].value) == {"k": {"t": "x", "v": 3}}


def test_write_through_ignores_names_without_callbacks_and_refuses_after_mount():
    at = app('''
        c = st.components.v2.component("a", html="x")
        if "k" in st.session_state:
            st.session_state["k"]["zzz"] = 1
            st.session_state["k"]["v"] = 7
        r = c(key="k", on_v_change=lambda: None)
        st.write(r)
    ''')
    assert at.json[0].value == '{"v": null}'
    send(at)
    assert json.loads(at.json[0].value) == {"v": 7}
    at = app('''
        c = st.components.v2.component("a", html="x")
        r = c(key="k", on_v_change=lambda: None)
        st.session_state["k"]["v"] = 2
    ''')
    assert at.exception[0].message == \
        "`st.session_state.k.v` cannot be modified after the component with key `k` is instantiated."


def test_unkeyed_identity_follows_data_and_keyed_identity_does_not():
    at = app('''
        n = st.session_state.setdefault("n", 0)
        c = st.components.v2.component("c", html="x")
        c(data={"n": n})
        c(key="k", data={"n": n})
        st.session_state.n += 1
    ''')
    a, b = (n.id for n in comps(at))
    send(at)
    a2, b2 = (n.id for n in comps(at))
    assert a != a2 and b == b2


def test_data_kinds():
    at = app('''
        c = st.components.v2.component("c", html="x")
        c(data=b"\\x00\\x01", key="b")
        c(data=[1, "a"], key="l")
        c(data="text", key="s")
    ''')
    b, l, s = (n.props["data"] for n in comps(at))
    assert b == {"bytes": "AAE="} and l == {"json": '[1, "a"]'} and s == {"json": '"text"'}


def test_dataframes_in_a_dict_travel_as_arrow():
    pd = pytest.importorskip("pandas")
    pa = pytest.importorskip("pyarrow")
    at = app('''
        import pandas as pd
        c = st.components.v2.component("c", html="x")
        c(data={"df": pd.DataFrame({"a": [1, 2]}), "name": "x"})
    ''')
    import base64

    data = comps(at)[0].props["data"]
    payload = json.loads(data["json"])
    ref = payload["df"]["__streamlit_arrow_ref__"]
    assert payload["name"] == "x"
    table = pa.ipc.open_stream(base64.b64decode(data["arrow_blobs"][ref])).read_all()
    assert table.column("a").to_pylist() == [1, 2]
    del pd


def test_page_refuses_a_state_that_is_not_an_object_and_a_bad_trigger():
    at = app('''
        c = st.components.v2.component("c", html="x")
        c(key="k", on_v_change=lambda: None)
    ''')
    node = comps(at)[0]
    out = at._session.handle([{"type": "update", "changes": [{"id": node.id, "value": [1]}], "trigger": None}])
    assert out[-1]["type"] == "refused" and "JSON object" in out[-1]["reason"]
    ev = node.props["events"]
    out = at._session.handle([{"type": "update", "changes": [{"id": ev, "value": [{"x": 1}]}], "trigger": ev}])
    assert out[-1]["type"] == "refused"


def test_component_in_a_form_may_have_callbacks_and_mount_is_keyword_only():
    at = app('''
        c = st.components.v2.component("a", html="x")
        with st.form("f"):
            st.write(c(on_v_change=lambda: None))
            st.form_submit_button()
    ''')
    assert not at.exception and at.json[0].value == '{"v": null}'
    assert comps(at)[0].props["form"]


CASES = {
    "css_type": 'st.components.v2.component("a", css=123)',
    "js_type": 'from pathlib import Path\nst.components.v2.component("a", js=Path("x.js"))',
    "js_file": 'st.components.v2.component("a", js="x.js")',
    "css_file": 'st.components.v2.component("a", css="./s.css")',
    "js_glob": 'st.components.v2.component("a", js="*.js")',
    "default_bad": 'c = st.components.v2.component("a", html="x")\nc(default={"v": 1}, on_w_change=lambda: None)',
    "default_none": 'c = st.components.v2.component("a", html="x")\nc(default={"v": 1})',
    "cb_empty": 'c = st.components.v2.component("a", html="x")\nc(on__change=lambda: None)',
    "cb_under": 'c = st.components.v2.component("a", html="x")\nc(on___change=lambda: None)',
    "key_delim": 'c = st.components.v2.component("a", html="x")\nc(key="a__b")',
    "width_bad": 'c = st.components.v2.component("a", html="x")\nc(width="wide")',
    "width_neg": 'c = st.components.v2.component("a", html="x")\nc(width=-5)',
    "data_bad": 'c = st.components.v2.component("a", html="x")\nc(data=object())',
    "dup": 'c = st.components.v2.component("a", html="x")\nc()\nc()',
    "dupkey": 'c = st.components.v2.component("a", html="x")\nc(key="k")\nst.button("b", key="k")',
    "ss_after": 'c = st.components.v2.component("a", html="x")\nc(key="k", on_v_change=lambda: None)\n'
                'st.session_state["k"]["v"] = 2',
    "result_attr": 'c = st.components.v2.component("a", html="x")\nr = c(on_v_change=lambda: None, '
                   'default={"v": 3})\nst.write(r.v, r["v"])\nst.write(r.missing)',
    "ok_noncallable": 'c = st.components.v2.component("a", html="x")\nst.write(c(on_v_change=5, foo=3))',
    "ok_event_delim": 'c = st.components.v2.component("a", html="x")\nst.write(c(on_a__b_change=lambda: None))',
    "ok_int_key": 'c = st.components.v2.component("a", html="x")\nst.write(c(key=5, on_v_change=lambda: None))\n'
                  'st.write(st.session_state.to_dict())',
    "ok_full_assign": 'c = st.components.v2.component("a", html="x")\nst.session_state["k"] = {"v": 9}\n'
                      'st.write(c(key="k", on_v_change=lambda: None))',
    "ok_sidebar": 'c = st.components.v2.component("a", html="x")\nwith st.sidebar:\n  st.write(c())',
}

_RUNNER = r'''
import json, sys
from streamlit.testing.v1 import AppTest
out = {}
for name, body in json.loads(sys.argv[1]).items():
    at = AppTest.from_string("import streamlit as st\n" + body, default_timeout=30)
    at.run()
    out[name] = {"exc": [e.message for e in at.exception],
                 "json": [j.value for j in at.json] + [j.value for j in at.sidebar.json],
                 "md": [m.value for m in at.markdown]}
print("RESULT" + json.dumps(out))
'''


def _observed(at: AppTest) -> dict:
    return {"exc": [e.message for e in at.exception],
            "json": [j.value for j in at.json] + [j.value for j in at.sidebar.json],
            "md": [m.value for m in at.markdown]}


@pytest.fixture(scope="module")
def reference():
    if not REFERENCE_PY.exists():
        pytest.skip("Streamlit 1.67 reference interpreter not available")
    proc = subprocess.run([str(REFERENCE_PY), "-c", _RUNNER, json.dumps(CASES)], capture_output=True,
                          text=True, timeout=600, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT")), None)
    assert line, proc.stderr[-2000:]
    return json.loads(line[len("RESULT"):])


@pytest.mark.parametrize("name", list(CASES))
def test_as_streamlit_1_67(name, reference):
    at = AppTest.from_string("import streamlit as st\n" + CASES[name])
    at.run()
    assert _observed(at) == reference[name]
    if name.startswith("ok_"):
        assert not at.exception
