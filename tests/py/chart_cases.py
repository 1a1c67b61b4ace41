"""Chart calls whose Vega-Lite specs are compared with Streamlit 1.67's.

Each case is a script; ``make_chart_refs.py`` (run with Streamlit's Python)
records what 1.67 sends for it in ``data/chart_refs_167.json`` and
``test_charts_builtin.py`` checks that tablit sends the same spec and data.
"""

WIDE = '{"a": [1, 2, 3], "b": [4.5, 5.0, 6.25]}'
LONG = '{"x": [1, 2, 3, 1, 2, 3], "y": [3, 1, 2, 5, 4, 6], "g": ["p", "p", "p", "q", "q", "q"]}'
CAT = '{"fruit": ["apple", "kiwi", "fig"], "n": [3, 7, 5], "m": [1, 2, 4]}'

CASES: dict[str, str] = {
    "line_wide": f"st.line_chart({WIDE})",
    "line_one_column": 'st.line_chart({"a": [3, 1, 2]})',
    "line_x_y": f'st.line_chart({WIDE}, x="a", y="b")',
    "line_x_ylist": f'st.line_chart({CAT}, x="fruit", y=["n", "m"])',
    "line_labels": f'st.line_chart({WIDE}, x_label="X axis", y_label="Y axis")',
    "line_color_column": f'st.line_chart({LONG}, x="x", y="y", color="g")',
    "line_color_value": f'st.line_chart({WIDE}, y="a", color="#ff0000")',
    "line_color_list": f'st.line_chart({WIDE}, color=["#ff0000", (0, 128, 255)])',
    "line_size": f"st.line_chart({WIDE}, width=300, height=200)",
    "line_list": "st.line_chart([1, 5, 2, 6])",
    "line_list_of_lists": "st.line_chart([[1, 2], [3, 4], [5, 7]])",
    "line_floats_x": '{"t": [0.5, 1.5, 2.5], "v": [1, 2, 3]}'.join(["st.line_chart(", ', x="t")']),
    "line_dots": 'st.line_chart({"a.b": [1, 2, 3], "c[0]": [3, 2, 1]})',
    "line_dots_xy": 'st.line_chart({"a.b": [1, 2, 3], "c": [3, 2, 1]}, x="a.b", y="c")',
    "area_wide": f"st.area_chart({WIDE})",
    "area_stack_true": f"st.area_chart({WIDE}, stack=True)",
    "area_stack_normalize": f'st.area_chart({WIDE}, stack="normalize")',
    "area_stack_center": f'st.area_chart({WIDE}, stack="center")',
    "area_one": f'st.area_chart({WIDE}, x="a", y="b")',
    "bar_wide": f"st.bar_chart({WIDE})",
    "bar_cat": f'st.bar_chart({CAT}, x="fruit", y="n")',
    "bar_cat_sort_false": f'st.bar_chart({CAT}, x="fruit", y="n", sort=False)',
    "bar_cat_sort_col": f'st.bar_chart({CAT}, x="fruit", y="n", sort="n")',
    "bar_cat_sort_desc": f'st.bar_chart({CAT}, x="fruit", y="n", sort="-n")',
    "bar_horizontal": f'st.bar_chart({CAT}, x="fruit", y=["n", "m"], horizontal=True)',
    "bar_stack_false": f'st.bar_chart({CAT}, x="fruit", y=["n", "m"], stack=False)',
    "bar_stack_false_h": f'st.bar_chart({CAT}, x="fruit", y=["n", "m"], stack=False, horizontal=True)',
    "bar_stack_layered": f'st.bar_chart({CAT}, x="fruit", y=["n", "m"], stack="layered")',
    "bar_long_color": f'st.bar_chart({LONG}, x="x", y="y", color="g")',
    "bar_color_value": f'st.bar_chart({CAT}, x="fruit", y="n", color=(1.0, 0.5, 0.0))',
    "scatter_wide": f"st.scatter_chart({WIDE})",
    "scatter_xy": f'st.scatter_chart({WIDE}, x="a", y="b")',
    "scatter_size_col": f'st.scatter_chart({CAT}, x="n", y="m", size="n")',
    "scatter_size_num": f'st.scatter_chart({CAT}, x="n", y="m", size=50)',
    "scatter_color_col": f'st.scatter_chart({LONG}, x="x", y="y", color="g")',
    "scatter_bool_col": 'st.scatter_chart({"x": [1, 2], "y": [2, 3], "ok": [True, False]}, x="x", y="y", color="ok")',
    "scatter_hex_col": 'st.scatter_chart({"x": [1, 2], "y": [2, 3], "c": ["#ff0000", "#00ff00"]}, x="x", y="y", color="c")',
    "empty_line": "st.line_chart()",
    "empty_bar": "st.bar_chart({})",
    "numeric_names": "st.line_chart({0: [1, 2], 1: [3, 4]})",
    "with_none": 'st.line_chart({"a": [1, None, 3]})',
    "strings_y": 'st.line_chart({"x": [1, 2, 3], "s": ["u", "v", "w"]}, x="x", y="s")',
    "vega_lite_spec": 'st.vega_lite_chart({"a": [1, 2], "b": [3, 4]}, {"mark": "bar", "encoding": {"x": {"field": "a", "type": "ordinal"}, "y": {"field": "b", "type": "quantitative"}}})',
    "vega_lite_values": 'st.vega_lite_chart({"data": {"values": [{"a": 1}, {"a": 2}]}, "mark": "tick", "encoding": {"x": {"field": "a", "type": "quantitative"}}})',
    "vega_lite_facet": 'st.vega_lite_chart({"a": [1, 2], "b": ["x", "y"]}, {"mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}, "column": {"field": "b"}}})',
    "vega_lite_width": 'st.vega_lite_chart({"mark": "point", "data": {"values": [{"a": 1}]}}, width=200, height=100, theme=None)',
    "vega_lite_vconcat": 'st.vega_lite_chart({"vconcat": [{"mark": "point"}, {"mark": "bar"}], "data": {"values": [{"a": 1}]}})',
    "vega_lite_null_legend": 'st.vega_lite_chart({"a": [1, 2]}, {"mark": "point", "encoding": {"color": {"field": "a", "title": None, "legend": {"title": None}}}})',
    "vega_lite_select": 'st.vega_lite_chart({"a": [1, 2], "b": [3, 4]}, {"mark": "point", "params": [{"name": "pick", "select": "point"}, {"name": "box", "select": "interval"}], "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"}}}, on_select="rerun", key="sel")',
}

