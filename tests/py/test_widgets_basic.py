"""Basic widgets and forms: return types, validation errors, wire validation.

checkbox, toggle, number_input, text_input, text_area, color_picker,
download_button, file_uploader, chat_input, st.form, st.form_submit_button.

The AppTest tests also run against the real Streamlit 1.67
(``TABLIT_REFERENCE=1``), which checks that they encode its behaviour; the
tests of tablit's wire format (through ``Bridge``) are tablit-only.
"""

import base64
import json
import os
import textwrap

import pytest

from apptest import AppTest

REFERENCE = os.environ.get("TABLIT_REFERENCE") == "1"
tablit_only = pytest.mark.skipif(REFERENCE, reason="tablit's wire protocol")

FORM_DOCS = (
    "\n\nFor more information, refer to the\n"
    "[documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form)."
)


def run(src):
    src = "import streamlit as st\nss = st.session_state\n" + textwrap.dedent(src)
    return AppTest.from_string(src, default_timeout=10).run()


def md(at):
    return [m.value for m in at.markdown]


def excs(at):
    return [e.value for e in at.exception]


# ------------------------------------------------------------ return values


def test_default_return_values():
    at = run("""
        st.write(repr(st.checkbox("a")), repr(st.toggle("b", True)),
                 repr(st.number_input("c")), repr(st.number_input("d", step=1)),
                 repr(st.number_input("e", value=None)), repr(st.number_input("f", value=None, step=1)),
                 repr(st.number_input("g", 1)), repr(st.number_input("h", max_value=5)))
        st.write(repr(st.text_input("i")), repr(st.text_input("j", None)), repr(st.text_input("k", 5)),
                 repr(st.text_area("l")), repr(st.text_area("m", None)))
        st.write(repr(st.color_picker("n")), repr(st.color_picker("o", "#abc")),
                 repr(st.download_button("p", "data")), repr(st.file_uploader("q")),
                 repr(st.file_uploader("r", accept_multiple_files=True)), repr(st.chat_input("s")))
        with st.form("f"):
            st.write(repr(st.form_submit_button()))
    """)
    assert not at.exception
    assert md(at) == [
        "False True 0.0 0 None None 1 0",
        "'' None '5' '' None",
        "'#000000' '#abc' False None [] None",
        "False",
    ]


def test_number_input_state_values():
    # C35: an int from session state is returned as is, then becomes a float.
    at = run("""
        if "n" not in ss:
            ss.n = 5
        st.write(repr(st.number_input("N", 0.0, 10.0, key="n")))
    """)
    assert md(at) == ["5"]
    at.run()
    assert md(at) == ["5.0"]
    # C36: out of range -> the default, and session state is corrected.
    at = run("""
        ss.m = 50
        st.write(repr(st.number_input("M", 0, 10, key="m")), repr(ss.m))
    """)
    assert md(at) == ["0 0"]
    # ss None -> None even with a default.
    at = run("""
        ss.k = None
        st.write(repr(st.number_input("K", value=4, key="k")))
    """)
    assert md(at) == ["None"]


def test_number_input_interaction():
    at = run("""
        st.write(repr(st.number_input("F", 0.0, 10.0, key="f")), repr(st.number_input("I", 0, 10, key="i")))
    """)
    at.number_input(key="f").set_value(3).run()
    assert md(at) == ["3.0 0"]
    at.number_input(key="i").increment().run()
    assert md(at) == ["3.0 1"]


def test_text_values_from_state():
    at = run("""
        ss.t = None
        ss.a = None
        st.write(repr(st.text_input("T", "hello", key="t")), repr(st.text_area("A", "hi", key="a")))
    """)
    assert md(at) == ["None None"]
    at = run("""
        ss.t = "abcdefgh"
        st.write(repr(st.text_input("T", key="t", max_chars=3)))
    """)
    assert md(at) == ["'abcdefgh'"]


def test_checkbox_toggle_interaction():
    at = run("""
        st.write(repr(st.checkbox("C", key="c")), repr(st.toggle("T", key="t")))
    """)
    at.checkbox(key="c").check().run()
    assert md(at) == ["True False"]
    at.toggle(key="t").set_value(True).run()
    assert md(at) == ["True True"]


