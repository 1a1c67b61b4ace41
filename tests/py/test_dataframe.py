"""st.dataframe / st.data_editor through AppTest: the table read back, selections,
edit state, returned data in the input's type, and widget identity (duplicate
ids) -- the same assertions pass against Streamlit 1.67 (TABLIT_REFERENCE=1)."""

import textwrap

import pandas as pd
import pytest
from apptest import AppTest
from conftest import REFERENCE

HEAD = "import streamlit as st\nimport pandas as pd\nimport datetime as dt\nss = st.session_state\n"


def app(src: str) -> AppTest:
    return AppTest.from_string(HEAD + textwrap.dedent(src), default_timeout=20)


def md(at):
    return [m.value for m in at.markdown]


def errors_of(at):
    return [(e.value if hasattr(e, "value") else e.message) for e in at.exception]


# ------------------------------------------------------------------ reading
def test_dataframe_value_round_trips_types_and_index():
    at = app("""
        df = pd.DataFrame({"a": [1, 2, 3], "b": [1.5, None, 3.25], "c": ["x", None, "z"],
                           "d": pd.to_datetime(["2024-01-01 00:00", "2024-02-03 04:05", None])},
                          index=["r1", "r2", "r3"])
        st.dataframe(df)
        st.dataframe(pd.DataFrame({"v": [True, False]}))
    """).run()
    got = at.dataframe[0].value
    assert list(got.columns) == ["a", "b", "c", "d"]
    assert list(got.index) == ["r1", "r2", "r3"]
    assert got["a"].tolist() == [1, 2, 3]
    assert got["b"].tolist()[0] == 1.5 and pd.isna(got["b"].tolist()[1])
    assert got["c"].tolist()[0] == "x" and got["c"].tolist()[2] == "z"
    assert got["d"].tolist()[1] == pd.Timestamp("2024-02-03 04:05")
    assert at.dataframe[1].value["v"].tolist() == [True, False]
    assert at.dataframe[0].editing_mode == "read_only"
    assert len(at.data_editor) == 0


def test_dataframe_from_plain_python_data():
    at = app("""
        st.dataframe({"x": range(4), "y": ["a", "b", "c", "d"]})
        st.dataframe([{"p": 1}, {"p": 2}])
    """).run()
    assert at.dataframe[0].value["x"].tolist() == [0, 1, 2, 3]
    assert at.dataframe[0].value["y"].tolist() == ["a", "b", "c", "d"]
    assert at.dataframe[1].value["p"].tolist() == [1, 2]


def test_big_table_with_pyarrow_round_trips():
    at = app("""
        import pyarrow  # noqa: F401  (tablit sends Arrow IPC when the app has pyarrow)
        n = 500
        df = pd.DataFrame({"i": range(n), "f": [x / 4 for x in range(n)],
                           "s": [f"s{x}" for x in range(n)], "b": [x % 2 == 0 for x in range(n)],
                           "t": pd.date_range("2024-01-01", periods=n, freq="h")})
        st.dataframe(df.set_index("s"))
    """).run()
    got = at.dataframe[0].value
    assert list(got.index[:2]) == ["s0", "s1"]
    assert got["i"].tolist()[499] == 499
    assert got["f"].tolist()[3] == 0.75
    assert got["b"].tolist()[:3] == [True, False, True]
    assert got["t"].tolist()[25] == pd.Timestamp("2024-01-02 01:00")


# --------------------------------------------------------------- selections
def test_selection_default_state_and_attribute_access():
    at = app("""
        ev = st.dataframe({"a": [1, 2, 3]}, on_select="rerun", key="sel")
        st.markdown(repr(dict(ev.selection)))
        st.markdown(str(ev.selection.rows))
    """).run()
    assert md(at) == ["{'rows': [], 'columns': [], 'cells': []}", "[]"]


def test_selection_written_through_session_state_is_validated():
    at = app("""
        if "sel" not in ss:
            ss.sel = {"selection": {"rows": [2, 0, 9, 2], "columns": ["a", "zz"], "cells": []}}
        ev = st.dataframe(pd.DataFrame({"a": [1, 2, 3], "b": [4, 5, 6]}), on_select="rerun",
                          key="sel", selection_mode=["multi-row", "single-column"])
        st.markdown(repr(ev.selection.rows))
        st.markdown(repr(ev.selection.columns))
        st.markdown(repr(ss.sel["selection"]["rows"]))
    """).run()
    assert md(at) == ["[2, 0]", "['a']", "[2, 0, 9, 2]"]  # the stored state stays as written


