"""st.plotly_chart: the figure's JSON, drawn by plotly.js in a lazily loaded chunk.

As in Streamlit 1.67, plotly's default template is "streamlit", whose colours
are placeholders (``#000001``...) that the page replaces with the theme's
palette (light or dark).  1.67 imports plotly when streamlit is imported to
set it; tablit sets it when the app imports plotly (an import hook), so an app
without plotly never loads it.

Beyond Streamlit: a figure given as a dict (``{"data": [...], "layout": {...}}``)
or a list of trace dicts is drawn without plotly installed in Python.

With ``on_select`` the chart is a widget; its value is a :class:`PlotlyState`
``{"selection": {"points", "point_indices", "box", "lasso"}}`` (wire form:
the same object, or null).
"""

from __future__ import annotations

import importlib.abc
import json
import math
import sys
from typing import Any, Iterable

from ... import errors
from ...delta_generator import command
from ...state.widgets import WidgetSpec, register_widget
from ._common import ReadOnlyAttributeDictionary, normalize_alt, on_select_callback, validate_height, validate_width

_MODES = ("box", "lasso", "points")


class PlotlySelectionState(ReadOnlyAttributeDictionary):
    """``points``, ``point_indices``, ``box``, ``lasso``."""


class PlotlyState(ReadOnlyAttributeDictionary):
    """``{"selection": PlotlySelectionState}``."""

    def __getitem__(self, key: Any) -> Any:
        item = dict.__getitem__(self, key)
        if key == "selection" and not isinstance(item, PlotlySelectionState):
            item = PlotlySelectionState(item)
        elif isinstance(item, dict) and not isinstance(item, ReadOnlyAttributeDictionary):
            item = ReadOnlyAttributeDictionary(item)
        return item


def _empty() -> PlotlyState:
    return PlotlyState({"selection": PlotlySelectionState({"points": [], "point_indices": [], "box": [], "lasso": []})})


class _Codec:
    def deserialize(self, wire: Any) -> PlotlyState:
        if wire is None:
            return _empty()
        if isinstance(wire, str):
            wire = json.loads(wire)
        if not isinstance(wire, dict):
            raise TypeError('a plotly selection is {"selection": {points, point_indices, box, lasso}}')
        if "selection" not in wire:
            return _empty()
        sel = wire["selection"]
        if not isinstance(sel, dict) or set(sel) - {"points", "point_indices", "box", "lasso"} or not all(
                isinstance(v, list) for v in sel.values()):
            raise ValueError("'selection' holds lists: points, point_indices, box, lasso")
        full = {k: sel.get(k, []) for k in ("points", "point_indices", "box", "lasso")}
        return PlotlyState({**wire, "selection": PlotlySelectionState(full)})

    def serialize(self, state: Any) -> Any:
        return json.loads(json.dumps(state, default=str))


def parse_selection_mode(selection_mode: Any) -> list[str]:
    modes = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not modes.issubset(_MODES):
        raise errors.invalid_value("selection_mode", [f"'{m}'" for m in sorted(_MODES)])
    return sorted(modes)


# ----------------------------------------------------------------- the theme
_CATEGORY = [f"#{i:06d}" for i in range(1, 11)]
_SEQUENTIAL = [f"#{i:06d}" for i in range(11, 21)]
_DIVERGING = [f"#{i:06d}" for i in range(21, 31)]
INCREASING, DECREASING, TOTAL, GRAY_70, GRAY_90 = "#000032", "#000033", "#000034", "#000036", "#000037"
BG_COLOR, FADED_TEXT_05, BG_MIX = "#000038", "#000039", "#000040"


def _scale(colors: list[str]) -> list[list[Any]]:
    return [[i / 9, c] for i, c in enumerate(colors)]


def streamlit_template() -> dict[str, Any]:
    """1.67's "streamlit" plotly template (``streamlit_plotly_theme.py``), placeholders and all."""
    seq = _scale(_SEQUENTIAL)
    return {
        "data": {
            "candlestick": [{"decreasing": {"line": {"color": DECREASING}},
                             "increasing": {"line": {"color": INCREASING}}}],
            "contour": [{"colorscale": seq}],
            "contourcarpet": [{"colorscale": seq}],
            "heatmap": [{"colorscale": seq}],
            "histogram2d": [{"colorscale": seq}],
            "icicle": [{"textfont": {"color": "white"}}],
            "sankey": [{"textfont": {"color": GRAY_70}}],
            "scatter": [{"marker": {"line": {"width": 0}}}],
            "table": [{"cells": {"fill": {"color": BG_COLOR}, "font": {"color": GRAY_90},
                                 "line": {"color": FADED_TEXT_05}},
                       "header": {"font": {"color": GRAY_70}, "line": {"color": FADED_TEXT_05},
                                  "fill": {"color": BG_MIX}}}],
            "waterfall": [{"increasing": {"marker": {"color": INCREASING}},
                           "decreasing": {"marker": {"color": DECREASING}},
                           "totals": {"marker": {"color": TOTAL}},
                           "connector": {"line": {"color": GRAY_70, "width": 2}}}],
        },
        "layout": {
            "colorway": list(_CATEGORY),
            "colorscale": {"sequential": seq, "sequentialminus": seq, "diverging": _scale(_DIVERGING)},
            "coloraxis": {"colorscale": seq},
        },
    }


