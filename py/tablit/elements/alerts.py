"""Alerts (success, info, warning, error) and exception boxes."""

from __future__ import annotations

from typing import Any

from ..delta_generator import command
from .. import errors
from ..runtime.exceptions import exception_props
from .text import clean_text


def _alert(self, kind: str, body: Any, icon: str | None) -> Any:
    self._enqueue("alert", {"kind": kind, "body": clean_text(body), "icon": icon})
    return self


@command
def success(self, body: Any, *, icon: str | None = None, width: Any = "stretch") -> Any:
    return _alert(self, "success", body, icon)


@command
def info(self, body: Any, *, icon: str | None = None, width: Any = "stretch") -> Any:
    return _alert(self, "info", body, icon)


@command
def warning(self, body: Any, *, icon: str | None = None, width: Any = "stretch") -> Any:
    return _alert(self, "warning", body, icon)


@command
def error(self, body: Any, *, icon: str | None = None, width: Any = "stretch") -> Any:
    return _alert(self, "error", body, icon)


@command
def exception(self, exception: BaseException, width: Any = "stretch") -> Any:
    """Show an exception with its traceback."""
    self._enqueue("exception", exception_props(exception))
    return self