def test_chat_input_is_trigger_like_and_prefills():
    at = run("""
        v = st.chat_input("Say", key="c", on_submit=lambda: ss.__setitem__("n", ss.get("n", 0) + 1))
        st.write(repr(v), repr(ss.c), ss.get("n"))
    """)
    at.chat_input[0].set_value("hi").run()
    assert md(at) == ["'hi' 'hi' `1`"]
    at.run()
    assert md(at) == ["None None `1`"]
    at = run("""
        ss.c = "hello"
        st.write(repr(st.chat_input("Say", key="c")), repr(ss.c))
    """)
    assert md(at) == ["None None"]
    assert not at.exception


def test_form_submit_and_clear_on_submit():
    at = run("""
        def cb():
            ss.seen = (ss.t, ss.n)
        with st.form("f", clear_on_submit=True):
            t = st.text_input("T", key="t")
            n = st.number_input("N", key="n")
            s = st.form_submit_button("Go", on_click=cb)
        st.write(repr(t), repr(n), s, repr(ss.get("seen")))
        st.write(sorted(k for k in ss.to_dict() if k.startswith("Form")))
        st.button("out")
    """)
    assert md(at)[0] == "'' 0.0 `False` None"
    assert json.loads(at.json[0].value) == ["FormSubmitter:f-Go"]
    at.text_input(key="t").input("typed")
    at.button[1].click().run()
    assert md(at)[0] == "'' 0.0 `False` None"  # form values wait for a submit
    at.text_input(key="t").input("typed")
    at.number_input(key="n").set_value(2.0)
    at.button[0].click().run()
    assert md(at)[0] == "'typed' 2.0 `True` ('typed', 2.0)"
    at.button[1].click().run()
    assert md(at)[0] == "'typed' 2.0 `False` ('typed', 2.0)"


def test_form_methods_on_the_form_object():
    at = run("""
        f = st.form("f")
        v = f.text_input("T", key="t")
        s = f.form_submit_button()
        st.write(repr(v), s)
    """)
    at.text_input(key="t").input("x")
    at.button[0].click().run()
    assert md(at) == ["'x' `True`"]


def test_form_key_may_equal_a_widget_key():
    at = run("""
        st.text_input("T", key="f")
        with st.form("f"):
            st.form_submit_button()
        st.write("ok")
    """)
    assert md(at) == ["ok"]
    assert not at.exception


# ----------------------------------------------------------------- errors


@pytest.mark.parametrize("body, message", [
    ("st.number_input('a', 1, 5.0)",
     "All numerical arguments must be of the same type.\n`value` has str type.\n"
     "`min_value` has int type.\n`max_value` has float type."),
    ("st.number_input('a', value=1, step=0.5)",
     "All numerical arguments must be of the same type.\n`value` has int type.\n`step` has float type."),
    ("st.number_input('a', 1.0, 5.0, 0.5)", "The `value` 0.5 is less than the `min_value` 1.0."),
    ("st.number_input('a', 1, 5, 7)", "The `value` 7 is greater than the `max_value` 5."),
    ("st.number_input('a', 5, 1)",
     "The `min_value`, set to 5, cannot be greater than the `max_value`, set to 1."),
    ("st.number_input('a', format='abc')",
     "Format string for `st.number_input` contains invalid characters: abc"),
    ("st.number_input('a', value=2**60)", "`value` (1152921504606846976) must be <= (1 << 53) - 1"),
    ("ss.n = 'abc'\nst.number_input('n', key='n')", "must be real number, not str"),
    ("ss.t = 123\nst.text_input('t', key='t')", "bad argument type for built-in operation"),
    ("st.text_input('t', type='bogus')",
     "Invalid `type` value. Supported values: 'default', 'password', 'email', 'url', 'phone', 'search'."),
    ("ss.c = 'yes'\nst.checkbox('c', key='c')", "'str' object cannot be interpreted as an integer"),
    ("st.checkbox('c', label_visibility='bad')",
     "Invalid `label_visibility` value. Supported values: 'visible', 'hidden', 'collapsed'."),
    ("st.toggle('c', on_change='nope')",
     "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."),
    ("st.color_picker('c', 'red')",
     "'red' is not a valid hex code for colors. Valid ones are like '#00FFAA' or '#000'."),
    ("st.color_picker('c', 123)",
     "Invalid `value` type. Expected one of: str. Provided type: int. "
     "Pass a hex string like `'#00FFAA'` or `'#000'`."),
    ("st.download_button('d', 123)", "Invalid binary data format: <class 'int'>"),
    ("st.download_button('d', 'x', type='big')",
     "Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'."),
    ("with st.form('f'):\n    st.download_button('d', 'x')",
     "`st.download_button()` can't be used in an `st.form()`." + FORM_DOCS),
    ("with st.form('f'):\n    st.chat_input('x')", "`st.chat_input()` can't be used in a `st.form()`."),
    ("st.chat_input('x', on_submit='rerun')",
     '`on_submit="rerun"` is not supported on this widget. Pass a callback, or omit `on_submit`.'),
    ("st.chat_input('x', accept_file='yes')",
     "Invalid `accept_file` value. Supported values: True, False, 'multiple', 'directory'. Got 'yes'."),
    ("st.file_uploader('u', max_upload_size=0)",
     "Invalid `max_upload_size` value. Supported values: a positive integer. Set it to None to fall "
     "back to the `server.maxUploadSize` configuration option."),
    ("with st.form('f'):\n    with st.form('g'):\n        pass", "Forms cannot be nested in other forms."),
    ("st.form_submit_button()", "`st.form_submit_button()` must be used inside an `st.form()`." + FORM_DOCS),
    ("with st.form('f'):\n    st.form_submit_button(on_click='rerun')",
     '`on_click="rerun"` is not supported on this widget. Pass a callback, or omit `on_click`.'),
    ("with st.form('f'):\n    st.form_submit_button(icon_position='up')",
     "Invalid `icon_position` value. Supported values: 'left', 'right'."),
    ("with st.form('f'):\n    st.form_submit_button()\n    st.form_submit_button()",
     "There are multiple elements with the same `key='FormSubmitter:f-Submit'`. To fix this, please "
     "make sure that the `key` argument is unique for each element you create."),
    ("with st.form('f'):\n    pass\nwith st.form('f'):\n    pass",
     "There are multiple elements with the same `key='f'`. To fix this, please make sure that the "
     "`key` argument is unique for each element you create."),
    ("with st.form('f'):\n    st.number_input('n', on_change=print)",
     "Within a form, callbacks can only be defined on `st.form_submit_button`. Defining callbacks on "
     "other widgets inside a form is not allowed."),
])
def test_errors(body, message):
    at = run(body)
    assert excs(at) == [message]


