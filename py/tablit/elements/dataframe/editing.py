"""st.data_editor's edit state and how it is applied to the data.

The page sends the whole edit record ``{"edited_rows": {row position:
{column: value}}, "added_rows": [{column: value}], "deleted_rows": [row
position]}`` with JSON values, which is also what ``st.session_state[key]``
holds (as in Streamlit).  The script gets its input with the edits applied,
in the input's own type: cell edits first, then deletions, then additions
(Streamlit's order); a value that does not parse for its column becomes
``None``.  Pandas input is edited with pandas (dtypes kept); everything else
through tablit's columnar :class:`Table` and back to the input's shape.
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
from typing import Any

from ...state.attributes import ReadOnlyAttributeDictionary
from .frame import Col, Table
from .wire import INDEX, header


class DataEditorState(ReadOnlyAttributeDictionary):
    """``st.session_state[key]`` of a data editor: ``edited_rows``, ``added_rows`` and
    ``deleted_rows`` by key or attribute; assigning or changing the dicts raises TypeError."""

EMPTY_EDITS = {"edited_rows": {}, "added_rows": [], "deleted_rows": []}


def empty_edits() -> dict[str, Any]:
    return {"edited_rows": {}, "added_rows": [], "deleted_rows": []}


def editing_state(wire: Any) -> dict[str, Any]:
    """The page's (or ``at.session_state``'s) edit record, checked and normalised."""
    if wire is None:
        return empty_edits()
    if isinstance(wire, str):
        wire = json.loads(wire)
    if not isinstance(wire, dict) or set(wire) - set(EMPTY_EDITS):
        raise ValueError("a data_editor value is {edited_rows, added_rows, deleted_rows}")
    edited = wire.get("edited_rows", {})
    added = wire.get("added_rows", [])
    deleted = wire.get("deleted_rows", [])
    if not isinstance(edited, dict) or not isinstance(added, list) or not isinstance(deleted, list):
        raise TypeError("edited_rows must be an object, added_rows and deleted_rows lists")
    if not all(isinstance(r, dict) for r in [*edited.values(), *added]):
        raise TypeError("each edited or added row must be an object of column -> value")
    return {"edited_rows": {int(k): dict(v) for k, v in edited.items()},
            "added_rows": [dict(r) for r in added],
            "deleted_rows": [int(r) for r in deleted]}


def editor_state(wire: Any) -> DataEditorState:
    """The widget's value, as the script sees it (``editing_state``, read-only)."""
    return DataEditorState(editing_state(wire))


def serialize_state(state: dict[str, Any]) -> dict[str, Any]:
    return {"edited_rows": {str(k): v for k, v in state["edited_rows"].items()},
            "added_rows": state["added_rows"], "deleted_rows": state["deleted_rows"]}


# ------------------------------------------------------------------ values
def parse_value(value: Any, kind: str) -> Any:
    """A JSON value from the page as a value of a column of type ``kind``."""
    if value is None:
        return None
    try:
        if kind == "timedelta" and isinstance(value, (int, float)):
            return dt.timedelta(seconds=value)
        if kind == "list":
            return list(value) if isinstance(value, (list, tuple)) else [value]
        if kind == "empty":
            return value
        if kind == "str":
            return str(value)
        if isinstance(value, list):
            return None
        if kind == "int":
            return int(value)
        if kind == "float":
            return float(value)
        if kind == "bool":
            return bool(value)
        if kind == "decimal":
            return decimal.Decimal(str(value))
        if kind in ("datetime", "date", "time"):
            text = str(value).replace("Z", "+00:00")
            if kind == "time":
                return dt.time.fromisoformat(text)
            stamp = dt.datetime.fromisoformat(text) if "T" in text or " " in text else \
                dt.datetime.combine(dt.date.fromisoformat(text[:10]), dt.time())
            return stamp.date() if kind == "date" else stamp
    except (ValueError, TypeError, OverflowError, decimal.InvalidOperation):
        return None
    return value


