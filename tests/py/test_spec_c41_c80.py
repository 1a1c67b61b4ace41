"""Conformance cases C41..C80 of /work/shared/spec/streamlit-semantics.md (section 7).

Every test here was validated against the real Streamlit 1.67.0 AppTest:

    cd tests/py && TABLIT_REFERENCE=1 /work/venv-st/bin/python -m pytest -q test_spec_c41_c80.py

Where the spec text and real Streamlit (as seen through AppTest) disagree, the
test follows real Streamlit and says so in a comment ("DEVIATION"). Where AppTest
cannot observe what a case describes (server log, what the browser displays),
the test checks what is observable and says so ("NOT OBSERVABLE").
"""

import json
import textwrap

from apptest import AppTest


FORM_DOCS = (
    "\n\nFor more information, refer to the\n"
    "[documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).\n"
)
DUP_KEY_MSG = (
    "There are multiple elements with the same `key='{key}'`. To fix this, please "
    "make sure that the `key` argument is unique for each element you create."
)
DUP_ID_MSG = (
    "There are multiple `{type}` elements with the same auto-generated ID. When this "
    "element is created, it is assigned an internal ID based on the element type and "
    "provided parameters. Multiple elements with the same type and parameters will "
    "cause this error.\n\nTo fix this error, please pass a unique `key` argument to "
    "the `{type}` element."
)


def app(src: str, **kw) -> AppTest:
    """An AppTest for an inline script; `ss` is bound to st.session_state."""
    head = "import streamlit as st\nss = st.session_state\n"
    return AppTest.from_string(head + textwrap.dedent(src), **kw)


def md(at) -> list:
    return [m.value for m in at.markdown]


def exc(at) -> list:
    return [e.value for e in at.exception]


def write_files(root, files: dict):
    for rel, src in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("import streamlit as st\nss = st.session_state\n" + textwrap.dedent(src))


# ---------------------------------------------------------------- Triggers


def test_c41_button_value_above_and_below_in_click_run():
    at = app(
        """
        st.write("top", ss.get("btn"))
        st.button("B", key="btn")
        st.write("bottom", ss.get("btn"))
        """
    ).run()
    assert md(at) == ["top `None`", "bottom `False`"]
    assert at.button[0].value is False

    at.button(key="btn").click().run()
    # True for the whole click run, even above the button call.
    assert md(at) == ["top `True`", "bottom `True`"]
    assert at.button[0].value is True
    # at.session_state is read after the run finished: the end-of-run trigger
    # reset (spec 1.5 step 6a) already happened, while at.button[0].value
    # reports the value the run saw.
    assert at.session_state["btn"] is False

    at.run()
    assert md(at) == ["top `False`", "bottom `False`"]
    assert at.button[0].value is False
    assert at.session_state["btn"] is False


def test_c42_button_rerun_no_loop():
    at = app(
        """
        ss.setdefault("n", 0)
        ss.n += 1
        if st.button("Submit"):
            st.rerun()
        st.write("n", ss.n)
        """
    ).run()
    assert md(at) == ["n `1`"]
    at.button[0].click().run()
    # click run (n=2) reruns; the rerun (n=3) sees the button False: no loop.
    assert md(at) == ["n `3`"]
    assert at.session_state["n"] == 3
    assert at.button[0].value is False
    assert not at.exception


def test_c43_chat_input_value_for_one_run():
    at = app(
        """
        v = st.chat_input("Say", key="c")
        st.write(repr(v), repr(ss.c))
        """
    ).run()
    assert md(at) == ["None None"]
    at.chat_input[0].set_value("hi").run()
    assert md(at) == ["'hi' 'hi'"]
    at.run()
    assert md(at) == ["None None"]


def test_c44_form_submit_button_default_key_in_session_state():
    at = app(
        """
        with st.form("f"):
            st.text_input("T", key="t")
            st.form_submit_button("Go")
        st.write(sorted(ss.to_dict().items()))
        """
    ).run()
    assert json.loads(at.json[0].value) == [["FormSubmitter:f-Go", False], ["t", ""]]
    assert at.session_state["FormSubmitter:f-Go"] is False


