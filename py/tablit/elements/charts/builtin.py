"""st.line_chart, st.area_chart, st.bar_chart, st.scatter_chart.

Streamlit 1.67 builds these with altair from a pandas DataFrame
(``streamlit/elements/lib/built_in_chart_utils.py``).  Here the same
Vega-Lite spec is built with the standard library from :mod:`._frame`
columns, so the charts also work from lists, dicts and numpy arrays in a
page that has no pandas (or altair).  ``tests/py/test_charts_builtin.py``
compares the specs with 1.67's.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from ... import errors
from ...delta_generator import command
from ._common import (is_builtin_color_name, is_color_like, is_color_tuple_like, is_hex_color_like,
                      to_css_color)
from ._frame import ChartFrame, Column, infer_vega_type, is_date_column, is_integer_column, to_chart_frame
from .vega import emit_vega_lite

SUFFIX = " -- streamlit-generated"
INDEX_TITLE, VALUE_TITLE, COLOR_TITLE = "index", "value", "color"
INDEX_NAME = INDEX_TITLE + SUFFIX
VALUE_NAME = VALUE_TITLE + SUFFIX
COLOR_NAME = COLOR_TITLE + SUFFIX
MISSING_NAME = "DOES_NOT_EXIST" + SUFFIX
ALIAS_PREFIX = "col" + SUFFIX + "-"
_SPECIAL = (".", "[", "]", "\\")
_COLOR_LEGEND = {"titlePadding": 5, "offset": 5, "orient": "bottom"}
_SIZE_LEGEND = {"titlePadding": 0.5, "offset": 5, "orient": "bottom"}
_LARGE_DATASET = 1000


@dataclass(frozen=True)
class ChartType:
    mark: str
    command: str
    horizontal: bool = False


AREA = ChartType("area", "area_chart")
VERTICAL_BAR = ChartType("bar", "bar_chart")
HORIZONTAL_BAR = ChartType("bar", "bar_chart", True)
LINE = ChartType("line", "line_chart")
SCATTER = ChartType("circle", "scatter_chart")


def check_stack(stack: Any) -> None:
    if stack not in (None, True, False, "normalize", "center", "layered") or (
            stack is not None and not isinstance(stack, (bool, str))):
        raise errors.invalid_value("stack", ["True", "False", "'normalize'", "'center'", "'layered'", "None"])


def _column_not_found(df: ChartFrame, name: Any) -> errors.StreamlitAPIException:
    available = ", ".join(str(c) for c in df.names())
    return errors.StreamlitAPIException(
        f'Data does not have a column named `"{name}"`. Available columns are `{available}`')


def _color_length_mismatch(colors: Any, y_columns: list[Any]) -> errors.StreamlitAPIException:
    return errors.StreamlitAPIException(
        f"The list of colors `{colors}` must have the same length as the list of columns to be "
        f"colored `{y_columns}`.")


# ------------------------------------------------------------------- the spec
def chart_spec(chart: ChartType, data: Any, x: Any = None, y: Any = None, x_label: str | None = None,
               y_label: str | None = None, color: Any = None, size: Any = None, width: Any = None,
               height: Any = None, stack: Any = None, sort: Any = False) -> dict[str, Any]:
    """The Vega-Lite spec (data inlined under ``datasets``) 1.67 sends for a built-in chart."""
    df = to_chart_frame(data)
    x_column = _parse_x(df, x)
    y_columns = _parse_y(df, y, x_column)
    color_column, color_value = (color, None) if isinstance(color, str) and df.has(color) else (None, color)
    size_column, size_value = (size, None) if isinstance(size, str) and df.has(size) else (None, size)
    sort_column = None
    if sort is not True and sort is not False:
        sort_column = str(sort).removeprefix("-")
        if not df.has(sort_column):
            raise _column_not_found(df, sort_column)

    # prepare the data: index as a column, unused columns dropped, names as strings, melted
    cols: dict[Any, Column] = dict(df.columns)
    if x_column is None and y_columns:
        x_column = INDEX_NAME if df.index_name is None else str(df.index_name)
        cols = {x_column: df.index or Column(list(range(len(df)))), **cols}
    keep: list[Any] = []
    for name in (x_column, color_column, size_column, sort_column, *y_columns):
        if name is not None and not any(_same(name, k) for k in keep):
            keep.append(name)
    table = {k: _lookup(cols, k) for k in keep}
    if color_column is not None and _lookup(cols, color_column).values:
        col = _lookup(cols, color_column)
        if not is_hex_color_like(col.values[0]) and is_color_tuple_like(col.values[0]):
            table[color_column] = Column([to_css_color(v) for v in col.values], col.vega_type, False)
    names, aliases = _string_names(list(table))
    table = {names[i]: c for i, c in enumerate(table.values())}
    remap = _remapper(keep, names)
    x_column, color_column, size_column, sort_column = (
        remap(x_column), remap(color_column), remap(size_column), remap(sort_column))
    y_columns = [remap(c, y=True) for c in y_columns]
    y_column: str | None = None
    if len(y_columns) == 1:
        y_column = y_columns[0]
    elif len(y_columns) > 1 and x_column is not None:
        y_column, color_column = VALUE_NAME, COLOR_NAME
        leave = [x_column] + [c for c in (size_column, sort_column) if c and c != x_column]
        table = _melt(table, leave, y_columns)
        if aliases:
            table[COLOR_NAME] = Column([aliases.get(v, v) for v in table[COLOR_NAME].values], "nominal")
            y_columns = [aliases.get(c, c) for c in y_columns]

    # encodings
    if chart.horizontal:
        x_enc = _x_encoding(table, y_column, y, y_label, chart, aliases)
        y_enc = _y_encoding(table, x_column, x, x_label, chart, aliases)
        stack_enc, sort_enc = x_enc, y_enc
    else:
        x_enc = _x_encoding(table, x_column, x, x_label, chart, aliases)
        y_enc = _y_encoding(table, y_column, y, y_label, chart, aliases)
        stack_enc, sort_enc = y_enc, x_enc
    if stack is not None:
        stack_enc["stack"] = False if stack == "layered" else stack
    if chart.mark == "bar":
        if sort is False:
            sort_enc["sort"] = None
        elif sort is not True:
            field = str(sort).removeprefix("-")
            field = next((a for a, o in aliases.items() if o == field), field)
            sort_enc["sort"] = {"field": field,
                                "order": "descending" if str(sort).startswith("-") else "ascending"}

    encoding: dict[str, Any] = {"x": x_enc, "y": y_enc}
    if stack is False and color_column is not None:
        encoding["xOffset"] = {"field": color_column} if chart == VERTICAL_BAR else {}
        encoding["yOffset"] = {"field": color_column} if chart == HORIZONTAL_BAR else {}
    if color_column and (chart == AREA or stack == "layered"):
        encoding["opacity"] = {"value": 0.7}
    color_enc = _color_encoding(table, color_value, color_column, y_columns, color, aliases)
    if color_enc is not None:
        encoding["color"] = color_enc
    size_enc = _size_encoding(table, chart, size_column, size_value, aliases)
    if size_enc is not None:
        encoding["size"] = size_enc
    if x_column is not None and y_column is not None:
        encoding["tooltip"] = _tooltip(table, x_column, y_column, size_column, color_column, aliases)

    rows = _records(table)
    w = width if isinstance(width, int) and not isinstance(width, bool) else 0
    h = height if isinstance(height, int) and not isinstance(height, bool) else 0
    if chart == LINE and x_column is not None:
        hover = "mousemove{16}" if len(rows) > _LARGE_DATASET else "mousemove"
        spec: dict[str, Any] = {
            "layer": [
                {"mark": {"type": "line"}, "encoding": encoding, "name": "view_1"},
                {"mark": {"type": "point", "opacity": 0}, "encoding": encoding, "name": "view_2"},
                {"mark": {"type": "point", "filled": True, "size": 65}, "encoding": encoding,
                 "transform": [{"filter": {"param": "param_1", "empty": False}}]},
            ],
            "config": {"legend": {"symbolType": "stroke"}},
            "height": h,
            "params": [
                {"name": "param_1", "select": {"type": "point", "clear": "mouseleave", "fields": [x_column],
                                               "nearest": True, "on": hover}, "views": ["view_2"]},
                {"name": "param_2", "select": {"type": "interval", "encodings": ["x", "y"]},
                 "bind": "scales", "views": ["view_1"]},
            ],
            "width": w,
        }
    else:
        spec = {"mark": {"type": chart.mark}, "encoding": encoding, "height": h, "width": w,
                "params": [{"name": "param_1", "select": {"type": "interval", "encodings": ["x", "y"]},
                            "bind": "scales"}]}
    spec["$schema"] = "https://vega.github.io/schema/vega-lite/v6.4.1.json"
    name = hashlib.md5(json.dumps(rows, sort_keys=True, default=str).encode("utf-8")).hexdigest()
    spec["data"] = {"name": name}
    spec["datasets"] = {name: rows}
    return spec


def _same(a: Any, b: Any) -> bool:
    return a == b and isinstance(a, str) == isinstance(b, str)


def _lookup(cols: dict[Any, Column], name: Any) -> Column:
    for k, c in cols.items():
        if _same(k, name):
            return c
    raise KeyError(name)


def _parse_x(df: ChartFrame, x: Any) -> Any:
    if x is None:
        return None
    if isinstance(x, str):
        if not df.has(x):
            raise _column_not_found(df, x)
        return x
    raise errors.invalid_type("x", type(x).__name__, ["str", "None"],
                              detail="Pass a column name or None to use the dataframe's index.")


def _parse_y(df: ChartFrame, y: Any, x_column: Any) -> list[Any]:
    if y is None:
        columns = df.names()
    elif isinstance(y, str):
        columns = [y]
    else:
        values = y.tolist() if hasattr(y, "tolist") else list(y)
        columns = [str(c) for c in values]
    for c in columns:
        if not df.has(c):
            raise _column_not_found(df, c)
    if x_column is not None and x_column in columns and (not y or x_column not in y):
        columns.remove(x_column)
    return columns


def _string_names(names: list[Any]) -> tuple[list[str], dict[str, str]]:
    """Column names as strings; those Vega-Lite reads as paths (``a.b``, ``c[0]``) aliased."""
    text = [str(n) for n in names]
    reserved = {n for n in text if not any(ch in n for ch in _SPECIAL)}
    aliases: dict[str, str] = {}
    out = []
    for i, name in enumerate(text):
        if any(ch in name for ch in _SPECIAL):
            alias, n = f"{ALIAS_PREFIX}{i}", 0
            while alias in reserved or alias in aliases:
                n += 1
                alias = f"{ALIAS_PREFIX}{i}-{n}"
            aliases[alias] = name
            out.append(alias)
        else:
            out.append(name)
    return out, aliases


def _remapper(original: list[Any], new: list[str]):
    """Original column name -> its string name or alias (a repeated y name uses its aliases in turn)."""
    per_name: dict[str, list[str]] = {}
    for o, n in zip(original, new):
        per_name.setdefault(str(o), []).append(n)
    first = {k: v[0] for k, v in per_name.items()}
    y_left = {k: [a for a in v if a != k] for k, v in per_name.items()}

    def remap(name: Any, y: bool = False) -> Any:
        if name is None:
            return None
        key = str(name)
        if y and y_left.get(key):
            return y_left[key].pop(0)
        return first.get(key, key)

    return remap


def _melt(table: dict[str, Column], leave: list[str], melt: list[str]) -> dict[str, Column]:
    """Wide to long: one row per (row, melted column), as ``pandas.melt``."""
    n = len(next(iter(table.values())).values) if table else 0
    out = {k: Column([], table[k].vega_type, table[k].integer) for k in leave}
    colors, values = [], []
    for name in melt:
        for k in leave:
            out[k].values.extend(table[k].values)
        colors.extend([name] * n)
        values.extend(table[name].values)
    value_col = Column(values)
    mixed = {type(v) for v in values if v is not None} - {int, float, bool}
    if mixed and len(mixed | ({int} if any(isinstance(v, (int, float)) for v in values) else set())) > 1:
        if len({repr(v) for v in values}) > 100:
            raise errors.StreamlitAPIException(
                "The columns used for rendering the chart contain too many values with mixed types. "
                "Please select the columns manually via the y parameter.")
    kinds = {table[name].vega_type for name in melt}
    if len(kinds) == 1 and None not in kinds:
        value_col.vega_type = kinds.pop()
    integers = {table[name].integer for name in melt}
    if None not in integers:
        value_col.integer = all(integers)
    out[COLOR_NAME] = Column(colors, "nominal", False)
    out[VALUE_NAME] = value_col
    return out


def _axis(table: dict[str, Column], column: str | None, grid: bool) -> dict[str, Any]:
    if column is not None and is_integer_column(table[column]):
        return {"tickMinStep": 1, "grid": grid}
    return {"grid": grid}


def _axis_encoding(table, column, from_user, label, aliases, *, generated: str, discrete: bool,
                   grid: bool) -> dict[str, Any]:
    """One positional encoding.  ``generated``: the column tablit made (index or melted
    values), untitled; ``discrete``: the bar chart's category axis (ordinal unless dates)."""
    if column is None:
        field, title = MISSING_NAME, ""
    elif column == generated:
        field, title = column, ""
    else:
        field, title = column, "" if from_user is None else aliases.get(column, column)
    if label is not None:
        title = label
    if discrete and not (column is not None and is_date_column(table[column])):
        typ = "ordinal"
    elif column:
        typ = infer_vega_type(table[column])
    else:
        typ = "quantitative"
    return {"field": field, "title": title, "type": typ, "scale": {}, "axis": _axis(table, column, grid=grid)}


