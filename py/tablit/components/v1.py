"""``streamlit.components.v1``: HTML and pages in a frame; custom components refused clearly.

``html`` and ``iframe`` draw an ``iframe`` node (see ``elements/media.py``):
``html`` as a sandboxed document whose scripts run apart from the page's
origin, as Streamlit runs them in a frame; ``iframe`` a URL.  Both default to
150 px high and the app's width, as in Streamlit.

Custom bidirectional components need Streamlit's component server, which
tablit does not have; declaring one raises a clear error instead of failing
later in the page.
"""

from __future__ import annotations

import sys
from typing import Any

from .. import errors
from ..delta_generator import main_dg


def _size(value: Any, default: int | str) -> int | str:
    """A v1 frame's width or height as Streamlit 1.67 takes it, unchecked: a number as whole
    pixels (0 included: ``components.html(script, height=0)`` is the usual way to run a script
    without a visible frame), ``"content"``, and any other string as ``"stretch"``.  A negative
    number fails as 1.67's protobuf field does."""
    if value is None:
        return default
    if isinstance(value, (int, float)):
        px = int(value)
        if not 0 <= px <= 0xFFFFFFFF:
            raise ValueError(f"Value out of range: {px}")
        return px
    return "content" if value == "content" else "stretch"


def _frame(src: str, width: int | None, height: int | None, scrolling: bool,
           tab_index: int | None, *, document: bool) -> None:
    from ..elements.media import iframe_props

    main_dg._active()._enqueue("iframe", iframe_props(
        src, width=_size(width, "stretch"), height=_size(height, 150), checked=True,
        tab_index=tab_index, alt=None, scrolling=scrolling, document=document))


def html(html: str, width: int | None = None, height: int | None = None, scrolling: bool = False,
         *, tab_index: int | None = None) -> None:
    """An HTML document in a sandboxed frame (its scripts run, apart from the page)."""
    _frame(str(html), width, height, scrolling, tab_index, document=True)


def iframe(src: str, width: int | None = None, height: int | None = None, scrolling: bool = False,
           *, tab_index: int | None = None) -> None:
    """The page at ``src`` in a frame."""
    _frame(str(src), width, height, scrolling, tab_index, document=False)


def _refused(name: str) -> errors.StreamlitAPIException:
    return errors.StreamlitAPIException(
        f"Custom component `{name}` cannot run in tablit's browser runtime: a custom component's "
        "frontend exchanges messages with Streamlit's component server, which an app running in "
        "the browser tab does not have, so use `st.html` for static HTML or `st.iframe` to embed "
        "a page."
    )


def declare_component(name: str, path: str | None = None, url: str | None = None) -> Any:
    raise _refused(name)


class MarshallComponentException(errors.StreamlitAPIException):
    """1.67's error for a component argument that cannot be sent to the page."""


class CustomComponent:
    """1.67's declared custom component (what ``declare_component`` returns there).  The class is
    here for code that names it (type hints, ``isinstance``); making one is refused as declaring
    one is, for the same reason."""

    def __init__(self, name: str, path: str | None = None, url: str | None = None, **_: Any) -> None:
        raise _refused(name)


# ``from streamlit.components.v1 import components``: 1.67 keeps its old module of that name, with
# declare_component and CustomComponent, for code written before they moved here.
components = sys.modules[__name__]
