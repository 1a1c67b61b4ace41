"""st.balloons and st.snow: node kinds ``balloons`` {} and ``snow`` {} (the page animates
them once per run).  In the browser this module is in the ``elements_more`` family."""

from __future__ import annotations

from typing import Any

from ..delta_generator import command


@command
def balloons(self) -> Any:
    """Celebratory balloons (the page animates them once per run)."""
    node = self._enqueue("balloons", {})
    return self._element(node)


@command
def snow(self) -> Any:
    node = self._enqueue("snow", {})
    return self._element(node)
