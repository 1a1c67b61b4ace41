"""st.html: node ``html`` {body, width, unsafe_allow_javascript} or {body, style_only}
(sanitised by the page).  In the browser this module is in the ``elements_more`` family."""

from __future__ import annotations

import os
import textwrap
from typing import Any

from .. import errors
from ..delta_generator import command
from .deprecation import deprecation_warning


@command
def html(self, body: Any, *, width: Any = "stretch", unsafe_allow_javascript: bool = False) -> Any:
    """HTML in the page, sanitised (scripts never run there).

    As 1.67: a ``Path`` is read (``.css`` files become a ``<style>``); a string
    naming a file is shown as the string, with Streamlit's deprecation
    warning; HTML that is only ``<style>`` goes to the event root (``style_only``),
    taking no room in the app.
    ``unsafe_allow_javascript=True`` runs the HTML's scripts, in a sandboxed
    frame apart from the page's origin (the page draws it; see media.js).
    """
    if hasattr(body, "_repr_html_") and callable(body._repr_html_):
        content = body._repr_html_()
    elif isinstance(body, os.PathLike):
        path = os.fspath(body)
        with open(path, encoding="utf-8") as f:
            content = f.read()
        if path.lower().endswith(".css"):
            content = f"<style>{content}</style>"
    else:
        if isinstance(body, str) and _names_a_file(body):
            deprecation_warning(_STRING_FILE_PATH_WARNING)
        content = textwrap.dedent(str(body)).strip()
    if content == "":
        raise errors.StreamlitMissingRequiredParameterError("body")
    from .sizing import check_width

    check_width(width, allow_content=True)
    if _only_style_tags(content):
        # as 1.67: in the event root, wherever it is called (a container, the sidebar, a
        # dialog...), so it takes no place in the app's flow
        from ..delta_generator import DeltaGenerator

        event = DeltaGenerator("event", is_root=True)
        node = event._enqueue("html", {"body": content, "style_only": True})
        return event._element(node)
    node = self._enqueue("html", {"body": content, "width": width,
                                  "unsafe_allow_javascript": bool(unsafe_allow_javascript)})
    return self._element(node)


_STRING_FILE_PATH_WARNING = (
    "Passing a local file path as a string to `st.html` is no longer supported. "
    "To load a local file, pass a `pathlib.Path` object instead."
)


def _names_a_file(text: str) -> bool:
    if len(text) > 4096 or "<" in text:
        return False
    try:
        return os.path.isfile(text)
    except (TypeError, ValueError, OSError):
        return False


def _only_style_tags(content: str) -> bool:
    """HTML made only of ``<style>`` blocks and comments (Streamlit draws it taking no room)."""
    import re

    rest = re.sub(r"<!--.*?-->", "", content, flags=re.DOTALL)
    rest = re.sub(r"<style[^>]*>.*?</style>", "", rest, flags=re.DOTALL | re.IGNORECASE)
    return rest.strip() == ""
