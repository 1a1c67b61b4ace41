"""st.map and st.pydeck_chart: deck.gl JSON drawn by deck.gl in a lazily loaded chunk.

st.map builds the same deck.gl JSON as 1.67 (a ScatterplotLayer of the
latitude/longitude columns, centred and zoomed on the data) from plain
columns, so it needs no pandas.  The page draws a plain, labelled basemap
(graticule and coordinates) under the layers.  Map tiles are drawn over it
only when the app names a tile source (``tiles`` below): nothing reaches the
internet unless the user configured it, and a tile that fails to load leaves
the basemap showing.

st.pydeck_chart takes a ``pydeck.Deck`` (its ``to_json()``); with
``on_select`` it is a widget whose value is ``{"selection": {"indices":
{layer id: [...]}, "objects": {layer id: [...]}}}``.
"""

from __future__ import annotations

import copy
import json
import math
import os
from typing import Any
from urllib.parse import urlsplit

from ... import errors
from ...delta_generator import command
from ...runtime.context import get_ctx
from ...state.widgets import WidgetSpec, register_widget
from ._common import (ReadOnlyAttributeDictionary, is_color_like, normalize_alt, on_select_callback,
                      to_int_color_tuple, validate_height, validate_width)
from ._frame import json_value, to_chart_frame

EMPTY_MAP = {"initialViewState": {"latitude": 0, "longitude": 0, "pitch": 0, "zoom": 1}}
_LAT_NAMES = {"lat", "latitude", "LAT", "LATITUDE"}
_LON_NAMES = {"lon", "longitude", "LON", "LONGITUDE"}
_DEFAULT_COLOR = "primary"
_DEFAULT_SIZE = 100
_DEFAULT_ZOOM = 12
_ZOOM_LEVELS = [360, 180, 90, 45, 22.5, 11.25, 5.625, 2.813, 1.406, 0.703, 0.352, 0.176, 0.088, 0.044, 0.022,
                0.011, 0.005, 0.003, 0.001, 0.0005, 0.00025]


TILES_OPTION = "tablit.mapTiles"
TILES_ATTRIBUTION_OPTION = "tablit.mapTilesAttribution"


def _is_tile_template(url: Any) -> bool:
    return isinstance(url, str) and url.startswith(("https://", "http://")) and all(
        k in url for k in ("{z}", "{x}")) and ("{y}" in url or "{-y}" in url)


def _config_option(name: str) -> Any:
    try:
        return get_ctx().session.config.get(name)
    except Exception:  # (no session: a bare call outside a run)
        return None


def tile_source(spec: dict[str, Any]) -> dict[str, str] | None:
    """The raster tiles to draw under the layers, or None for the offline basemap alone.

    A deck's own ``mapStyle`` (pydeck's ``map_style``) wins when it is a tile
    URL template (``https://host/{z}/{x}/{y}.png``); otherwise the config
    option ``[tablit] mapTiles``.  Mapbox/Carto style JSONs (pydeck's default
    ``map_provider``) are vector styles from the internet that the user did
    not choose here, so they are not fetched.  The attribution is
    ``[tablit] mapTilesAttribution`` or the tile host's name.
    """
    style = spec.get("mapStyle") if isinstance(spec, dict) else None
    url = style if _is_tile_template(style) else None
    if url is None:
        configured = _config_option(TILES_OPTION)
        if configured in (None, ""):
            return None
        if not _is_tile_template(configured):
            raise errors.StreamlitAPIException(
                f"Config option {TILES_OPTION} must be a tile URL template such as "
                f"'https://tile.example.org/{{z}}/{{x}}/{{y}}.png', not {configured!r}.")
        url = configured
    attribution = _config_option(TILES_ATTRIBUTION_OPTION)
    if not isinstance(attribution, str) or not attribution.strip():
        attribution = f"Map tiles: {urlsplit(url).hostname}"
    return {"url": url, "attribution": attribution}


def _missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or type(v).__name__ in ("NaTType", "NAType")


def _lat_lon_column(frame: Any, human: str, given: Any, defaults: set[str]) -> str:
    names = frame.names()
    if isinstance(given, str) and given in names:
        name = given
    else:
        name = next((c for c in sorted(defaults) if c in names), None)
        if name is None:
            allowed = ", ".join(repr(n) for n in sorted(defaults))  # (`map` is st.map in this module)
            existing = ", ".join(repr(n) for n in names)
            raise errors.StreamlitAPIException(
                f"Map data must contain a {human} column named: {allowed}. Existing columns: {existing}")
    if any(_missing(v) for v in frame.get(name).values):
        raise errors.StreamlitAPIException(
            f"Column {name} is not allowed to contain null values, such as NaN, NaT, or None.")
    return name


