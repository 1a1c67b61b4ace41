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

from typing import Any

from .. import errors
from ..delta_generator import main_dg


def _frame(src: str, width: int | None, height: int | None, scrolling: bool,
           tab_index: int | None, *, document: bool) -> None:
    from ..elements.media import iframe_props

    main_dg._active()._enqueue("iframe", iframe_props(
        src, width=width or "stretch", height=150 if height is None else height,
        tab_index=tab_index, alt=None, scrolling=scrolling, document=document))


def html(html: str, width: int | None = None, height: int | None = None, scrolling: bool = False,
         *, tab_index: int | None = None) -> None:
    """An HTML document in a sandboxed frame (its scripts run, apart from the page)."""
    _frame(str(html), width, height, scrolling, tab_index, document=True)


def iframe(src: str, width: int | None = None, height: int | None = None, scrolling: bool = False,
           *, tab_index: int | None = None) -> None:
    """The page at ``src`` in a frame."""
    _frame(str(src), width, height, scrolling, tab_index, document=False)


def declare_component(name: str, path: str | None = None, url: str | None = None) -> Any:
    raise errors.StreamlitAPIException(
        f"Custom component `{name}` cannot run in tablit's browser runtime: a custom component's "
        "frontend exchanges messages with Streamlit's component server, which an app running in "
        "the browser tab does not have, so use `st.html` for static HTML or `st.iframe` to embed "
        "a page."
    )
