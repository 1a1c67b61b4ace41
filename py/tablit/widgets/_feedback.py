"""st.feedback: thumbs (2), faces (5) or stars (5); returns the index chosen, or None.

Node ``feedback`` ``{options: 'thumbs'|'faces'|'stars', width, on_change}``.
Wire form: the chosen index, or ``null`` for no choice (``props.default`` is
``null`` when there is no default).  A session-state value that is not an
index of the options falls back to the default, as Streamlit does.
"""

from __future__ import annotations

import numbers
from typing import Any, Callable

from ..delta_generator import command
from .. import errors
from ..elements.sizing import check_width
from ..state.widgets import WidgetSpec, register_widget
from ._options import callback_of
from ._query_bind import bind_spec

_NUM_OPTIONS = {"thumbs": 2, "faces": 5, "stars": 5}


class _FeedbackCodec:
    def __init__(self, count: int, default: int | None) -> None:
        self.count = count
        self.default = default

    def deserialize(self, wire: Any) -> int | None:
        if wire is None:
            return None
        if isinstance(wire, bool) or not isinstance(wire, int):
            raise TypeError(f"a feedback value is an option index or null, not {wire!r}")
        if not 0 <= wire < self.count:
            raise ValueError(f"feedback index {wire} is out of range (0-{self.count - 1})")
        return wire

    def serialize(self, value: Any) -> int | None:
        ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value < self.count
        return value if ok else None

    def coerce(self, value: Any, source: str) -> Any:
        """A value that is not an index of the options falls back to the default."""
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, numbers.Integral) or not 0 <= int(value) < self.count:
            return self.default
        return value


@command
def feedback(self, options: str = "thumbs", *, key: Any = None, default: int | None = None,
             disabled: bool = False, on_change: Callable[..., Any] | str | None = "rerun",
             args: Any = None, kwargs: Any = None, width: Any = "content", bind: str | None = None,
             persist_state: str | None = None) -> int | None:
    """A rating widget; returns the index of the chosen icon (0-based), or None."""
    if options not in _NUM_OPTIONS:
        raise errors.invalid_value("options", ["'thumbs'", "'faces'", "'stars'"])
    count = _NUM_OPTIONS[options]
    if default is not None and not (0 <= default < count):
        raise errors.StreamlitValueOutOfRangeError("default", default, 0, count - 1)
    callback = callback_of(on_change)
    check_width(width, allow_content=True)
    codec = _FeedbackCodec(count, default)
    spec = WidgetSpec(
        type="feedback",
        label=None,
        key=key,
        default=default,
        id_params={"options": options, "default": default, "width": width},
        keyed_params={"options": options},
        props={"options": options, "width": width,
               "on_change": "ignore" if on_change == "ignore" else "rerun"},
        codec=codec,
        on_change=callback, args=args, kwargs=kwargs,
        explicit_default=default is not None,
        disabled=disabled,
    )
    return register_widget(self, bind_spec(spec, bind, persist_state)).value
