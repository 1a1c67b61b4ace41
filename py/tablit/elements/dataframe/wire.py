"""A :class:`Table` on the wire: compact columns of JSON values.

The page gets ``{"n": rows, "cols": [column, ...]}`` with one entry per
column (index levels first).  A column is a JSON list of its values, or
``{"range": [start, step]}`` for an arithmetic sequence (a default index, a
``range`` column), so a million-row index costs two numbers.  Values are
typed by the column's ``type``: numbers as JSON numbers (non-finite floats
as the strings ``"inf"``/``"-inf"``, NaN as null as Arrow does), datetimes,
dates and times as ISO 8601 strings, durations as seconds, lists and dicts
as JSON, anything else as its ``str()``.  Formatting for display happens in
the page (``web/render/grid/format.js``), so a column's number format can be
applied to a million cells without Python touching them.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import sys
from collections.abc import Mapping
from typing import Any

from .frame import Col, Table

INDEX = "_index"


def encode_column(col: Col) -> Any:
    values = col.values
    if isinstance(values, range):
        return {"range": [values.start, values.step]}
    kind = col.type
    if kind == "int" or kind == "bool" or kind == "str":
        return values if isinstance(values, list) else list(values)
    if kind == "float" or kind == "decimal":
        return [_number(v) for v in values]
    return [_json(v) for v in values]


def _number(v: Any) -> Any:
    if v is None:
        return None
    v = float(v)
    if math.isnan(v):
        return None
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return v


def _json(v: Any) -> Any:
    """One value as JSON (recursively for lists and dicts)."""
    if v is None or isinstance(v, (bool, str, int)):
        return v
    if isinstance(v, float):
        return _number(v)
    if isinstance(v, (dt.datetime, dt.date, dt.time)):
        return v.isoformat()
    if isinstance(v, dt.timedelta):
        return v.total_seconds()
    if isinstance(v, Mapping):
        return {str(k): _json(x) for k, x in v.items()}
    if isinstance(v, (list, tuple, set, frozenset)):
        return [_json(x) for x in v]
    if hasattr(v, "tolist"):
        return _json(v.tolist())
    if hasattr(v, "isoformat"):
        return v.isoformat()
    if isinstance(v, (bytes, bytearray)):
        return bytes(v).decode("utf-8", "replace")
    try:
        if v != v:
            return None
    except Exception:
        pass
    if hasattr(v, "__float__") and type(v).__name__ in ("Decimal",) or type(v).__module__ == "numpy":
        try:
            return _number(float(v))
        except Exception:
            pass
    return str(v)


def header(name: Any) -> str:
    if name is None:
        return ""
    if isinstance(name, tuple):
        return " / ".join(str(p) for p in name)
    return str(name)


def column_specs(table: Table, config: dict[Any, dict[str, Any]]) -> list[dict[str, Any]]:
    """The page's description of each column (index levels first), with its config.

    ``config`` is the processed column config mapping (column name,
    ``"_index"`` or a numerical position -> config dict).
    """
    specs: list[dict[str, Any]] = []
    index_cols = table.index or [Col(None, range(table.n), "int")]
    index_config = config.get(INDEX, {})
    for col in index_cols:
        # a named index level takes its name's config too, as 1.67's page does
        # (dataprofessor/movies-explorer: {"year": TextColumn("Year")} on a year index)
        named = config.get(col.name, {}) if col.name is not None and _hashable(col.name) else {}
        specs.append(_spec(col, True, {**index_config, **{k: v for k, v in named.items() if v is not None}}))
    for pos, col in enumerate(table.columns):
        cfg = dict(config.get(pos, {}))
        cfg.update(config.get(col.name, {}) if _hashable(col.name) else {})
        if not isinstance(col.name, str) and _hashable(col.name):
            cfg.update(config.get(str(col.name), {}))
        specs.append(_spec(col, False, cfg))
    return specs


def _hashable(x: Any) -> bool:
    try:
        hash(x)
    except TypeError:
        return False
    return True


def _spec(col: Col, is_index: bool, cfg: dict[str, Any]) -> dict[str, Any]:
    spec: dict[str, Any] = {"name": header(col.name), "type": col.type, "index": is_index}
    label = col.name.item() if type(col.name).__module__ == "numpy" and hasattr(col.name, "item") else col.name
    if not is_index and type(label) in (int, float, bool) and math.isfinite(label):
        spec["label_number"] = label  # (AppTest gives the column its number back, as 1.67's Arrow does)
    if col.options is not None:
        spec["options"] = [_json(o) for o in col.options]
    if col.tz:
        spec["tz"] = col.tz
    cleaned = {k: _json_config(v) for k, v in cfg.items() if v is not None}
    if cleaned:
        spec["config"] = cleaned
    return spec


def _json_config(v: Any) -> Any:
    if isinstance(v, Mapping):
        return {str(k): _json_config(x) for k, x in v.items() if x is not None}
    if isinstance(v, (list, tuple)):
        return [_json_config(x) for x in v]
    return _json(v)


ARROW_MIN_ROWS = 100


def use_arrow() -> bool:
    """Arrow IPC when the app already has pyarrow loaded (never imported just for
    this: importing it costs seconds under Pyodide)."""
    return "pyarrow" in sys.modules


def encode(table: Table, arrow: bool | None = None) -> dict[str, Any]:
    """``{"n", "cols"}``: index levels first, then the columns.

    With pyarrow the columns that are not ranges travel in one Arrow IPC
    stream (``"arrow"``: base64) and their entries read ``{"arrow": k}``
    (``"offsets": k2``: the Arrow column of each datetime's UTC offset in minutes,
    so a time-zone-aware column keeps its offsets; ``"json": true`` when each Arrow string is the JSON text of a list,
    dict or other value); the page decodes it with ``web/render/grid/arrow.js``.
    """
    index_cols = table.index or [Col(None, range(table.n), "int")]
    cols = index_cols + table.columns
    if arrow is None:
        # below ~100 rows Arrow's schema outweighs what it saves (bench/grid: bytes per 1,000 rows)
        arrow = table.n >= ARROW_MIN_ROWS and use_arrow()
    if arrow:
        try:
            return _encode_arrow(table.n, cols)
        except Exception:  # a value Arrow will not take: the JSON form always works
            pass
    return {"n": table.n, "cols": [encode_column(c) for c in cols]}


_ARROW_TYPES = {"int": "int64", "float": "float64", "decimal": "float64", "bool": "bool_",
                "str": "string", "datetime": "timestamp", "date": "date32", "time": "time64",
                "timedelta": "float64"}


def _encode_arrow(n: int, cols: list[Col]) -> dict[str, Any]:
    import base64

    import pyarrow as pa

    arrays, names, entries = [], [], []
    for col in cols:
        if isinstance(col.values, range):
            entries.append(encode_column(col))
            continue
        kind = _ARROW_TYPES.get(col.type)
        entry: dict[str, Any] = {"arrow": len(arrays)}
        offsets = None
        if kind is None:
            values = [None if v is None else json.dumps(_json(v)) for v in col.values]
            kind = "string"
            entry["json"] = True
        elif kind == "timestamp":  # wall-clock time as written, and each UTC offset in minutes
            values = [None if v is None else v.replace(tzinfo=None) for v in col.values]
            offsets = [_offset_minutes(v) for v in col.values]
            if all(o is None for o in offsets):
                offsets = None
        elif kind == "time64":
            values = [None if v is None else v.replace(tzinfo=None) for v in col.values]
        elif col.type == "timedelta":
            values = [None if v is None else v.total_seconds() for v in col.values]
        elif kind == "float64":
            values = [None if v is None else float(v) for v in col.values]
        else:
            values = col.values if isinstance(col.values, list) else list(col.values)
        pa_type = pa.timestamp("us") if kind == "timestamp" else pa.time64("us") if kind == "time64" \
            else getattr(pa, kind)()
        arrays.append(pa.array(values, type=pa_type, from_pandas=True))
        names.append(f"c{len(names)}")
        if offsets is not None:  # (the page and decode_values put them back: ISO text with offset)
            entry["offsets"] = len(arrays)
            arrays.append(pa.array(offsets, type=pa.int32()))
            names.append(f"c{len(names)}")
        entries.append(entry)
    sink = pa.BufferOutputStream()
    batch = pa.RecordBatch.from_arrays(arrays, names=names) if arrays else None
    if batch is None:
        return {"n": n, "cols": entries}
    with pa.ipc.new_stream(sink, batch.schema) as writer:
        writer.write_batch(batch)
    return {"n": n, "cols": entries, "arrow": base64.b64encode(sink.getvalue().to_pybytes()).decode()}


def _offset_minutes(v: Any) -> int | None:
    off = None if v is None else v.utcoffset()
    return None if off is None else int(off.total_seconds() // 60)


# ------------------------------------------------------------------ decoding
def decode_values(col: Any, n: int, arrow: Any = None) -> list[Any]:
    """One wire column back as a list of ``n`` values (``{"range"}`` expanded,
    ``{"arrow": k}`` read from the decoded Arrow table ``arrow``)."""
    if isinstance(col, dict) and "arrow" in col:
        values = arrow.column(col["arrow"]).to_pylist()
        if "offsets" in col:
            offsets = arrow.column(col["offsets"]).to_pylist()
            return [v if v is None or o is None else v.replace(tzinfo=dt.timezone(dt.timedelta(minutes=o)))
                    for v, o in zip(values, offsets)]
        return [None if v is None else json.loads(v) for v in values] if col.get("json") else values
    if isinstance(col, dict) and "range" in col:
        start, step = col["range"]
        return list(range(start, start + step * n, step)) if step else [start] * n
    return list(col)


def decode_frame(props: dict[str, Any]) -> Any:
    """A dataframe node's table as a pandas DataFrame (the input table, as AppTest reads it)."""
    import pandas as pd

    specs = props.get("columns") or []
    data = props.get("data") or {"n": 0, "cols": []}
    n = data.get("n", 0)
    index_parts, columns = [], {}
    arrow = None
    if data.get("arrow"):
        import base64

        import pyarrow as pa

        arrow = pa.ipc.open_stream(base64.b64decode(data["arrow"])).read_all()
    for spec, col in zip(specs, data.get("cols", [])):
        values = pd.Series(decode_values(col, n, arrow), dtype=object)
        kind = spec.get("type")
        if kind == "datetime":
            try:
                values = pd.to_datetime(values, format="ISO8601")
            except (TypeError, ValueError):  # offsets that differ (a DST change): as instants
                values = pd.to_datetime(values, format="ISO8601", utc=True)
            if spec.get("tz") and getattr(values.dt, "tz", None) is not None:
                try:  # back in the column's own zone ('Europe/Berlin'), when pandas knows it
                    values = values.dt.tz_convert(spec["tz"])
                except Exception:
                    pass
        elif kind in ("int", "float", "bool") and values.notna().all():
            values = values.astype({"int": "int64", "float": "float64", "bool": "bool"}[kind])
        elif kind == "float":
            values = values.astype("float64")
        if spec.get("index"):
            index_parts.append((spec.get("name") or None, values))
        else:
            columns[spec.get("name")] = values.tolist() if kind not in ("datetime",) else values
    frame = pd.DataFrame({k: (v.array if hasattr(v, "array") else v) for k, v in columns.items()})
    numbers = [spec["label_number"] for spec in specs if not spec.get("index") and "label_number" in spec]
    # all numbered: 1.67's st.dataframe has them as numbers (its data_editor as text, as here)
    if numbers and len(numbers) == len(frame.columns) and props.get("editing_mode") in (None, "read_only"):
        frame.columns = pd.Index(numbers)
    if len(index_parts) == 1:
        name, values = index_parts[0]
        first = specs[0] if specs else {}
        default = isinstance(data["cols"][0], dict) and data["cols"][0].get("range") == [0, 1]
        if not default or first.get("name"):
            frame.index = pd.Index(list(values), name=name)
    elif len(index_parts) > 1:
        frame.index = pd.MultiIndex.from_arrays([list(v) for _, v in index_parts],
                                                names=[nm for nm, _ in index_parts])
    return frame
