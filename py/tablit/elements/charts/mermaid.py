"""st.mermaid_chart: a Mermaid diagram drawn in the page by mermaid (a lazily
loaded chunk).  1.67 sends it as a ```` ```mermaid ```` Markdown fence; tablit
sends the diagram itself, with ``alt`` as its accessible name."""

from __future__ import annotations

from typing import Any

from ... import errors
from ...delta_generator import command
from ._common import normalize_alt, validate_width


@command
def mermaid_chart(self, body: str, *, width: Any = "stretch", alt: str | None = None) -> Any:
    """A diagram from Mermaid source."""
    if not isinstance(body, str):
        raise errors.invalid_type("body", type(body).__name__, ["str"])
    validate_width(width, allow_content=True)
    self._enqueue("mermaid_chart", {"body": body, "width": width, "alt": normalize_alt(alt)})
    return self