# ---------------------------------------------------- Identity and duplicates


def test_c45_duplicate_auto_generated_id():
    at = app(
        """
        st.button("B")
        st.button("B")
        st.write("not reached")
        """
    ).run()
    assert len(at.button) == 1  # the first one renders
    assert exc(at) == [DUP_ID_MSG.format(type="button")]
    assert md(at) == []


def test_c46_duplicate_user_key_across_widget_types():
    at = app(
        """
        st.button("B", key="k")
        st.checkbox("C", key="k")
        """
    ).run()
    assert len(at.button) == 1
    assert len(at.checkbox) == 0
    assert exc(at) == [DUP_KEY_MSG.format(key="k")]


def test_c47_container_key_collides_with_widget_key():
    at = app(
        """
        with st.container(key="k"):
            st.write("x")
        st.text_input("T", key="k")
        """
    ).run()
    assert md(at) == ["x"]
    assert len(at.text_input) == 0
    assert exc(at) == [DUP_KEY_MSG.format(key="k")]


def test_c48_root_container_in_identity_but_columns_not():
    at = app(
        """
        st.button("B")
        st.sidebar.button("B")
        st.write("ok")
        """
    ).run()
    assert not at.exception
    assert len(at.button) == 2
    assert len(at.sidebar.button) == 1
    assert md(at) == ["ok"]

    at = app(
        """
        c1, c2 = st.columns(2)
        c1.button("B")
        c2.button("B")
        st.write("not reached")
        """
    ).run()
    assert len(at.button) == 1
    assert exc(at) == [DUP_ID_MSG.format(type="button")]
    assert md(at) == []


def test_c49_form_key_part_of_unkeyed_identity():
    at = app(
        """
        st.text_input("T")
        with st.form("f"):
            st.text_input("T")
            st.form_submit_button()
        st.write("ok")
        """
    ).run()
    assert not at.exception
    assert len(at.text_input) == 2
    assert md(at) == ["ok"]


def test_c50_invalid_widget_keys():
    at = app(
        """
        st.write("before")
        st.button("B", key="")
        """
    ).run()
    assert md(at) == ["before"]
    assert len(at.button) == 0
    assert exc(at) == ["Invalid `key` value. Supported values: a non-empty string."]

    at = app(
        """
        try:
            st.button("B", key="")
        except Exception as e:
            st.write(type(e).__name__)
        st.button("B", key="$$ID-x")
        """
    ).run()
    assert md(at) == ["StreamlitValueError"]
    assert len(at.button) == 0
    assert exc(at) == ["Keys beginning with $$ID are reserved."]


# ---------------------------------------------------------------- Callbacks


def test_c51_callbacks_run_before_body_in_order_with_new_values():
    at = app(
        """
        ss.setdefault("log", [])
        def cb(name, extra=None):
            ss.log.append((name, extra, ss.get(name)))
        st.write("start", list(ss.log))
        st.text_input("A", key="a", on_change=cb, args=("a",))
        st.text_input("B", key="b", on_change=cb, args=("b",), kwargs={"extra": 1})
        st.button("C", key="c", on_click=cb, args=("c",))
        """
    ).run()
    assert md(at) == ["start"]
    assert json.loads(at.json[0].value) == []

    # One request carrying A="aa", B="bb" and a click on C.
    at.text_input(key="a").input("aa")
    at.text_input(key="b").input("bb")
    at.button(key="c").click()
    at.run()
    expected = [["a", None, "aa"], ["b", 1, "bb"], ["c", None, True]]
    # "start" is written before any widget: the callbacks ran before the body,
    # in element order (AppTest order), and each saw the new values.
    assert json.loads(at.json[0].value) == expected

    at.run()  # no changes: no callback
    assert json.loads(at.json[0].value) == expected
    assert [list(t) for t in at.session_state["log"]] == expected


