"""Alerts (success, info, warning, error) and exception boxes."""

from __future__ import annotations

import os
import traceback
from typing import Any

from .. import errors
from ..protocol import Node

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _alert(self, kind: str, body: Any, icon: str | None) -> Any:
    self._enqueue("alert", {"kind": kind, "body": str(body), "icon": icon})
    return self


def success(self, body: Any, *, icon: str | None = None, width: Any = "stretch") -> Any:
    return _alert(self, "success", body, icon)


def info(self, body: Any, *, icon: str | None = None, width: Any = "stretch") -> Any:
    return _alert(self, "info", body, icon)


def warning(self, body: Any, *, icon: str | None = None, width: Any = "stretch") -> Any:
    return _alert(self, "warning", body, icon)


def error(self, body: Any, *, icon: str | None = None, width: Any = "stretch") -> Any:
    return _alert(self, "error", body, icon)


def exception_props(exc: BaseException) -> dict[str, Any]:
    """Type, message and traceback; tablit's own frames are hidden for API errors."""
    is_api = isinstance(exc, errors.StreamlitAPIException)
    frames = traceback.extract_tb(exc.__traceback__)
    # The runner's own frames lead up to the app's code: never shown.  For API
    # errors tablit's frames below the app's call are noise too (Streamlit's rule).
    while frames and frames[0].filename.startswith(_PACKAGE_DIR):
        frames = frames[1:]
    if is_api:
        frames = [f for f in frames if not f.filename.startswith(_PACKAGE_DIR)]
    message = str(exc)
    if is_api:
        message = message.strip()
    return {
        "type": type(exc).__name__,
        "message": message,
        "message_is_markdown": is_api,
        "traceback": traceback.format_list(frames),
        "is_warning": isinstance(exc, errors.StreamlitAPIWarning),
    }


def exception_node(exc: BaseException, node_id: str) -> Node:
    return Node(node_id, "exception", exception_props(exc))


def exception(self, exception: BaseException, width: Any = "stretch") -> Any:
    """Show an exception with its traceback."""
    self._enqueue("exception", exception_props(exception))
    return self


def show_exception(exc: BaseException) -> None:
    """Write an uncaught app exception into the main area at its cursor."""
    from ..delta_generator import main_dg

    exception(main_dg, exc)
