"""``st.column_config``: column settings for st.dataframe / st.data_editor.

Each function returns a plain dict shaped as Streamlit 1.67's ``ColumnConfig``
(``label``, ``width``, ``help``, ``disabled``, ``required``, ``pinned``,
``alignment``, ``default`` and a ``type_config`` with the column type's own
options), because that dict is what apps build on and what the page reads:
the grid (``web/render/grid/``) draws and edits each column by its
``type_config.type`` and options.  Dates and times travel as ISO strings and
steps as seconds, as in Streamlit.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from . import errors

_WIDTHS = ("small", "medium", "large")
_ALIGNMENTS = ("left", "center", "right")


def _check_common(width: Any, alignment: Any) -> None:
    if width is not None and width not in _WIDTHS and not (
            isinstance(width, int) and not isinstance(width, bool) and width > 0):
        raise errors.StreamlitAPIException(
            f"Invalid column width: {width!r}. Use 'small', 'medium', 'large' or a positive int.")
    if alignment is not None and alignment not in _ALIGNMENTS:
        raise errors.invalid_value("alignment", [f"'{a}'" for a in _ALIGNMENTS])


def _config(label: Any, width: Any, help: Any, type_config: dict[str, Any] | None,
            **fields: Any) -> dict[str, Any]:
    """The config dict with exactly the keys (and key order) Streamlit's column type has."""
    _check_common(width, fields.get("alignment"))
    out = {"label": label, "width": width, "help": help, **fields}
    if type_config is not None:
        out["type_config"] = type_config
    return out


def _iso(value: Any) -> str | None:
    return None if value is None else value.isoformat()


def _seconds(step: Any) -> Any:
    return step.total_seconds() if isinstance(step, _dt.timedelta) else step


def Column(label: str | None = None, *, width: Any = None, help: str | None = None,
           disabled: bool | None = None, required: bool | None = None,
           pinned: bool | None = None, alignment: str | None = None) -> dict[str, Any]:
    """A column of no particular type: label, width, help and editing flags."""
    return _config(label, width, help, None, disabled=disabled, required=required,
                   pinned=pinned, alignment=alignment)


def NumberColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                 disabled: bool | None = None, required: bool | None = None,
                 pinned: bool | None = None, alignment: str | None = None,
                 default: int | float | None = None, format: str | None = None,
                 min_value: int | float | None = None, max_value: int | float | None = None,
                 step: int | float | None = None) -> dict[str, Any]:
    """Numbers: a printf-style or named ``format``; the editor keeps min/max/step."""
    return _config(label, width, help, {"type": "number", "min_value": min_value, "max_value": max_value,
                                        "format": format, "step": step},
                   disabled=disabled, required=required, pinned=pinned, alignment=alignment,
                   default=default)


def TextColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None,
               pinned: bool | None = None, alignment: str | None = None,
               default: str | None = None, max_chars: int | None = None,
               validate: str | None = None) -> dict[str, Any]:
    """Text: the editor limits length to ``max_chars`` and checks the ``validate`` regex."""
    return _config(label, width, help, {"type": "text", "max_chars": max_chars, "validate": validate},
                   disabled=disabled, required=required, pinned=pinned, alignment=alignment,
                   default=default)


def LinkColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None,
               pinned: bool | None = None, alignment: str | None = None,
               default: str | None = None, max_chars: int | None = None,
               validate: str | None = None, display_text: str | None = None) -> dict[str, Any]:
    """URLs shown as links; ``display_text`` may be a fixed text, a regex with a group or an icon."""
    if display_text and display_text.startswith(":material/"):
        from .icons import validate_material_icon

        display_text = validate_material_icon(display_text)
    return _config(label, width, help, {"type": "link", "max_chars": max_chars, "validate": validate,
                                        "display_text": display_text},
                   disabled=disabled, required=required, pinned=pinned, alignment=alignment,
                   default=default)


def CheckboxColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   disabled: bool | None = None, required: bool | None = None,
                   pinned: bool | None = None, alignment: str | None = None,
                   default: bool | None = None) -> dict[str, Any]:
    """Booleans as checkboxes."""
    return _config(label, width, help, {"type": "checkbox"}, disabled=disabled, required=required,
                   pinned=pinned, alignment=alignment, default=default)


def SelectboxColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                    disabled: bool | None = None, required: bool | None = None,
                    pinned: bool | None = None, default: Any = None,
                    options: Iterable[Any] | None = None,
                    format_func: Callable[[Any], str] | None = None) -> dict[str, Any]:
    """One of ``options`` (labels from ``format_func``)."""
    opts: list[Any] | None = None if options is None else list(options)
    if opts is not None and format_func is not None:
        opts = [{"value": o, "label": format_func(o)} for o in opts]
    return _config(label, width, help, {"type": "selectbox", "options": opts},
                   disabled=disabled, required=required, pinned=pinned, default=default)


def MultiselectColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                      disabled: bool | None = None, required: bool | None = None,
                      pinned: bool | None = None, default: Iterable[str] | None = None,
                      options: Iterable[Any] | None = None, accept_new_options: bool | None = None,
                      color: Any = None,
                      format_func: Callable[[str], str] | None = None) -> dict[str, Any]:
    """Lists of strings chosen among ``options``, drawn as coloured chips."""
    colors: list[Any] | None = None
    if color is not None:
        colors = [color] if isinstance(color, str) else list(color)
    processed: list[dict[str, Any]] = []
    for i, option in enumerate(options or []):
        item = dict(option) if isinstance(option, dict) else {"value": option}
        if format_func is not None and "label" not in item:
            item["label"] = format_func(item["value"])
        if colors and "color" not in item:
            item["color"] = colors[i % len(colors)]
        processed.append(item)
    return _config(label, width, help, {"type": "multiselect", "options": processed,
                                        "accept_new_options": accept_new_options},
                   disabled=disabled, required=required, pinned=pinned,
                   default=None if default is None else list(default))


def ListColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               pinned: bool | None = None, disabled: bool | None = None,
               required: bool | None = None, default: Iterable[str] | None = None) -> dict[str, Any]:
    """Lists drawn as chips."""
    return _config(label, width, help, {"type": "list"}, pinned=pinned, disabled=disabled,
                   required=required, default=None if default is None else list(default))


def DatetimeColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   disabled: bool | None = None, required: bool | None = None,
                   pinned: bool | None = None, alignment: str | None = None,
                   default: _dt.datetime | None = None, format: str | None = None,
                   min_value: _dt.datetime | None = None, max_value: _dt.datetime | None = None,
                   step: Any = None, timezone: str | None = None) -> dict[str, Any]:
    """Datetimes: a momentjs ``format`` or 'localized' / 'distance' / 'calendar' / 'iso8601'."""
    return _config(label, width, help, {"type": "datetime", "format": format,
                                        "min_value": _iso(min_value), "max_value": _iso(max_value),
                                        "step": _seconds(step), "timezone": timezone},
                   disabled=disabled, required=required, pinned=pinned, alignment=alignment,
                   default=_iso(default))


def DateColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None,
               pinned: bool | None = None, alignment: str | None = None,
               default: _dt.date | None = None, format: str | None = None,
               min_value: _dt.date | None = None, max_value: _dt.date | None = None,
               step: int | None = None) -> dict[str, Any]:
    """Dates (format as DatetimeColumn's)."""
    return _config(label, width, help, {"type": "date", "format": format,
                                        "min_value": _iso(min_value), "max_value": _iso(max_value),
                                        "step": step},
                   disabled=disabled, required=required, pinned=pinned, alignment=alignment,
                   default=_iso(default))


def TimeColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None,
               pinned: bool | None = None, alignment: str | None = None,
               default: _dt.time | None = None, format: str | None = None,
               min_value: _dt.time | None = None, max_value: _dt.time | None = None,
               step: Any = None) -> dict[str, Any]:
    """Times of day (format as DatetimeColumn's)."""
    return _config(label, width, help, {"type": "time", "format": format,
                                        "min_value": _iso(min_value), "max_value": _iso(max_value),
                                        "step": _seconds(step)},
                   disabled=disabled, required=required, pinned=pinned, alignment=alignment,
                   default=_iso(default))


def ProgressColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   pinned: bool | None = None, format: str | None = None,
                   min_value: int | float | None = None, max_value: int | float | None = None,
                   step: int | float | None = None, color: Any = None) -> dict[str, Any]:
    """Numbers as a bar between ``min_value`` (0) and ``max_value`` (100 for ints, 1 for floats)."""
    return _config(label, width, help, {"type": "progress", "format": format, "min_value": min_value,
                                        "max_value": max_value, "step": step, "color": color},
                   pinned=pinned)