def test_c52_callback_args_captured_at_previous_render():
    at = app(
        """
        ss.setdefault("count", 0)
        def cb(c):
            ss.got = c
            ss.count += 1
        st.button("B", key="b", on_click=cb, args=(ss.count,))
        st.write(ss.count, ss.get("got"))
        """
    ).run()
    assert md(at) == ["`0` `None`"]
    at.button(key="b").click().run()
    assert md(at) == ["`1` `0`"]
    at.button(key="b").click().run()
    assert md(at) == ["`2` `1`"]


def test_c53_reset_pattern_callback_assigns_widget_keys():
    at = app(
        """
        def reset():
            ss.t = ""
            ss.sel = "b"
        t = st.text_input("T", key="t")
        sel = st.selectbox("S", ["a", "b"], key="sel")
        st.button("reset", on_click=reset)
        st.write(repr(t), repr(sel))
        """
    ).run()
    at.text_input(key="t").input("abc").run()
    assert md(at) == ["'abc' 'a'"]
    assert at.text_input[0].value == "abc"

    at.button[0].click().run()
    assert md(at) == ["'' 'b'"]
    assert at.text_input[0].value == ""
    assert at.selectbox[0].value == "b"
    assert at.session_state["t"] == ""
    assert at.session_state["sel"] == "b"


def test_c54_callback_output_renders_above_body():
    at = app(
        """
        def cb():
            st.write("written in callback")
        st.write("first body element")
        st.button("B", key="b", on_click=cb)
        """
    ).run()
    assert md(at) == ["first body element"]

    at.button(key="b").click().run()
    order = [
        (type(e).__name__, getattr(e, "value", None))
        for e in at.main
        if type(e).__name__ in ("Markdown", "Button")
    ]
    assert order == [
        ("Markdown", "written in callback"),
        ("Markdown", "first body element"),
        ("Button", True),
    ]

    at.run()
    assert md(at) == ["first body element"]


def test_c55_callback_writes_into_captured_container():
    at = app(
        """
        container = st.container()
        with container:
            st.markdown("BarFoo")
        st.button(
            "one",
            on_click=lambda c: (c.info("Hi!"), c.markdown("FooBar")),
            args=[container],
        )
        """
    ).run()
    assert md(at) == ["BarFoo"]
    at.button[0].click().run()
    # Callback output goes into the container captured from the previous run.
    assert md(at) == ["FooBar", "BarFoo"]
    assert [i.value for i in at.info] == ["Hi!"]


def test_c56_rerun_in_callback_no_warning():
    at = app(
        """
        def callback():
            ss["message"] = "ran callback"
            st.rerun()
        st.checkbox("cb", on_change=callback)
        st.write(ss.get("message"))
        """
    ).run()
    assert md(at) == ["`None`"]
    at.checkbox[0].check().run()
    assert md(at) == ["ran callback"]
    assert at.checkbox[0].value is True
    # Current: no "Calling st.rerun() within a callback is a no-op." warning.
    assert len(at.warning) == 0
    assert not at.exception


def test_c57_rerun_in_callback_stops_callback_and_skips_body():
    at = app(
        """
        ss.setdefault("runs", 0)
        ss.runs += 1
        def cb():
            ss.before = True
            st.write("from callback")
            st.rerun()
            ss.after = True
        st.button("go", key="go", on_click=cb)
        st.write(ss.runs, "before" in ss, "after" in ss)
        """
    ).run()
    assert md(at) == ["`1` `False` `False`"]
    at.button(key="go").click().run()
    # Body of the click run skipped; the fresh run sees the trigger False and
    # the callback's output is gone.
    assert at.button[0].value is False
    assert md(at) == ["`2` `True` `False`"]
    assert "from callback" not in md(at)
    assert len(at.warning) == 0


