"""``streamlit.components.v1``: static HTML and iframes.

Custom bidirectional components need Streamlit's component server, which
tablit does not have; declaring one raises a clear error instead of failing
later in the page.
"""

from __future__ import annotations

from typing import Any

from .. import errors
from ..delta_generator import main_dg


def html(html: str, width: int | None = None, height: int | None = None, scrolling: bool = False,
         *, tab_index: int | None = None) -> None:
    """HTML in the page, sanitised like ``st.html`` (scripts never run)."""
    main_dg._active().html(html)


def iframe(src: str, width: int | None = None, height: int | None = None, scrolling: bool = False,
           *, tab_index: int | None = None) -> None:
    """A link to ``src``: embedding third-party pages is left to ``st.markdown`` with HTML."""
    main_dg._active().markdown(f"[{src}]({src})")


def declare_component(name: str, path: str | None = None, url: str | None = None) -> Any:
    raise errors.StreamlitAPIException(
        f"Custom component `{name}` cannot run in tablit's browser runtime: a custom component's "
        "frontend exchanges messages with Streamlit's component server, which an app running in "
        "the browser tab does not have, so use `st.html` for static HTML or `st.iframe` to embed "
        "a page."
    )
