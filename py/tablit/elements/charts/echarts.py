"""st.echarts_chart: an Apache ECharts option object drawn by echarts in a
lazily loaded chunk, themed as Streamlit's.

The option must be JSON (a dict, a JSON string, or a pyecharts chart's
``dump_options()``); the checks and their texts are 1.67's.  A dataframe (or
anything table-like) as ``dataset.source`` becomes rows with a header row,
inline, where 1.67 sends Arrow.  With ``on_select`` the chart is a widget whose
value is ``{"selection": {"selected": [...], "areas": [...]}}``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from typing import Any

from ... import errors
from ...delta_generator import command
from ...state.widgets import WidgetSpec, register_widget
from ._common import ReadOnlyAttributeDictionary, normalize_alt, on_select_callback, validate_height, validate_width

_GL_SERIES = frozenset({"bar3D", "flowGL", "globe", "graphGL", "line3D", "lines3D", "linesGL", "map3D",
                        "polygons3D", "scatter3D", "scatterGL", "surface"})
_GL_COMPONENTS = frozenset({"geo3D", "globe", "grid3D", "mapbox3D", "maptalks3D"})
_EXTENSION_SERIES = {"liquidFill": "echarts-liquidfill", "wordCloud": "echarts-wordcloud"}
_JSCODE = "--x_x--"
_BARE_FUNCTION = re.compile(r"\bfunction\s*\w*\s*\(")
_PYECHARTS_DEFAULT_WIDTH, _PYECHARTS_DEFAULT_HEIGHT = "900px", "500px"


class EChartsSelectionState(ReadOnlyAttributeDictionary):
    """``selected`` (per series: indices of the selected data) and ``areas`` (brushes)."""


class EChartsState(ReadOnlyAttributeDictionary):
    def __getitem__(self, key: Any) -> Any:
        item = dict.__getitem__(self, key)
        if key == "selection" and not isinstance(item, EChartsSelectionState):
            return EChartsSelectionState(item)
        return ReadOnlyAttributeDictionary(item) if isinstance(item, dict) and not isinstance(
            item, ReadOnlyAttributeDictionary) else item


def _empty() -> EChartsState:
    return EChartsState({"selection": EChartsSelectionState({"selected": [], "areas": []})})


class _Codec:
    def deserialize(self, wire: Any) -> EChartsState:
        if wire is None:
            return _empty()
        if isinstance(wire, str):
            wire = json.loads(wire)
        if not isinstance(wire, dict) or not isinstance(wire.get("selection", {}), dict):
            raise TypeError('an echarts selection is {"selection": {"selected": [...], "areas": [...]}}')
        sel = dict(wire.get("selection", {}))
        if not isinstance(sel.setdefault("selected", []), list) or not isinstance(sel.setdefault("areas", []), list):
            raise TypeError("'selected' and 'areas' are lists")
        return EChartsState({**wire, "selection": EChartsSelectionState(sel)})

    def serialize(self, state: Any) -> Any:
        return json.loads(json.dumps(state))


def _js_callback_error() -> errors.StreamlitAPIException:
    return errors.StreamlitAPIException(
        "The provided ECharts spec contains JavaScript callbacks (e.g. `function` values or `JsCode`), "
        "which `st.echarts_chart` does not support. Only JSON-compatible option objects are supported. "
        "Use ECharts string-template formatters instead of JavaScript functions.")


def _has_jscode(value: Any) -> bool:
    if isinstance(value, str):
        s = value.strip()
        return s.startswith(_JSCODE) and s.endswith(_JSCODE) and len(s) > 2 * len(_JSCODE)
    if isinstance(value, dict):
        return any(_has_jscode(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return any(_has_jscode(v) for v in value)
    return False


def _loads(raw: str) -> Any:
    try:
        option = json.loads(raw)
    except (ValueError, TypeError) as e:
        rest = raw[e.pos:] if isinstance(e, json.JSONDecodeError) else raw
        if _BARE_FUNCTION.search(rest) or "=>" in rest:
            raise _js_callback_error() from None
        raise errors.StreamlitAPIException(
            "The provided ECharts spec could not be parsed as JSON. `st.echarts_chart` only supports "
            "JSON-compatible option objects.") from None
    if _has_jscode(option):
        raise _js_callback_error()
    return option


def _variants(option: dict) -> list[dict]:
    out = [option]
    for media in option.get("media") or []:
        if isinstance(media, dict) and isinstance(media.get("option"), dict):
            out.append(media["option"])
    if isinstance(option.get("baseOption"), dict):
        out += _variants(option["baseOption"])
    for tick in option.get("options") or []:
        if isinstance(tick, dict):
            out += _variants(tick)
    return out


def _entries(value: Any) -> list[dict]:
    if isinstance(value, dict):
        return [value]
    if isinstance(value, (list, tuple)):
        return [v for v in value if isinstance(v, dict)]
    return []


def _series(option: dict) -> list[dict]:
    return [s for v in _variants(option) for s in _entries(v.get("series"))]


def _validate_features(option: dict) -> None:
    variants = _variants(option)
    geo = any("geo" in v for v in variants) or any(s.get("coordinateSystem") == "geo" for s in _series(option))
    gl = sorted(c for v in variants for c in _GL_COMPONENTS & v.keys())
    if gl:
        raise errors.StreamlitAPIException(
            f"The provided ECharts spec uses the `{gl[0]}` component, which requires the ECharts GL "
            "extension. `st.echarts_chart` does not support 3D or WebGL charts.")
    for s in _series(option):
        t = s.get("type")
        if t in _GL_SERIES:
            raise errors.StreamlitAPIException(
                f"The provided ECharts spec uses the `{t}` series, which requires the ECharts GL "
                "extension. `st.echarts_chart` does not support 3D or WebGL charts.")
        if isinstance(t, str) and t in _EXTENSION_SERIES:
            raise errors.StreamlitAPIException(
                f"The provided ECharts spec uses the `{t}` series, which requires the "
                f"`{_EXTENSION_SERIES[t]}` extension. `st.echarts_chart` bundles only core ECharts, so "
                "this chart would render empty.")
        if t == "map":
            geo = True
        if t == "custom":
            raise errors.StreamlitAPIException(
                "The provided ECharts spec uses a `custom` series, which requires a JavaScript "
                "`renderItem` callback. `st.echarts_chart` only supports JSON-compatible option "
                "objects, so custom series are not supported.")
    if geo:
        raise errors.StreamlitAPIException(
            "The provided ECharts spec uses a map or geo coordinate system, which requires registering "
            "GeoJSON map data. `st.echarts_chart` does not support map charts.")


def _table_like(value: Any) -> bool:
    if isinstance(value, (str, bytes, list, tuple, dict)) or value is None:
        return False
    return hasattr(value, "columns") or hasattr(value, "to_pydict") or (
        hasattr(value, "shape") and hasattr(value, "tolist"))


def _source_rows(source: Any) -> list[list[Any]]:
    """A table as ECharts ``dataset.source``: a header row, then rows (dates as ISO text)."""
    from ._frame import to_chart_frame

    frame = to_chart_frame(source)
    names = [str(n) for n in frame.names()]
    cols = [[_cell(v) for v in c.values] for c in frame.columns.values()]
    return [names] + [list(r) for r in zip(*cols)]


def _cell(v: Any) -> Any:
    import datetime as dt

    if hasattr(v, "item") and type(v).__module__ == "numpy":
        v = v.item()
    if isinstance(v, float) and not math.isfinite(v):
        return None
    if isinstance(v, (dt.date, dt.time)):
        return v.isoformat()
    if type(v).__name__ in ("NaTType", "NAType"):
        return None
    return v


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: (v if k == "source" and _table_like(v) else _copy(v)) for k, v in value.items()}
    if isinstance(value, (list, tuple)) and any(isinstance(v, dict) for v in value):
        return [_copy(v) for v in value]
    return value


def normalize_option(spec: Any) -> dict:
    if isinstance(spec, str):
        option = _loads(spec)
    elif isinstance(spec, Mapping):
        option = _copy(dict(spec))
    elif callable(getattr(spec, "dump_options", None)):
        option = _loads(spec.dump_options())
    else:
        raise errors.invalid_type("spec", type(spec).__name__, ["dict", "str", "pyecharts chart"])
    if not isinstance(option, dict):
        raise errors.invalid_type("spec", type(option).__name__, ["dict"],
                                  detail="An ECharts spec must be a JSON object (mapping).")
    _validate_features(option)
    for variant in _variants(option):
        for ds in _entries(variant.get("dataset")):
            if _table_like(ds.get("source")):
                ds["source"] = _source_rows(ds["source"])
    return option


def _find_unserializable(value: Any, path: str) -> tuple[str, Any] | None:
    if isinstance(value, float):
        return None if math.isfinite(value) else (path, value)
    if value is None or isinstance(value, (str, int)):
        return None
    if isinstance(value, dict):
        for k, v in value.items():
            found = _find_unserializable(v, f"{path}.{k}" if path else str(k))
            if found:
                return found
        return None
    if isinstance(value, (list, tuple)):
        for i, v in enumerate(value):
            found = _find_unserializable(v, f"{path}[{i}]")
            if found:
                return found
        return None
    return path, value


def _describe(value: Any) -> str:
    """1.67's description of a value JSON cannot hold, and the fix."""
    import datetime as dt

    if isinstance(value, float):
        return f"`{'NaN' if math.isnan(value) else repr(value)}`. Use `None` for missing or non-finite numbers"
    t = type(value)
    module = t.__module__.split(".")[0]
    name = f"a `{t.__qualname__ if module == 'builtins' else f'{module}.{t.__qualname__}'}`"
    if module == "numpy" and hasattr(value, "item"):
        return f"{name}. Convert it with `int()`, `float()`, or `bool()`"
    if t.__name__ in ("NaTType", "NAType"):
        return f"{name}. Use `None` for missing values"
    if isinstance(value, (dt.date, dt.time)):
        return f"{name}. Convert it with `.isoformat()`"
    if _table_like(value):
        return f"{name}. Only `dataset.source` accepts dataframes and arrays, so pass the data there"
    if callable(value):
        return f'{name}. Use an ECharts string template such as `"{{b}}: {{c}}"` instead of a callback'
    return f"{name}. Convert it to a plain Python value"


