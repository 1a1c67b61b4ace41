"""Apps from Streamlit's own issue tracker (streamlit/st-issues, ``issues/gh-*/app.py``) that ran
differently here than in 1.67, each reduced to what differed.

Every case runs against Streamlit 1.67 too (TABLIT_REFERENCE=1): what is asserted is what 1.67 does;
what the page receives (props) is tablit's own and is checked only here.
"""

import os
import sys
import textwrap

import pytest
from apptest import AppTest

REFERENCE = os.environ.get("TABLIT_REFERENCE") == "1"
tablit_only = pytest.mark.skipif(REFERENCE, reason="what tablit sends the page")


def run(src, at=None):
    return (at or AppTest.from_string("import streamlit as st\n" + textwrap.dedent(src), default_timeout=10)).run()


def errors(at):
    return [e.value for e in at.exception]


# ------------------------------------------------------- components.v1 sizes (gh-12454)
def test_a_v1_frame_may_be_0_px_high_as_scripts_without_a_frame_are_written():
    at = run("""
        import streamlit.components.v1 as components
        components.html("<script>1</script>", height=0)
        components.html("<p>x</p>", height=1, width=0)
        components.html("<p>x</p>", height=1.5, width="abc")
        st.write("after")
    """)
    assert errors(at) == []
    assert at.markdown[0].value == "after"
    if not REFERENCE:
        frames = [e.props for e in at.get("iframe")]
        assert [(f["height"], f["width"]) for f in frames] == [(0, "stretch"), (1, 0), (1, "stretch")]


def test_a_v1_frame_of_negative_height_fails_as_1_67s_protobuf_field():
    at = run("""
        import streamlit.components.v1 as components
        components.html("<p>x</p>", height=-5)
    """)
    assert errors(at) == ["Value out of range: -5"]


# ------------------------------------------- element ids that are not widgets' (gh-11424, gh-5749)
PLOTLY = "fig = {'data': [{'type': 'scatter', 'x': [1, 2], 'y': [3, 4]}]}\n"
OTHER = "{'data': [{'type': 'bar', 'x': [1], 'y': [2]}]}"
DUPLICATE = ("There are multiple `{}` elements with the same auto-generated ID. When this element is created, "
             "it is assigned an internal ID based on the element type and provided parameters. Multiple elements "
             "with the same type and parameters will cause this error.\n\nTo fix this error, please pass a unique "
             "`key` argument to the `{}` element.")


def test_two_alike_plotly_charts_raise_1_67s_duplicate_id_and_the_second_is_not_drawn():
    at = run(PLOTLY + "st.plotly_chart(fig)\nst.plotly_chart(fig)\nst.write('after')\n")
    assert errors(at) == [DUPLICATE.format("plotly_chart", "plotly_chart")]
    assert len(at.get("plotly_chart")) == 1 and len(at.markdown) == 0


def test_plotly_charts_told_apart_by_key_container_or_figure_are_drawn():
    at = run(PLOTLY + textwrap.dedent("""
        st.plotly_chart(fig, key="a")
        st.plotly_chart(fig, key="b")
        st.sidebar.plotly_chart(fig)
        st.plotly_chart(fig)
        st.plotly_chart(fig, theme=None)
    """))
    assert errors(at) == []
    assert len(at.get("plotly_chart")) == 5


def test_two_plotly_charts_with_one_key_raise_1_67s_duplicate_key():
    at = run(PLOTLY + f"st.plotly_chart(fig, key='a')\nst.plotly_chart({OTHER}, key='a')\n")
    assert errors(at) == ["There are multiple elements with the same `key='a'`. To fix this, please make sure "
                          "that the `key` argument is unique for each element you create."]


@pytest.mark.parametrize("kind, data", [("video", "'https://example.com/a.mp4'"), ("audio", "b'RIFF'")])
def test_only_autoplaying_players_have_an_id(kind, data):
    at = run(f"st.{kind}({data})\nst.{kind}({data})\nst.write('plain')\n")
    assert errors(at) == [] and at.markdown[0].value == "plain"
    at = run(f"st.{kind}({data}, autoplay=True)\nst.{kind}({data}, autoplay=True)\nst.write('after')\n")
    assert errors(at) == [DUPLICATE.format(kind, kind)]


