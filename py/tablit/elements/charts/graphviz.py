"""st.graphviz_chart: DOT source laid out in the page by Graphviz compiled to
WebAssembly (@viz-js/viz, a lazily loaded chunk).  The ``graphviz`` Python
package is not needed: a DOT string works as well as its Graph objects."""

from __future__ import annotations

from typing import Any

from ... import errors
from ...delta_generator import command
from ._common import normalize_alt, validate_height, validate_width


@command
def graphviz_chart(self, figure_or_dot: Any, use_container_width: bool | None = None, *,
                   width: Any = "content", height: Any = "content", alt: str | None = None) -> Any:
    """A graph from DOT source or a ``graphviz.Graph``/``Digraph``/``Source``."""
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    if hasattr(figure_or_dot, "source") and hasattr(figure_or_dot, "engine") and \
            type(figure_or_dot).__module__.startswith("graphviz"):
        dot, engine = figure_or_dot.source, figure_or_dot.engine
    elif isinstance(figure_or_dot, str):
        dot, engine = figure_or_dot, "dot"
    else:
        raise errors.invalid_type("figure_or_dot", type(figure_or_dot).__name__,
                                  ["graphviz.Graph", "graphviz.Digraph", "graphviz.Source", "str"])
    validate_width(width, allow_content=True)
    validate_height(height, allow_content=True)
    node = self._enqueue("graphviz_chart", {"spec": dot, "engine": engine, "width": width, "height": height,
                                            "alt": normalize_alt(alt)})
    return self._element(node)
