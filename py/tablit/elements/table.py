"""Tables without pandas: st.table (st.dataframe and st.data_editor are in ``dataframes``).

Data is turned into ``{columns, rows}`` with every cell already formatted as
text, following the shapes pandas' ``DataFrame(data)`` accepts (which is what
Streamlit feeds its tables through): a dict of columns, a dict of scalars
(a key/value table), a list of dicts, a list of lists, a list of scalars, and
pandas / pyarrow / polars / numpy objects, duck-typed when those libraries are
installed.  The index is shown only when it is not the default 0..n-1 range,
as Streamlit does.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..delta_generator import command
from .. import errors


class StreamlitDataframeConversionError(errors.StreamlitAPIException):
    """Data that no table can be made from."""


@dataclass
class Frame:
    """A table: column names, rows of raw values, and the index if it means something."""

    columns: list[Any]
    rows: list[list[Any]]
    index: list[Any] | None = None  # None = the default range index



# ------------------------------------------------------------------ conversion
def to_frame(data: Any) -> Frame:
    """Any supported data into a :class:`Frame` (Streamlit's conversion rules)."""
    if data is None:
        return Frame([], [])
    if hasattr(data, "data") and type(data).__name__ == "Styler":
        data = data.data
    pandas_like = _from_pandas_like(data)
    if pandas_like is not None:
        return pandas_like
    if isinstance(data, Mapping):
        return _from_mapping(data)
    if isinstance(data, (str, bytes)) or not isinstance(data, Iterable):
        raise _conversion_error(data)
    return _from_rows(list(data), data)


def _from_pandas_like(data: Any) -> Frame | None:
    if hasattr(data, "to_frame") and hasattr(data, "index") and not hasattr(data, "columns"):
        data = data.to_frame()  # a pandas Series
    if hasattr(data, "to_dict") and hasattr(data, "columns") and hasattr(data, "index"):
        split = data.to_dict(orient="split")
        default_index = type(data.index).__name__ == "RangeIndex"
        return Frame(list(split["columns"]), [list(r) for r in split["data"]],
                     None if default_index else list(split["index"]))
    if hasattr(data, "to_pydict"):  # pyarrow Table / RecordBatch
        return _from_mapping(data.to_pydict())
    if hasattr(data, "to_dict") and hasattr(data, "columns") and hasattr(data, "schema"):  # polars
        return _from_mapping(data.to_dict(as_series=False))
    if hasattr(data, "tolist") and hasattr(data, "shape"):  # numpy
        if data.shape == ():  # a 0-d array (np.array(0)): an empty table, as 1.67 draws it
            return Frame([], [])
        return _from_rows(list(data.tolist()), data)
    return None


def _from_mapping(data: Mapping) -> Frame:
    """Columns when the values are sequences; otherwise a key/value table."""
    values = list(data.values())
    if values and all(_is_column(v) for v in values):
        cols = [list(v.values()) if isinstance(v, Mapping) else list(v) for v in values]
        if len({len(c) for c in cols}) > 1:
            raise StreamlitDataframeConversionError("All arrays must be of the same length")
        return Frame(list(data.keys()), [list(r) for r in zip(*cols)])
    if any(_is_column(v) for v in values):
        raise _conversion_error(data)
    return Frame(["value"], [[v] for v in values], list(data.keys()))


def _from_rows(items: list[Any], original: Any) -> Frame:
    if not items:
        return Frame([], [])
    if all(isinstance(r, Mapping) for r in items):
        columns: list[Any] = []
        for r in items:
            columns += [k for k in r if k not in columns]
        return Frame(columns, [[r.get(c, None) for c in columns] for r in items])
    if all(_is_row(r) for r in items):
        width = max(len(r) for r in items)
        rows = [list(r) + [None] * (width - len(r)) for r in items]
        return Frame(["value"] if width == 1 else list(range(width)), rows)
    if any(_is_row(r) or isinstance(r, Mapping) for r in items):
        raise _conversion_error(original)
    return Frame(["value"], [[v] for v in items])


def _is_column(value: Any) -> bool:
    return isinstance(value, (list, tuple, range, Mapping)) or (
        hasattr(value, "tolist") and hasattr(value, "shape"))


def _is_row(value: Any) -> bool:
    return isinstance(value, (list, tuple, range))


def _conversion_error(data: Any) -> StreamlitDataframeConversionError:
    return StreamlitDataframeConversionError(
        f"\nUnable to convert object of type `{type(data)}` to `pandas.DataFrame`.\n"
        f"Offending object:\n```py\n{data}\n```"
    )


# ------------------------------------------------------------------ formatting
def format_cell(value: Any) -> str:
    """A cell as the page shows it (1.67's table): missing values read ``None``; floats
    with thousands separators and four decimals (numbro's ``0,0.0000``: 1.3040, 12,345.5000)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "None"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return f"{value:,.4f}" if math.isfinite(value) else str(value)
    if isinstance(value, (bytes, bytearray)):
        return value.decode("utf-8", "replace")
    return str(value)


def _numeric(values: list[Any]) -> bool:
    """A column of numbers (ints and floats, not bools; missing values allowed): 1.67
    right-aligns those."""
    seen = False
    for v in values:
        if v is None or (isinstance(v, float) and math.isnan(v)):
            continue
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            return False
        seen = True
    return seen


def table_props(data: Any, *, hide_index: bool | None = None) -> dict[str, Any]:
    """``{columns, rows, numeric, index}`` for the render tree; the index is a nameless
    first column (``index``: 1, drawn as row headers)."""
    frame = to_frame(data)
    show_index = (frame.index is not None) if hide_index is None else not hide_index
    columns = [str(c) for c in frame.columns]
    numeric = [_numeric([r[j] for r in frame.rows]) for j in range(len(columns))]
    rows = [[format_cell(v) for v in row] for row in frame.rows]
    if show_index:
        index = frame.index if frame.index is not None else list(range(len(rows)))
        columns = [""] + columns
        numeric = [False] + numeric
        rows = [[format_cell(i)] + row for i, row in zip(index, rows)]
    return {"columns": columns, "rows": rows, "numeric": numeric, "index": 1 if show_index else 0}


# -------------------------------------------------------------------- elements
@command
def table(self, data: Any = None, *, border: Any = True, width: Any = "stretch",
          height: Any = "content", hide_index: bool | None = None,
          hide_header: bool | None = None, alt: str | None = None) -> Any:
    """A static table: ``border`` True (every cell), False or "horizontal"; the header is
    hidden by default for inputs without column names (Streamlit's rule)."""
    if border is True or border is False:
        border_mode = "all" if border else "none"
    elif border == "horizontal":
        border_mode = "horizontal"
    else:
        raise errors.invalid_value("border", ["True", "False", "'horizontal'"])
    if hide_header is None:
        from .dataframe.frame import to_table

        hide_header = to_table(data).data_format in _HIDE_HEADER_FORMATS
    from .sizing import check_width

    width = check_width(width, allow_content=True)
    if not (height in ("content", "stretch") or (isinstance(height, int) and not isinstance(height, bool)
                                                  and height > 0)):
        raise errors.StreamlitInvalidHeightError(height, allow_content=True)
    props = table_props(data, hide_index=hide_index)
    props["border"] = border_mode
    props["hide_header"] = bool(hide_header)
    props["width"] = width
    props["height"] = height
    if alt is not None:
        props["alt"] = str(alt)
    node = self._enqueue("table", props)
    return self._element(node)


# Inputs whose column names mean nothing (Streamlit hides the header row for them).
_HIDE_HEADER_FORMATS = frozenset({"key_value_dict", "list_of_rows", "list_of_values", "numpy_list",
                                  "numpy_matrix", "set_of_values", "tuple_of_values", "pandas_array",
                                  "pyarrow_array"})