def _x_encoding(table, column, from_user, label, chart, aliases) -> dict[str, Any]:
    return _axis_encoding(table, column, from_user, label, aliases, generated=INDEX_NAME,
                          discrete=chart == VERTICAL_BAR and column is not None, grid=chart == HORIZONTAL_BAR)


def _y_encoding(table, column, from_user, label, chart, aliases) -> dict[str, Any]:
    return _axis_encoding(table, column, from_user, label, aliases, generated=VALUE_NAME,
                          discrete=chart == HORIZONTAL_BAR, grid=chart != HORIZONTAL_BAR)


def _css(c: Any) -> Any:
    return c if isinstance(c, str) and is_builtin_color_name(c) else to_css_color(c)


def _color_encoding(table, value, column, y_columns, from_user, aliases) -> dict[str, Any] | None:
    if value is not None and not (isinstance(value, (list, tuple)) and len(value) == 0):
        if is_color_like(value):
            if len(y_columns) != 1:
                raise _color_length_mismatch([value], y_columns)
            return {"value": to_css_color(value)}
        if isinstance(value, str) and is_builtin_color_name(value):
            if len(y_columns) != 1:
                raise _color_length_mismatch([value], y_columns)
            return {"value": value}
        if isinstance(value, (list, tuple)):
            if len(value) != len(y_columns):
                raise _color_length_mismatch(value, y_columns)
            if len(value) == 1:
                return {"value": _css(value[0])}
            enc: dict[str, Any] = {"scale": {"domain": list(y_columns), "range": [_css(c) for c in value]},
                                   "legend": dict(_COLOR_LEGEND), "type": "nominal", "title": " "}
            if column is not None:
                enc["field"] = column
            return enc
        raise errors.StreamlitAPIException(f"""
This does not look like a valid color argument: `{from_user}`.

The color argument can be:

* A hex string like "#ffaa00" or "#ffaa0088".
* An RGB or RGBA tuple with the red, green, blue, and alpha
  components specified as ints from 0 to 255 or floats from 0.0 to
  1.0.
* The name of a column.
* Or a list of colors, matching the number of y columns to draw.
            """)
    if column is None:
        return None
    col = table[column]
    enc = {"field": column, "legend": dict(_COLOR_LEGEND),
           "type": "nominal" if column == COLOR_NAME else infer_vega_type(col)}
    if column == COLOR_NAME:
        enc["title"] = " "
    else:
        if column in aliases:
            enc["title"] = aliases[column]
        if col.values and is_color_like(col.values[0]):
            seen: list[Any] = []
            for v in col.values:
                if v not in seen:
                    seen.append(v)
            enc["scale"] = {"range": [to_css_color(c) for c in seen]}
            enc["legend"] = None
    return enc


