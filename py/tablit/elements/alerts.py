"""Alerts (success, info, warning, error) and exception boxes."""

from __future__ import annotations

from typing import Any

from ..delta_generator import command
from .. import errors
from ..runtime.exceptions import exception_props
from .text import clean_text


def _alert(self, kind: str, body: Any, icon: str | None, width: Any = "stretch",
           title: Any = None) -> Any:
    """``title`` (1.67) is a bold line of inline Markdown above the body.  Without ``icon=``,
    an emoji or Material icon that starts the body is the icon (1.67: ``st.info("☝️ Upload
    a file")`` draws the finger in the icon slot, and the body is "Upload a file")."""
    from ..icons import extract_leading_icon
    from .sizing import check_width
    from .text import check_icon

    check_width(width)
    text = clean_text(body)
    if icon is None:
        icon, text = extract_leading_icon(text)
    node = self._enqueue("alert", {"kind": kind, "body": text, "icon": check_icon(icon or None),
                                   "title": None if title is None else clean_text(title), "width": width})
    return self._element(node)


@command
def success(self, body: Any, *, icon: str | None = None, width: Any = "stretch",
            title: Any = None) -> Any:
    return _alert(self, "success", body, icon, width, title)


@command
def info(self, body: Any, *, icon: str | None = None, width: Any = "stretch",
         title: Any = None) -> Any:
    return _alert(self, "info", body, icon, width, title)


@command
def warning(self, body: Any, *, icon: str | None = None, width: Any = "stretch",
            title: Any = None) -> Any:
    return _alert(self, "warning", body, icon, width, title)


@command
def error(self, body: Any, *, icon: str | None = None, width: Any = "stretch",
          title: Any = None) -> Any:
    return _alert(self, "error", body, icon, width, title)


@command
def exception(self, exception: BaseException, width: Any = "stretch") -> Any:
    """Show an exception with its traceback."""
    node = self._enqueue("exception", exception_props(exception))
    return self._element(node)