def _chart_column(kind: str, doc: str):
    def make(label: str | None = None, *, width: Any = None, help: str | None = None,
             pinned: bool | None = None, y_min: int | float | None = None,
             y_max: int | float | None = None, color: Any = None) -> dict[str, Any]:
        return _config(label, width, help, {"type": kind, "y_min": y_min, "y_max": y_max,
                                            "color": color}, pinned=pinned)

    make.__doc__ = doc
    return make


LineChartColumn = _chart_column("line_chart", "Lists of numbers as a sparkline (drawn by the grid).")
LineChartColumn.__name__ = LineChartColumn.__qualname__ = "LineChartColumn"
BarChartColumn = _chart_column("bar_chart", "Lists of numbers as small bars (drawn by the grid).")
BarChartColumn.__name__ = BarChartColumn.__qualname__ = "BarChartColumn"
AreaChartColumn = _chart_column("area_chart", "Lists of numbers as a filled sparkline.")
AreaChartColumn.__name__ = AreaChartColumn.__qualname__ = "AreaChartColumn"


def _simple_column(kind: str, doc: str):
    def make(label: str | None = None, *, width: Any = None, help: str | None = None,
             pinned: bool | None = None, alignment: str | None = None) -> dict[str, Any]:
        return _config(label, width, help, {"type": kind}, pinned=pinned, alignment=alignment)

    make.__doc__ = doc
    return make


ImageColumn = _simple_column("image", "Image URLs or data URLs, drawn as thumbnails.")
ImageColumn.__name__ = ImageColumn.__qualname__ = "ImageColumn"
JsonColumn = _simple_column("json", "Dicts, lists or JSON strings, shown as JSON text.")
JsonColumn.__name__ = JsonColumn.__qualname__ = "JsonColumn"
AudioColumn = _simple_column("audio", "Audio URLs, with a play control.")
AudioColumn.__name__ = AudioColumn.__qualname__ = "AudioColumn"
VideoColumn = _simple_column("video", "Video URLs, shown as links.")
VideoColumn.__name__ = VideoColumn.__qualname__ = "VideoColumn"
JSONColumn = JsonColumn


def MarkdownColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   disabled: bool | None = None, required: bool | None = None,
                   pinned: bool | None = None, alignment: str | None = None,
                   default: str | None = None) -> dict[str, Any]:
    """Markdown text, rendered (sanitised) in the cell."""
    return _config(label, width, help, {"type": "markdown"}, disabled=disabled, required=required,
                   pinned=pinned, alignment=alignment, default=default)


_BUTTON_TYPES = ("primary", "secondary", "tertiary")


@dataclass(frozen=True)
class ButtonColumnResult:
    """What a keyed ``ButtonColumn`` returns: the column's config dict plus the
    callback, which cannot travel in a dict sent to the page.  st.dataframe and
    st.data_editor register a click widget under ``key`` for it
    (``tablit.elements.dataframe.buttons``)."""

    config: dict[str, Any]
    on_click: Callable[..., Any] | None = None
    args: Any = None
    kwargs: Any = None
    key: str | None = None


def ButtonColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                 pinned: bool | None = None, alignment: str | None = None,
                 type: str = "secondary", on_click: Callable[..., Any] | None = None,
                 args: Any = None, kwargs: Any = None, key: str | None = None) -> Any:
    """Buttons labelled by the cell values (a list cell: one per item); always read-only.

    With ``key``, a click reruns the app with ``st.session_state[key]`` set to
    ``{"row", "label"}`` for that one run and calls ``on_click`` first; without
    ``key`` the buttons do nothing, and a callback is an error.
    """
    if type not in _BUTTON_TYPES:
        raise errors.invalid_value("type", [repr(t) for t in _BUTTON_TYPES])
    config = _config(label, width, help, {"type": "button", "button_type": type},
                     pinned=pinned, alignment=alignment, disabled=True)
    if key is not None:
        return ButtonColumnResult(config=config, on_click=on_click, args=args, kwargs=kwargs, key=key)
    if on_click is not None or args is not None or kwargs is not None:
        raise errors.StreamlitMissingRequiredParameterError(
            "key", detail=("Callbacks passed via `on_click`, `args`, or `kwargs` need a unique "
                           "key to be registered."))
    return config
