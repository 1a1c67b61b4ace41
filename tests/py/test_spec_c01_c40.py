"""Conformance tests for spec cases C01..C40 (docs: /work/shared/spec/streamlit-semantics.md §7).

Every test drives an app through the AppTest API only.  Run them against the
real Streamlit 1.67 with ``TABLIT_REFERENCE=1`` to check that they encode its
real behaviour; without it they exercise tablit.
"""

import json
import os
import textwrap

import pytest

from apptest import AppTest

TIMEOUT = 10
REFERENCE = os.environ.get("TABLIT_REFERENCE") == "1"

INIT_DOCS = "Did you forget to initialize it? More info: https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"
KEY_MISSING_X = f'st.session_state has no key "x". {INIT_DOCS}'
ATTR_MISSING_X = f'st.session_state has no attribute "x". {INIT_DOCS}'
RESERVED = "Keys beginning with $$ID are reserved."


def already_instantiated(key):
    item = f"`st.session_state[{key!r}]`"
    return (
        f"{item} cannot be modified after the widget with that key is instantiated. "
        f"Assign {item} before creating the widget, or update it from an `on_change` "
        "or `on_click` callback, which runs before the widget is instantiated. "
        "If this is a read-only session state key (buttons, file and media inputs, "
        "`st.data_editor`, forms, chart or `ButtonColumn` selections), store the value "
        "under a different session state key."
    )


def read_only(key):
    return (
        f"`st.session_state[{key!r}]` is read-only and cannot be assigned through "
        "session state. Use a different session state key for values you need to set."
    )


def unserializable(key, type_repr="<class 'function'>"):
    return (
        f"Cannot serialize the value (of type `{type_repr}`) of '{key}' in "
        "st.session_state. Streamlit has been configured to use "
        "[pickle](https://docs.python.org/3/library/pickle.html) to serialize "
        "session_state values. Please convert the value to a pickle-serializable "
        "type. To learn more about this behavior, see "
        "[our docs](https://docs.streamlit.io/knowledge-base/using-streamlit/serializable-session-state)."
    )


def app(src):
    return AppTest.from_string(textwrap.dedent(src), default_timeout=TIMEOUT)


def md(at):
    return [m.value for m in at.markdown]


def excs(at):
    return [e.value for e in at.exception]


def json_values(at):
    return [json.loads(j.value) for j in at.json]


# --------------------------------------------------------------------------
# Session State API
# --------------------------------------------------------------------------


def test_c01_setdefault_counter():
    at = app(
        """
        import streamlit as st
        ss = st.session_state
        ss.setdefault("count", 0)
        ss.count += 1
        st.write(ss.count)
        """
    ).run()
    assert not at.exception
    assert md(at) == ["`1`"]
    at.run()
    assert md(at) == ["`2`"]
    at.run()
    assert md(at) == ["`3`"]
    assert at.session_state["count"] == 3


def test_c02_missing_key_keyerror():
    at = app(
        """
        import streamlit as st
        ss = st.session_state
        try:
            ss["x"]
        except Exception as e:
            st.write(type(e).__name__, str(e))
        """
    ).run()
    assert not at.exception
    # str(KeyError) wraps the message in single quotes.
    assert md(at) == [f"KeyError '{KEY_MISSING_X}'"]

    # Uncaught: the exception box shows str(KeyError), i.e. quoted.
    at = app(
        """
        import streamlit as st
        st.write("before")
        st.session_state["x"]
        st.write("after")
        """
    ).run()
    assert md(at) == ["before"]
    assert excs(at) == [f"'{KEY_MISSING_X}'"]


def test_c03_missing_attribute_attributeerror():
    at = app(
        """
        import streamlit as st
        ss = st.session_state
        try:
            ss.x
        except Exception as e:
            st.write(type(e).__name__, str(e))
        """
    ).run()
    assert not at.exception
    assert md(at) == [f"AttributeError {ATTR_MISSING_X}"]

    at = app(
        """
        import streamlit as st
        st.session_state.x
        """
    ).run()
    assert excs(at) == [ATTR_MISSING_X]


