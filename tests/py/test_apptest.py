"""Tests of the AppTest harness itself (tablit.testing.v1.AppTest).

They run against the real Streamlit too (``TABLIT_REFERENCE=1``), which keeps
the harness API-compatible; the few tablit-only behaviours are marked.
"""

import datetime
import json
import os
import textwrap

import pytest

from apptest import AppTest

REFERENCE = os.environ.get("TABLIT_REFERENCE") == "1"
if REFERENCE:
    from streamlit.testing.v1.errors import AppTestError
else:
    from tablit.testing.v1 import AppTestError

HERE = os.path.dirname(os.path.abspath(__file__))


def app(src, **kw):
    return AppTest.from_string("import streamlit as st\n" + textwrap.dedent(src), default_timeout=10, **kw)


def skip_if_unimplemented(at):
    """Skip while a feature the test needs is still a tablit stub."""
    for e in at.exception:
        if not REFERENCE and e.props.get("type") == "NotImplementedError":
            pytest.skip(f"not implemented yet: {e.value}")


# ------------------------------------------------------------- creation
def test_from_string_run_returns_self():
    at = app("st.write('hello')")
    assert at.run() is at
    assert at.markdown.values == ["hello"]
    assert not at.exception


def test_from_file_relative_to_calling_file(tmp_path):
    script = tmp_path / "app.py"
    script.write_text("import streamlit as st\nst.text('from file')\n")
    at = AppTest.from_file(os.path.relpath(script, HERE)).run()
    assert at.text.values == ["from file"]


def test_from_file_missing_file():
    with pytest.raises(FileNotFoundError):
        AppTest.from_file("no/such/app.py")


def test_from_function_with_args():
    def my_app(greeting, name="x"):
        import streamlit as st

        st.write(f"{greeting}, {name}")

    at = AppTest.from_function(my_app, args=("Hi",), kwargs={"name": "Ann"}).run()
    assert at.markdown.values == ["Hi, Ann"]


# --------------------------------------------------------- session state
def test_session_state_set_before_first_run_is_a_script_write():
    at = app("v = st.text_input('T', key='t')\nst.write(v)")
    at.session_state["t"] = "preset"
    at.session_state["other"] = 1
    at.run()
    assert at.text_input(key="t").value == "preset"
    assert at.markdown.values == ["preset"]
    assert at.session_state["other"] == 1


def test_session_state_between_runs_updates_widget_without_callback():
    at = app(
        """
        st.session_state.setdefault("calls", 0)
        def cb():
            st.session_state.calls += 1
        v = st.text_input("T", key="t", on_change=cb)
        st.write(v, st.session_state.calls)
        """
    ).run()
    at.session_state["t"] = "written"
    assert at.text_input(key="t").value == "written"  # read from session state
    at.run()
    assert at.markdown.values == ["written `0`"]
    at.text_input(key="t").input("typed").run()
    assert at.markdown.values == ["typed `1`"]


def test_session_state_mapping_api():
    at = app("st.session_state.setdefault('a', 1)\nst.checkbox('C', key='c')").run()
    ss = at.session_state
    assert ss["a"] == 1 and ss.a == 1 and ss.get("zz", 5) == 5
    assert "a" in ss and "c" in ss and "zz" not in ss
    assert ss["c"] is False
    with pytest.raises(KeyError):
        ss["zz"]
    with pytest.raises(AttributeError):
        ss.zz
    ss.b = 2
    assert ss["b"] == 2
    del ss["b"]
    assert "b" not in ss
    assert ss.to_dict() == {"a": 1, "c": False}


# --------------------------------------------------- query params, secrets
def test_query_params_in_and_out():
    at = app(
        """
        st.write(st.query_params.get_all("a"), st.query_params.get("b"))
        st.query_params["c"] = "3"
        """
    )
    at.query_params["a"] = ["1", "2"]
    at.query_params["b"] = "x"
    at.run()
    assert [json.loads(j.value) for j in at.json] == [["1", "2"]]
    assert at.markdown.values == ["x"]
    assert at.query_params == {"a": ["1", "2"], "b": "x", "c": "3"}
    assert isinstance(at.query_params, dict)


def test_secrets():
    at = app("st.write(st.secrets['token'], st.secrets.db.user)")
    at.secrets["token"] = "abc"
    at.secrets["db"] = {"user": "me"}
    at.run()
    assert at.markdown.values == ["abc me"]


