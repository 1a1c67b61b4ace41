"""``bind="query-params"``: a widget's value kept in the URL (state/query_bind.py).

The seeding tests run against Streamlit 1.67 too (``TABLIT_REFERENCE=1``): the
URL's value at start, invalid values, defaults and corrections.  Writing a
change back is the page's work in 1.67 (its AppTest has no page), so those
tests are tablit's only.
"""

import os
import textwrap

import pytest

from apptest import AppTest

REFERENCE = os.environ.get("TABLIT_REFERENCE") == "1"
tablit_only = pytest.mark.skipif(REFERENCE, reason="1.67's page writes the URL; its AppTest has none")


def app(src, **query):
    at = AppTest.from_string("import streamlit as st\nimport datetime as dt\n" + textwrap.dedent(src),
                             default_timeout=10)
    for k, v in query.items():
        at.query_params[k] = v
    return at


ALL = '''
    B = dict(bind="query-params")
    st.checkbox("cb", key="cb", **B)
    st.toggle("tg", key="tg", **B)
    st.radio("r", ["a", "b c"], key="r", **B)
    st.selectbox("s", ["a", "b c"], key="s", **B)
    st.multiselect("m", ["a", "b"], default=["a"], key="m", **B)
    st.pills("p", ["a", "b"], key="p", **B)
    st.segmented_control("sc", ["a", "b"], selection_mode="multi", key="sc", **B)
    st.slider("sl", 0, 10, 3, key="sl", **B)
    st.slider("slr", 0.0, 10.0, (1.0, 2.5), key="slr", **B)
    st.slider("sld", value=dt.date(2024, 1, 2), min_value=dt.date(2024, 1, 1),
              max_value=dt.date(2024, 12, 1), key="sld", **B)
    st.select_slider("ss", ["x", "y", "z"], key="ss", **B)
    st.number_input("n", value=1.5, key="n", **B)
    st.text_input("t", key="t", **B)
    st.text_area("ta", key="ta", **B)
    st.color_picker("c", key="c", **B)
    st.date_input("d", dt.date(2024, 1, 2), key="d", **B)
    st.date_input("dr", (dt.date(2024, 1, 2), dt.date(2024, 1, 5)), key="dr", **B)
    st.time_input("ti", dt.time(8, 30), key="ti", **B)
    st.datetime_input("dti", dt.datetime(2024, 1, 2, 8, 30), key="dti", **B)
    st.feedback("thumbs", key="f", **B)
    st.pagination(10, key="pg", **B)
    st.text(repr({k: st.session_state[k] for k in sorted(st.session_state)}))
'''


def state(at):
    return eval(at.text[-1].value, {"datetime": __import__("datetime")})


def test_every_bindable_widget_starts_from_the_url():
    import datetime as dt

    at = app(ALL, cb="true", tg="False", r="b c", s="zz", m=["b", "a", "b", "q"], p="b", sc=["a", "b"],
             sl="7", slr=["2", "3.5"], sld="2024-03-04", ss="z", n="2", t="hi there", ta="",
             c="ff0000", d="2024-02-03", dr=["2024-02-03", "2024-02-09"], ti="09:15",
             dti="2024-02-03T09:15", f="1", pg="3").run()
    assert not at.exception
    values = state(at)
    assert values == {
        "c": "#ff0000", "cb": True, "d": dt.date(2024, 2, 3), "dr": (dt.date(2024, 2, 3), dt.date(2024, 2, 9)),
        "dti": dt.datetime(2024, 2, 3, 9, 15), "f": 1, "m": ["b", "a"], "n": 2.0, "p": "b", "pg": 3,
        "r": "b c", "s": "a", "sc": ["a", "b"], "sl": 7, "sld": dt.date(2024, 3, 4), "slr": (2.0, 3.5),
        "ss": "z", "t": "hi there", "ta": "", "tg": False, "ti": dt.time(9, 15)}
    assert at.checkbox(key="cb").value is True
    assert at.radio(key="r").value == "b c"
    assert at.multiselect(key="m").value == ["b", "a"]
    # invalid (s=zz) and default (tg=False, ta=) values leave the URL; corrected ones are rewritten
    assert dict(at.query_params) == {
        "cb": "true", "r": "b c", "m": ["b", "a"], "p": "b", "sc": ["a", "b"], "sl": "7",
        "slr": ["2", "3.5"], "sld": "2024-03-04", "ss": "z", "n": "2", "t": "hi there", "c": "#ff0000",
        "d": "2024-02-03", "dr": ["2024-02-03", "2024-02-09"], "ti": "09:15", "dti": "2024-02-03T09:15",
        "f": "1", "pg": "3"}


def test_bad_values_fall_back_to_the_default_and_leave_the_url():
    import datetime as dt

    at = app(ALL, cb="maybe", sl="99", n="abc", sld="2023-01-01", pg="20", d="1999-01-01", ti="25:00",
             f="7", slr=["5"], r="", ss=["x", "z"], m="").run()
    assert not at.exception
    values = state(at)
    assert (values["cb"], values["sl"], values["n"], values["sld"], values["pg"], values["f"]) == (
        False, 3, 1.5, dt.date(2024, 1, 2), 1, None)
    assert values["m"] == []  # m= clears a multiselect (it may be empty), and stays
    assert dict(at.query_params) == {"m": ""}