def test_c04_delete_missing_key():
    at = app(
        """
        import streamlit as st
        ss = st.session_state
        try:
            del ss["x"]
        except Exception as e:
            st.write(type(e).__name__, str(e))
        try:
            del ss.x
        except Exception as e:
            st.write(type(e).__name__, str(e))
        """
    ).run()
    assert not at.exception
    assert md(at) == [f"KeyError '{KEY_MISSING_X}'", f"AttributeError {ATTR_MISSING_X}"]


def test_c05_get_default_and_contains():
    at = app(
        """
        import streamlit as st
        ss = st.session_state
        st.write(ss.get("x", "dflt"), "x" in ss)
        """
    ).run()
    assert not at.exception
    assert md(at) == ["dflt `False`"]
    assert "x" not in at.session_state


def test_c06_keys_are_stringified():
    at = app(
        """
        import streamlit as st
        ss = st.session_state
        ss[1] = "one"
        st.write(ss["1"], 1 in ss, list(ss.keys()))
        """
    ).run()
    assert not at.exception
    # st.write("one", True, ["1"]): the strings/scalars are joined into one
    # markdown element, the list becomes a JSON element.
    assert md(at) == ["one `True`"]
    assert json_values(at) == [["1"]]
    assert at.session_state["1"] == "one"


def test_c07_setdefault_and_pop():
    at = app(
        """
        import streamlit as st
        ss = st.session_state
        ss.setdefault("sd", 5)
        ss.setdefault("sd", 6)
        st.write(ss.sd, ss.pop("sd"), "sd" in ss)
        """
    ).run()
    assert not at.exception
    assert md(at) == ["`5` `5` `False`"]
    assert "sd" not in at.session_state


def test_c08_reserved_id_prefix():
    at = app(
        """
        import streamlit as st
        from streamlit.errors import StreamlitAPIException
        ss = st.session_state
        try:
            ss["$$ID-abc"] = 1
        except StreamlitAPIException as e:
            st.write("set", type(e).__name__, str(e))
        try:
            "$$ID-abc" in ss
        except StreamlitAPIException as e:
            st.write("in", type(e).__name__, str(e))
        try:
            ss["$$ID-abc"]
        except StreamlitAPIException as e:
            st.write("get", type(e).__name__, str(e))
        """
    ).run()
    assert not at.exception
    assert md(at) == [
        f"set StreamlitAPIException {RESERVED}",
        f"in StreamlitAPIException {RESERVED}",
        f"get StreamlitAPIException {RESERVED}",
    ]

    # Uncaught, the exception element carries the same text.
    at = app(
        """
        import streamlit as st
        st.session_state["$$ID-abc"] = 1
        """
    ).run()
    assert excs(at) == [RESERVED]


@pytest.mark.parametrize("magic", [False, True], ids=["st_write", "magic"])
def test_c09_write_session_state_as_json(magic):
    last = "ss" if magic else "st.write(ss)"
    at = app(
        f"""
        import streamlit as st
        ss = st.session_state
        ss.a = 1
        ss.s = {{1, 2}}
        ss.f = lambda: 0
        {last}
        """
    ).run()
    assert not at.exception
    assert len(at.json) == 1
    assert not at.markdown
    data = json.loads(at.json[0].value)
    assert sorted(data) == ["a", "f", "s"]
    assert data["a"] == 1
    assert sorted(data["s"]) == [1, 2]  # a set is shown as a list
    assert data["f"].startswith("<function <lambda> at 0x")  # repr of the lambda


def test_c10_str_and_repr():
    at = app(
        """
        import streamlit as st
        ss = st.session_state
        ss.a = 1
        st.write(str(ss))
        st.write(repr(ss).startswith(
            "<streamlit.runtime.state.session_state_proxy.SessionStateProxy object"))
        st.write(str(ss) == str(ss.to_dict()), type(ss.to_dict()) is dict)
        """
    ).run()
    assert not at.exception
    assert md(at) == ["{'a': 1}", "`True`", "`True` `True`"]