# ---------------------------------------------------------------- widgets
def test_button_is_true_for_one_run():
    at = app(
        """
        st.session_state.setdefault("n", 0)
        def inc():
            st.session_state.n += 1
        b = st.button("B", key="b", on_click=inc)
        st.write(b, st.session_state.n)
        """
    ).run()
    assert at.button[0].value is False
    at.button(key="b").click().run()
    assert at.button[0].value is True
    assert at.markdown.values == ["`True` `1`"]
    at.run()
    assert at.button[0].value is False
    assert at.markdown.values == ["`False` `1`"]


def test_values_persist_and_callbacks_run_in_tree_order():
    at = app(
        """
        st.session_state.setdefault("log", [])
        a = st.text_input("A", key="a", on_change=lambda: st.session_state.log.append("a"))
        b = st.text_input("B", key="b", on_change=lambda: st.session_state.log.append("b"))
        st.write(a, b)
        """
    ).run()
    at.text_input(key="b").input("2")
    at.text_input(key="a").input("1")
    at.run()
    assert at.session_state["log"] == ["a", "b"]
    at.run()  # every widget is sent again with its value: nothing changes
    assert at.markdown.values == ["1 2"]
    assert at.session_state["log"] == ["a", "b"]


def test_widget_actions():
    at = app(
        """
        values = dict(
            c=st.checkbox("c"), tg=st.toggle("tg"), cp=st.color_picker("cp"),
            ms=st.multiselect("ms", ["a", "b", "c"]), n=st.number_input("n", 1, 6, 5, step=2),
            r=st.radio("r", ["x", "y"]), ss=st.select_slider("ss", ["lo", "mid", "hi"]),
            sb=st.selectbox("sb", ["p", "q"]),
            sf=st.selectbox("sf", [1, 2], format_func=lambda v: f"#{v}"),
            sl=st.slider("sl", 0, 100, (10, 20)), ta=st.text_area("ta"),
            ti=st.text_input("ti", max_chars=3), ci=st.chat_input("ci"),
        )
        st.write(repr(values))
        """
    ).run()
    assert not at.exception
    assert at.selectbox[1].options == ["#1", "#2"]
    assert at.selectbox[1].index == 0 and at.selectbox[1].value == 1
    assert at.number_input[0].min == 1 and at.number_input[0].max == 6
    at.checkbox[0].check()
    at.toggle[0].set_value(True)
    at.color_picker[0].pick("ff0000")
    at.multiselect[0].select("b").select("c").unselect("b")
    at.number_input[0].increment()  # 5 + 2 capped at max 6
    at.radio[0].set_value("y")
    at.select_slider[0].set_value("hi")
    at.selectbox[0].select_index(1)
    at.selectbox[1].select(2)
    at.slider[0].set_range(30, 40)
    at.text_area[0].input("hello")
    at.text_input[0].input("too long").input("ok")  # longer than max_chars: ignored
    at.chat_input[0].set_value("msg")
    assert at.text_input[0].value == "ok"
    at.run()
    got = eval(at.markdown.values[0])
    assert got == dict(c=True, tg=True, cp="#ff0000", ms=["c"], n=6, r="y", ss="hi", sb="q", sf=2,
                       sl=(30, 40), ta="hello", ti="ok", ci="msg")
    assert at.multiselect[0].value == ["c"]
    assert at.selectbox[0].index == 1 and at.selectbox[1].index == 1 and at.radio[0].index == 1
    at.number_input[0].decrement().decrement().decrement().decrement()  # floor at min 1
    at.checkbox[0].uncheck()
    at.selectbox[0].select("p")
    at.run()
    got = eval(at.markdown.values[0])
    assert (got["n"], got["c"], got["sb"], got["ci"]) == (1, False, "p", None)


def test_date_and_time_inputs():
    at = app(
        """
        import datetime
        d = st.date_input("d", datetime.date(2024, 1, 1))
        t = st.time_input("t", datetime.time(8, 0), step=1800)
        st.write(repr((d, t)))
        """
    ).run()
    skip_if_unimplemented(at)
    at.date_input[0].set_value(datetime.date(2024, 2, 2))
    at.time_input[0].increment()
    at.run()
    assert at.markdown.values == [repr((datetime.date(2024, 2, 2), datetime.time(8, 30)))]