def _serialize(option: dict) -> str:
    try:
        return json.dumps(option, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError):
        try:
            found = _find_unserializable(option, "")
        except RecursionError:
            found = None
        detail = f" `{found[0]}` is {_describe(found[1])}." if found else ""
        raise errors.StreamlitAPIException(
            f"The provided ECharts spec is not JSON-serializable.{detail} `st.echarts_chart` only supports "
            "JSON-compatible option objects. Pass chart data as a dataframe in `dataset.source`, which "
            "converts datetimes, NumPy values, and missing values automatically. Values anywhere else "
            "(for example `series.data`) must already be plain Python values such as `int`, `float`, "
            "`str`, `None`, lists, and dicts.") from None


def _pyecharts_size(value: Any, default: str) -> Any:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return int(value) if value > 0 else None
    text = str(value).strip()
    if not text or text == default:
        return None
    if text == "100%":
        return "stretch"
    m = re.match(r"^\s*(\d+(?:\.\d+)?)\s*px\s*$", text)
    return int(float(m.group(1))) or None if m else None


@command
def echarts_chart(self, spec: Any, *, width: Any = "stretch", height: Any = "content",
                  theme: Any = "streamlit", key: Any = None, on_select: Any = "ignore",
                  renderer: str = "canvas", alt: str | None = None) -> Any:
    """An ECharts chart from its option object."""
    validate_width(width, allow_content=True)
    validate_height(height, allow_content=True)
    if theme not in ("streamlit", None):
        raise errors.invalid_value("theme", ["'streamlit'", "None"])
    if renderer not in ("canvas", "svg"):
        raise errors.invalid_value("renderer", ["'canvas'", "'svg'"])
    callback = on_select_callback(on_select)
    option = normalize_option(spec)
    text = _serialize(option)
    final_width = width if width != "content" else (
        _pyecharts_size(getattr(spec, "width", None), _PYECHARTS_DEFAULT_WIDTH) or 700)
    final_height = height if height != "content" else (
        _pyecharts_size(getattr(spec, "height", None), _PYECHARTS_DEFAULT_HEIGHT) or 350)
    props = {"spec": text, "theme": theme or "", "renderer": renderer, "width": final_width,
             "height": final_height, "alt": normalize_alt(alt), "selection_activated": on_select != "ignore"}
    if on_select == "ignore":
        node = self._enqueue("echarts_chart", props)
        return self._element(node)
    import hashlib

    result = register_widget(self, WidgetSpec(
        type="echarts_chart",
        label=None,
        key=key,
        default=_empty(),
        id_params={"spec": hashlib.md5(text.encode("utf-8")).hexdigest(), "theme": theme, "renderer": renderer,
                   "width": width, "height": height, "is_selection_activated": True, "alt": props["alt"]},
        keyed_params={"is_selection_activated": True},
        props=props,
        codec=_Codec(),
        on_change=callback,
        read_only=True,
    ))
    return result.value