def test_c11_update_items_clear_len():
    at = app(
        """
        import streamlit as st
        ss = st.session_state
        ss.update({"a": 1, "b": 2})
        st.write(sorted(ss.items()))
        ss.clear()
        st.write(len(ss))
        """
    ).run()
    assert not at.exception
    assert json_values(at) == [[["a", 1], ["b", 2]]]
    assert md(at) == ["`0`"]
    assert "a" not in at.session_state


def test_c12_attribute_names_equal_to_methods():
    at = app(
        """
        import streamlit as st
        ss = st.session_state
        ss.keys = 5
        ss["get"] = 6
        st.write(ss["keys"], callable(ss.keys), callable(ss.get))
        st.write(ss["get"], sorted(ss.keys()) == ["get", "keys"])
        """
    ).run()
    assert not at.exception
    assert md(at) == ["`5` `True` `True`", "`6` `True`"]


SERIALIZABLE_SCRIPT = """
import streamlit as st
st.write("start")
st.session_state.fn = lambda: 1
st.write("end")
"""


def test_c13_enforce_serializable_session_state_on(config_app):
    at = config_app(
        SERIALIZABLE_SCRIPT,
        """
        [runner]
        enforceSerializableSessionState = true
        """,
    ).run()
    # Elements rendered before the failure stay; the exception comes last.
    assert md(at) == ["start", "end"]
    assert excs(at) == [unserializable("fn")]
    # Every rerun repeats it while the bad value remains.
    at.run()
    assert md(at) == ["start", "end"]
    assert excs(at) == [unserializable("fn")]


def test_c13_enforce_serializable_session_state_off(config_app):
    at = config_app(
        SERIALIZABLE_SCRIPT,
        """
        [runner]
        enforceSerializableSessionState = false
        """,
    ).run()
    assert not at.exception
    assert md(at) == ["start", "end"]
    at.run()
    assert not at.exception


def test_c14_exception_keeps_state():
    at = app(
        """
        import streamlit as st
        ss = st.session_state
        ss.setdefault("n", 0)
        ss.n += 1
        st.write(ss.n)
        if ss.n == 2:
            raise ValueError("boom")
        st.write("tail")
        """
    ).run()
    assert md(at) == ["`1`", "tail"]
    assert not at.exception
    at.run()
    assert md(at) == ["`2`"]
    assert excs(at) == ["boom"]
    at.run()
    assert md(at) == ["`3`", "tail"]
    assert not at.exception


def test_c15_clearing_state_drops_widget_values():
    # The main-menu "Clear cache" is a browser action that AppTest cannot
    # trigger.  What is observable is the same state effect through
    # st.session_state.clear() (spec §2.1): every user key *and* every keyed
    # widget value is gone; the widget restarts from its default.
    at = app(
        """
        import streamlit as st
        ss = st.session_state
        def wipe():
            ss.clear()
            ss.after_clear = sorted(ss.keys())
        ss.setdefault("plain", 0)
        ss.plain += 1
        t = st.text_input("T", key="t")
        st.button("wipe", key="wipe", on_click=wipe)
        st.write(repr(t), ss.plain, ss.get("after_clear"))
        """
    ).run()
    at.text_input(key="t").input("hello").run()
    assert md(at) == ["'hello' `2` `None`"]
    at.button(key="wipe").click().run()
    assert not at.exception
    # json of the empty list after clear() inside the callback
    assert md(at) == ["'' `1`"]
    assert json_values(at) == [[]]
    assert at.text_input(key="t").value == ""
    assert at.session_state["t"] == ""
    assert at.session_state["plain"] == 1


# --------------------------------------------------------------------------
# Widget <-> state
# --------------------------------------------------------------------------


def test_c16_widget_creation_updates_state():
    at = app(
        """
        import streamlit as st
        ss = st.session_state
        st.write("c" in ss)
        st.checkbox("checkbox", value=True, key="c")
        st.write(ss.c)
        """
    ).run()
    assert not at.exception
    assert md(at) == ["`False`", "`True`"]
    assert at.session_state["c"] is True
    assert at.checkbox(key="c").value is True