def test_disabled_widget_cannot_be_set():
    at = app("st.text_input('T', disabled=True)\nst.button('B', disabled=True)").run()
    with pytest.raises(AppTestError):
        at.text_input[0].set_value("x")
    with pytest.raises(AppTestError):
        at.button[0].click()


def test_lookup_by_key_and_values():
    at = app("st.text_input('A', 'x', key='a')\nst.text_input('B', 'y')").run()
    assert at.text_input(key="a").label == "A"
    assert at.text_input.values == ["x", "y"]
    assert len(at.text_input) == 2 and at.text_input[1].key is None
    with pytest.raises(KeyError):
        at.text_input(key="nope")


def test_element_run_runs_the_app():
    at = app("st.write(st.checkbox('C'))").run()
    assert at.checkbox[0].check().run() is at
    assert at.markdown.values == ["`True`"]


# -------------------------------------------------------------- containers
def test_containers_and_sidebar():
    at = app(
        """
        c1, c2 = st.columns(2)
        c2.button("in col 2")
        t1, t2 = st.tabs(["A", "B"])
        t2.markdown("in B")
        with st.expander("ex"):
            st.write("inside")
        st.sidebar.button("side")
        st.empty().text("in empty")
        st.toast("hi")
        """
    ).run()
    assert not at.exception
    assert len(at.columns) == 2 and at.columns[1].button[0].label == "in col 2"
    assert len(at.columns[0].button) == 0
    assert [t.label for t in at.tabs] == ["A", "B"]
    assert at.tabs[1].markdown.values == ["in B"]
    assert at.expander[0].label == "ex" and at.expander[0].markdown.values == ["inside"]
    assert [b.label for b in at.sidebar.button] == ["side"]
    assert [b.label for b in at.main.button] == ["in col 2"]
    assert [b.label for b in at.get("button")] == ["in col 2", "side"]
    assert at.text.values == ["in empty"]
    assert at.toast.values == ["hi"]
    names = [type(e).__name__ for e in at.main]
    assert names == ["SpecialBlock", "Block", "Column", "Column", "Button", "Block", "Tab", "Tab",
                     "Markdown", "Expander", "Markdown", "Text"]
    at.columns[1].button[0].click().run()
    assert at.button.values == [True, False]


# -------------------------------------------------------------- exceptions
def test_app_error_is_an_exception_element():
    at = app("st.write('before')\nraise ValueError('boom')\nst.write('after')").run()
    assert at.markdown.values == ["before"]
    assert at.exception.values == ["boom"]
    assert at.exception[0].message == "boom"
    assert at.exception[0].stack_trace
    names = [type(e).__name__ for e in at.main if type(e).__name__ != "SpecialBlock"]
    assert names == ["Markdown", "Exception"]


def test_compile_error_draws_nothing():
    # as 1.67's: the error is a session event (the page's "Script execution error" dialog), not an element
    at = app("st.write('a')\nx = (\n").run()
    assert len(at.exception) == 0
    assert at.markdown.values == [] and len(at.main.children) == 0


@pytest.mark.skipif(REFERENCE, reason="Streamlit's runner thread spins on after the timeout")
def test_timeout():
    at = AppTest.from_string("while True:\n    pass\n", default_timeout=0.3)
    with pytest.raises(RuntimeError, match="timed out"):
        at.run()


# -------------------------------------------------------------------- forms
def test_form_values_wait_for_submit_and_clear_on_submit():
    at = app(
        """
        with st.form("f", clear_on_submit=True):
            v = st.text_input("T", key="t")
            sub = st.form_submit_button("Go")
        st.write(repr(v), sub)
        """
    ).run()
    skip_if_unimplemented(at)
    at.text_input(key="t").input("typed").run()  # not submitted: not sent
    assert at.markdown.values == ["'' `False`"]
    at.text_input(key="t").input("typed")
    at.button[0].click().run()
    assert at.markdown.values == ["'typed' `True`"]
    at.run()  # a run from outside the form keeps the submitted value
    assert at.markdown.values == ["'typed' `False`"]
    at.button[0].click().run()  # the next submit sends the cleared default
    assert at.markdown.values == ["'' `True`"]