def test_selection_default_and_required_row():
    at = app("""
        ev = st.dataframe({"a": [1, 2, 3]}, on_select="rerun", selection_mode="single-row",
                          selection_default={"selection": {"rows": [1, 2]}})
        st.markdown(repr(ev.selection.rows))
        ev2 = st.dataframe({"b": [1, 2, 3]}, on_select="rerun", selection_mode="single-row-required")
        st.markdown(repr(ev2.selection.rows))
    """).run()
    assert md(at) == ["[1]", "[0]"]


def test_selection_state_is_read_only_in_place():
    at = app("""
        ev = st.dataframe({"a": [1]}, on_select="rerun")
        try:
            ev.selection["rows"] = [0]
        except Exception as e:
            st.markdown(type(e).__name__)
    """).run()
    assert md(at) == ["TypeError"]


@pytest.mark.parametrize("kwargs, message", [
    ('selection_mode="everything"', "Invalid `selection_mode` value"),
    ('selection_mode=["single-row", "multi-row"]', "cannot be used together"),
])
def test_selection_mode_errors(kwargs, message):
    at = app(f"""
        try:
            st.dataframe({{"a": [1]}}, on_select="rerun", {kwargs})
        except Exception as e:
            st.markdown(str(e))
    """).run()
    assert message in md(at)[0]


def test_selection_default_needs_on_select():
    at = app("""
        try:
            st.dataframe({"a": [1]}, selection_default={"selection": {"rows": [0]}})
        except Exception as e:
            st.markdown(type(e).__name__)
    """).run()
    assert md(at) == ["StreamlitIncompatibleParametersError"]


# ------------------------------------------------------------------ editing
EDITS = {"edited_rows": {0: {"a": 10}}, "added_rows": [{"a": 7, "b": "new"}], "deleted_rows": [1]}


def test_editor_applies_edit_state_to_a_dataframe():
    at = app("""
        df = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]})
        out = st.data_editor(df, key="de", num_rows="dynamic")
        st.markdown(repr(out["a"].tolist()))
        st.markdown(repr(out["b"].tolist()))
        st.markdown(repr(list(out.index)))
    """)
    at.session_state["de"] = EDITS
    at.run()
    assert md(at) == ["[10, 3, 7]", "['x', 'z', 'new']", "[0, 2, 3]"]
    assert at.data_editor[0].editing_mode == "dynamic"
    assert at.data_editor[0].value["a"].tolist() == [1, 2, 3]  # the input, without edits


@pytest.mark.parametrize("data, expected", [
    ('{"a": [1, 2, 3], "b": ["x", "y", "z"]}', "{'a': [10, 3, 7], 'b': ['x', 'z', 'new']}"),
    ('[{"a": 1, "b": "x"}, {"a": 2, "b": "y"}, {"a": 3, "b": "z"}]',
     "[{'a': 10, 'b': 'x'}, {'a': 3, 'b': 'z'}, {'a': 7, 'b': 'new'}]"),
])
def test_editor_returns_the_input_type(data, expected):
    at = app(f"""
        out = st.data_editor({data}, key="de", num_rows="dynamic")
        st.markdown(repr(out))
    """)
    at.session_state["de"] = EDITS
    at.run()
    assert md(at) == [expected]


def test_editor_parses_values_per_column_type():
    at = app("""
        df = pd.DataFrame({"n": [1.5, 2.5], "flag": [True, False], "s": ["p", "q"]})
        out = st.data_editor(df, key="de")
        st.markdown(repr([type(v).__name__ for v in out.iloc[0].tolist()]))
        st.markdown(str(out.iloc[0].tolist()))
    """)
    at.session_state["de"] = {"edited_rows": {"0": {"n": "4.25", "flag": False, "s": 12}},
                              "added_rows": [], "deleted_rows": []}
    at.run()
    assert md(at)[1] == "[4.25, False, '12']" or md(at)[1] == "[np.float64(4.25), np.False_, '12']"


def test_editor_state_is_read_only_for_the_script():
    at = app("""
        st.data_editor({"a": [1]}, key="de")
        try:
            ss.de = {"edited_rows": {}}
        except Exception as e:
            st.markdown(type(e).__name__)
    """).run()
    assert md(at) == ["StreamlitWidgetAlreadyInstantiatedError"]
    at2 = app("""
        ss.de = {"edited_rows": {}, "added_rows": [], "deleted_rows": []}
        try:
            st.data_editor({"a": [1]}, key="de")
        except Exception as e:
            st.markdown(type(e).__name__)
    """).run()
    assert md(at2) == ["StreamlitValueAssignmentNotAllowedError"]