def test_c17_setting_before_widget_creation():
    at = app(
        """
        import streamlit as st
        ss = st.session_state
        ss.c = True
        c = st.checkbox("checkbox", key="c")
        st.write(c is True)
        """
    ).run()
    assert not at.exception
    assert md(at) == ["`True`"]
    assert at.checkbox(key="c").value is True


def test_c18_modify_after_instantiation():
    at = app(
        """
        import streamlit as st
        from streamlit.errors import StreamlitAPIException
        try:
            st.text_input("T", key="t")
            st.session_state.t = "x"
        except StreamlitAPIException as e:
            st.write(type(e).__name__)
        """
    ).run()
    assert md(at) == ["StreamlitWidgetAlreadyInstantiatedError"]

    at = app(
        """
        import streamlit as st
        st.text_input("T", key="t")
        st.session_state.t = "x"
        st.write("not reached")
        """
    ).run()
    assert excs(at) == [already_instantiated("t")]
    # The text_input stays rendered above the exception.
    assert len(at.text_input) == 1
    assert at.text_input[0].label == "T"
    assert not at.markdown


def test_c19_button_read_only():
    at = app(
        """
        import streamlit as st
        st.write("top")
        st.session_state.b = True
        st.button("B", key="b")
        st.write("bottom")
        """
    ).run()
    assert excs(at) == [read_only("b")]
    assert md(at) == ["top"]
    assert len(at.button) == 0

    at = app(
        """
        import streamlit as st
        from streamlit.errors import StreamlitAPIException
        try:
            st.session_state.b = True
            st.button("B", key="b")
        except StreamlitAPIException as e:
            st.write(type(e).__name__)
        """
    ).run()
    assert md(at) == ["StreamlitValueAssignmentNotAllowedError"]


@pytest.mark.parametrize(
    "key, widget",
    [
        ("f", 'st.file_uploader("U", key="f")'),
        ("d", 'st.download_button("D", data="xyz", key="d")'),
        ("cam", 'st.camera_input("Cam", key="cam")'),
        ("de", 'st.data_editor({"a": [1, 2]}, key="de")'),
        ("FormSubmitter:f-Go", 'f = st.form("f")\nf.form_submit_button("Go")'),
    ],
    ids=["file_uploader", "download_button", "camera_input", "data_editor", "form_submit_button"],
)
def test_c20_other_read_only_widgets(key, widget):
    src = f"import streamlit as st\nst.session_state[{key!r}] = True\n{widget}\n"
    at = AppTest.from_string(src, default_timeout=TIMEOUT).run()
    assert excs(at) == [read_only(key)]


def test_c21_form_key_read_only_and_already_instantiated():
    at = app(
        """
        import streamlit as st
        st.session_state.myform = 1
        with st.form("myform"):
            st.form_submit_button()
        """
    ).run()
    assert excs(at) == [read_only("myform")]

    at = app(
        """
        import streamlit as st
        with st.form("myform"):
            st.form_submit_button()
        st.session_state.myform = 1
        """
    ).run()
    assert excs(at) == [already_instantiated("myform")]


def test_c22_chat_input_prefill_via_state():
    at = app(
        """
        import streamlit as st
        ss = st.session_state
        ss.c = "hello"
        v = st.chat_input("Say", key="c")
        st.write(repr(v), repr(ss.c))
        """
    ).run()
    # Current: no read-only error; the call returns None and the key is reset
    # to None (§3.5).  That the browser box shows "hello" is a frontend effect;
    # this test does not rely on how AppTest reports it.
    assert not at.exception
    assert md(at) == ["None None"]
    assert len(at.chat_input) == 1
    assert at.session_state["c"] is None
    at.run()
    assert not at.exception
    assert md(at) == ["None None"]


