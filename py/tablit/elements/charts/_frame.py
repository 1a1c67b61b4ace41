"""Chart data as columns, without pandas.

Streamlit feeds every chart through ``pandas.DataFrame``; tablit builds the
Vega-Lite spec from plain columns so that a chart of lists, dicts or numpy
arrays needs no pandas in the browser.  A pandas object is read through its
own API (dtypes included), so the types Vega-Lite sees are pandas' when the
app has pandas, and the same rules applied to Python values when it has not.
"""

from __future__ import annotations

import datetime as _dt
import math
from dataclasses import dataclass, field
from typing import Any

VegaType = str  # "quantitative" | "ordinal" | "temporal" | "nominal"


@dataclass
class Column:
    """One column: its values and, for pandas data, what pandas says about it."""

    values: list[Any]
    vega_type: VegaType | None = None  # from pandas, when known
    integer: bool | None = None  # pandas' is_integer_dtype, when known


@dataclass
class ChartFrame:
    """Named columns of equal length, plus the index (the default x)."""

    columns: dict[Any, Column] = field(default_factory=dict)
    index: Column | None = None
    index_name: Any = None

    def __len__(self) -> int:
        if self.columns:
            return len(next(iter(self.columns.values())).values)
        return len(self.index.values) if self.index is not None else 0

    def names(self) -> list[Any]:
        return list(self.columns)

    def has(self, name: Any) -> bool:
        return any(_same_name(name, c) for c in self.columns)

    def get(self, name: Any) -> Column:
        for c, col in self.columns.items():
            if _same_name(name, c):
                return col
        raise KeyError(name)


def _same_name(a: Any, b: Any) -> bool:
    try:
        return bool(a == b) and (type(a) is type(b) or not isinstance(a, str) and not isinstance(b, str))
    except Exception:
        return False


# ------------------------------------------------------------------ conversion
def to_chart_frame(data: Any) -> ChartFrame:
    """Any data Streamlit's charts take, as columns (pandas used only if ``data`` is pandas)."""
    if data is None or (isinstance(data, dict) and not data):
        return ChartFrame()
    pandas_frame = _from_pandas(data)
    if pandas_frame is not None:
        return pandas_frame
    from ..tabular import to_frame

    frame = to_frame(data)
    cols = {name: Column([row[i] for row in frame.rows]) for i, name in enumerate(frame.columns)}
    if frame.index is not None:
        return ChartFrame(cols, Column(list(frame.index)))
    return ChartFrame(cols, Column(list(range(len(frame.rows)))))


def _from_pandas(data: Any) -> ChartFrame | None:
    module = type(data).__module__ or ""
    if not module.startswith("pandas"):
        if type(data).__name__ == "Styler" and hasattr(data, "data"):
            return _from_pandas(data.data)
        return None
    if hasattr(data, "to_frame") and not hasattr(data, "columns"):
        data = data.to_frame()
    if not hasattr(data, "columns"):
        return None
    from pandas.api.types import infer_dtype, is_integer_dtype

    def column(series: Any) -> Column:
        typ = infer_dtype(series)
        vega = _pandas_vega_type(typ, series)
        return Column([_py(v) for v in series.tolist()], vega, bool(is_integer_dtype(series)))

    cols = {}
    for i, name in enumerate(data.columns):
        cols[name] = column(data.iloc[:, i])
    idx = data.index
    import pandas as pd

    index = column(pd.Series(idx))
    return ChartFrame(cols, index, idx.name)


def _pandas_vega_type(typ: str, series: Any) -> VegaType:
    if typ in {"floating", "mixed-integer-float", "integer", "mixed-integer", "complex"}:
        return "quantitative"
    if typ == "categorical" and series.cat.ordered:
        return "ordinal"
    if typ in {"string", "bytes", "categorical", "boolean", "mixed", "unicode"}:
        return "nominal"
    if typ in {"datetime", "datetime64", "timedelta", "timedelta64", "date", "time", "period"}:
        return "temporal"
    return "nominal"


def _py(v: Any) -> Any:
    """numpy / pandas scalars as Python values."""
    if hasattr(v, "item") and type(v).__module__ == "numpy":
        return v.item()
    return v


# ------------------------------------------------------------------ inference
def infer_vega_type(col: Column) -> VegaType:
    """pandas' ``infer_dtype`` (missing values skipped) mapped as Streamlit maps it."""
    if col.vega_type is not None:
        return col.vega_type
    kinds = set()
    for v in col.values:
        if v is None or (isinstance(v, float) and math.isnan(v)):
            continue
        if isinstance(v, bool):
            kinds.add("bool")
        elif isinstance(v, (int, float, complex)) or type(v).__name__ == "Decimal":
            kinds.add("number")
        elif isinstance(v, (str, bytes)):
            kinds.add("string")
        elif isinstance(v, (_dt.date, _dt.time, _dt.timedelta)):
            kinds.add("time")
        else:
            kinds.add(type(v).__name__)
    if not kinds:
        return "nominal"  # pandas: "empty"
    if kinds == {"number"}:
        return "quantitative"
    if kinds == {"time"}:
        return "temporal"
    return "nominal"  # strings, booleans, and any mixture


def is_integer_column(col: Column) -> bool:
    """pandas' ``is_integer_dtype`` for the column pandas would have made."""
    if col.integer is not None:
        return col.integer
    if not col.values:
        return False
    return all(isinstance(v, int) and not isinstance(v, bool) for v in col.values)


def is_date_column(col: Column) -> bool:
    """The first value is a date (Streamlit checks only that one)."""
    return bool(col.values) and isinstance(col.values[0], _dt.date)


# ------------------------------------------------------------------ JSON values
def json_value(v: Any) -> Any:
    """A cell as Vega reads it: dates and times as epoch milliseconds (naive = UTC)."""
    if v is None or isinstance(v, (bool, int, str)):
        return v
    if isinstance(v, float):
        return None if math.isnan(v) or math.isinf(v) else v
    v = _py(v)
    if isinstance(v, float):
        return json_value(v)
    if isinstance(v, _dt.datetime):
        if v.tzinfo is None:
            v = v.replace(tzinfo=_dt.timezone.utc)
        return v.timestamp() * 1000
    if isinstance(v, _dt.date):
        return _dt.datetime(v.year, v.month, v.day, tzinfo=_dt.timezone.utc).timestamp() * 1000
    if isinstance(v, _dt.timedelta):
        return v.total_seconds() * 1000
    if type(v).__name__ == "Decimal":  # (decimal is not imported for this: it costs every app ~10 ms)
        return float(v)
    if isinstance(v, (bytes, bytearray)):
        return bytes(v).decode("utf-8", "replace")
    if type(v).__name__ in ("NaTType", "NAType"):
        return None
    if isinstance(v, (list, tuple, dict, bool, int, str)):
        return v
    return str(v)
