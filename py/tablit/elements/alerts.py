"""Alerts (success, info, warning, error) and exception boxes."""

from __future__ import annotations

from typing import Any

from ..delta_generator import command
from .. import errors
from ..runtime.exceptions import exception_props
from .text import clean_text


def _alert(self, kind: str, body: Any, icon: str | None, width: Any = "stretch",
           title: Any = None) -> Any:
    """``title`` (1.67) is a bold line of inline Markdown above the body."""
    from .sizing import check_width
    from .text import check_icon

    check_width(width)
    node = self._enqueue("alert", {"kind": kind, "body": clean_text(body), "icon": check_icon(icon),
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