# ----------------------------------------------------------------- identity
@pytest.mark.parametrize("second, duplicate", [
    ('st.data_editor(df, disabled=["a"])', False),   # issue 15 item 5: Streamlit accepts
    ('st.data_editor(df, disabled=True)', True),      # `disabled` is not part of the id
    ('st.data_editor(df, hide_index=True)', False),
    ('st.data_editor(df, num_rows="dynamic")', False),
    ('st.data_editor(df, key="k")', False),
    ('st.data_editor(df.copy())', True),              # same data -> same id
    ('st.data_editor(df.assign(a=[9, 9]))', False),
    ('st.dataframe(df)', False),
])
def test_editor_duplicate_ids_match_streamlit(second, duplicate):
    at = app(f"""
        df = pd.DataFrame({{"a": [1, 2], "b": ["x", "y"]}})
        st.data_editor(df, disabled=[] if {second!r}.endswith("disabled=True)") else False)
        {second}
    """).run()
    names = [e.message.split(" ")[0] for e in at.exception]
    assert bool(at.exception) is duplicate, [e.message for e in at.exception]
    if duplicate:
        assert "There are multiple `data_editor` elements with the same auto-generated ID" in \
            at.exception[0].message, names


def test_disabled_true_and_disabled_list_coexist():
    at = app("""
        df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
        st.data_editor(df, disabled=True)
        st.data_editor(df, disabled=["a"])
        st.data_editor(df, disabled=["a", "b"])
        st.markdown("ok")
    """).run()
    assert not at.exception
    assert md(at) == ["ok"]


def test_keyed_fixed_editor_keeps_edits_when_values_change():
    at = app("""
        v = ss.get("v", 1)
        out = st.data_editor(pd.DataFrame({"a": [v, 2]}), key="de")
        st.markdown(repr(out["a"].tolist()))
    """)
    at.session_state["de"] = {"edited_rows": {1: {"a": 5}}, "added_rows": [], "deleted_rows": []}
    at.run()
    assert md(at) == ["[1, 5]"]
    at.session_state["v"] = 3
    at.run()
    assert md(at) == ["[3, 5]"]


def test_two_selectable_dataframes_on_same_data():
    at = app("""
        df = pd.DataFrame({"a": [1, 2]})
        st.dataframe(df, on_select="rerun")
        try:
            st.dataframe(df, on_select="rerun")
        except Exception as e:
            st.markdown(type(e).__name__)
        st.dataframe(df, on_select="rerun", selection_mode="multi-cell")
    """).run()
    assert md(at) == ["StreamlitDuplicateElementId"]


# ------------------------------------------------------------ column config
def test_column_config_dicts_are_streamlits():
    at = app("""
        cc = st.column_config
        for c in (cc.NumberColumn("N", format="%d", min_value=0, step=1, default=3),
                  cc.ProgressColumn("P", format="%.1f", max_value=1, color="red"),
                  cc.SelectboxColumn(options=["a", "b"], format_func=str.upper),
                  cc.DatetimeColumn(min_value=dt.datetime(2020, 1, 1), step=dt.timedelta(minutes=1)),
                  cc.ImageColumn("I")):
            st.text(repr(c))
    """).run()
    assert [t.value for t in at.text] == [
        "{'label': 'N', 'width': None, 'help': None, 'disabled': None, 'required': None, 'pinned': None, "
        "'alignment': None, 'default': 3, 'type_config': {'type': 'number', 'min_value': 0, 'max_value': None, "
        "'format': '%d', 'step': 1}}",
        "{'label': 'P', 'width': None, 'help': None, 'pinned': None, 'type_config': {'type': 'progress', "
        "'format': '%.1f', 'min_value': None, 'max_value': 1, 'step': None, 'color': 'red'}}",
        "{'label': None, 'width': None, 'help': None, 'disabled': None, 'required': None, 'pinned': None, "
        "'default': None, 'type_config': {'type': 'selectbox', 'options': [{'value': 'a', 'label': 'A'}, "
        "{'value': 'b', 'label': 'B'}]}}",
        "{'label': None, 'width': None, 'help': None, 'disabled': None, 'required': None, 'pinned': None, "
        "'alignment': None, 'default': None, 'type_config': {'type': 'datetime', 'format': None, "
        "'min_value': '2020-01-01T00:00:00', 'max_value': None, 'step': 60.0, 'timezone': None}}",
        "{'label': 'I', 'width': None, 'help': None, 'pinned': None, 'alignment': None, "
        "'type_config': {'type': 'image'}}",
    ]