# ---------------------------------------------------------------- st._bottom (gh-14152)
def test_st_underscore_bottom_is_st_bottom_with_1_67s_warning_once_a_session():
    at = run("""
        st.text_input("Test Main")
        with st._bottom:
            st.text_input("Test Bottom")
    """)
    assert errors(at) == []
    assert [w.value for w in at.warning] == [
        "Please replace `st._bottom` with `st.bottom`.\n\n`st._bottom` will be removed after 2026-07-01."]
    assert [t.label for t in at.text_input] == ["Test Main", "Test Bottom"]
    assert [t.label for t in at.main.text_input] == ["Test Main"]
    if not REFERENCE:
        at.run()  # (1.67: once a server process; here each tab is its own)
        assert len(at.warning) == 0 and len(at.text_input) == 2


# --------------------------------------------------------------- emoji icons (gh-5564)
def test_an_emoji_with_a_variation_selector_in_front_is_an_emoji():
    at = run("""
        st.error("This is an error", icon="\ufe0f\U0001f6a8")
        st.error("This is an error", icon="\U0001f6a8\ufe0f")
    """)
    assert errors(at) == [] and len(at.error) == 2


# ------------------------------------------------- apps that start themselves (gh-9749)
# tests/e2e/apps/st_issues/app.py (the page's test of the same findings) starts itself that way
SELF_STARTING = os.path.join(os.path.dirname(__file__), "..", "e2e", "apps", "st_issues", "app.py")


def test_an_app_that_starts_itself_when_no_runtime_exists_runs_its_main():
    at = AppTest.from_file(SELF_STARTING, default_timeout=10).run()
    assert errors(at) == []
    assert [m.value for m in at.markdown] == ["Before the frame", "After the frame", "Cached Point(x=7), pickled True",
                                              "asyncio.run: 42"]


def test_the_magic_marker_apps_test_for_is_there_under_magic():
    at = run("""
        import streamlit.web.bootstrap
        if "__streamlitmagic__" not in locals():
            st.web.bootstrap.run(__file__, False, [], {})
        st.write("ran")
    """)
    assert errors(at) == [] and at.markdown[0].value == "ran"


@tablit_only
def test_starting_a_server_from_inside_the_tab_is_refused_with_the_reason():
    at = run("import streamlit.web.bootstrap as b\nb.run('app.py', False, [], {})\n")
    assert errors(at)[0].startswith("`streamlit.web.bootstrap.run()` cannot run in tablit's browser runtime: ")


@tablit_only
def test_the_marker_is_there_with_magic_off_too(config_app):
    # (1.67 has it only where its magic pass ran; an app that tests for it then starts a second
    # server: here it is always there, since a runtime always runs the app)
    src = "import streamlit as st\nst.write('__streamlitmagic__' in globals())\n"
    assert config_app(src, "[runner]\nmagicEnabled = false\n").run().markdown[0].value == "`True`"


# ------------------------------------------------ the script is __main__ (gh-8521)
def test_cache_data_returns_an_instance_of_a_class_the_app_defines():
    at = run("""
        import pickle, sys
        from dataclasses import dataclass

        @dataclass
        class Point:
            x: int

        def square(v):
            return v * v

        @st.cache_data
        def make():
            return Point(1)

        st.write(str(make()), str(make()))
        st.write(len(pickle.dumps(square)) > 0, sys.modules["__main__"].Point is Point)
    """)
    assert errors(at) == []
    assert [m.value for m in at.markdown] == ["Point(x=1) Point(x=1)", "`True` `True`"]


@tablit_only
def test_the_process_main_module_is_put_back_after_a_run_under_cpython():
    before = sys.modules["__main__"]
    run("st.write(1)\n")
    assert sys.modules["__main__"] is before


