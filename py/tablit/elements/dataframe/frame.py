"""Any table-like data -> columns with a type each (tablit's own conversion).

Streamlit turns everything into a pandas DataFrame and then Arrow; tablit
works without pandas, so this module follows the same shape rules (a dict
of columns, a dict of scalars as a key/value table, a list of dicts, a list
of rows, a list of scalars, numpy arrays, pandas / pyarrow / polars objects)
but keeps the data column by column: a million-row ``range`` column stays a
``range`` and is sent as two numbers.  ``data_format`` names the input shape
the way Streamlit's ``DataFormat`` does, because it decides whether the index
is shown and what type ``st.data_editor`` returns.
"""

from __future__ import annotations

import datetime as dt
import decimal
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Sequence

from ... import errors
from ..tabular import StreamlitDataframeConversionError, conversion_error, is_column, is_row, is_styler


# Input shapes whose index Streamlit hides (apply_data_specific_configs).
HIDDEN_INDEX_FORMATS = frozenset({
    "set_of_values", "tuple_of_values", "list_of_values", "numpy_list", "numpy_matrix",
    "list_of_records", "list_of_rows", "column_value_mapping", "pandas_array", "pandas_index",
    "polars_dataframe", "polars_series", "pyarrow_array",
})


@dataclass
class Col:
    """One column: its label, its values (a list, or a ``range``) and its type.

    ``type`` is one of int, float, decimal, bool, str, datetime, date, time,
    timedelta, list, dict, bytes, category, object, empty.
    """

    name: Any
    values: Sequence[Any]
    type: str
    options: list[Any] | None = None  # a categorical column's categories
    tz: str | None = None


@dataclass
class Table:
    columns: list[Col]
    index: list[Col] = field(default_factory=list)  # [] = the default 0..n-1 range index
    n: int = 0
    data_format: str = "unknown"

    @property
    def range_index(self) -> bool:
        return not self.index or (len(self.index) == 1 and isinstance(self.index[0].values, range))


# ------------------------------------------------------------------ conversion
def to_table(data: Any) -> Table:
    """Any supported data into a :class:`Table` (Streamlit's conversion rules)."""
    if data is None:
        return Table([], [], 0, "empty")
    if is_styler(data):
        data = data.data
    pandas_like = _from_libraries(data)
    if pandas_like is not None:
        return pandas_like
    if isinstance(data, Mapping):
        return _from_mapping(data)
    if isinstance(data, (str, bytes)) or not isinstance(data, Iterable):
        raise conversion_error(data)
    fmt = ("tuple_of_values" if isinstance(data, tuple) else
           "set_of_values" if isinstance(data, (set, frozenset)) else "list_of_values")
    if isinstance(data, range):
        return Table([Col("value", data, "int")], [], len(data), "list_of_values")
    return _from_rows(list(data), data, fmt)


def _from_libraries(data: Any) -> Table | None:
    module = type(data).__module__.split(".")[0]
    if module == "pandas":
        return _from_pandas(data)
    if module == "pyarrow":
        if hasattr(data, "to_pandas"):
            try:
                import pandas  # noqa: F401
            except ImportError:
                pass
            else:
                table = _from_pandas(data.to_pandas())
                table.data_format = "pyarrow_table" if hasattr(data, "schema") else "pyarrow_array"
                return table
        if hasattr(data, "to_pydict"):
            table = _from_mapping(data.to_pydict())
            table.data_format = "pyarrow_table"
            return table
        return _from_rows(data.to_pylist(), data, "pyarrow_array")
    if module == "polars":
        if hasattr(data, "to_dict") and hasattr(data, "columns"):
            table = _from_mapping(data.to_dict(as_series=False))
            table.data_format = "polars_dataframe"
            return table
        table = _from_rows(data.to_list(), data, "polars_series")
        table.columns[0].name = data.name or "value"
        return table
    if module == "numpy" and hasattr(data, "tolist") and hasattr(data, "shape"):
        if len(data.shape) > 2:
            raise StreamlitDataframeConversionError(
                f"Unable to convert numpy array with {len(data.shape)} dimensions to a dataframe.")
        if len(data.shape) == 0:  # a 0-d array (np.array(0)): an empty table, as 1.67 draws it
            return Table([], [], 0, "numpy_matrix")
        if len(data.shape) == 1:
            return Table([_column("value", data.tolist())], [], data.shape[0], "numpy_list")
        rows = data.tolist()
        cols = [list(c) for c in zip(*rows)] if rows else []
        return Table([_column(i, c) for i, c in enumerate(cols)], [], len(rows), "numpy_matrix")
    return None