def test_c58_exception_in_callback():
    at = app(
        """
        def cb():
            st.write("in cb")
            ss.cb_wrote = True
            raise RuntimeError("cb failed")
        st.button("B", key="b", on_click=cb)
        st.write("body ran", ss.get("cb_wrote"))
        """
    ).run()
    assert md(at) == ["body ran `None`"]

    at.button(key="b").click().run()
    # Only the callback's output plus the exception box; the body did not run.
    assert md(at) == ["in cb"]
    assert exc(at) == ["cb failed"]
    assert len(at.button) == 0
    elems = [type(e).__name__ for e in at.main if type(e).__name__ != "SpecialBlock"]
    assert elems == ["Markdown", "Exception"]

    at.run()
    # Next run is normal, and the write made before the exception persisted.
    assert not at.exception
    assert len(at.button) == 1
    assert md(at) == ["body ran `True`"]


def test_c59_stop_in_callback_skips_body():
    # DEVIATION (detail): spec says the click run "renders nothing". In real
    # Streamlit only the body is skipped: output written by the callback before
    # st.stop() is still shown. A callback that writes nothing gives an empty page.
    at = app(
        """
        def cb():
            ss.stopped = True
            st.stop()
        st.write("body", ss.get("stopped"))
        st.button("B", key="b", on_click=cb)
        """
    ).run()
    assert md(at) == ["body `None`"]
    at.button(key="b").click().run()
    assert md(at) == []
    assert len(at.button) == 0
    assert not at.exception
    at.run()
    assert md(at) == ["body `True`"]
    assert len(at.button) == 1

    at = app(
        """
        def cb():
            st.write("in cb")
            st.stop()
        st.write("body")
        st.button("B", key="b", on_click=cb)
        """
    ).run()
    at.button(key="b").click().run()
    assert md(at) == ["in cb"]
    assert len(at.button) == 0


def test_c60_programmatic_changes_never_fire_on_change():
    at = app(
        """
        ss.setdefault("log", [])
        def setit():
            ss.t = "set by code"
        st.text_input("T", key="t", on_change=lambda: ss.log.append("t changed"))
        st.button("set", on_click=setit)
        st.checkbox("other")
        st.write("log", repr(ss.log))
        """
    ).run()
    at.button[0].click().run()
    assert at.text_input[0].value == "set by code"
    assert md(at) == ["log []"]
    at.checkbox[0].check().run()
    assert at.text_input[0].value == "set by code"
    assert md(at) == ["log []"]
    # Control: a user edit does fire it.
    at.text_input[0].input("user").run()
    assert md(at) == ["log ['t changed']"]


# -------------------------------------------------------------------- Forms


def test_c61_on_change_inside_form_rejected():
    at = app(
        """
        with st.form("f"):
            st.text_input("T", key="t", on_change=lambda: None)
            st.form_submit_button()
        """
    ).run()
    assert exc(at) == [
        "Within a form, callbacks can only be defined on `st.form_submit_button`. "
        "Defining callbacks on other widgets inside a form is not allowed."
    ]
    assert len(at.text_input) == 0


def test_c62_nested_forms_rejected():
    at = app(
        """
        try:
            with st.form("f"):
                with st.form("g"):
                    pass
        except Exception as e:
            st.write(type(e).__name__)
        with st.form("h"):
            with st.form("i"):
                pass
        """
    ).run()
    assert md(at) == ["StreamlitInvalidLayoutContextError"]
    assert exc(at) == ["Forms cannot be nested in other forms."]


def test_c63_duplicate_form_key():
    at = app(
        """
        with st.form("f"):
            st.form_submit_button()
        with st.form("f"):
            st.form_submit_button()
        """
    ).run()
    assert exc(at) == [DUP_KEY_MSG.format(key="f")]
    assert len(at.button) == 1


def test_c64_button_inside_form_rejected():
    msg = (
        "`st.button()` can't be used in an `st.form()`. "
        "Use `st.form_submit_button()` instead to submit the form." + FORM_DOCS
    )
    at = app(
        """
        try:
            with st.form("f"):
                st.button("B")
        except Exception as e:
            ss.err = str(e)
        with st.form("g"):
            st.button("B")
            st.form_submit_button()
        """
    ).run()
    assert at.session_state["err"] == msg  # str(e) ends with "\\n" (erratum 4)
    assert exc(at) == [msg.strip()]  # the exception element shows it stripped
    assert len(at.button) == 0


