"""st.latex: node ``latex`` {body (``$$``-fenced Markdown), help}.  In the browser this module
is in the ``elements_more`` family."""

from __future__ import annotations

import textwrap
from typing import Any

from ..delta_generator import command


@command
def latex(self, body: Any, *, help: str | None = None, width: Any = "stretch") -> Any:
    """A LaTeX formula, sent as ``$$``-fenced Markdown like Streamlit does."""
    if type(body).__module__.startswith("sympy"):
        import sympy  # type: ignore[import-not-found]

        body = sympy.latex(body)
    text = textwrap.dedent(str(body)).strip("\n")
    node = self._enqueue("latex", {"body": f"$$\n{text}\n$$", "help": help})
    return self._element(node)