@pytest.mark.parametrize("key, body", [
    ("f", "st.file_uploader('u', key='f')"),
    ("d", "st.download_button('u', 'x', key='d')"),
    ("FormSubmitter:g-Go", "with st.form('g'):\n    st.form_submit_button('Go')"),
    ("g", "with st.form('g'):\n    pass"),
])
def test_read_only_keys(key, body):
    at = run(f"ss[{key!r}] = 1\n{body}")
    assert excs(at) == [
        f"`st.session_state[{key!r}]` is read-only and cannot be assigned through session state. "
        "Use a different session state key for values you need to set."
    ]


def test_form_key_written_after_the_form():
    at = run("""
        with st.form("g"):
            pass
        ss.g = 1
    """)
    assert excs(at)[0].startswith("`st.session_state['g']` cannot be modified after the widget")


# ------------------------------------------------------ the wire (tablit)


def _bridge(tmp_path, src):
    from tablit.bridge import Bridge

    path = tmp_path / "app.py"
    path.write_text("import streamlit as st\nss = st.session_state\n" + textwrap.dedent(src))
    bridge = Bridge(str(path))
    first = json.loads(bridge.start())[-1]
    return bridge, first


def _nodes(render):
    out = []

    def walk(node):
        out.append(node)
        for child in node.get("children") or []:
            walk(child)

    for root in render["tree"].values():  # main, sidebar, bottom (a pinned chat_input)
        walk(root)
    return out


def _by_key(render):
    return {n["props"]["key"]: n for n in _nodes(render) if n["props"].get("key")}


def _send(bridge, changes, trigger=None):
    msg = {"type": "update", "changes": [{"id": i, "value": v} for i, v in changes], "trigger": trigger}
    return json.loads(bridge.handle(json.dumps([msg])))


def _file(name, data, mime="text/plain"):
    return {"name": name, "type": mime, "size": len(data), "data": base64.b64encode(data).decode()}