def test_c65_form_submit_button_outside_form():
    msg = (
        "`st.form_submit_button()` must be used inside an `st.form()`." + FORM_DOCS
    )
    at = app(
        """
        try:
            st.form_submit_button()
        except Exception as e:
            ss.err = str(e)
        """
    ).run()
    assert at.session_state["err"] == msg  # trailing "\\n" (erratum 4)
    # (Two separate scripts: in real Streamlit the failed call has already
    # registered its key 'FormSubmitter:-Submit', so a second call in the same
    # run raises the duplicate-key error instead.)
    at = app(
        """
        st.write("before")
        st.form_submit_button()
        st.write("after")
        """
    ).run()
    assert exc(at) == [msg.strip()]
    assert md(at) == ["before"]
    assert len(at.button) == 0


def test_c66_two_default_submit_buttons_same_label():
    at = app(
        """
        with st.form("f"):
            st.form_submit_button()
            st.form_submit_button()
        """
    ).run()
    assert len(at.button) == 1
    assert exc(at) == [DUP_KEY_MSG.format(key="FormSubmitter:f-Submit")]


def test_c67_form_batches_until_submit():
    at = app(
        """
        with st.form("my_form"):
            n = st.slider("Pick", 1, 10)
            s = st.form_submit_button("Submit")
        st.write(n, s)
        st.button("outside")
        """
    ).run()
    assert md(at) == ["`1` `False`"]

    # Drag to 7 without submitting, then interact outside the form.
    at.slider[0].set_value(7)
    at.button[1].click().run()
    assert md(at) == ["`1` `False`"]
    # NOT OBSERVABLE / DEVIATION: in the browser the pending 7 stays pending and
    # is sent at the next submit. AppTest has no pending state: the outside
    # click rebuilds the element tree and the unsubmitted 7 is dropped. So the
    # value is set again before submitting.
    at.slider[0].set_value(7)
    at.button[0].click().run()
    assert md(at) == ["`7` `True`"]
    at.run()
    assert md(at) == ["`7` `False`"]
    assert at.slider[0].value == 7


def test_c68_submit_callback_sees_form_values():
    at = app(
        """
        def cb():
            ss.seen = (ss.a, ss.sub)
        with st.form("f"):
            st.number_input("a", key="a")
            sub = st.form_submit_button("Go", key="sub", on_click=cb)
        st.write(ss.get("seen"), sub)
        """
    ).run()
    assert md(at) == ["`None` `False`"]
    at.number_input(key="a").set_value(3)
    at.button(key="sub").click().run()
    assert md(at) == ["`(3.0, True)` `True`"]
    assert at.session_state["seen"] == (3.0, True)


def test_c69_clear_on_submit_backend_keeps_submitted_value():
    at = app(
        """
        with st.form("f", clear_on_submit=True):
            t = st.text_input("T", key="t")
            s = st.form_submit_button("Go")
        st.write(repr(t), s, repr(ss.t))
        st.button("outside")
        """
    ).run()
    assert md(at) == ["'' `False` ''"]
    at.text_input(key="t").input("typed")
    at.button[0].click().run()
    assert md(at) == ["'typed' `True` 'typed'"]
    # NOT OBSERVABLE: the browser now shows an empty field; AppTest reads the
    # backend value, which is still the submitted one.
    at.button[1].click().run()
    assert md(at) == ["'typed' `False` 'typed'"]
    assert at.session_state["t"] == "typed"


def test_c70_only_clicked_submit_button_is_true():
    at = app(
        """
        with st.form("f"):
            st.text_input("T", key="t")
            s1 = st.form_submit_button("One", key="one")
            s2 = st.form_submit_button("Two", key="two")
        st.write("s1", s1, "s2", s2)
        """
    ).run()
    assert md(at) == ["s1 `False` s2 `False`"]
    at.button(key="two").click().run()
    assert md(at) == ["s1 `False` s2 `True`"]
    # Read after the run: triggers are already reset (see C41).
    assert at.session_state["one"] is False
    assert at.session_state["two"] is False
    assert at.button(key="one").value is False
    assert at.button(key="two").value is True
    # NOT OBSERVABLE: Enter in the text field acting as "One" is browser behaviour.
    at.button(key="one").click().run()
    assert md(at) == ["s1 `True` s2 `False`"]