@pytest.mark.skipif(REFERENCE, reason="inspects tablit's render tree")
def test_column_specs_carry_config_index_rules_and_disabled_columns():
    at = app("""
        df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"], "c": [0.5, 0.25]})
        st.dataframe(df, column_config={"a": "Alpha", "b": None,
                                        "c": st.column_config.ProgressColumn(max_value=1)},
                     column_order=["c", "a"])
        st.dataframe({"a": [1]})
        st.data_editor(df, disabled=["b"], num_rows="dynamic")
        st.data_editor(df.set_index("b"))
    """).run()
    first, plain, editor, indexed = (d.props for d in at.dataframe)
    specs = {s["name"]: s for s in first["columns"]}
    assert specs["a"]["config"] == {"label": "Alpha"}
    assert specs["b"]["config"] == {"hidden": True}
    assert specs["c"]["config"]["type_config"]["type"] == "progress"
    assert first["columns"][0]["index"] and "config" not in first["columns"][0]  # a DataFrame shows its index
    assert first["column_order"] == ["c", "a"]
    assert plain["columns"][0]["config"] == {"hidden": True}  # a dict of lists does not
    assert editor["columns"][0]["config"] == {"hidden": True}  # range index + dynamic rows
    assert {s["name"]: s.get("config") for s in editor["columns"]}["b"] == {"disabled": True}
    assert editor["editing_mode"] == "dynamic"
    assert indexed["columns"][0]["config"] == {"required": True}
    assert indexed["columns"][0]["name"] == "b"


@pytest.mark.skipif(REFERENCE, reason="inspects tablit's render tree")
def test_a_named_index_takes_its_names_config():
    # dataprofessor/movies-explorer: a pivot table's "year" index shown as "Year", as in 1.67
    at = app("""
        df = pd.DataFrame({"year": [2000, 2001], "a": [1, 2]}).set_index("year")
        st.data_editor(df, column_config={"year": st.column_config.TextColumn("Year"), "_index": {"width": 80}})
    """).run()
    year = at.dataframe[0].props["columns"][0]
    assert year["index"] and year["name"] == "year"
    assert year["config"]["label"] == "Year" and year["config"]["width"] == 80


@pytest.mark.skipif(REFERENCE, reason="inspects tablit's render tree")
def test_styler_display_values_colours_and_caption():
    at = app("""
        df = pd.DataFrame({"v": [1.5, -2.0], "w": [3, 4]})
        styled = (df.style.format({"v": "{:.1f} kg"})
                  .map(lambda x: "background-color: red; color: white; position: fixed" if x < 0 else "")
                  .set_caption("Weights"))
        st.dataframe(styled)
    """).run()
    p = at.dataframe[0].props
    assert p["display"][0] == ["1.5 kg", "-2.0 kg"]
    assert p["display"][1] == ["3", "4"]
    assert p["styles"] == {"1,0": "background-color: red; color: white"}
    assert p["caption"] == "Weights"
    assert at.dataframe[0].value["v"].tolist() == [1.5, -2.0]


def test_editor_returns_streamlits_conversion_of_each_input_shape():
    # (also: none of these collide -- the id covers the schema, not only the values)
    at = app("""
        import numpy as np
        for d in ({"a": (1, 2)}, [[1, "x"], [2, "y"]], (1, 2), {"k": 1, "j": 2},
                  [{"a": 1}, {"a": 2, "b": "z"}], np.array([[1, 2], [3, 4]])):
            st.text(repr(st.data_editor(d)))
    """).run()
    assert not at.exception
    assert [t.value for t in at.text] == [
        "{'a': [1, 2]}", "[[1, 'x'], [2, 'y']]", "(1, 2)", "{'k': 1, 'j': 2}",
        "[{'a': 1, 'b': None}, {'a': 2, 'b': 'z'}]", "array([[1, 2],\n       [3, 4]])"]


def test_table_border_and_header_rules():
    at = app("""
        st.table([[1, 2]], border="horizontal")
        st.table({"a": [1]}, border=False)
        try:
            st.table({"a": [1]}, border="dotted")
        except Exception as e:
            st.markdown(str(e))
    """).run()
    assert md(at) == ["Invalid `border` value. Supported values: True, False, 'horizontal'."]
    if not REFERENCE:
        assert [(t.props["border"], t.props["hide_header"]) for t in at.table] == [
            ("horizontal", True), ("none", False)]