def _size_encoding(table, chart, column, value, aliases) -> dict[str, Any] | None:
    if chart != SCATTER:
        return None
    if column is not None:
        return {"field": column, "title": aliases.get(column, column), "legend": dict(_SIZE_LEGEND),
                "type": infer_vega_type(table[column])}
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return {"value": value}
    if value is None:
        return {"value": 100}
    raise errors.invalid_value("size", ["a column name", "a number"], detail=f"Got {value!r}.")


def _tip(table, column: str, aliases, title: str | None = None, typ: str | None = None) -> dict[str, Any]:
    tip: dict[str, Any] = {"field": column, "type": typ or infer_vega_type(table[column])}
    if title is not None:
        tip["title"] = title
    elif column in aliases:
        tip["title"] = aliases[column]
    return tip


def _tooltip(table, x_column, y_column, size_column, color_column, aliases) -> list[dict]:
    tips = [_tip(table, x_column, aliases, INDEX_TITLE if x_column == INDEX_NAME else None)]
    if y_column == VALUE_NAME:
        tips.append(_tip(table, y_column, aliases, VALUE_TITLE, "quantitative"))
    else:
        tips.append(_tip(table, y_column, aliases))
    # (1.67 means to leave out a colour column without legend, but its altair
    # check never does: the tooltip keeps it)
    if color_column:
        if color_column == COLOR_NAME:
            tips.append(_tip(table, color_column, aliases, COLOR_TITLE, "nominal"))
        else:
            tips.append(_tip(table, color_column, aliases))
    if size_column:
        tips.append(_tip(table, size_column, aliases))
    return tips