# ------------------------------------------------------------------ tables
def apply_to_table(table: Table, state: dict[str, Any]) -> Table:
    """The edits applied to a columnar table (a new one; the input is untouched)."""
    cols = [Col(c.name, list(c.values), c.type, c.options, c.tz) for c in table.columns]
    index = [Col(c.name, list(c.values), c.type, c.options, c.tz) for c in table.index]
    by_name = {header(c.name): c for c in cols}
    n = table.n
    for row, changes in state["edited_rows"].items():
        if not 0 <= row < n:
            continue
        for name, value in changes.items():
            target = index[0] if name == INDEX and index else by_name.get(name)
            if target is not None:
                target.values[row] = parse_value(value, target.type)  # type: ignore[index]
    deleted = {r for r in state["deleted_rows"] if 0 <= r < n}
    if deleted:
        for c in cols + index:
            c.values = [v for i, v in enumerate(c.values) if i not in deleted]
        n -= len(deleted)
    for added in state["added_rows"]:
        for c in cols:
            c.values.append(parse_value(added.get(header(c.name)), c.type))  # type: ignore[union-attr]
        if index:
            index[0].values.append(parse_value(added.get(INDEX), index[0].type))  # type: ignore[union-attr]
            for extra in index[1:]:
                extra.values.append(None)  # type: ignore[union-attr]
        n += 1
    return Table(cols, index, n, table.data_format)


def to_format(table: Table, fmt: str, original: Any) -> Any:
    """The table back in the shape (and, where it has one, the library type) of ``original``."""
    cols = table.columns
    names = [c.name for c in cols]
    if fmt == "column_value_mapping":
        return {c.name: list(c.values) for c in cols}
    if fmt == "column_index_mapping":
        labels = list(table.index[0].values) if table.index else list(range(table.n))
        return {c.name: dict(zip(labels, c.values)) for c in cols}
    if fmt == "list_of_records":
        return [dict(zip(names, row)) for row in zip(*(c.values for c in cols))] if cols else []
    if fmt == "list_of_rows":
        return [list(row) for row in zip(*(c.values for c in cols))] if cols else []
    if fmt in ("list_of_values", "tuple_of_values", "set_of_values"):
        values = list(cols[0].values) if cols else []
        return tuple(values) if fmt == "tuple_of_values" else set(values) if fmt == "set_of_values" \
            else values
    if fmt == "key_value_dict":
        keys = list(table.index[0].values) if table.index else list(range(table.n))
        return dict(zip(keys, cols[0].values)) if cols else {}
    if fmt in ("numpy_list", "numpy_matrix"):
        import numpy as np

        if fmt == "numpy_list":
            return np.array(list(cols[0].values) if cols else [])
        return np.array([list(r) for r in zip(*(c.values for c in cols))])
    if fmt == "pyarrow_table":
        import pyarrow as pa

        return pa.table({header(c.name): list(c.values) for c in cols})
    if fmt == "polars_dataframe":
        import polars as pl

        return pl.DataFrame({c.name: list(c.values) for c in cols})
    return original


def apply_to_pandas(df: Any, state: dict[str, Any], kinds: dict[str, str]) -> Any:
    """The edits applied to a copy of a pandas DataFrame (Streamlit's way)."""
    import pandas as pd

    df = df.copy()  # (never the caller's frame, edited or not)
    for row, changes in state["edited_rows"].items():
        if not 0 <= row < len(df):
            continue
        for name, value in changes.items():
            if name == INDEX:
                df.index = df.index.delete(row).insert(row, parse_value(value, kinds.get(INDEX, "object")))
                continue
            cols = [str(c) for c in df.columns]
            if name not in cols:
                continue
            pos = cols.index(name)
            parsed = parse_value(value, kinds.get(name, "object"))
            try:
                df.iat[row, pos] = parsed
            except (TypeError, ValueError):
                df[df.columns[pos]] = df[df.columns[pos]].astype(object)
                df.iat[row, pos] = parsed
    deleted = [r for r in state["deleted_rows"] if 0 <= r < len(df)]
    if deleted:
        df = df.drop(df.index[deleted])
    for added in state["added_rows"]:
        values = {c: parse_value(added.get(str(c)), kinds.get(str(c), "object")) for c in df.columns}
        if isinstance(df.index, pd.RangeIndex):
            label = df.index.stop if len(df) else 0
        elif pd.api.types.is_integer_dtype(df.index.dtype) and INDEX not in added:
            label = (df.index.max() + 1) if len(df) else 0
        else:
            label = parse_value(added.get(INDEX), kinds.get(INDEX, "object"))
            if label is None:
                continue
        df.loc[label] = values
    return df