# ------------------------------------------- Rerun / stop / errors / URL / pages


def test_c71_rerun_loop_in_body():
    at = app(
        """
        ss.setdefault("n", 0)
        ss.n += 1
        st.write("n", ss.n)
        if ss.n < 3:
            st.rerun()
        st.write("end", ss.n)
        """
    ).run()
    assert md(at) == ["n `3`", "end `3`"]
    assert at.session_state["n"] == 3


def test_c72_rerun_does_not_purge_widgets_below():
    at = app(
        """
        ss.setdefault("n", 0)
        ss.n += 1
        if ss.get("do_rerun"):
            ss.do_rerun = False
            st.rerun()
        st.checkbox("trigger", key="do_rerun")
        t = st.text_input("T", key="t")
        st.write(ss.n, repr(t))
        """
    ).run()
    assert md(at) == ["`1` ''"]
    at.text_input(key="t").input("keep me").run()
    assert md(at) == ["`2` 'keep me'"]
    at.checkbox(key="do_rerun").check().run()
    # Current: no stale cleanup at the interrupted run -> 'keep me' survives.
    assert md(at) == ["`4` 'keep me'"]
    assert at.checkbox[0].value is False
    assert at.text_input[0].value == "keep me"


def test_c73_stop_in_body():
    at = app(
        """
        x = st.checkbox("x", key="x")
        if not x:
            st.write("stopping")
            st.stop()
        st.write("after stop")
        """
    ).run()
    assert md(at) == ["stopping"]
    assert not at.exception
    at.checkbox(key="x").check().run()
    assert md(at) == ["after stop"]


def test_c74_no_cleanup_after_stop_or_exception():
    at = app(
        """
        halt = st.checkbox("halt", key="halt")
        if halt:
            st.stop()
        st.text_input("T", key="t")
        """
    ).run()
    at.text_input(key="t").input("abc").run()
    at.checkbox(key="halt").check().run()
    assert len(at.checkbox) == 1
    assert len(at.text_input) == 0
    assert at.session_state["t"] == "abc"  # kept in the backend
    at.checkbox(key="halt").uncheck().run()
    assert at.text_input[0].value == "abc"

    at = app(
        """
        halt = st.checkbox("halt", key="halt")
        if halt:
            raise RuntimeError("x")
        st.text_input("T", key="t")
        """
    ).run()
    at.text_input(key="t").input("abc").run()
    at.checkbox(key="halt").check().run()
    assert len(at.checkbox) == 1
    assert len(at.text_input) == 0
    assert exc(at) == ["x"]
    assert at.session_state["t"] == "abc"


def test_c75_query_params():
    at = app(
        """
        ss.setdefault("runs", 0)
        ss.runs += 1
        qp = st.query_params
        st.write(qp.to_dict(), qp.get_all("a"), qp.get("b"))
        qp["n"] = 5
        qp.tags = ["x", 1]
        st.write("n", repr(qp["n"]))
        st.write(qp.get_all("tags"))
        try:
            qp["embed"] = "true"
        except Exception as e:
            st.write(type(e).__name__, str(e))
        try:
            qp["zz"]
        except KeyError as e:
            st.write(repr(e))
        """
    )
    at.query_params["a"] = ["1", "2"]  # URL ?a=1&a=2
    at.run()
    assert [json.loads(j.value) for j in at.json] == [{"a": "2"}, ["1", "2"], ["x", "1"]]
    assert md(at) == [
        "`None`",
        "n '5'",
        "StreamlitAPIException Query param embed and embed_options "
        "(case-insensitive) cannot be set programmatically.",
        "KeyError('st.query_params has no key \"zz\".')",
    ]
    # URL is now ?a=1&a=2&n=5&tags=x&tags=1, and setting params did not rerun.
    assert at.query_params == {"a": ["1", "2"], "n": "5", "tags": ["x", "1"]}
    assert list(at.query_params) == ["a", "n", "tags"]
    assert at.session_state["runs"] == 1