@tablit_only
@pytest.mark.parametrize("key, wire", [
    ("c", "yes"), ("c", 1), ("n", "3"), ("n", True), ("n", float("inf")), ("i", 2.5),
    ("t", 5), ("t", "toolong"), ("a", ["x"]), ("col", "red"), ("col", "#12345"),
    ("fu", "x"), ("fu", [{"name": "a.csv"}]), ("fu", [_file("a.txt", b"x")]),
    ("fu", [_file("a.csv", b"x"), _file("b.csv", b"y")]),
    ("fu", [{"name": "a.csv", "type": "", "size": 2, "data": "YQ=="}]),
    ("fu", [{"name": "a.csv", "type": "", "size": 1, "data": "not base64!"}]),
])
def test_wire_values_are_validated(tmp_path, key, wire):
    bridge, first = _bridge(tmp_path, """
        st.checkbox("C", key="c")
        st.number_input("N", 0.0, 10.0, key="n")
        st.number_input("I", 0, 10, key="i")
        st.text_input("T", key="t", max_chars=5)
        st.text_area("A", key="a")
        st.color_picker("Col", key="col")
        st.file_uploader("U", type="csv", key="fu")
    """)
    widget = _by_key(first)[key]
    out = _send(bridge, [(widget["id"], wire)])
    assert [m["type"] for m in out] == ["refused"]
    assert out[0]["reason"].startswith(f"bad value for {widget['kind']}")


@tablit_only
def test_numbers_outside_the_bounds_revert_to_the_default(tmp_path):
    # as 1.67's NumberInputSerde: a value outside [min, max] is the default again
    bridge, first = _bridge(tmp_path, """
        n = st.number_input("N", 0.0, 10.0, value=2.0, key="n")
        i = st.number_input("I", 0, 10, key="i")
        st.write(repr((n, i)))
    """)
    ids = {k: w["id"] for k, w in _by_key(first).items()}
    out = _send(bridge, [(ids["n"], 5.0), (ids["i"], 7)])
    assert [n["props"]["body"] for n in _nodes(out[-1]) if n["kind"] == "markdown"] == ["(5.0, 7)"]
    out = _send(bridge, [(ids["n"], 11.0), (ids["i"], -1)])
    assert [m["type"] for m in out] == ["render"]
    assert [n["props"]["body"] for n in _nodes(out[-1]) if n["kind"] == "markdown"] == ["(2.0, 0)"]


@tablit_only
def test_wire_triggers_are_validated(tmp_path):
    bridge, first = _bridge(tmp_path, """
        st.chat_input("Say", key="chat", max_chars=3)
        st.download_button("D", "x", key="d")
    """)
    nodes = _by_key(first)
    chat, dl = nodes["chat"]["id"], nodes["d"]["id"]
    assert _send(bridge, [], chat)[0]["type"] == "refused"  # no message text
    assert _send(bridge, [(chat, 5)], chat)[0]["type"] == "refused"
    assert _send(bridge, [(chat, "long")], chat)[0]["type"] == "refused"
    assert _send(bridge, [(chat, "hi")], None)[0]["type"] == "refused"  # not as trigger
    assert _send(bridge, [(dl, "x")], dl)[0]["type"] == "refused"
    assert _send(bridge, [], dl)[-1]["type"] == "render"


@tablit_only
def test_wire_round_trip_and_props(tmp_path):
    bridge, first = _bridge(tmp_path, """
        ss.c = "prefilled"
        n = st.number_input("N", 0, 10, key="n", format="%d", placeholder="count")
        files = st.file_uploader("U", type=["csv"], accept_multiple_files=True, key="fu")
        st.download_button("D", b"abc", file_name="x.bin", key="d", on_click="ignore")
        st.chat_input("Say", key="c")
        with st.form("f", clear_on_submit=True, enter_to_submit=False, border=False):
            st.text_input("T", key="t")
            st.form_submit_button("Go")
        st.write(repr(n), repr([(f.name, f.type, f.size, f.read()) for f in files]))
    """)
    nodes = _by_key(first)
    assert {k: nodes["n"]["props"][k] for k in ("min", "max", "step", "format", "placeholder", "data_type")} == {
        "min": 0, "max": 10, "step": 1, "format": "%d", "placeholder": "count", "data_type": "int"}
    assert nodes["fu"]["props"]["type"] == [".csv"] and nodes["fu"]["props"]["accept_multiple_files"]
    dl = nodes["d"]["props"]
    assert (base64.b64decode(dl["data"]), dl["file_name"], dl["mime"], dl["on_click"]) == (
        b"abc", "x.bin", "application/octet-stream", "ignore")
    assert nodes["c"]["props"]["prefill"] == "prefilled" and nodes["c"]["props"]["value"] is None
    form = next(n for n in _nodes(first) if n["kind"] == "form")
    assert form["props"] == {"form_id": "f", "border": False, "clear_on_submit": True,
                             "enter_to_submit": False}
    assert nodes["t"]["props"]["form"] == "f"
    assert nodes["FormSubmitter:f-Go"]["kind"] == "form_submit_button"

    out = _send(bridge, [(nodes["n"]["id"], 7), (nodes["fu"]["id"], [_file("a.csv", b"1,2")])])
    render = out[-1]
    body = [n["props"]["body"] for n in _nodes(render) if n["kind"] == "markdown"][0]
    assert body == "7 [('a.csv', 'text/plain', 3, b'1,2')]"
    # the render tree names the file without its bytes (the page keeps the ones it sent)
    [shown] = _by_key(render)["fu"]["props"]["value"]
    assert {k: shown[k] for k in ("name", "type", "size")} == {"name": "a.csv", "type": "text/plain", "size": 3}
    assert "data" not in shown and len(shown["file_id"]) == 32

    out = _send(bridge, [(nodes["t"]["id"], "typed")], nodes["FormSubmitter:f-Go"]["id"])
    assert out[-1]["clear_forms"] == ["f"]


