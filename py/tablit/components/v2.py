"""``streamlit.components.v2``: Streamlit 1.67's inline bidirectional components.

A v2 component is HTML/CSS/JavaScript whose script exchanges state and
trigger values with the app through Streamlit's frontend.  tablit's page does
not implement that exchange, so declaring one raises a clear error (as
``components.v1.declare_component`` does) instead of drawing something that
cannot answer.
"""

from __future__ import annotations

from typing import Any

from .. import errors

__all__ = ["component"]


def component(name: str, *, html: str | None = None, css: str | None = None,
              js: str | None = None, isolate_styles: bool = True) -> Any:
    """Refused: the component's script would wait for values tablit's page never sends."""
    raise errors.StreamlitAPIException(
        f"Component `{name}` (st.components.v2) cannot run in tablit's browser runtime: its "
        "JavaScript exchanges state with Streamlit's frontend through an interface tablit's page "
        "does not provide, so use `st.html(..., unsafe_allow_javascript=True)` for HTML and "
        "scripts that send nothing back to Python, or a widget for input."
    )