def _records(table: dict[str, Column]) -> list[dict[str, Any]]:
    from ._frame import json_value

    names = list(table)
    columns = [[json_value(v) for v in table[n].values] for n in names]
    return [dict(zip(names, row)) for row in zip(*columns)] if names else []


# ------------------------------------------------------------------ commands
def _builtin(dg: Any, chart: ChartType, data: Any, *, width: Any, height: Any,
             use_container_width: Any, alt: Any, **kw: Any) -> Any:
    spec = chart_spec(chart, data, width=width, height=height, **kw)
    return emit_vega_lite(dg, spec, width=width, height=height, use_container_width=use_container_width,
                          theme="streamlit", alt=alt, command=chart.command, prepared=True)


@command
def line_chart(self, data: Any = None, *, x: str | None = None, y: Any = None,
               x_label: str | None = None, y_label: str | None = None, color: Any = None,
               width: Any = "stretch", height: Any = "content", use_container_width: bool | None = None,
               alt: str | None = None) -> Any:
    """A line chart: each y column (or the ``color`` column's groups) a line over x or the index."""
    return _builtin(self, LINE, data, x=x, y=y, x_label=x_label, y_label=y_label, color=color,
                    width=width, height=height, use_container_width=use_container_width, alt=alt)


@command
def area_chart(self, data: Any = None, *, x: str | None = None, y: Any = None,
               x_label: str | None = None, y_label: str | None = None, color: Any = None,
               stack: Any = None, width: Any = "stretch", height: Any = "content",
               use_container_width: bool | None = None, alt: str | None = None) -> Any:
    """An area chart; unstacked (layered, 70% opaque) unless ``stack`` says otherwise."""
    check_stack(stack)
    if stack is False or stack is None:
        stack = "layered"
    return _builtin(self, AREA, data, x=x, y=y, x_label=x_label, y_label=y_label, color=color,
                    stack=stack, width=width, height=height, use_container_width=use_container_width,
                    alt=alt)