def test_c23_default_plus_session_state():
    at = app(
        """
        import streamlit as st
        ss = st.session_state
        if "s" not in ss:
            ss.s = 30
        st.write(st.slider("S", 0, 100, 50, key="s"))
        """
    ).run()
    # The "created with a default value but also had its value set via the
    # Session State API" message goes to the server log only (current), which
    # AppTest cannot see: the app itself shows no warning element.
    assert not at.exception
    assert not at.warning
    assert md(at) == ["`30`"]
    assert at.slider(key="s").value == 30
    at.run()
    assert not at.warning
    assert md(at) == ["`30`"]


def test_c24_text_input_none_from_state():
    at = app(
        """
        import streamlit as st
        st.session_state.t = None
        st.write(repr(st.text_input("T", "hello", key="t")))
        """
    ).run()
    assert not at.exception
    assert md(at) == ["None"]


def test_c25_widget_outputs_dont_alias():
    at = app(
        """
        import streamlit as st
        v = st.multiselect("M", ["a", "b", "c"], default=["a"], key="m")
        v.append("c")
        st.write(st.session_state.m)
        """
    ).run()
    assert not at.exception
    assert json_values(at) == [["a"]]
    assert at.session_state["m"] == ["a"]


def test_c26_hidden_widget_loses_state():
    at = app(
        """
        import streamlit as st
        ss = st.session_state
        show = st.checkbox("show", True, key="show")
        if show:
            st.text_input("name", key="name")
        st.write(ss.to_dict())
        """
    ).run()
    assert json_values(at) == [{"name": "", "show": True}]
    at.text_input(key="name").input("Bob").run()
    assert json_values(at) == [{"name": "Bob", "show": True}]
    at.checkbox(key="show").uncheck().run()
    # Still visible in the run where the widget is skipped ...
    assert json_values(at) == [{"name": "Bob", "show": False}]
    assert len(at.text_input) == 0
    # ... and deleted at its end: shown again, it starts from its default.
    at.checkbox(key="show").check().run()
    assert json_values(at) == [{"name": "", "show": True}]
    assert at.text_input(key="name").value == ""
    assert not at.exception


def test_c27_widget_inside_button_branch():
    at = app(
        """
        import streamlit as st
        if st.button("show"):
            st.text_input("inner", key="inner")
        st.write(st.session_state.to_dict())
        """
    ).run()
    assert json_values(at) == [{}]
    at.button[0].click().run()
    assert json_values(at) == [{"inner": ""}]
    assert len(at.text_input) == 1
    at.text_input(key="inner").input("x").run()
    assert len(at.text_input) == 0
    assert json_values(at) == [{"inner": "x"}]
    at.run()
    assert json_values(at) == [{}]
    assert not at.exception


def test_c28_keyed_slider_range_change_resets():
    at = app(
        """
        import streamlit as st
        ss = st.session_state
        def shrink():
            ss.mx = 50
        mx = ss.get("mx", 100)
        v = st.slider("S", 0, mx, key="s")
        st.write(repr(v))
        st.button("shrink", on_click=shrink)
        """
    ).run()
    assert md(at) == ["0"]
    at.slider(key="s").set_value(30).run()
    assert md(at) == ["30"]
    at.run()
    assert md(at) == ["30"]
    at.button[0].click().run()
    # max_value is part of a keyed slider's identity -> new widget, default 0.
    assert md(at) == ["0"]
    assert at.slider(key="s").value == 0
    assert at.session_state["s"] == 0
    assert not at.exception


def test_c29_keyed_label_change_keeps_value():
    at = app(
        """
        import streamlit as st
        ss = st.session_state
        ss.setdefault("n", 0)
        ss.n += 1
        t = st.text_input(f"Label {ss.n}", key="t")
        st.write(repr(t))
        """
    ).run()
    assert at.text_input[0].label == "Label 1"
    at.text_input(key="t").input("typed").run()
    assert at.text_input[0].label == "Label 2"
    assert md(at) == ["'typed'"]
    at.run()
    assert at.text_input[0].label == "Label 3"
    assert md(at) == ["'typed'"]
    assert at.text_input(key="t").value == "typed"
    assert at.session_state["t"] == "typed"