def test_table_formats_floats_aligns_numbers_and_takes_width_height_alt():
    # (1.67: floats as numbro "0,0.0000", numeric columns right-aligned, width/height/alt drawn)
    at = app("""
        st.table(pd.DataFrame({"x": [0.12573, 12345.5], "n": [85, 3], "s": ["a", "b"]}),
                 width="content", height=120, alt="Numbers")
        st.table(pd.DataFrame({"v": [1]}, index=["row"]))
        for bad in ({"width": "wide"}, {"height": 0}):
            try:
                st.table({"a": [1]}, **bad)
            except Exception as e:
                st.markdown(type(e).__name__)
    """).run()
    assert md(at) == ["StreamlitInvalidWidthError", "StreamlitInvalidHeightError"]
    if not REFERENCE:
        first, second = at.table[0].props, at.table[1].props
        assert first["rows"] == [["0.1257", "85", "a"], ["12,345.5000", "3", "b"]]
        assert first["numeric"] == [True, True, False] and first["index"] == 0
        assert (first["width"], first["height"], first["alt"]) == ("content", 120, "Numbers")
        assert second["columns"] == ["", "v"] and second["index"] == 1 and second["numeric"] == [False, True]
        assert (second["width"], second["height"]) == ("stretch", "content")


def test_table_of_a_styler_shows_its_format_colours_and_caption():
    # (1.67's page, the same app: st.table(styler) shows the Styler's display text (its format,
    # else six decimals), its cell colours, and its caption below the table; the index stays)
    at = app("""
        df = pd.DataFrame({"a": [1.5, 2.25], "b": ["x", "y"]}, index=["r1", "r2"])
        st.table(df.style.set_caption("A caption").format({"a": "{:.1f}"})
                 .map(lambda v: "color: red; background: url(https://x.test/a.png)", subset="b"))
        st.table(df.style)
    """).run()
    if not REFERENCE:
        styled, plain = at.table[0].props, at.table[1].props
        assert styled["rows"] == [["r1", "1.5", "x"], ["r2", "2.2", "y"]] and styled["index"] == 1
        # data positions (the index not counted); what could fetch or escape is dropped
        assert styled["styles"] == {"0,1": "color: red", "1,1": "color: red"}
        assert styled["caption"] == "A caption"
        assert plain["rows"] == [["r1", "1.500000", "x"], ["r2", "2.250000", "y"]]
        assert "styles" not in plain and "caption" not in plain


def test_table_of_plain_columns_types_them_as_pandas_would():
    # (1.67's page for the same app: a column of ints with a float or a missing value is float64,
    # so every number reads with four decimals; a missing value is a blank cell, in any column)
    at = app("""
        st.table({"mix": [1, 2.5, 3], "none": [1, None, 2], "nan": [1.5, float("nan"), 2.0],
                  "s": ["a", None, "b"], "b": [True, False, None], "ints": [1, 2, 3]})
        st.table(pd.DataFrame({"x": [1.5, None], "o": pd.Series([1, None], dtype=object)}))
    """).run()
    if not REFERENCE:
        blank = "\u00a0"
        assert at.table[0].props["rows"] == [
            ["1.0000", "1.0000", "1.5000", "a", "true", "1"],
            ["2.5000", blank, blank, blank, "false", "2"],
            ["3.0000", "2.0000", "2.0000", "b", blank, "3"],
        ]
        assert at.table[0].props["numeric"] == [True, True, True, False, False, True]
        # pandas data keeps its own types: an object column's int stays an int
        assert at.table[1].props["rows"] == [["1.5000", "1"], [blank, blank]]


# --------------------------------------------------- the page's messages (tablit)
GRID_APP = """
import streamlit as st
ss = st.session_state
ss.setdefault("calls", [])
def edited(tag):
    ss.calls.append((tag, dict(ss.ed)["edited_rows"]))
def selected():
    ss.calls.append(("sel", list(ss.people.selection.rows)))
out = st.data_editor({"a": [1, 2], "b": ["x", "y"]}, key="ed", num_rows="dynamic",
                     on_change=edited, args=("ed",))
st.markdown(repr(out))
ev = st.dataframe({"n": ["p", "q", "r"]}, key="people", on_select=selected)
st.markdown(repr(ev.selection.rows))
st.markdown(repr(ss.calls))
"""


@pytest.mark.skipif(REFERENCE, reason="drives tablit's Bridge with the page's messages")
def test_edits_and_selections_from_the_page_run_callbacks(tmp_path):
    import json

    from tablit.bridge import Bridge

    (tmp_path / "app.py").write_text(GRID_APP)
    b = Bridge(str(tmp_path / "app.py"))
    first = json.loads(b.start())[-1]
    ids = {n["props"].get("key"): n["id"] for n in first["tree"]["main"]["children"] if n["kind"] == "dataframe"}

    def send(key, value):
        out = json.loads(b.handle(json.dumps([{"type": "update", "changes": [{"id": ids[key], "value": value}],
                                                "trigger": None}])))
        return [n["props"]["body"] for n in out[-1]["tree"]["main"]["children"] if n["kind"] == "markdown"]

    got = send("ed", {"edited_rows": {"1": {"a": 5}}, "added_rows": [{"b": "z"}], "deleted_rows": [0]})
    assert got == ["{'a': [5, None], 'b': ['y', 'z']}", "[]", "[('ed', {1: {'a': 5}})]"]
    got = send("people", {"selection": {"rows": [2, 0], "columns": [], "cells": []}})
    assert got[1:] == ["[2, 0]", "[('ed', {1: {'a': 5}}), ('sel', [2, 0])]"]
    out = json.loads(b.handle(json.dumps([{"type": "update", "changes": [{"id": ids["ed"], "value": "nope"}],
                                           "trigger": None}])))
    assert out[0]["type"] == "refused"  # a malformed edit record is refused, nothing lost


