"""st.vega_lite_chart and st.altair_chart, and the node every Vega-Lite chart is.

The page draws the node with vega-embed in a lazily loaded chunk
(``web/render/elements/charts/vega.js``), themed as Streamlit's charts.  Data
travel inside the spec as JSON records (``datasets`` / ``data.values``)
instead of Arrow, so no pyarrow is needed on either side.

With ``on_select`` the chart is also a widget: its value is a
:class:`VegaLiteState` ``{"selection": {param: ...}}`` (1.67's shapes: a
point selection is a list of the picked points' fields, an interval one a
``{field: [low, high]}`` dict, nothing picked ``{}``), read-only through
``st.session_state[key]``.  Wire form: ``{"selection": {param: value}}`` or null.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any, Iterable

from ... import errors
from ...delta_generator import command
from ...state.widgets import WidgetSpec, register_widget
from ._common import ReadOnlyAttributeDictionary, normalize_alt, on_select_callback, validate_height, validate_width


class VegaLiteState(ReadOnlyAttributeDictionary):
    """The event state of a Vega-Lite chart: ``{"selection": {param: ...}}``."""


class _SelectionCodec:
    """Wire ``{"selection": {...}}`` (or its JSON text) <-> :class:`VegaLiteState`."""

    def __init__(self, params: list[str]) -> None:
        self.params = params

    def empty(self) -> VegaLiteState:
        return VegaLiteState({"selection": ReadOnlyAttributeDictionary({p: {} for p in self.params})})

    def deserialize(self, wire: Any) -> VegaLiteState:
        if wire is None:
            return self.empty()
        if isinstance(wire, str):
            wire = json.loads(wire)
        if not isinstance(wire, dict):
            raise TypeError("a chart selection is {\"selection\": {param: value}}")
        if "selection" not in wire:
            return self.empty()
        selection = wire["selection"]
        if not isinstance(selection, dict):
            raise TypeError("'selection' must be an object")
        unknown = set(selection) - set(self.params)
        if unknown:
            raise ValueError(f"not a selection parameter of this chart: {sorted(unknown)}")
        full = {p: selection.get(p, {}) for p in self.params}
        return VegaLiteState({**wire, "selection": ReadOnlyAttributeDictionary(full)})

    def serialize(self, state: Any) -> Any:
        return json.loads(json.dumps(state, default=str))


# ---------------------------------------------------------------- spec helpers
def _is_facet(spec: dict) -> bool:
    enc = spec.get("encoding")
    return "facet" in spec or (isinstance(enc, dict) and any(k in enc for k in ("row", "column", "facet")))


def _has_nested_composition(spec: dict) -> bool:
    items = spec.get("vconcat")
    return isinstance(items, list) and any(
        isinstance(i, dict) and any(k in i for k in ("hconcat", "vconcat", "concat", "layer", "facet", "repeat"))
        for i in items)


def _prepare(spec: dict, use_container_width: bool) -> dict:
    spec = dict(spec)
    if not spec:
        raise errors.StreamlitMissingRequiredParameterError(
            "spec", detail="Vega-Lite charts require a non-empty spec dict.")
    if "autosize" not in spec:
        nested = _has_nested_composition(spec)
        if "vconcat" in spec and use_container_width:
            spec["autosize"] = {"type": "pad" if nested else "fit-x", "contains": "padding"}
        elif _is_facet(spec) or (nested and not use_container_width):
            spec["autosize"] = {"type": "pad", "contains": "padding"}
        else:
            spec["autosize"] = {"type": "fit", "contains": "padding"}
    enc = spec.get("encoding")
    if isinstance(enc, dict) and isinstance(enc.get("color"), dict):
        color = enc["color"] = dict(enc["color"])
        if "title" in color and color["title"] is None:
            color["title"] = " "
        legend = color.get("legend")
        if isinstance(legend, dict) and "title" in legend and legend["title"] is None:
            color["legend"] = {**legend, "title": " "}
        spec["encoding"] = {**enc, "color": color}
    return spec


def selection_params(spec: Any) -> set[str]:
    """Names of the selection parameters anywhere in the spec's views."""
    names: set[str] = set()
    if not isinstance(spec, dict):
        return names
    for p in spec.get("params") or []:
        if isinstance(p, dict) and p.get("name") and p.get("select"):
            names.add(p["name"])
    for key in ("layer", "hconcat", "vconcat", "concat"):
        for child in spec.get(key) or []:
            names |= selection_params(child)
    if isinstance(spec.get("spec"), dict):
        names |= selection_params(spec["spec"])
    return names