def test_c30_unkeyed_label_change_resets():
    at = app(
        """
        import streamlit as st
        ss = st.session_state
        ss.setdefault("n", 0)
        ss.n += 1
        t = st.text_input(f"Label {ss.n // 2}")
        st.write(repr(t))
        """
    ).run()
    # run 1: n=1 -> "Label 0"
    assert at.text_input[0].label == "Label 0"
    at.text_input[0].input("typed").run()
    # run 2: n=2 -> "Label 1": a different widget, back to its default
    assert at.text_input[0].label == "Label 1"
    assert md(at) == ["''"]
    at.text_input[0].input("typed").run()
    # run 3: n=3 -> still "Label 1": value kept
    assert at.text_input[0].label == "Label 1"
    assert md(at) == ["'typed'"]
    at.run()
    # run 4: n=4 -> "Label 2": reset again
    assert at.text_input[0].label == "Label 2"
    assert md(at) == ["''"]


def test_c31_keyed_selectbox_options_change():
    at = app(
        """
        import streamlit as st
        ss = st.session_state
        def set_xb():
            ss.opts = ["x", "b"]
        def set_yz():
            ss.opts = ["y", "z"]
        opts = ss.get("opts", ["a", "b", "c"])
        v = st.selectbox("S", opts, key="s")
        st.write(repr(v))
        st.button("xb", on_click=set_xb)
        st.button("yz", on_click=set_yz)
        """
    ).run()
    assert md(at) == ["'a'"]
    at.selectbox(key="s").select("b").run()
    assert md(at) == ["'b'"]
    at.button[0].click().run()
    assert at.selectbox(key="s").options == ["x", "b"]
    assert md(at) == ["'b'"]
    assert at.session_state["s"] == "b"
    at.button[1].click().run()
    assert at.selectbox(key="s").options == ["y", "z"]
    assert md(at) == ["'y'"]
    assert at.session_state["s"] == "y"
    assert not at.exception


def test_c32_state_write_overrides_input_but_callback_fires():
    at = app(
        """
        import streamlit as st
        ss = st.session_state
        ss.setdefault("log", [])
        def cb():
            ss.log.append(ss.t)
        ss.t = "fixed"
        v = st.text_input("T", key="t", on_change=cb)
        st.write(repr(v))
        st.write(ss.log)
        """
    ).run()
    assert md(at) == ["'fixed'"]
    assert json_values(at) == [[]]
    at.text_input(key="t").input("abc").run()
    assert md(at) == ["'fixed'"]
    assert at.text_input(key="t").value == "fixed"
    # The callback did run once, and saw the new browser value.
    assert json_values(at) == [["abc"]]
    # A plain rerun sends "fixed" back, equal to the committed value: no callback.
    at.run()
    assert md(at) == ["'fixed'"]
    assert json_values(at) == [["abc"]]
    assert not at.exception


def test_c33_delete_widget_key_before_widget():
    at = app(
        """
        import streamlit as st
        if st.session_state.get("t") == "del":
            del st.session_state["t"]
        t = st.text_input("T", "dflt", key="t")
        st.write(repr(t))
        """
    ).run()
    assert md(at) == ["'dflt'"]
    at.text_input(key="t").input("del").run()
    # The widget returns its default in that run (a real browser would keep
    # showing "del"; AppTest cannot show that mismatch).
    assert md(at) == ["'dflt'"]
    assert at.session_state["t"] == "dflt"
    assert not at.exception


LINKED_SLIDERS = """
import streamlit as st

ss = st.session_state
LO, HI = -100.0, 100.0


def c_to_f(c):
    return c * 9.0 / 5.0 + 32


def f_to_c(f):
    return (f - 32) * 5.0 / 9.0


if "celsius" not in ss:
    ss.celsius = LO
    ss.fahrenheit = c_to_f(LO)


def on_celsius():
    ss.fahrenheit = c_to_f(ss.celsius)


def on_fahrenheit():
    ss.celsius = f_to_c(ss.fahrenheit)


st.slider("Celsius", min_value=LO, max_value=HI, on_change=on_celsius, key="celsius")
st.slider("Fahrenheit", min_value=c_to_f(LO), max_value=c_to_f(HI),
          on_change=on_fahrenheit, key="fahrenheit")
st.write("Celsius", ss.celsius)
st.write("Fahrenheit", ss.fahrenheit)
"""


