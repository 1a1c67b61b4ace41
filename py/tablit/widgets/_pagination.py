"""st.pagination: page buttons 1..num_pages; returns the current page (1-based).

Node ``pagination`` ``{num_pages, max_visible_pages: int|null, width,
on_change}``.  Wire form: the page number.  A value that is not a page (set
through session state) falls back to ``default``, as Streamlit does.
"""

from __future__ import annotations

from typing import Any, Callable

from ..delta_generator import command
from .. import errors
from ..elements.sizing import check_width
from ..state.widgets import WidgetSpec, register_widget
from ._options import callback_of
from ._query_bind import bind_spec


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class _PageCodec:
    def __init__(self, default: int, num_pages: int) -> None:
        self.default = default
        self.num_pages = num_pages

    def deserialize(self, wire: Any) -> int:
        if wire is None:
            return self.default
        if isinstance(wire, float) and wire.is_integer():
            wire = int(wire)
        if not _is_int(wire):
            raise TypeError(f"a page number must be an integer, not {wire!r}")
        if not 1 <= wire <= self.num_pages:
            raise ValueError(f"page {wire} is not between 1 and {self.num_pages}")
        return wire

    def serialize(self, value: Any) -> int:
        return value if _is_int(value) and 1 <= value <= self.num_pages else self.default

    def coerce(self, value: Any, source: str) -> Any:
        return value if _is_int(value) and 1 <= value <= self.num_pages else self.default


@command
def pagination(self, num_pages: int, *, default: int = 1, max_visible_pages: int | None = 7,
               width: Any = "content", key: Any = None,
               on_change: Callable[..., Any] | str | None = "rerun", args: Any = None,
               kwargs: Any = None, disabled: bool = False, bind: str | None = None,
               persist_state: str | None = None) -> int:
    """Page navigation buttons; returns the current page number."""
    callback = callback_of(on_change)
    if not _is_int(num_pages) or num_pages < 1:
        raise errors.StreamlitAPIException(f"`num_pages` must be an integer of at least 1. Got {num_pages}.")
    if not _is_int(default):
        raise errors.invalid_type("default", type(default).__name__, ["int"])
    if not 1 <= default <= num_pages:
        raise errors.StreamlitValueOutOfRangeError("default", default, 1, num_pages)
    if max_visible_pages is not None and (not _is_int(max_visible_pages) or max_visible_pages < 0):
        raise errors.StreamlitAPIException(
            f"`max_visible_pages` must be a non-negative integer or None. Got {max_visible_pages}.")
    check_width(width, allow_content=True)
    codec = _PageCodec(default, num_pages)
    spec = WidgetSpec(
        type="pagination",
        label=None,
        key=key,
        default=default,
        id_params={"num_pages": num_pages, "default": default,
                   "max_visible_pages": max_visible_pages, "width": width},
        keyed_params={},
        props={"num_pages": num_pages, "max_visible_pages": max_visible_pages, "width": width,
               "on_change": "ignore" if on_change == "ignore" else "rerun"},
        codec=codec,
        on_change=callback, args=args, kwargs=kwargs,
        explicit_default=default != 1,
        disabled=disabled,
    )
    return register_widget(self, bind_spec(spec, bind, persist_state)).value