# ----------------------------------------------------------- small parities
def test_progress_takes_a_float_a_hair_outside_its_range_as_the_bound():
    at = run("st.progress(1.0000000000000013)\nst.progress(-0.0000000000021)\n")
    assert errors(at) == [] and [p.value for p in at.get("progress")] == [100, 0]
    assert "outside the required range" in errors(run("st.progress(1.01)\n"))[0]


def test_toast_text_is_dedented_and_stripped_and_none_is_its_text():
    at = run("st.toast('''\n  Call me Ishmael.\n  Some years ago\n''')\nst.toast(None)\n")
    assert [t.value for t in at.toast] == ["Call me Ishmael.\nSome years ago", "None"]


def test_cache_decorators_no_longer_take_experimental_allow_widgets():
    at = run("@st.cache_data(experimental_allow_widgets=True)\ndef f():\n    return 1\n")
    assert errors(at) == ["CacheDataAPI.__call__() got an unexpected keyword argument 'experimental_allow_widgets'"]


def test_a_styler_larger_than_pandas_render_limit_is_refused_with_1_67s_text():
    pytest.importorskip("pandas")
    at = run("""
        import pandas as pd
        pd.set_option("styler.render.max_elements", 2)
        try:
            st.dataframe(pd.DataFrame({"a": [1, 2, 3]}).style)
        finally:
            pd.reset_option("styler.render.max_elements")
    """)
    assert errors(at) == [
        "The dataframe has `3` cells, but the maximum number of cells allowed to be rendered by Pandas Styler is "
        "configured to `2`. To allow more cells to be styled, you can change the `\"styler.render.max_elements\"` "
        "config. For example: `pd.set_option(\"styler.render.max_elements\", 3)`"]


def test_a_dataframes_numbered_columns_keep_their_numbers_in_apptest():
    # (gh-6662: 1.67's AppTest table is the Arrow table read back, with the frame's own labels)
    pytest.importorskip("pandas")
    at = run("""
        import numpy as np
        import pandas as pd
        st.dataframe(np.ones((1, 2)))
        st.dataframe(pd.DataFrame([[1.0, 2.0]], columns=[2.5, 3.5]))
        st.dataframe(pd.DataFrame([[1]], columns=[True]))
        st.dataframe(pd.DataFrame([[1, 2]], columns=[3, "x"]))
        st.data_editor(pd.DataFrame([[1, 2]]))
    """)
    assert [list(d.value.columns) for d in at.dataframe] == [[0, 1], [2.5, 3.5], [True], ["3", "x"], ["0", "1"]]
    assert at.dataframe[0].value[1].tolist() == [1.0]


@tablit_only
def test_a_runtime_that_says_it_can_block_but_cannot_takes_the_sync_loop(monkeypatch):
    # (gh-6818: Pyodide restored from tablit's memory snapshot, made under Node without stack
    # switching, says can_run_sync() but its run_sync refuses; asyncio.run then failed)
    from tablit.runtime import blocking

    monkeypatch.setattr(blocking, "IN_BROWSER", True)
    monkeypatch.setattr(blocking, "_can_run_sync", [lambda: True])
    for works in (False, True):
        monkeypatch.setattr(blocking, "_works", [])
        monkeypatch.setattr(blocking, "_run_sync_works", lambda works=works: works)
        assert blocking.can_block() is works and blocking.needs_sync_loop() is not works
        assert blocking.jspi_refused() is not works
    monkeypatch.setattr(blocking, "_can_run_sync", [lambda: False])
    assert blocking.can_block() is False


@tablit_only
def test_where_stack_switching_is_refused_only_scripts_naming_asyncio_take_the_sync_loop():
    # (so that every other app neither fetches the aio family nor swaps loops on each run)
    from tablit.runtime.runner import _uses_asyncio

    uses = [_uses_asyncio(compile(src, "app.py", "exec")) for src in (
        "import asyncio\nasyncio.run(main())\n", "def f():\n    from asyncio import run\n",
        "loop.run_until_complete(job)\n", "import streamlit as st\nst.write(1)\n")]
    assert uses == [True, True, True, False]