def test_c34_linked_sliders():
    at = AppTest.from_string(LINKED_SLIDERS, default_timeout=TIMEOUT).run()
    assert [s.value for s in at.slider] == [-100.0, -148.0]
    assert md(at) == ["Celsius `-100.0`", "Fahrenheit `-148.0`"]
    at.slider(key="celsius").set_value(0.0).run()
    assert [s.value for s in at.slider] == [0.0, 32.0]
    assert md(at) == ["Celsius `0.0`", "Fahrenheit `32.0`"]
    at.slider(key="fahrenheit").set_value(212.0).run()
    assert [s.value for s in at.slider] == [100.0, 212.0]
    assert md(at) == ["Celsius `100.0`", "Fahrenheit `212.0`"]
    assert at.session_state["celsius"] == 100.0
    assert at.session_state["fahrenheit"] == 212.0
    assert not at.exception


def test_c35_number_input_state_value_type():
    at = app(
        """
        import streamlit as st
        ss = st.session_state
        if "n" not in ss:
            ss.n = 5
        v = st.number_input("N", 0.0, 10.0, key="n")
        st.write(repr(v))
        """
    ).run()
    # R1: the session-state value is returned as-is (int) ...
    assert md(at) == ["5"]
    at.run()
    # ... after the round trip it is coerced to the widget type.
    assert md(at) == ["5.0"]
    assert not at.exception


def test_c36_number_input_out_of_range_state():
    at = app(
        """
        import streamlit as st
        ss = st.session_state
        ss.n = 50
        v = st.number_input("N", min_value=0, max_value=10, key="n")
        st.write(repr(v))
        """
    ).run()
    assert not at.exception
    assert md(at) == ["0"]
    assert at.number_input(key="n").value == 0


def test_c37_selectbox_state_not_in_options():
    at = app(
        """
        import streamlit as st
        st.session_state.sel = "zzz"
        v = st.selectbox("S", ["a", "b"], key="sel")
        st.write(repr(v))
        """
    ).run()
    assert not at.exception
    assert md(at) == ["'a'"]
    assert at.selectbox(key="sel").value == "a"


def test_c38_slider_state_out_of_range():
    at = app(
        """
        import streamlit as st
        st.write("top")
        st.session_state.sl = 500
        v = st.slider("S", 0, 100, key="sl")
        st.write(repr(v))
        """
    ).run()
    assert md(at) == ["top"]
    assert excs(at) == ["The `value` 500 is greater than the `max_value` 100."]

    at = app(
        """
        import streamlit as st
        st.session_state.sl = -5
        st.slider("S", 0, 100, key="sl")
        """
    ).run()
    assert excs(at) == ["The `value` -5 is less than the `min_value` 0."]


def test_c39_key_none_is_no_key():
    at = app(
        """
        import streamlit as st
        st.checkbox("c", key="None")
        st.checkbox("d", key=1)
        st.write(sorted(st.session_state.to_dict().items()))
        """
    ).run()
    assert not at.exception
    assert json_values(at) == [[["1", False]]]
    assert len(at.checkbox) == 2
    assert "None" not in at.session_state
    assert at.session_state["1"] is False


def test_c40_default_return_types():
    at = app(
        """
        import streamlit as st
        def show(v):
            st.write(repr(v) + " " + type(v).__name__)
        show(st.slider("r", 0, 10, (2, 5)))
        show(st.number_input("n", step=1))
        show(st.number_input("n"))
        show(st.selectbox("s", [{"a": 1}], format_func=str))
        show(st.file_uploader("u", accept_multiple_files=True))
        show(st.color_picker("c"))
        """
    ).run()
    assert not at.exception
    assert md(at) == [
        "(2, 5) tuple",
        "0 int",
        "0.0 float",
        "{'a': 1} dict",
        "[] list",
        "'#000000' str",
    ]
