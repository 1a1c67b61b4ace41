"""st.badge and st.space: small layout-and-text elements.

``st.badge`` writes a Markdown node with Streamlit's ``:color-badge[...]``
directive (as Streamlit does, so AppTest sees it as markdown); the page's
Markdown draws the badge.  ``st.space`` is node ``space`` ``{size}``.
"""

from __future__ import annotations

from typing import Any

from .. import errors
from ..delta_generator import command
from .sizing import check_width

BADGE_COLORS = ("red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "primary")
SPACE_SIZES = ("stretch", "xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")


@command
def badge(self, label: str, *, icon: str | None = None, color: str = "blue",
          width: Any = "content", help: str | None = None) -> Any:
    """A small coloured label (any ``color`` is passed on, as Streamlit does; the
    page colours the ones of ``BADGE_COLORS``)."""
    check_width(width, allow_content=True)
    from ..icons import validate_icon_or_emoji

    shown_icon = validate_icon_or_emoji(icon)
    icon_str = f"{shown_icon} " if shown_icon else ""
    escaped = str(label).replace("[", "\\[").replace("]", "\\]")
    node = self._enqueue("markdown", {"body": f":{color}-badge[{icon_str}{escaped}]",
                                      "unsafe_allow_html": False, "help": help, "width": width})
    return self._element(node)


@command
def space(self, size: Any = "small") -> Any:
    """Vertical (or, in a horizontal container, horizontal) empty space."""
    ok = (isinstance(size, str) and size in SPACE_SIZES) or (
        isinstance(size, int) and not isinstance(size, bool) and size > 0)
    if not ok:
        raise errors.invalid_value("size", [*(f"'{s}'" for s in SPACE_SIZES), "a positive integer"],
                                   detail=f"Got {size!r}.")
    node = self._enqueue("space", {"size": size})
    return self._element(node)