def _zoom_for(distance: float) -> int:
    for i in range(len(_ZOOM_LEVELS) - 1):
        if _ZOOM_LEVELS[i + 1] < distance <= _ZOOM_LEVELS[i]:
            return i
    return _DEFAULT_ZOOM


def map_json(data: Any, lat: Any, lon: Any, size: Any, color: Any, zoom: Any) -> dict[str, Any]:
    """The deck.gl JSON of st.map (1.67's ``to_deckgl_json``)."""
    if data is None or (hasattr(data, "empty") and data.empty is True):
        return copy.deepcopy(EMPTY_MAP)
    frame = to_chart_frame(data)
    if not frame.names() and not len(frame):
        return copy.deepcopy(EMPTY_MAP)
    lat_col = _lat_lon_column(frame, "latitude", lat, _LAT_NAMES)
    lon_col = _lat_lon_column(frame, "longitude", lon, _LON_NAMES)
    names = frame.names()
    size_col = size if isinstance(size, str) and size in names else None
    size_arg = f"@@={size_col}" if size_col else (_DEFAULT_SIZE if size is None else size)
    color_col = color if isinstance(color, str) and color in names else None
    used = sorted({c for c in (lat_col, lon_col, size_col, color_col) if c is not None})
    columns = {c: list(frame.get(c).values) for c in used}
    if color_col is not None:
        values = columns[color_col]
        if not values or not is_color_like(values[0]):
            raise errors.StreamlitAPIException(f'Column "{color_col}" does not appear to contain valid colors.')
        columns[color_col] = [list(to_int_color_tuple(v)) for v in values]
        color_arg: Any = f"@@={color_col}"
    elif color is None or (isinstance(color, str) and color.lower() == "primary"):
        color_arg = "primary"
    else:
        color_arg = list(to_int_color_tuple(color))
    lats = [float(v) for v in columns[lat_col]]
    lons = [float(v) for v in columns[lon_col]]
    center_lat = (max(lats) + min(lats)) / 2.0 if lats else 0.0
    center_lon = (max(lons) + min(lons)) / 2.0 if lons else 0.0
    if zoom is None:
        distance = max(abs(max(lats) - min(lats)), abs(max(lons) - min(lons))) if lats else 0
        zoom = _zoom_for(distance)
    spec = copy.deepcopy(EMPTY_MAP)
    spec["initialViewState"].update({"latitude": center_lat, "longitude": center_lon, "zoom": zoom})
    rows = [{c: json_value(columns[c][i]) for c in used} for i in range(len(lats))]
    spec["layers"] = [{
        "@@type": "ScatterplotLayer",
        "getPosition": f"@@=[{lon_col}, {lat_col}]",
        "getRadius": size_arg,
        "radiusMinPixels": 3,
        "radiusUnits": "meters",
        "getFillColor": color_arg,
        "data": rows,
    }]
    return spec


@command
def map(self, data: Any = None, *, latitude: str | None = None, longitude: str | None = None,
        color: Any = None, size: Any = None, zoom: int | None = None, width: Any = "stretch",
        height: Any = 500, use_container_width: bool | None = None, alt: str | None = None) -> Any:
    """Points on a map, from latitude/longitude columns (dicts, lists or dataframes)."""
    if use_container_width is not None and use_container_width:
        width = "stretch"
    validate_width(width)
    validate_height(height)
    spec = map_json(data, latitude, longitude, size, color, zoom)
    node = self._enqueue("deck_gl_json_chart", {
        "json": json.dumps(spec, allow_nan=False), "tooltip": None, "width": width, "height": height,
        "alt": normalize_alt(alt), "command": "map", "selection_mode": [],
        "mapbox_token": os.environ.get("MAPBOX_API_KEY") or None, "tiles": tile_source(spec),
    })
    return self._element(node)


# ------------------------------------------------------------------ pydeck
class PydeckSelectionState(ReadOnlyAttributeDictionary):
    """``indices`` and ``objects``, by layer id."""