def _selection_modes(spec: dict, selection_mode: Any) -> list[str]:
    params = selection_params(spec)
    if not params:
        raise errors.StreamlitAPIException(
            "Selections are activated, but the provided chart spec does not have any selections "
            "defined. To add selections to `st.altair_chart`, check out the documentation "
            "[here](https://altair-viz.github.io/user_guide/interactions.html#selections-capturing-chart-interactions). "
            "For adding selections to `st.vega_lite_chart`, take a look at the specification "
            "[here](https://vega.github.io/vega-lite/docs/selection.html).")
    if selection_mode is None:
        return sorted(params)
    modes = [selection_mode] if isinstance(selection_mode, str) else list(selection_mode)
    for name in modes:
        if name not in params:
            raise errors.StreamlitAPIException(
                f"Selection parameter '{name}' is not defined in the chart spec. Available selection "
                f"parameters are: {params}.")
    return sorted(modes)


def _reset_counters(prefix: str, text: str) -> str:
    """altair numbers params/views with a process-wide counter: renumber from 1 so a
    rerun gives the same spec (and the same widget id)."""
    found = list(dict.fromkeys(re.findall(f'"{prefix}[0-9a-f]+(?:_[0-9]+)?"', text)))
    if not found:
        return text
    marker = "__tablit_renumber__"
    for i, match in enumerate(found, start=1):
        text = text.replace(match, f'"{marker}{prefix}{i}"')
    return text.replace(marker, "")


def _stabilize(spec: dict) -> dict:
    datasets = spec.pop("datasets", None)
    text = json.dumps(spec, default=_json_default)
    if '"params"' in text:
        text = _reset_counters("param_", text)
    if re.search('"(vconcat|hconcat|facet|layer|concat|repeat)"', text):
        text = _reset_counters("view_", text)
    out = json.loads(text)
    if datasets is not None:
        out["datasets"] = datasets
    return out


def _json_default(obj: Any) -> Any:
    from ._frame import json_value

    v = json_value(obj)
    return str(obj) if v is obj else v


def _records(data: Any) -> list[dict[str, Any]]:
    """Any table-like data as Vega ``values`` (JSON records)."""
    from ._frame import json_value, to_chart_frame

    if isinstance(data, list) and all(isinstance(r, dict) for r in data):
        return [{str(k): json_value(v) for k, v in r.items()} for r in data]
    frame = to_chart_frame(data)
    names = [str(n) for n in frame.names()]
    cols = [[json_value(v) for v in c.values] for c in frame.columns.values()]
    return [dict(zip(names, row)) for row in zip(*cols)]


def _is_geo(data: Any) -> bool:
    if isinstance(data, dict):
        t = data.get("type")
        if t in ("FeatureCollection", "Feature", "GeometryCollection", "Point", "MultiPoint", "LineString",
                 "MultiLineString", "Polygon", "MultiPolygon"):
            return True
        return (t is None or t == "Topology") and isinstance(data.get("arcs"), list) and isinstance(
            data.get("objects"), dict)
    return bool(isinstance(data, list) and data and isinstance(data[0], dict)
                and data[0].get("type") == "Feature" and "geometry" in data[0])


def _inline_data(spec: dict, data: Any) -> dict:
    """Every dataset as JSON records, where 1.67 would have sent Arrow."""
    if isinstance(spec.get("datasets"), dict):
        spec["datasets"] = {str(k): (v if _is_geo(v) or _is_json_records(v) else _records(v))
                            for k, v in spec["datasets"].items()}
    data_spec = spec.get("data")
    if isinstance(data_spec, dict):
        if "values" in data_spec and not _is_geo(data_spec["values"]):
            data = data_spec["values"]
            spec["data"] = {k: v for k, v in data_spec.items() if k != "values"}
    elif data_spec is not None and not _is_geo(data_spec):
        data = data_spec
        del spec["data"]
    if data is not None:
        values = data if _is_json_records(data) else _records(data)
        spec["data"] = {**(spec.get("data") or {}), "values": values}
    return spec


def _is_json_records(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(r, dict) for r in v) and _plain(v)


def _plain(v: Any) -> bool:
    try:
        json.dumps(v, allow_nan=False)
        return True
    except (TypeError, ValueError):
        return False