# Every pair of these calls, each pair in its own run: which pairs raise
# StreamlitDuplicateElementId is Streamlit 1.67's answer (issue 15 item 5).
_EDITOR_CALLS = [
    'df', 'df, disabled=True', 'df, disabled=["a"]', 'df, disabled=["b"]', 'df, hide_index=True',
    'df, hide_index=False', 'df, column_order=["b", "a"]', 'df, column_config={"a": "A"}',
    'df, num_rows="dynamic"', 'df, num_rows="add"', 'df, width=300', 'df, height=200',
    'df, use_container_width=False', 'df, row_height=50', 'df, placeholder="-"', 'df2', 'df3',
    'df, key="k1"', 'df2, key="k1b"', 'df, on_change=lambda: None', '{"a": [1, 2], "b": ["x", "y"]}',
    'df, column_config={"a": st.column_config.NumberColumn(format="%d")}', 'df.set_index("b")',
]
_CROSS_DUPLICATES = {
    ('df', 'df, disabled=True'), ('df', 'df, on_change=lambda: None'),
    ('df, disabled=True', 'df, on_change=lambda: None'),
    ('df, hide_index=True', '{"a": [1, 2], "b": ["x", "y"]}'),
}


def test_editor_duplicate_ids_pair_by_pair():
    import itertools

    head = ('df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})\n'
            'df2 = pd.DataFrame({"a": [1, 3], "b": ["x", "y"]})\n'
            'df3 = pd.DataFrame({"a": [1, 2], "c": ["x", "y"]})\n')
    wrong = []
    for a, b in itertools.combinations_with_replacement(_EDITOR_CALLS, 2):
        second = b.replace('"k1"', '"k2"').replace('"k1b"', '"k2b"')
        at = AppTest.from_string(HEAD + head + f"st.data_editor({a})\nst.data_editor({second})\n",
                                 default_timeout=30).run()
        expected = (a == b and "key=" not in a) or (a, b) in _CROSS_DUPLICATES
        raised = bool(at.exception) and "multiple `data_editor` elements with the same auto-generated ID" \
            in at.exception[0].message
        if raised != expected or (at.exception and not raised):
            wrong.append((a, b, [e.message[:80] for e in at.exception]))
    assert wrong == []


_SELECT_CALLS = [
    'df', 'df, on_select="rerun"', 'df, on_select="rerun", selection_mode="single-row"',
    'df, on_select="rerun", selection_mode=["multi-row", "multi-column"]', 'df, on_select="rerun", key="k"',
    'df, on_select="rerun", hide_index=True', 'df, on_select="rerun", hide_index=False',
    'df, on_select="rerun", column_config={"a": "A"}', 'df, on_select="rerun", width=300',
    'df, on_select="rerun", selection_default={"selection": {"rows": [1]}}', 'df2, on_select="rerun"',
    'df, on_select=lambda: None', 'df, on_select="rerun", column_order=["b"]',
    '{"a": [1, 2], "b": ["x", "y"]}, on_select="rerun"',
]
_SAME_SELECTABLE = {'df, on_select="rerun"', 'df, on_select="rerun", hide_index=True',
                    'df, on_select=lambda: None', '{"a": [1, 2], "b": ["x", "y"]}, on_select="rerun"'}


def test_selectable_dataframe_duplicate_ids_pair_by_pair():
    import itertools

    head = ('df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})\n'
            'df2 = pd.DataFrame({"a": [1, 3], "b": ["x", "y"]})\n')
    wrong = []
    for a, b in itertools.combinations_with_replacement(_SELECT_CALLS, 2):
        second = b.replace('"k"', '"k2"')
        at = AppTest.from_string(HEAD + head + f"st.dataframe({a})\nst.dataframe({second})\n",
                                 default_timeout=30).run()
        # a range index is hidden by default while rows are selectable, so these four are one table
        expected = a != "df" and "key=" not in a and (a == b or {a, b} <= _SAME_SELECTABLE)
        raised = bool(at.exception) and "multiple `dataframe` elements with the same auto-generated ID" \
            in at.exception[0].message
        if raised != expected or (at.exception and not raised):
            wrong.append((a, b, [e.message[:80] for e in at.exception]))
    assert wrong == []