ERROR_CASES: dict[str, str] = {
    "missing_x": f'st.line_chart({WIDE}, x="nope")',
    "missing_y": f'st.line_chart({WIDE}, y=["a", "nope"])',
    "x_not_str": f"st.line_chart({WIDE}, x=3)",
    "bad_stack": f'st.area_chart({WIDE}, stack="up")',
    "bad_color": f'st.line_chart({WIDE}, y="a", color="notacolor")',
    "color_len": f'st.line_chart({WIDE}, color=["#ff0000"])',
    "color_len_value": f'st.line_chart({WIDE}, color="#ff0000")',
    "bad_size": f'st.scatter_chart({WIDE}, size="nope")',
    "sort_missing": f'st.bar_chart({CAT}, x="fruit", y="n", sort="zzz")',
    "bad_width": f'st.line_chart({WIDE}, width="huge")',
    "bad_height": f'st.line_chart({WIDE}, height=-3)',
    "vega_empty": "st.vega_lite_chart({})",
    "vega_bad_theme": 'st.vega_lite_chart({"mark": "point"}, theme="dark")',
    "vega_select_none": 'st.vega_lite_chart({"mark": "point"}, on_select="rerun")',
    "vega_select_unknown": 'st.vega_lite_chart({"mark": "point", "params": [{"name": "p", "select": "point"}]}, on_select="rerun", selection_mode="q")',
    "vega_bad_on_select": 'st.vega_lite_chart({"mark": "point"}, on_select="maybe")',
}

PD = "import pandas as pd\n"
ALT = "import altair as alt\nimport pandas as pd\n"
CASES.update({
    "pd_dates": PD + 'st.line_chart(pd.DataFrame({"v": [1.5, 2.5, 3.5]}, index=pd.date_range("2024-01-01", periods=3)))',
    "pd_named_index": PD + 'st.area_chart(pd.DataFrame({"v": [1, 2], "w": [3, 4]}, index=pd.Index([10, 20], name="t")))',
    "pd_bar_dates": PD + 'st.bar_chart(pd.DataFrame({"d": pd.to_datetime(["2024-01-01", "2024-02-01"]), "n": [1, 2]}), x="d", y="n")',
    "pd_categorical": PD + 'st.scatter_chart(pd.DataFrame({"x": [1, 2, 3], "y": [1, 4, 9], "k": pd.Categorical(["lo", "hi", "lo"], categories=["lo", "hi"], ordered=True)}), x="x", y="y", color="k")',
    "pd_nan": PD + 'st.line_chart(pd.DataFrame({"a": [1.0, float("nan"), 3.0], "b": [1, 2, 3]}))',
    "altair_bar": ALT + 'st.altair_chart(alt.Chart(pd.DataFrame({"a": ["x", "y"], "b": [1, 2]})).mark_bar().encode(x="a", y="b"))',
    "altair_select": ALT + 'pick = alt.selection_point(name="pick")\nst.altair_chart(alt.Chart(pd.DataFrame({"a": [1, 2], "b": [3, 4]})).mark_point().encode(x="a", y="b").add_params(pick), on_select="rerun", key="k")',
    "altair_layer": ALT + 'base = alt.Chart(pd.DataFrame({"a": [1, 2], "b": [3, 4]})).encode(x="a", y="b")\nst.altair_chart(base.mark_line() + base.mark_point().add_params(alt.selection_interval()), on_select="rerun", theme=None)',
})


class ChartSession:
    """An app run through the worker's Bridge: its first chart of a kind, and the texts
    (st.text / markdown bodies) of the run that a selection sent from the page causes."""

    def __init__(self, tmp_path, source: str, kind: str) -> None:
        import json

        from tablit.bridge import Bridge

        (tmp_path / "app.py").write_text(source)
        self._json = json
        self.bridge = Bridge(str(tmp_path / "app.py"))
        self.first = json.loads(self.bridge.start())[-1]
        self.chart = next(n for n in self.first["tree"]["main"]["children"] if n["kind"] == kind)

    @staticmethod
    def texts(render) -> list:
        return [n["props"].get("body") for n in render["tree"]["main"]["children"] if n["kind"] in ("text", "markdown")]

    def select(self, value):
        """Send ``value`` as the chart's new state; the answer's last message."""
        out = self._json.loads(self.bridge.handle(self._json.dumps(
            [{"type": "update", "changes": [{"id": self.chart["id"], "value": value}]}])))
        return out[-1] if out[-1]["type"] == "refused" else out[-1] | {"texts": self.texts(out[-1])}