@tablit_only
def test_uploaded_file_object(tmp_path):
    bridge, first = _bridge(tmp_path, """
        f = st.file_uploader("U", key="fu", on_change=lambda: ss.__setitem__("changes", ss.get("changes", 0) + 1))
        if f is not None:
            st.write(type(f).__name__, f.name, f.type, f.size, f.getvalue().decode(), f.read().decode(),
                     len(f.file_id) > 0, ss.get("changes"))
    """)
    fu = _by_key(first)["fu"]["id"]
    out = _send(bridge, [(fu, [_file("hello.txt", b"hi there")])])
    body = [n["props"]["body"] for n in _nodes(out[-1]) if n["kind"] == "markdown"]
    assert body == ["UploadedFile hello.txt text/plain `8` hi there hi there `True` `1`"]
    # A rerun with the same file is not a change: no second on_change.
    out = json.loads(bridge.rerun())
    body = [n["props"]["body"] for n in _nodes(out[-1]) if n["kind"] == "markdown"]
    assert body[0].endswith("`1`")
    out = _send(bridge, [(fu, [])])
    assert [n for n in _nodes(out[-1]) if n["kind"] == "markdown"] == []


@tablit_only
def test_file_uploader_directory_mode_reaches_the_page(tmp_path):
    """accept_multiple_files="directory" (streamlit/docs widget.file_uploader_directory) tells
    the page to pick folders; True and False do not."""
    bridge, first = _bridge(tmp_path, """
        st.file_uploader("D", accept_multiple_files="directory", type=["jpg", "png"], key="d")
        st.file_uploader("M", accept_multiple_files=True, key="m")
        st.file_uploader("O", key="o")
    """)
    nodes = _by_key(first)
    assert [nodes[k]["props"]["accept_directory"] for k in "dmo"] == [True, False, False]
    assert [nodes[k]["props"]["accept_multiple_files"] for k in "dmo"] == [True, True, False]


def test_a_value_sent_for_a_widget_disabled_in_its_run_is_dropped():
    # 1.67 enforces `disabled` when the widget registers (e2e sweep, interaction pass:
    # st_tabs_selection.py's "Add Tab 3" disables itself in its on_click, so its click
    # run returns False and no tab is added)
    at = AppTest.from_string(textwrap.dedent("""
        import streamlit as st
        ss = st.session_state
        ss.setdefault("lock_b", False)
        ss.setdefault("lock_c", False)
        ss.setdefault("calls", 0)
        def lock_b():
            ss.lock_b = True
            ss.calls += 1
        def lock_c():
            ss.lock_c = True
        b = st.button("B", on_click=lock_b, disabled=ss.lock_b)
        c = st.checkbox("C", on_change=lock_c, disabled=ss.lock_c)
        other = st.button("Other")
        st.text(f"b={b} c={c} other={other} calls={ss.calls}")
    """), default_timeout=10).run()
    at.button[0].click().run()
    assert at.text[0].value == "b=False c=False other=False calls=1"
    at.checkbox[0].check().run()
    assert at.text[0].value == "b=False c=False other=False calls=1"
    assert at.checkbox[0].value is False
    at.button[1].click().run()
    assert at.text[0].value == "b=False c=False other=True calls=1"