# ------------------------------------------------------------- button columns
def test_button_column_config_result_and_errors():
    at = app("""
        cfg = st.column_config.ButtonColumn("Go", type="tertiary", width="small", alignment="left")
        st.markdown(repr(cfg))
        res = st.column_config.ButtonColumn("Go", on_click=print, args=(1,), key="go")
        st.markdown(repr((type(res).__name__, res.config, res.on_click is print, res.args, res.kwargs, res.key)))
        try:
            st.column_config.ButtonColumn(on_click=print)
        except Exception as e:
            st.markdown(f"{type(e).__name__}: {e}")
    """).run()
    cfg = {"label": "Go", "width": "small", "help": None, "pinned": None, "alignment": "left",
           "disabled": True, "type_config": {"type": "button", "button_type": "tertiary"}}
    assert md(at)[0] == repr(cfg)
    assert md(at)[1] == repr(("ButtonColumnResult", {**cfg, "width": None, "alignment": None,
                                                      "type_config": {"type": "button", "button_type": "secondary"}},
                              True, (1,), None, "go"))
    assert md(at)[2] == ("StreamlitMissingRequiredParameterError: The `key` parameter is required. Callbacks "
                         "passed via `on_click`, `args`, or `kwargs` need a unique key to be registered.")


def test_button_column_state_is_none_read_only_and_keys_collide():
    at = app("""
        from streamlit.typing import ButtonColumnClickState
        df = pd.DataFrame({"name": ["a", "b"], "go": ["Go", "Go"]})
        st.dataframe(df, column_config={"go": st.column_config.ButtonColumn(key="click")})
        st.markdown(repr(ss.click))
        st.markdown(ButtonColumnClickState.__name__)
        ed = st.data_editor(df, column_config={"go": st.column_config.ButtonColumn(key="click2")})
        st.markdown(repr(ed["go"].tolist()))
        st.data_editor(df, disabled=True, key="e2",
                       column_config={"go": st.column_config.ButtonColumn(key="click3")})
        st.markdown(repr("click3" in ss))
        try:
            st.button("x", key="click")
        except Exception as e:
            st.markdown(type(e).__name__)
    """).run()
    assert md(at) == ["None", "ButtonColumnClickState", "['Go', 'Go']", "False", "StreamlitDuplicateElementKey"]
    at2 = app("""
        ss.click = {"row": 0, "label": "Go"}
        st.dataframe({"go": ["Go"]}, column_config={"go": st.column_config.ButtonColumn(key="click")})
    """).run()
    assert "cannot be" in errors_of(at2)[0] and "click" in errors_of(at2)[0]  # scripts may not write it


def test_button_column_in_a_form_refuses_a_callback():
    at = app("""
        with st.form("f"):
            st.dataframe({"go": ["Go"]}, column_config={
                "go": st.column_config.ButtonColumn(on_click=lambda: None, key="c")})
            st.form_submit_button()
    """).run()
    assert "callbacks" in errors_of(at)[0].lower()


BUTTON_APP = """
import streamlit as st
ss = st.session_state
ss.setdefault("calls", [])
def clicked(tag):
    ss.calls.append((tag, dict(ss.act)))
st.dataframe({"name": ["a", "b"], "act": ["Open", ["Edit", "Delete"]]}, key="t",
             column_config={"act": st.column_config.ButtonColumn(on_click=clicked, args=("cb",), key="act")})
st.markdown(repr(ss.act if ss.act is None else (ss.act.row, ss.act["label"])))
st.markdown(repr(ss.calls))
"""


@pytest.mark.skipif(REFERENCE, reason="drives tablit's Bridge with the page's messages")
def test_button_column_click_runs_callback_once_and_resets(tmp_path):
    import json

    from tablit.bridge import Bridge

    (tmp_path / "app.py").write_text(BUTTON_APP)
    b = Bridge(str(tmp_path / "app.py"))
    first = json.loads(b.start())[-1]
    node = next(n for n in first["tree"]["main"]["children"] if n["kind"] == "dataframe")
    spec = next(c for c in node["props"]["columns"] if c["name"] == "act")
    assert spec["config"]["type_config"] == {"type": "button", "button_type": "secondary"}
    assert spec["config"]["disabled"] is True
    wid = spec["button_widget"]

    def send(changes, trigger):
        out = json.loads(b.handle(json.dumps([{"type": "update", "changes": changes, "trigger": trigger}])))
        tree = out[-1].get("tree", {"main": {"children": []}})
        return out, [n["props"]["body"] for n in tree["main"]["children"] if n["kind"] == "markdown"]

    _, got = send([{"id": wid, "value": json.dumps({"row": 1, "label": "Delete"})}], wid)
    assert got == ["(1, 'Delete')", "[('cb', {'row': 1, 'label': 'Delete'})]"]
    _, got = send([], None)  # the next run: the click is over
    assert got == ["None", "[('cb', {'row': 1, 'label': 'Delete'})]"]
    out, _ = send([{"id": wid, "value": json.dumps({"row": -1, "label": "x"})}], wid)
    assert out[0]["type"] == "refused"  # a malformed click is refused, nothing lost