def test_a_url_value_wins_over_session_state_set_before_the_first_run_only():
    at = app('''
        if "n" not in st.session_state:
            st.session_state.n = 5
        st.number_input("N", key="n", bind="query-params")
        st.text(str(st.session_state.n))
    ''', n="7").run()
    assert at.text[0].value == "7.0"
    assert at.number_input[0].value == 7


def test_binding_errors():
    at = app('''
        for code in ('st.checkbox("E", key="embed", bind="query-params")',
                     'st.tabs(["A", "A"], key="t", bind="query-params")',
                     'st.tabs(["A", ""], key="t2", bind="query-params")'):
            try:
                exec(code)
            except Exception as e:
                st.text(str(e))
    ''').run()
    assert [t.value for t in at.text] == [
        "Cannot bind to reserved query parameter 'embed'. 'embed' and 'embed_options' are used "
        "internally for Streamlit's embed functionality.",
        "Invalid `tabs` value. Supported values: unique labels. Tab labels must be unique when "
        "bind='query-params'.",
        "Invalid `tabs` value. Supported values: non-empty labels. Tab labels must be non-empty when "
        "bind='query-params'."]


def test_bound_parameters_cannot_be_written_through_query_params():
    at = app('''
        st.checkbox("C", key="c", bind="query-params")
        for code in ('st.query_params["c"] = "false"', 'del st.query_params["c"]',
                     'st.query_params.update(c="x")', 'st.query_params.clear()',
                     'st.query_params.from_dict({"c": "x"})'):
            try:
                exec(code)
            except Exception as e:
                st.text(str(e))
        st.query_params["free"] = "1"
    ''', c="true").run()
    assert [t.value for t in at.text] == [
        "Cannot directly set query parameter 'c' - it is bound to a widget. Modify the widget value instead.",
        "Cannot directly delete query parameter 'c' - it is bound to a widget. Modify the widget value instead.",
        "Cannot directly set query parameter 'c' - it is bound to a widget. Modify the widget value instead.",
        "Cannot clear query parameters - the following are bound to widgets: 'c'. Modify the widget "
        "values instead, or remove the bind parameter.",
        "Cannot directly set query parameter 'c' - it is bound to a widget. Modify the widget value instead."]
    assert dict(at.query_params) == {"c": "true", "free": "1"}


def test_tabs_and_expander_start_from_the_url():
    at = app('''
        a, b = st.tabs(["One", "Two words"], key="tab", bind="query-params")
        e = st.expander("More", key="more", bind="query-params")
        st.text(f"{a.open} {b.open} {e.open}")
    ''', tab="Two words", more="true").run()
    assert at.text[0].value == "False True True"
    assert dict(at.query_params) == {"tab": "Two words", "more": "true"}


@tablit_only
def test_changes_are_written_back_and_defaults_removed():
    at = app('''
        color = st.radio("Color", ["red", "green blue"], key="color", bind="query-params")
        picked = st.multiselect("Pick", ["a", "b", "c"], key="pick", bind="query-params")
        st.text(f"seen: {dict(st.query_params)}")
    ''').run()
    assert dict(at.query_params) == {}
    at.radio(key="color").set_value("green blue").run()
    assert dict(at.query_params) == {"color": "green blue"}
    # the run itself already reads the URL the change made (as 1.67's page writes it first)
    assert at.text[0].value == "seen: {'color': 'green blue'}"
    at.multiselect(key="pick").set_value(["c", "a"]).run()
    assert dict(at.query_params) == {"color": "green blue", "pick": ["c", "a"]}
    assert at._last_render["query"] == "color=green+blue&pick=c&pick=a"  # repeated keys, spaces as +
    at.radio(key="color").set_value("red").run()
    at.multiselect(key="pick").set_value([]).run()
    assert dict(at.query_params) == {}


@tablit_only
def test_session_state_writes_and_hidden_widgets_update_the_url():
    at = app('''
        def green():
            st.session_state.color = "green"
        st.button("Green", on_click=green)
        show = st.toggle("Show", key="show", bind="query-params")
        st.radio("Color", ["red", "green"], key="color", bind="query-params")
        if show:
            st.text_input("Name", key="name", bind="query-params")
        tab = st.tabs(["A", "B"], key="tab", bind="query-params")
    ''', show="true", name="Ann").run()
    assert dict(at.query_params) == {"show": "true", "name": "Ann"}
    at.button[0].click().run()
    assert dict(at.query_params) == {"show": "true", "name": "Ann", "color": "green"}
    at.text_input(key="name").set_value("Bo").run()  # a change rewrites the query, keys sorted (as 1.67's page)
    assert list(at.query_params) == ["color", "name", "show"]
    at.toggle(key="show").set_value(False).run()
    assert dict(at.query_params) == {"color": "green"}  # the hidden text_input's parameter is gone
    assert at.text_input.len == 0


@tablit_only
def test_a_widget_that_stops_binding_leaves_the_url():
    at = app('''
        bound = st.session_state.get("bound", True)
        st.checkbox("C", key="c", bind="query-params" if bound else None)
        st.session_state.bound = False
    ''', c="true").run()
    assert dict(at.query_params) == {"c": "true"}
    at.run()
    assert dict(at.query_params) == {}