# -------------------------------------------------------------------- pages
def test_switch_page(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "main.py").write_text("import streamlit as st\nst.write('main')\n")
    (tmp_path / "pages" / "other.py").write_text("import streamlit as st\nst.write('other')\n")
    at = AppTest.from_file(str(tmp_path / "main.py")).run()
    assert at.markdown.values == ["main"]
    with pytest.raises(ValueError):
        at.switch_page("pages/missing.py")
    try:
        at.switch_page("pages/other.py").run()
    except NotImplementedError:
        pytest.skip("pages not implemented yet")
    assert at.markdown.values == ["other"]
    at.switch_page("main.py").run()
    assert at.markdown.values == ["main"]


def test_image_page_link_camera_and_audio_input_elements_as_1_67s_apptest():
    # e2e sweep, values pass: .value of st.image was None, of st.page_link None, of an
    # empty camera_input / audio_input [] (1.67: the image URLs, the label, None)
    at = AppTest.from_string(textwrap.dedent("""
        import streamlit as st
        png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                            "1f15c4890000000d4944415478da63f8cf00000301010018dd8db00000000049454e44ae426082")
        st.image([png, png], caption=["one", "two"])
        st.page_link("https://example.com", label="Example")
        st.camera_input("Photo")
        st.audio_input("Voice")
    """), default_timeout=10).run()
    assert not at.exception
    image = at.image[0]
    assert len(image.value) == 2 and all(isinstance(u, str) and u for u in image.value)
    assert image.captions == ["one", "two"]
    assert at.page_link[0].value == "Example"
    with pytest.raises(Exception, match=r"click\(\) is not supported for page_link"):
        at.page_link[0].click()
    kinds = {c.type: c for c in at.main.children.values()}
    assert kinds["camera_input"].value is None
    assert kinds["audio_input"].value is None


def test_selectbox_value_not_among_options_fails_the_run():
    """1.67's AppTest: set_value of a value that is not an option raises ValueError at the
    next run (and when the index is read), instead of being dropped."""
    at = AppTest.from_string(
        "import streamlit as st\n"
        "v = st.selectbox('S', ['a', 'b'])\n"
        "st.write(v)\n").run()
    at.selectbox[0].set_value("zzz")
    with pytest.raises(ValueError, match="'zzz' is not in list"):
        at.run()
    with pytest.raises(ValueError, match="'zzz' is not in list"):
        at.selectbox[0].index
    at.selectbox[0].set_value("b")
    at.run()
    assert at.selectbox[0].value == "b"


@pytest.mark.skipif(os.environ.get("TABLIT_REFERENCE") == "1",
                    reason="tablit's AppTest takes a new option (1.67's raises ValueError)")
def test_selectbox_accepting_new_options_takes_a_new_value():
    at = AppTest.from_string(
        "import streamlit as st\n"
        "w = st.selectbox('T', ['a', 'b'], accept_new_options=True)\n"
        "st.write(w)\n").run()
    at.selectbox[0].set_value("new one")
    at.run()
    assert at.selectbox[0].value == "new one"


def test_divider_reads_as_its_markdown():
    # 1.67's divider is the Markdown "---": AppTest's body and value both say so
    at = app("st.divider()\n").run()
    assert at.divider[0].body == "---"
    assert at.divider[0].value == "---"


def test_an_uncaught_exception_is_named_with_its_module_as_1_67_names_it(tmp_path):
    """1.67 names an uncaught exception's type with its module (str(type(e))), a builtin bare;
    st.exception(e) names the class alone."""
    app = tmp_path / "app.py"
    app.write_text(
        "import streamlit as st\n"
        "class MyError(Exception):\n    pass\n"
        "mode = st.query_params.get('m', 'user')\n"
        "st.exception(ValueError('shown'))\n"
        "if mode == 'user':\n    raise MyError('boom')\n"
        "elif mode == 'api':\n    st.switch_page('nope.py')\n"
        "else:\n    {}['x']\n")
    want = {"user": "__main__.MyError", "api": "streamlit.errors.StreamlitPageNotFoundError", "key": "KeyError"}
    for mode, name in want.items():
        at = AppTest.from_file(str(app))
        at.query_params["m"] = mode
        at.run()
        types = [e.proto.type if hasattr(e, "proto") else e.props["type"] for e in at.exception]
        assert types == ["ValueError", name], mode