def _from_mapping(data: Mapping) -> Table:
    """Columns when the values are sequences; otherwise a key/value table."""
    values = list(data.values())
    if values and all(is_column(v) for v in values):
        if all(isinstance(v, Mapping) for v in values):
            # {column: {row label: value}}: rows are the union of the labels
            labels: list[Any] = []
            for v in values:
                labels += [k for k in v if k not in labels]
            cols = [_column(k, [v.get(r) for r in labels]) for k, v in data.items()]
            return Table(cols, [_column(None, labels)], len(labels), "column_index_mapping")
        cols = []
        for k, v in data.items():
            vals = v if isinstance(v, range) else (v.tolist() if hasattr(v, "tolist") else list(v))
            cols.append(Col(k, vals, "int") if isinstance(vals, range) else _column(k, vals))
        if len({len(c.values) for c in cols}) > 1:
            raise StreamlitDataframeConversionError("All arrays must be of the same length")
        return Table(cols, [], len(cols[0].values), "column_value_mapping")
    if any(is_column(v) for v in values):
        raise conversion_error(data)
    return Table([_column("value", values)], [_column(None, list(data.keys()))], len(values),
                 "key_value_dict")


def _from_rows(items: list[Any], original: Any, fmt: str) -> Table:
    if not items:
        return Table([], [], 0, fmt)
    if all(isinstance(r, Mapping) for r in items):
        names: list[Any] = []
        seen: set[Any] = set()
        for r in items:
            for k in r:
                if k not in seen:
                    seen.add(k)
                    names.append(k)
        return Table([_column(c, [r.get(c) for r in items]) for c in names], [], len(items),
                     "list_of_records")
    if all(is_row(r) for r in items):
        width = max(len(r) for r in items)
        rows = [list(r) + [None] * (width - len(r)) for r in items]
        cols = [list(c) for c in zip(*rows)]
        return Table([_column(i, c) for i, c in enumerate(cols)], [], len(rows), "list_of_rows")
    if any(is_row(r) or isinstance(r, Mapping) for r in items):
        raise conversion_error(original)
    return Table([_column("value", items)], [], len(items), fmt)


# -------------------------------------------------------------------- types
_FAST_KINDS = {int: "int", float: "float", str: "str", bool: "bool"}


def infer_type(values: Iterable[Any]) -> str:
    """The shared type of the non-missing values (``object`` when they differ).

    The set of Python types is taken at C speed first (a million-row column
    costs one pass); only mixed columns look at one value per type.
    """
    values = values if isinstance(values, (list, tuple, range)) else list(values)
    types = set(map(type, values))
    types.discard(type(None))
    if not types:
        return "empty"
    found = set()
    for t in types:
        kind = _FAST_KINDS.get(t)
        if kind is None:
            kind = _scalar_type(next(v for v in values if type(v) is t))
        found.add(kind)
    if found == {"float"} and all(v is None or v != v for v in values):
        return "empty"  # only NaN
    if len(found) == 1:
        return found.pop()
    if found == {"int", "float"}:
        return "float"
    return "object"


