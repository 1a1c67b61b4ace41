"""Issue 7 ("nothing lost, nothing escapes"): persist_state, what the update
protocol refuses, BaseExceptions in the script, and bad input to the bridge.

The AppTest cases run against the real Streamlit too (TABLIT_REFERENCE=1);
the protocol cases drive tablit's Bridge / AppSession as the worker does.
"""

import json
import textwrap

import pytest

from apptest import AppTest
from conftest import REFERENCE


def write_files(root, files: dict):
    for rel, src in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("import streamlit as st\nss = st.session_state\n" + textwrap.dedent(src))


def app(src: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\nss = st.session_state\n" + textwrap.dedent(src))


def md(at) -> list:
    return [m.value for m in at.markdown]


# ------------------------------------------------------------ persist_state
NAV = {
    "app.py": """
        pg = st.navigation([st.Page("home.py"), st.Page("other.py")])
        pg.run()
    """,
    "home.py": """
        st.write("home")
        st.text_input("plain", key="plain")
        st.text_input("kept", key="kept", persist_state="session")
        st.text_input("paged", key="paged", persist_state="page")
    """,
    "other.py": """
        st.write("other")
        st.write("kept", repr(ss.get("kept")), "paged", repr(ss.get("paged")))
    """,
}


def test_persist_state_session_survives_a_page_round_trip(tmp_path):
    """Spec C77: a keyed widget of a page is reset after a round trip, unless persist_state="session"."""
    write_files(tmp_path, NAV)
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    at.text_input(key="plain").input("P").run()
    at.text_input(key="kept").input("K").run()
    at.text_input(key="paged").input("G").run()

    at.switch_page("other.py").run()
    at.run()  # a completed run on the other page: only persisted values are left
    assert md(at)[1] == "kept 'K' paged None"
    assert at.session_state["kept"] == "K"
    assert "plain" not in at.session_state
    assert "paged" not in at.session_state

    at.switch_page("home.py").run()
    assert at.text_input(key="kept").value == "K"
    assert at.text_input(key="plain").value == ""
    assert at.text_input(key="paged").value == ""
    at.run()
    assert at.text_input(key="kept").value == "K"


@pytest.mark.parametrize("scope", ["session", "page"])
def test_persist_state_keeps_a_hidden_widget_value_on_its_page(scope):
    at = app(f"""
        show = st.checkbox("show", value=True)
        if show:
            st.slider("level", 0, 10, 2, key="level", persist_state="{scope}")
            st.slider("other", 0, 10, 2, key="other")
        st.write("level", repr(ss.get("level")), "other", repr(ss.get("other")))
    """).run()
    at.slider(key="level").set_value(7).run()
    at.slider(key="other").set_value(8).run()
    at.checkbox[0].uncheck().run()
    at.run()
    assert md(at) == ["level 7 other None"]
    at.run()
    assert at.session_state["level"] == 7
    at.checkbox[0].check().run()
    assert at.slider(key="level").value == 7
    assert at.slider(key="other").value == 2


def test_persist_state_on_pills():
    at = app("""
        if st.checkbox("show", value=True):
            st.pills("P", ["a", "b"], key="p", persist_state="session")
        st.write("p", repr(ss.get("p")))
    """).run()
    at.session_state["p"] = "b"
    at.run()
    at.checkbox[0].uncheck().run()
    at.run()
    assert md(at) == ["p 'b'"]


def test_persist_state_needs_a_key_and_a_known_scope():
    at = app("""
        st.text_input("a", persist_state="session")
    """).run()
    assert "The `key` parameter is required." in at.exception[0].value
    assert "persist_state" in at.exception[0].value
    at = app("""
        st.text_input("a", key="a", persist_state="forever")
    """).run()
    assert at.exception[0].value == "Invalid `persist_state` value. Supported values: 'page', 'session', None."


# ----------------------------------------------- BaseException in the script
@pytest.mark.parametrize("stmt", ["sys.exit()", "sys.exit(3)", "raise GeneratorExit",
                                  "raise BaseException('boom')"])
def test_base_exceptions_end_the_run_keeping_what_was_drawn(stmt, capsys):
    at = app(f"""
        import sys
        st.write("before")
        if st.button("go"):
            {stmt}
        st.write("after")
    """).run()
    assert md(at) == ["before", "after"]
    at.button[0].click().run()
    assert md(at) == ["before"]          # the run ended there, quietly in the page
    assert len(at.exception) == 0
    at.run()                             # and the session goes on
    assert md(at) == ["before", "after"]
    if not REFERENCE:
        err = capsys.readouterr().err
        if "sys.exit" in stmt:
            assert err == ""                 # SystemExit says nothing at all
        else:
            assert "Traceback" in err       # the others: the server log (the browser console)


def test_keyboard_interrupt_ends_the_run_and_the_session_goes_on():
    """KeyboardInterrupt is also what the page's Stop raises (Pyodide's interrupt
    buffer): the run ends without an error box, and the next run is whole."""
    at = app("""
        st.write("before")
        if st.button("go"):
            raise KeyboardInterrupt
        st.write("after")
    """).run()
    at.button[0].click().run()
    assert md(at)[0] == "before"
    assert len(at.exception) == 0
    at.run()
    assert md(at) == ["before", "after"]


def test_sys_exit_in_a_callback_ends_the_run():
    at = app("""
        import sys
        st.button("go", on_click=lambda: sys.exit())
        st.write("body ran")
    """).run()
    at.button[0].click().run()
    assert md(at) == []
    at.run()
    assert md(at) == ["body ran"]


# ----------------------------------------------------- the update protocol
def _bridge(tmp_path, src: str):
    from tablit.bridge import Bridge

    (tmp_path / "app.py").write_text("import streamlit as st\n" + textwrap.dedent(src))
    b = Bridge(str(tmp_path / "app.py"))
    first = json.loads(b.start())[-1]
    ids = {}

    def walk(n):
        label = (n.get("props") or {}).get("label")
        if label:
            ids[label] = n["id"]
        for c in n.get("children") or []:
            walk(c)

    for root in first["tree"].values():
        walk(root)
    return b, ids


def _send(b, *messages):
    return json.loads(b.handle(json.dumps(list(messages))))


def _update(changes, trigger=None):
    return {"type": "update", "changes": [{"id": i, "value": v} for i, v in changes], "trigger": trigger}


FORM_APP = """
    with st.form("f"):
        item = st.text_input("Item")
        sub = st.form_submit_button("Add")
    name = st.text_input("Name")
    st.write(repr(item), repr(name), sub)
"""


def test_a_form_widget_change_without_its_submit_is_refused(tmp_path):
    b, ids = _bridge(tmp_path, FORM_APP)
    out = _send(b, _update([(ids["Item"], "milk")]))
    assert [m["type"] for m in out] == ["refused"]
    assert "is in form 'f'" in out[0]["reason"] and "submit button" in out[0]["reason"]
    # nothing changed: the next submit without the value sends the old one
    out = _send(b, _update([], ids["Add"]))
    assert out[-1]["type"] == "render"
    assert "'' '' `True`" in json.dumps(out[-1])
    # resending the value the page holds is no change (AppTest sends every widget)
    out = _send(b, _update([(ids["Item"], "")]))
    assert out[-1]["type"] == "render"


def test_a_submit_carrying_a_widget_outside_its_form_is_refused(tmp_path):
    b, ids = _bridge(tmp_path, FORM_APP)
    out = _send(b, _update([(ids["Item"], "milk"), (ids["Name"], "Ada")], ids["Add"]))
    assert [m["type"] for m in out] == ["refused"]
    assert "not in that form" in out[0]["reason"]
    # the page sends these as two messages; merged by the worker they still run
    out = _send(b, _update([(ids["Name"], "Ada")]), _update([(ids["Item"], "milk")], ids["Add"]))
    assert [m["type"] for m in out] == ["render"]
    assert "'milk' 'Ada' `True`" in json.dumps(out[-1])


def test_an_int_slider_refuses_a_fraction(tmp_path):
    b, ids = _bridge(tmp_path, """
        n = st.slider("S", 0, 10, 3)
        r = st.slider("R", 0, 10, (2, 5))
        f = st.slider("F", 0.0, 1.0, 0.5)
        st.write(n, r, f)
    """)
    for wid, value in [(ids["S"], 0.5), (ids["R"], [1, 2.5])]:
        out = _send(b, _update([(wid, value)]))
        assert [m["type"] for m in out] == ["refused"], value
        assert "not a whole number" in out[0]["reason"]
    out = _send(b, _update([(ids["S"], 4.0), (ids["F"], 0.25)]))  # 4.0 is a whole number
    assert out[-1]["type"] == "render"
    assert "`4`" in json.dumps(out[-1]) and "`0.25`" in json.dumps(out[-1])


# ------------------------------------------------- bad input to the bridge
def test_deep_json_and_huge_numbers_are_refused_not_raised(tmp_path):
    b, ids = _bridge(tmp_path, """
        x = st.number_input("F", value=1.5)
        n = st.slider("S", 0, 10, 3)
        st.write(x, n)
    """)
    deep = "[" * 100_000 + "]" * 100_000
    out = json.loads(b.handle(deep))
    assert out[0]["type"] == "refused" and "nested too deeply" in out[0]["reason"]
    assert len(json.dumps(out)) < 10_000
    nested = {"type": "update", "changes": [{"id": ids["F"], "value": 1.0}], "trigger": None}
    value = []
    for _ in range(900):  # parses (Python's limit is 1000), too deep for anything after
        value = [value]
    nested["changes"][0]["value"] = value
    out = _send(b, nested)
    assert [m["type"] for m in out] == ["refused"]
    big = "1" + "0" * 400  # 10**400
    for label in ("F", "S"):
        out = json.loads(b.handle(f'[{{"type": "update", "changes": [{{"id": "{ids[label]}", "value": {big}}}], "trigger": null}}]'))
        assert [m["type"] for m in out] == ["refused"], label
        assert "too large" in out[0]["reason"]
    out = _send(b, _update([(ids["F"], 2.5)]))  # the session is still fine
    assert out[-1]["type"] == "render"


def test_a_refusal_does_not_echo_a_huge_message(tmp_path):
    b, ids = _bridge(tmp_path, """
        st.text_input("T")
    """)
    huge = "x" * 5_000_000
    out = _send(b, _update([("no-such-widget", huge)]))
    assert out[0]["type"] == "refused"
    assert len(json.dumps(out)) < 10_000
    assert out[0]["message"].endswith("characters)")


# ------------------------------------------------------------------ uploads
def _upload(name: str, content: bytes, **extra):
    import base64

    return {"name": name, "type": "text/plain", "size": len(content),
            "data": base64.b64encode(content).decode("ascii"), **extra}


def test_an_upload_over_the_limit_is_refused_before_its_bytes_are_read(tmp_path):
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text("[server]\nmaxUploadSize = 1\n")
    b, ids = _bridge(tmp_path, """
        f = st.file_uploader("U")
        g = st.file_uploader("V", max_upload_size=2)
        st.write(repr(f and f.size), repr(g and g.size))
    """)
    first = json.loads(b.start())[-1]
    props = {n["props"]["label"]: n["props"] for n in first["tree"]["main"]["children"] if n["kind"] == "file_uploader"}
    assert props["U"]["max_upload_size_mb"] == 1 and props["V"]["max_upload_size_mb"] == 2
    mb = 1024 * 1024
    big = _upload("big.txt", b"x" * (mb + 1))
    out = _send(b, _update([(ids["U"], [big])]))
    assert [m["type"] for m in out] == ["refused"]
    assert "larger than the upload limit of 1 MB" in out[0]["reason"]
    assert len(json.dumps(out)) < 10_000            # not the 1.4 MB message echoed back
    # an announced size over the limit is refused without decoding anything
    liar = {"name": "a.txt", "type": "text/plain", "size": 3 * mb, "data": "!!!not base64"}
    out = _send(b, _update([(ids["V"], [liar])]))
    assert "larger than the upload limit of 2 MB" in out[0]["reason"]
    out = _send(b, _update([(ids["V"], [_upload("ok.txt", b"x" * (mb + 1))])]))
    assert out[-1]["type"] == "render"
    assert f"None {mb + 1}" in json.dumps(out[-1])


def test_the_tree_names_an_upload_without_its_bytes_and_the_name_refers_to_it(tmp_path):
    b, ids = _bridge(tmp_path, """
        f = st.file_uploader("U")
        st.button("again")
        st.write(repr(f and f.getvalue()))
    """)
    out = _send(b, _update([(ids["U"], [_upload("a.txt", b"hello")])]))
    [shown] = next(n for n in out[-1]["tree"]["main"]["children"] if n["kind"] == "file_uploader")["props"]["value"]
    assert "data" not in shown
    assert "b'hello'" in json.dumps(out[-1])
    out = _send(b, _update([], ids["again"]))            # the session keeps the file
    assert "b'hello'" in json.dumps(out[-1])
    out = _send(b, _update([(ids["U"], [shown])]))        # the tree's entry names the same file
    assert out[-1]["type"] == "render" and "b'hello'" in json.dumps(out[-1])
    out = _send(b, _update([(ids["U"], [{**shown, "file_id": "0" * 32}])]))
    assert out[0]["type"] == "refused" and "upload it again" in out[0]["reason"]