def test_c76_pages_folder_widget_state_is_per_page(tmp_path):
    write_files(
        tmp_path,
        {
            "main.py": """
                ss.setdefault("shared", 0)
                ss.shared += 1
                st.write("main page")
                st.slider("s", 0, 10)
                st.write("shared", ss.shared)
            """,
            "pages/page1.py": """
                ss.setdefault("shared", 0)
                ss.shared += 1
                st.write("page1")
                st.write("shared", ss.shared)
            """,
        },
    )
    at = AppTest.from_file(str(tmp_path / "main.py")).run()
    at.slider[0].set_value(5).run()
    assert at.slider[0].value == 5
    assert md(at) == ["main page", "shared `2`"]

    at.switch_page("pages/page1.py").run()
    assert len(at.slider) == 0
    assert md(at) == ["page1", "shared `3`"]

    at.switch_page("main.py").run()
    assert at.slider[0].value == 0  # reset: widget state is per page
    assert md(at) == ["main page", "shared `4`"]


NAV_FILES = {
    "app.py": """
        pg = st.navigation([st.Page("home.py"), st.Page("other.py")])
        st.sidebar.text_input("common", key="common")
        pg.run()
    """,
    "home.py": """
        st.write("home")
        st.text_input("home text", key="ht")
        ss.setdefault("my_key", 3)
        ss["_my_key"] = ss["my_key"]
        st.number_input("N", key="_my_key", on_change=lambda: ss.update(my_key=ss["_my_key"]))
    """,
    "other.py": """
        st.write("other")
        st.write("common", repr(ss.get("common")))
    """,
}


def test_c77_navigation_entrypoint_widgets_shared_across_pages(tmp_path):
    write_files(tmp_path, NAV_FILES)
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    at.text_input(key="common").input("C").run()
    at.text_input(key="ht").input("H").run()
    assert at.text_input(key="common").value == "C"
    assert at.text_input(key="ht").value == "H"

    at.switch_page("other.py").run()
    assert md(at) == ["other", "common 'C'"]
    assert at.text_input(key="common").value == "C"
    assert [t.key for t in at.text_input] == ["common"]
    # NOT ASSERTED: AppTest sends every widget of the current tree, so `ht`
    # is still readable on other.py's first run (spec 6.7); a browser would
    # have dropped it before that run started.

    at.switch_page("home.py").run()
    assert md(at) == ["home"]
    assert at.text_input(key="common").value == "C"
    assert at.session_state["common"] == "C"
    # A keyed widget defined in a page is reset after the round trip.
    assert at.text_input(key="ht").value == ""
    assert at.session_state["ht"] == ""


def test_c78_placeholder_key_pattern_survives_navigation(tmp_path):
    write_files(tmp_path, NAV_FILES)
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert at.number_input[0].value == 3
    at.number_input(key="_my_key").set_value(7).run()
    assert at.session_state["my_key"] == 7

    at.switch_page("other.py").run()
    assert len(at.number_input) == 0
    assert at.session_state["my_key"] == 7

    at.switch_page("home.py").run()
    assert at.number_input[0].value == 7
    assert at.session_state["_my_key"] == 7
    at.run()
    assert at.number_input[0].value == 7