@command
def bar_chart(self, data: Any = None, *, x: str | None = None, y: Any = None,
              x_label: str | None = None, y_label: str | None = None, color: Any = None,
              horizontal: bool = False, sort: bool | str = True, stack: Any = None,
              width: Any = "stretch", height: Any = "content", use_container_width: bool | None = None,
              alt: str | None = None) -> Any:
    """A bar chart: stacked by default, grouped with ``stack=False``, sideways with ``horizontal``."""
    check_stack(stack)
    return _builtin(self, HORIZONTAL_BAR if horizontal else VERTICAL_BAR, data, x=x, y=y,
                    x_label=x_label, y_label=y_label, color=color, stack=stack, sort=sort,
                    width=width, height=height, use_container_width=use_container_width, alt=alt)


@command
def scatter_chart(self, data: Any = None, *, x: str | None = None, y: Any = None,
                  x_label: str | None = None, y_label: str | None = None, color: Any = None,
                  size: Any = None, width: Any = "stretch", height: Any = "content",
                  use_container_width: bool | None = None, alt: str | None = None) -> Any:
    """A scatter chart of circles; ``size`` a column or a number (default 100)."""
    return _builtin(self, SCATTER, data, x=x, y=y, x_label=x_label, y_label=y_label, color=color,
                    size=size, width=width, height=height, use_container_width=use_container_width,
                    alt=alt)