def configure_plotly_template() -> None:
    """Register the "streamlit" template and make it plotly's default."""
    import plotly.graph_objects as go
    import plotly.io as pio

    pio.templates["streamlit"] = go.layout.Template(streamlit_template())
    pio.templates.default = "streamlit"


class _PlotlyImportHook(importlib.abc.MetaPathFinder):
    """Runs :func:`configure_plotly_template` once ``import plotly`` has finished."""

    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if name != "plotly":
            return None
        spec = None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                break
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        loader = spec.loader
        run = loader.exec_module

        def exec_module(module: Any) -> None:
            run(module)
            _remove_hook()
            try:
                configure_plotly_template()
            except Exception:  # (a plotly without graph_objects: its own default stays)
                pass

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


_HOOK = _PlotlyImportHook()


def _remove_hook() -> None:
    if _HOOK in sys.meta_path:
        sys.meta_path.remove(_HOOK)


def _install_hook() -> None:
    if "plotly" in sys.modules:
        try:
            configure_plotly_template()
        except Exception:
            pass
    elif _HOOK not in sys.meta_path:
        sys.meta_path.insert(0, _HOOK)


_install_hook()


def _on_default_template(fig: Any) -> bool:
    """True when the figure carries plotly's default template (the app chose none)."""
    try:
        import plotly.io as pio

        default = pio.templates[pio.templates.default] if isinstance(pio.templates.default, str) else None
        return default is not None and pio.templates.default == "plotly" and fig.layout.template == default
    except Exception:
        return False


def figure_json(figure_or_data: Any, theme: Any) -> str:
    """The figure as plotly JSON text (with the streamlit template where 1.67 would have it)."""
    if isinstance(figure_or_data, (dict, list)) and not _plotly_available():
        fig = {"data": figure_or_data} if isinstance(figure_or_data, list) else dict(figure_or_data)
        if not isinstance(fig.get("data", []), list):
            raise errors.StreamlitAPIException("A plotly figure dict needs `data`: a list of traces.")
        layout = dict(fig.get("layout") or {})
        if "template" not in layout:
            layout["template"] = streamlit_template()
        fig["layout"] = layout
        return json.dumps(fig, default=_default, allow_nan=False)
    import plotly.io
    import plotly.tools

    if type(figure_or_data).__module__.startswith("matplotlib") and hasattr(figure_or_data, "savefig"):
        fig = plotly.tools.mpl_to_plotly(figure_or_data)
    else:
        fig = plotly.tools.return_figure_from_figure_or_data(figure_or_data, validate_figure=True)
    if _on_default_template(fig):
        fig = fig.__class__(fig)  # (a copy: the app's figure keeps its template)
        fig.layout.template = streamlit_template()
    return plotly.io.to_json(fig, validate=False)


def _plotly_available() -> bool:
    try:
        import plotly  # noqa: F401
    except ImportError:
        return False
    return True


def _default(obj: Any) -> Any:
    from ._frame import json_value

    if hasattr(obj, "tolist"):
        return obj.tolist()
    v = json_value(obj)
    return str(obj) if v is obj else v


def _layout_size(spec: str, name: str) -> Any:
    try:
        value = json.loads(spec).get("layout", {}).get(name)
    except (ValueError, AttributeError):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0 and math.isfinite(value):
        return int(value)
    return None


@command
def plotly_chart(self, figure_or_data: Any, use_container_width: bool | None = None, *,
                 width: Any = "stretch", height: Any = "content", theme: Any = "streamlit", key: Any = None,
                 on_select: Any = "ignore", selection_mode: str | Iterable[str] = ("points", "box", "lasso"),
                 config: dict | None = None, alt: str | None = None) -> Any:
    """A Plotly figure (or data, or a matplotlib figure converted by plotly)."""
    if use_container_width is not None:
        if use_container_width:
            width = "stretch"
        elif not isinstance(width, int):
            width = "content"
    validate_width(width, allow_content=True)
    validate_height(height, allow_content=True)
    if theme not in ("streamlit", None):
        raise errors.invalid_value("theme", ["'streamlit'", "None"])
    callback = on_select_callback(on_select)
    selecting = on_select != "ignore"
    spec = figure_json(figure_or_data, theme)
    final_width = width if width != "content" else (_layout_size(spec, "width") or 700)
    final_height = height if height != "content" else (_layout_size(spec, "height") or 450)
    props: dict[str, Any] = {
        "spec": spec,
        "config": json.dumps(config or {}, default=_default),
        "theme": theme or "",
        "width": final_width,
        "height": final_height,
        "alt": normalize_alt(alt),
        "selection_mode": [],
    }
    import hashlib

    modes = parse_selection_mode(selection_mode) if selecting else []
    id_params = {"spec": hashlib.md5(spec.encode("utf-8")).hexdigest(), "config": props["config"],
                 "selection_mode": modes if selecting else selection_mode, "theme": theme,
                 "width": width, "height": height, "alt": props["alt"]}
    if not selecting:
        # every Plotly chart has an element id in 1.67: two alike in one run raise
        from ...state.element_ids import register_element_id  # (a family: only Plotly apps fetch it)

        register_element_id(self, "plotly_chart", key, id_params)
        node = self._enqueue("plotly_chart", props)
        return self._element(node)
    props["selection_mode"] = modes
    result = register_widget(self, WidgetSpec(
        type="plotly_chart",
        label=None,
        key=key,
        default=_empty(),
        id_params=id_params,
        keyed_params=id_params,
        props=props,
        codec=_Codec(),
        on_change=callback,
        read_only=True,
    ))
    return result.value