def test_c79_rerun_scope_validation():
    frag_msg = (
        'scope="fragment" can only be specified from `@st.fragment`-decorated '
        "functions during fragment reruns."
    )
    at = app(
        """
        st.write("before")
        st.rerun(scope="fragment")
        st.write("after")
        """
    ).run()
    assert md(at) == ["before"]
    assert exc(at) == [frag_msg]

    # Erratum 1: a non-empty string other than "app"/"fragment" is a fragment
    # key -> plain StreamlitAPIException; "" and [] -> StreamlitValueError;
    # wrong types -> StreamlitInvalidParameterTypeError.
    key_msg = (
        "Passing a fragment key to `st.rerun()` is only allowed from a widget callback "
        "(e.g. `on_change` / `on_click`). Calling it from the main script body or a "
        "fragment body would abort the current run. If you meant to rerun the whole "
        "app or the current fragment, use `scope='app'` or `scope='fragment'`."
    )
    at = app(
        """
        for scope in ["fragment", "bad", "", [], 3.5, b"x"]:
            try:
                st.rerun(scope=scope)
            except Exception as e:
                st.write(type(e).__name__)
                st.text(str(e))
        st.rerun(scope="bad")
        """
    ).run()
    assert md(at) == [
        "StreamlitInvalidLayoutContextError",
        "StreamlitAPIException",
        "StreamlitValueError",
        "StreamlitValueError",
        "StreamlitInvalidParameterTypeError",
        "StreamlitInvalidParameterTypeError",
    ]
    texts = [t.value for t in at.text]
    assert texts[0] == frag_msg
    assert texts[1] == key_msg
    # Messages below are not quoted by the spec; they are real Streamlit 1.67's.
    assert texts[2] == (
        "Invalid `scope` value. Supported values: 'app', 'fragment', a fragment key, "
        "a list of keys. Got an empty string."
    )
    assert texts[3] == (
        "Invalid `scope` value. Supported values: 'app', 'fragment', a fragment key, "
        "a list of keys. Got an empty list."
    )
    assert texts[4] == (
        "Invalid `scope` type. Expected one of: str, int, list[str | int]. "
        "Provided type: float."
    )
    assert texts[5] == (
        "Invalid `scope` type. Expected one of: str, int, list[str | int]. "
        "Provided type: bytes."
    )
    assert exc(at) == [key_msg]


def test_c80_widget_inside_cache_data():
    warning = (
        "Your script uses a widget command in a cached function\n"
        "(function decorated with `@st.cache_data` or `@st.cache_resource`).\n"
        'This code will only be called when we detect a cache "miss",\n'
        "which can lead to unexpected results.\n\n"
        "To fix this, move all widget commands outside the cached function."
    )
    at = app(
        """
        ss.setdefault("calls", 0)
        @st.cache_data
        def f(x):
            ss.calls += 1
            v = st.checkbox("in cache", key="cc")
            return ("ret", v)
        st.write("before")
        r = f(1)
        st.write("result", repr(r), "calls", ss.calls, "cc", repr(ss.get("cc")))
        """
    )
    at.run()
    # Cache miss: warning exception element, then the checkbox; the run goes on.
    names = [type(e).__name__ for e in at.main if type(e).__name__ != "SpecialBlock"]
    assert names == ["Markdown", "Exception", "Checkbox", "Markdown"]
    assert exc(at) == [warning]
    assert at.checkbox[0].label == "in cache"
    assert at.checkbox[0].value is False
    assert md(at)[1] == "result ('ret', False) calls `1` cc False"
    assert at.session_state["cc"] is False

    # Cache hit: both elements are replayed, the function body does not run.
    # Erratum 2: ss["cc"] reads the page's new value during the run while the
    # cached return value stays ('ret', False); the key is removed at the end
    # of the hit run because the widget was not registered.
    at.checkbox(key="cc").check().run()
    names = [type(e).__name__ for e in at.main if type(e).__name__ != "SpecialBlock"]
    assert names == ["Markdown", "Exception", "Checkbox", "Markdown"]
    assert exc(at) == [warning]
    assert at.checkbox[0].label == "in cache"
    assert md(at)[1] == "result ('ret', False) calls `1` cc True"
    assert "cc" not in at.session_state
    # NOTE: real AppTest cannot do a plain at.run() now (reading the replayed
    # checkbox's value raises KeyError because its state is gone), so set a
    # value explicitly for the next hit.
    at.checkbox(key="cc").uncheck().run()
    assert md(at)[1] == "result ('ret', False) calls `1` cc False"
    assert "cc" not in at.session_state
    assert at.session_state["calls"] == 1
