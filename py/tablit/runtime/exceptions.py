"""Exception boxes: what an uncaught exception, a widget policy warning or
``st.exception`` shows.  Core code (the session, the widget registry) draws
them without importing the alerts family.
"""

from __future__ import annotations

import os
import traceback
from typing import Any

from .. import errors
from ..protocol import Node
from .context import get_ctx

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


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


def show_exception(exc: BaseException, dg: Any = None) -> None:
    """Write an exception box at ``dg``'s cursor (default: the main area's)."""
    if dg is None:
        from ..delta_generator import main_dg

        dg = main_dg
    dg._enqueue("exception", exception_props(exc))


def interrupted(exc: BaseException) -> None:
    """A run ended by a BaseException that is not tablit's own control flow
    (``sys.exit()``, ``KeyboardInterrupt``, ``GeneratorExit``, ``BaseException``).

    Streamlit lets these end its script thread: the page keeps what the run
    drew, and the session stays usable.  ``SystemExit`` says nothing at all (a
    thread ends quietly on it); any other prints its traceback to the server's
    log, which for tablit is the browser console (stderr).
    """
    if isinstance(exc, SystemExit):
        return
    import sys

    print("Uncaught exception in the script (the run ended here):", file=sys.stderr)
    traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