def test_time_zone_aware_datetimes_keep_their_offset_through_arrow():
    at = app("""
        import pyarrow  # noqa: F401  (tablit sends Arrow IPC when the app has pyarrow)
        n = 150
        st.dataframe(pd.DataFrame({
            "t": pd.date_range("2024-03-30 12:00", periods=n, freq="h", tz="Europe/Berlin"),
            "u": pd.date_range("2024-01-01", periods=n, freq="h")}))
    """).run()
    got = at.dataframe[0].value
    # (before and after the DST change: +01:00, then +02:00)
    assert got["t"].tolist()[0] == pd.Timestamp("2024-03-30 12:00", tz="Europe/Berlin")
    assert got["t"].tolist()[30] == pd.Timestamp("2024-03-31 19:00", tz="Europe/Berlin")
    assert got["t"].tolist()[30].utcoffset().total_seconds() == 7200
    assert got["u"].tolist()[1] == pd.Timestamp("2024-01-01 01:00")


def test_editor_state_is_a_read_only_data_editor_state():
    at = app("""
        from streamlit.typing import DataEditorState
        st.data_editor({"a": [1, 2]}, key="de")
        st.markdown(repr((type(ss.de) is DataEditorState, ss.de.edited_rows, ss.de["deleted_rows"])))
        for change in (lambda: ss.de.__setitem__("x", 1), lambda: ss.de.edited_rows.update({0: {}})):
            try:
                change()
            except TypeError:
                st.markdown("TypeError")
    """).run()
    assert md(at) == ["(True, {}, [])", "TypeError", "TypeError"]


# ---------------------------------------- inputs from Streamlit's e2e apps (sweep)
def test_nullable_float_column_with_missing_values_is_drawn():
    # st_dataframe_column_types.py: pd.array([1, -2, 3.1, None]) is a Float64 column holding pd.NA
    at = app("""
        df = pd.DataFrame({"mixed": pd.array([1, -2, 3.1, None]),
                           "f32": pd.array([0.5, None], dtype="Float32").tolist() + [1.0, 2.0]})
        st.dataframe(df)
        st.data_editor(df, key="ed")
        st.table(df)
    """).run()
    assert errors_of(at) == []
    for value in (at.dataframe[0].value, at.dataframe[1].value):
        assert value["mixed"].tolist()[:3] == [1.0, -2.0, 3.1]
        assert pd.isna(value["mixed"].tolist()[3])


def test_zero_dimensional_numpy_array_is_an_empty_table():
    # st_table.py: st.table(np.array(0)); the same for st.dataframe
    at = app("""
        import numpy as np
        st.table(np.array(0))
        st.dataframe(np.array(5))
    """).run()
    assert errors_of(at) == []
    assert at.table[0].value.shape == (0, 0)
    assert at.dataframe[0].value.shape == (0, 0)


def test_width_none_is_refused_with_1_67s_message():
    # dataprofessor/population-dashboard calls st.dataframe(..., width=None), an older default
    at = app("""
        df = pd.DataFrame({"a": [1]})
        for kw in ({"width": None}, {"height": None}, {"width": 0}, {"height": "tall"}):
            try:
                st.dataframe(df, **kw)
            except st.errors.StreamlitAPIException as e:
                st.text(str(e))
        st.data_editor(df, width=None)
    """).run()
    assert [t.value for t in at.text] == [
        "Invalid width value: None. Width must be either a positive integer (pixels), 'stretch', or 'content'.",
        "Invalid height value: None. Height must be either a positive integer (pixels), 'stretch', or 'content'.",
        "Invalid width value: 0. Width must be either a positive integer (pixels), 'stretch', or 'content'.",
        "Invalid height value: 'tall'. Height must be either a positive integer (pixels), 'stretch', or 'content'.",
    ]
    assert errors_of(at) == [
        "Invalid width value: None. Width must be either a positive integer (pixels), 'stretch', or 'content'."]