# ------------------------------------------------------------------- the node
def emit_vega_lite(dg: Any, spec: dict, *, data: Any = None, width: Any = None, height: Any = "content",
                   use_container_width: bool | None = None, theme: Any = "streamlit", key: Any = None,
                   on_select: Any = "ignore", selection_mode: Any = None, alt: Any = None,
                   command: str = "vega_lite_chart", prepared: bool = False) -> Any:
    """Check the arguments as 1.67 does and write a ``vega_lite_chart`` node (or widget)."""
    if theme not in ("streamlit", None):
        raise errors.invalid_value("theme", ["'streamlit'", "None"])
    callback = on_select_callback(on_select)
    selecting = on_select != "ignore"
    if use_container_width is None and width is None:
        nested = _has_nested_composition(spec)
        width = "content" if (_is_facet(spec) or "hconcat" in spec or "repeat" in spec or nested) else "stretch"
    if use_container_width is not None:
        if use_container_width:
            width = "stretch"
        elif not isinstance(width, int):
            width = "content"
    if width is not None:
        validate_width(width, allow_content=True)
    validate_height(height, allow_content=True)
    fit = use_container_width if use_container_width is not None else width == "stretch"
    spec = _prepare(spec, bool(fit))
    spec = _inline_data(spec, data)
    spec = _stabilize(spec)
    props: dict[str, Any] = {
        "spec": json.dumps(spec, default=_json_default, allow_nan=False),
        "theme": theme or "",
        "width": width,
        "height": height,
        "use_container_width": use_container_width,
        "alt": normalize_alt(alt),
        "command": command,
        "selection_mode": [],
    }
    if not selecting:
        return dg._element(dg._enqueue("vega_lite_chart", props))
    modes = _selection_modes(spec, selection_mode)
    props["selection_mode"] = modes
    codec = _SelectionCodec(modes)
    digest = hashlib.md5(props["spec"].encode("utf-8")).hexdigest()
    result = register_widget(dg, WidgetSpec(
        type="vega_lite_chart",
        label=None,
        key=key,
        default=codec.empty(),
        id_params={"spec": digest, "theme": theme, "use_container_width": use_container_width,
                   "selection_mode": modes, "alt": props["alt"]},
        keyed_params={"selection_mode": modes},
        props=props,
        codec=codec,
        on_change=callback,
        read_only=True,
    ))
    return result.value


@command
def vega_lite_chart(self, data: Any = None, spec: dict | None = None, *, width: Any = None,
                    height: Any = "content", use_container_width: bool | None = None,
                    theme: Any = "streamlit", key: Any = None, on_select: Any = "ignore",
                    selection_mode: str | Iterable[str] | None = None, alt: str | None = None) -> Any:
    """A chart from a Vega-Lite spec (a dict), with ``data`` as its dataset."""
    if isinstance(data, dict) and spec is None:
        spec, data = data, None
    return emit_vega_lite(self, dict(spec or {}), data=data, width=width, height=height,
                          use_container_width=use_container_width, theme=theme, key=key,
                          on_select=on_select, selection_mode=selection_mode, alt=alt)


@command
def altair_chart(self, altair_chart: Any, *, width: Any = None, height: Any = "content",
                 use_container_width: bool | None = None, theme: Any = "streamlit", key: Any = None,
                 on_select: Any = "ignore", selection_mode: str | Iterable[str] | None = None,
                 alt: str | None = None) -> Any:
    """An Altair chart, drawn from its Vega-Lite spec (``chart.to_dict()``)."""
    return emit_vega_lite(self, altair_to_spec(altair_chart), width=width, height=height,
                          use_container_width=use_container_width, theme=theme, key=key,
                          on_select=on_select, selection_mode=selection_mode, alt=alt,
                          command="altair_chart")


def altair_to_spec(chart: Any) -> dict:
    """The chart's Vega-Lite dict, its data as JSON records in ``datasets``, with
    altair's own theme off (Streamlit's is applied by the page)."""
    if isinstance(chart, dict):
        return dict(chart)
    if not hasattr(chart, "to_dict"):
        raise errors.StreamlitAPIException(
            f"st.altair_chart expects an Altair chart; got `{type(chart).__name__}`.")
    import altair as alt

    theme = getattr(alt, "theme", None) or alt.themes
    datasets: dict[str, Any] = {}

    def to_dataset(data: Any) -> dict[str, str]:
        values = data if _is_geo(data) else _records(data)
        name = hashlib.md5(json.dumps(values, sort_keys=True, default=str).encode()).hexdigest()
        datasets[name] = values
        return {"name": name}

    alt.data_transformers.register("tablit_records", lambda data: to_dataset(data))
    with alt.data_transformers.enable("tablit_records"):
        if theme.active == "default":
            with theme.enable("none"):
                spec = chart.to_dict()
        else:
            spec = chart.to_dict()
    existing = spec.get("datasets")
    spec["datasets"] = {**existing, **datasets} if isinstance(existing, dict) else datasets
    if not spec["datasets"]:
        del spec["datasets"]
    return spec