def _scalar_type(v: Any) -> str:
    if isinstance(v, bool) or type(v).__name__ == "bool_":
        return "bool"
    if isinstance(v, int) or type(v).__name__.startswith(("int", "uint")):
        return "int"
    if isinstance(v, float) or type(v).__name__.startswith("float"):
        return "float"
    if isinstance(v, decimal.Decimal):
        return "decimal"
    if isinstance(v, str):
        return "str"
    if isinstance(v, dt.datetime):
        return "datetime"
    if isinstance(v, dt.date):
        return "date"
    if isinstance(v, dt.time):
        return "time"
    if isinstance(v, dt.timedelta):
        return "timedelta"
    if isinstance(v, (list, tuple, set, frozenset)) or (hasattr(v, "tolist") and hasattr(v, "shape")):
        return "list"
    if isinstance(v, Mapping):
        return "dict"
    if isinstance(v, (bytes, bytearray)):
        return "bytes"
    return "object"


def _column(name: Any, values: list[Any]) -> Col:
    kind = infer_type(values)
    tz = None
    if kind == "datetime":
        tzs = {str(v.tzinfo) for v in values if isinstance(v, dt.datetime) and v.tzinfo}
        tz = tzs.pop() if len(tzs) == 1 else None
    return Col(name, values, kind, tz=tz)


# ------------------------------------------------------------------ pandas
def _from_pandas(data: Any) -> Table:
    import pandas as pd

    fmt = "pandas_dataframe"
    if isinstance(data, pd.Series):
        fmt = "pandas_series"
        data = data.to_frame(name=data.name if data.name is not None else 0)
    elif isinstance(data, pd.Index):
        fmt = "pandas_index"
        data = data.to_frame(index=False)
    elif not isinstance(data, pd.DataFrame):
        try:
            data = pd.DataFrame(data)
            fmt = "pandas_array"
        except Exception:
            raise conversion_error(data) from None
    n = len(data)
    cols = [_pandas_column(name, data.iloc[:, i]) for i, name in enumerate(data.columns)]
    index: list[Col] = []
    idx = data.index
    if isinstance(idx, pd.RangeIndex):
        if not (idx.start == 0 and idx.step == 1):
            index = [Col(idx.name, range(idx.start, idx.stop, idx.step), "int")]
    elif isinstance(idx, pd.MultiIndex):
        index = [_pandas_column(name, idx.get_level_values(i).to_series(index=None))
                 for i, name in enumerate(idx.names)]
    else:
        index = [_pandas_column(idx.name, idx.to_series(index=None))]
    return Table(cols, index, n, fmt)


def _pandas_column(name: Any, s: Any) -> Col:
    """A column from a pandas Series: its dtype decides the type, as Arrow's would."""
    import pandas as pd
    from pandas.api import types as pt

    dtype = s.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        values = [None if _missing(v) else v for v in s.astype(object).tolist()]
        return Col(name, values, "category", options=list(dtype.categories.tolist()))
    if pt.is_bool_dtype(dtype):
        return Col(name, [None if _missing(v) else bool(v) for v in s.astype(object).tolist()], "bool")
    if pt.is_integer_dtype(dtype):
        return Col(name, [None if _missing(v) else int(v) for v in s.astype(object).tolist()]
                   if s.hasnans else s.tolist(), "int")
    if pt.is_float_dtype(dtype):
        # (a nullable Float64/Float32 column holds pd.NA where numpy's holds NaN)
        return Col(name, [None if _missing(v) else v for v in s.tolist()] if s.hasnans else s.tolist(),
                   "float")
    if pt.is_datetime64_any_dtype(dtype):
        tz = str(dtype.tz) if getattr(dtype, "tz", None) is not None else None
        return Col(name, [None if _missing(v) else v.to_pydatetime() for v in s.tolist()],
                   "datetime", tz=tz)
    if pt.is_timedelta64_dtype(dtype):
        return Col(name, [None if _missing(v) else v.to_pytimedelta() for v in s.tolist()],
                   "timedelta")
    values = [None if _missing(v) else v for v in s.tolist()]
    col = _column(name, values)
    if isinstance(dtype, pd.StringDtype) and col.type not in ("str", "empty"):
        col.type = "object"
    return col


def _missing(v: Any) -> bool:
    if v is None:
        return True
    try:
        return bool(v != v)  # NaN, NaT
    except Exception:
        return type(v).__name__ in ("NAType", "NaTType")