class PydeckState(ReadOnlyAttributeDictionary):
    def __getitem__(self, key: Any) -> Any:
        item = dict.__getitem__(self, key)
        if key == "selection" and not isinstance(item, PydeckSelectionState):
            return PydeckSelectionState(item)
        return ReadOnlyAttributeDictionary(item) if isinstance(item, dict) and not isinstance(
            item, ReadOnlyAttributeDictionary) else item


def _empty() -> PydeckState:
    return PydeckState({"selection": PydeckSelectionState({"indices": {}, "objects": {}})})


class _Codec:
    def deserialize(self, wire: Any) -> PydeckState:
        if wire is None:
            return _empty()
        if isinstance(wire, str):
            wire = json.loads(wire)
        if not isinstance(wire, dict):
            raise TypeError('a pydeck selection is {"selection": {"indices": {...}, "objects": {...}}}')
        if "selection" not in wire:
            return _empty()
        sel = wire["selection"]
        if not isinstance(sel, dict) or not isinstance(sel.get("indices", {}), dict) or not isinstance(
                sel.get("objects", {}), dict):
            raise TypeError("'indices' and 'objects' are objects keyed by layer id")
        full = {"indices": sel.get("indices", {}), "objects": sel.get("objects", {})}
        return PydeckState({**wire, "selection": PydeckSelectionState(full)})

    def serialize(self, state: Any) -> Any:
        return json.loads(json.dumps(state, default=str))


def _pydeck_tooltip(deck: Any) -> Any:
    widget = getattr(deck, "deck_widget", None)
    if widget is not None and isinstance(getattr(widget, "tooltip", None), dict):
        return widget.tooltip
    tip = getattr(deck, "_tooltip", None)
    return tip if isinstance(tip, dict) else None


def _deck_json(deck: Any) -> str:
    if deck is None:
        return json.dumps(EMPTY_MAP)
    if isinstance(deck, dict):
        return json.dumps(deck, default=_json_default)
    for layer in getattr(deck, "layers", None) or []:  # (dataframes as records: pandas 3 and no pandas alike)
        data = getattr(layer, "data", None)
        if data is not None and hasattr(data, "columns") and hasattr(data, "to_dict"):
            layer.data = data.to_dict("records")
    return deck.to_json()


def _json_default(obj: Any) -> Any:
    if hasattr(obj, "tolist"):
        return obj.tolist()
    v = json_value(obj)
    return str(obj) if v is obj else v


@command
def pydeck_chart(self, pydeck_obj: Any = None, *, width: Any = "stretch", use_container_width: bool | None = None,
                 height: Any = 500, selection_mode: Any = "single-object", on_select: Any = "ignore",
                 key: Any = None, alt: str | None = None) -> Any:
    """A deck.gl chart from a ``pydeck.Deck`` (or its JSON as a dict)."""
    if use_container_width is not None and use_container_width:
        width = "stretch"
    validate_width(width)
    validate_height(height)
    spec = _deck_json(pydeck_obj)
    tooltip = _pydeck_tooltip(pydeck_obj)
    props = {"json": spec, "tooltip": json.dumps(tooltip) if tooltip else None, "width": width,
             "height": height, "alt": normalize_alt(alt), "command": "pydeck_chart", "selection_mode": [],
             "mapbox_token": getattr(pydeck_obj, "mapbox_key", None) or None,
             "tiles": tile_source(json.loads(spec))}
    callback = on_select_callback(on_select)
    if on_select == "ignore":
        node = self._enqueue("deck_gl_json_chart", props)
        return self._element(node)
    if not isinstance(selection_mode, str):
        raise errors.invalid_type("selection_mode", type(selection_mode).__name__, ["str"],
                                  detail="Selection mode must be a single value.")
    if selection_mode not in ("single-object", "multi-object"):
        raise errors.invalid_value("selection_mode", ["'multi-object'", "'single-object'"])
    props["selection_mode"] = [selection_mode]
    import hashlib

    result = register_widget(self, WidgetSpec(
        type="deck_gl_json_chart",
        label=None,
        key=key,
        default=_empty(),
        id_params={"is_selection_activated": True, "selection_mode": selection_mode,
                   "use_container_width": use_container_width,
                   "spec": hashlib.md5(spec.encode("utf-8")).hexdigest(), "alt": props["alt"]},
        keyed_params={"selection_mode": selection_mode},
        props=props,
        codec=_Codec(),
        on_change=callback,
        read_only=True,
    ))
    return result.value
