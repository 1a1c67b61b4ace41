"""``st.metric``: a big number with an optional change and a small chart.

Node ``metric`` {label, value, delta, color, direction, help, icon, label_visibility,
border, chart_data, chart_type}.  In the browser this module is in the
``elements_more`` family (web/tools/families.js): fetched when an app uses it.
"""

from __future__ import annotations

import textwrap
from numbers import Number
from typing import Any

from .. import errors
from ..delta_generator import command
from ..icons import icon_or_none


_DELTA_COLORS = ("normal", "inverse", "off", "red", "orange", "yellow", "green", "blue",
                 "violet", "gray", "grey", "primary")


def _metric_number(value: Any, parameter: str) -> str:
    if hasattr(value, "item") and not isinstance(value, Number):
        value = value.item()
    if isinstance(value, bool) or not isinstance(value, Number):
        raise errors.invalid_type(parameter, type(value).__name__,
                                  ["int", "float", "Decimal", "NumPy number"],
                                  detail="Convert the value to a number type.")
    return str(value)


def _delta_color(delta_color: str, delta: Any) -> tuple[str, str]:
    """(color, direction) as Streamlit derives them from the delta's sign."""
    if delta_color not in _DELTA_COLORS:
        raise errors.invalid_value("delta_color", [f"'{c}'" for c in _DELTA_COLORS])
    if delta is None or delta == "":
        return "gray", "none"
    text = textwrap.dedent(str(delta))
    if (text == "0") if isinstance(delta, str) else delta == 0:
        direction = "none"
    else:
        direction = "down" if text.startswith("-") else "up"
    if delta_color not in ("normal", "inverse", "off"):
        return ("gray" if delta_color == "grey" else delta_color), direction
    if direction == "none" or delta_color == "off":
        return "gray", direction
    good = (direction == "up") == (delta_color == "normal")
    return ("green" if good else "red"), direction


def _metric_chart_data(data: Any) -> list[float]:
    """st.metric's ``chart_data`` as floats (1.67: any list-like, a table's first column)."""
    if data is None:
        return []
    if hasattr(data, "columns") and hasattr(data, "iloc"):
        values = data.iloc[:, 0].tolist() if len(data.columns) else []
    elif hasattr(data, "tolist"):
        values = data.tolist()
        if values and isinstance(values[0], list):
            values = [v for row in values for v in row]
    elif isinstance(data, (str, bytes)) or not hasattr(data, "__iter__"):
        values = [data]
    else:
        values = list(data.values()) if isinstance(data, dict) else list(data)
    out = []
    for v in values:
        try:
            out.append(float(v))
        except Exception as e:
            raise errors.StreamlitAPIException(
                "Only numeric values are supported for chart data sequence. The "
                f"value '{v}' is of type {type(v)} and cannot be converted to float.") from e
    return out


@command
def metric(self, label: str, value: Any, delta: Any = None, delta_color: str = "normal", *,
           help: str | None = None, icon: str | None = None, label_visibility: str = "visible",
           border: bool = False, width: Any = "stretch", height: Any = "content",
           chart_data: Any = None, chart_type: str = "line", delta_arrow: str = "auto",
           format: Any = None, delta_description: str | None = None) -> Any:
    """A big number with an optional change indicator."""
    from ..state.widgets import check_label_visibility

    check_label_visibility(label_visibility)
    if delta_arrow not in ("auto", "up", "down", "off"):
        raise errors.invalid_value("delta_arrow", ["'auto'", "'up'", "'down'", "'off'"])
    body = "—" if value is None else value if isinstance(value, str) else _metric_number(value, "value")
    if delta is None or delta == "":
        delta_text = ""
    elif isinstance(delta, str):
        delta_text = textwrap.dedent(delta)
    else:
        delta_text = _metric_number(delta, "delta")
    color, direction = _delta_color(delta_color, delta)
    if delta_arrow != "auto":
        direction = "none" if delta_arrow == "off" else delta_arrow
    node = self._enqueue("metric", {
        "label": "" if label is None else str(label), "value": body, "delta": delta_text,
        "color": color, "direction": direction, "help": help, "icon": icon_or_none(icon),
        "label_visibility": label_visibility, "border": bool(border),
        "chart_data": _metric_chart_data(chart_data),
        "chart_type": chart_type if chart_type in ("bar", "area") else "line",
    })
    return self._element(node)
