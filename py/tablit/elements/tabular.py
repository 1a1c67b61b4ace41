"""Table-like data without pandas: what ``st.table`` and the builtin charts draw from.

Data is turned into a :class:`Frame` (column names, rows of raw values, the index)
following the shapes pandas' ``DataFrame(data)`` accepts (which is what Streamlit
feeds its tables through): a dict of columns, a dict of scalars (a key/value
table), a list of dicts, a list of lists, a list of scalars, and pandas / pyarrow
/ polars / numpy objects, duck-typed when those libraries are installed.  The
index is kept only when it is not the default 0..n-1 range, as Streamlit does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

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
        raise conversion_error(data)
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
    if values and all(is_column(v) for v in values):
        cols = [list(v.values()) if isinstance(v, Mapping) else list(v) for v in values]
        if len({len(c) for c in cols}) > 1:
            raise StreamlitDataframeConversionError("All arrays must be of the same length")
        return Frame(list(data.keys()), [list(r) for r in zip(*cols)])
    if any(is_column(v) for v in values):
        raise conversion_error(data)
    return Frame(["value"], [[v] for v in values], list(data.keys()))


def _from_rows(items: list[Any], original: Any) -> Frame:
    if not items:
        return Frame([], [])
    if all(isinstance(r, Mapping) for r in items):
        columns: list[Any] = []
        for r in items:
            columns += [k for k in r if k not in columns]
        return Frame(columns, [[r.get(c, None) for c in columns] for r in items])
    if all(is_row(r) for r in items):
        width = max(len(r) for r in items)
        rows = [list(r) + [None] * (width - len(r)) for r in items]
        return Frame(["value"] if width == 1 else list(range(width)), rows)
    if any(is_row(r) or isinstance(r, Mapping) for r in items):
        raise conversion_error(original)
    return Frame(["value"], [[v] for v in items])


def is_styler(data: Any) -> bool:
    """A pandas Styler (by name: pandas is not imported to ask)."""
    return type(data).__name__ == "Styler" and hasattr(data, "data")


def is_column(value: Any) -> bool:
    """A column of a table (a sequence, mapping or array); shared with dataframe/frame.py."""
    return isinstance(value, (list, tuple, range, Mapping)) or (
        hasattr(value, "tolist") and hasattr(value, "shape"))


def is_row(value: Any) -> bool:
    return isinstance(value, (list, tuple, range))


def conversion_error(data: Any) -> StreamlitDataframeConversionError:
    return StreamlitDataframeConversionError(
        f"\nUnable to convert object of type `{type(data)}` to `pandas.DataFrame`.\n"
        f"Offending object:\n```py\n{data}\n```"
    )
