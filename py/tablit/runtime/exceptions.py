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


_GROUP_DEPTH = 10  # nested exception groups formatted (as CPython's traceback, and 1.67)
_GROUP_WIDTH = 15  # children of a group formatted


def exception_props(exc: BaseException) -> dict[str, Any]:
    """Type, message and traceback rows, as 1.67 draws an exception.

    The rows are 1.67's: tablit's own frames dropped from the whole chain
    (unless nothing else would be left), each frame one row without its outer
    whitespace, and the chained exceptions (``raise X from Y``, an error while
    handling another, exception groups) before it with their type, message and
    the sentence Python prints between them.
    """
    is_api = isinstance(exc, errors.StreamlitAPIException)
    if isinstance(exc, SyntaxError):
        message = syntax_error_message(exc)
    else:
        message = str(exc)
        if is_api:
            message = message.strip()
    return {
        "type": type(exc).__name__,
        "message": message,
        "message_is_markdown": is_api,
        "traceback": traceback_rows(exc),
        "is_warning": isinstance(exc, errors.StreamlitAPIWarning),
    }


def syntax_error_message(exc: SyntaxError) -> str:
    """A SyntaxError's message as 1.67 writes it (in an exception box and in the compile
    error dialog): where, the line, a caret under the offset, then ``Type: msg``, the way
    the interpreter prints it; the line is left as written (not dedented), as 1.67 does.
    One without its line (a few edge cases) is ``str(exc)``."""
    if not exc.text:
        return str(exc)
    indent = " " * max(exc.offset - 1, 0) if exc.offset is not None else ""
    return (f'File "{exc.filename}", line {exc.lineno}\n'
            f"  {exc.text.rstrip()}\n"
            f"  {indent}^\n"
            f"{type(exc).__name__}: {exc.msg}")


def traceback_rows(exc: BaseException) -> list[str]:
    """The rows of ``exc``'s traceback the page shows (see :func:`exception_props`);
    an error while formatting gives no rows rather than hiding ``exc``."""
    try:
        tbe = traceback.TracebackException.from_exception(exc)
        _drop_own_frames(tbe)
        if not _has_frames(tbe):  # a failure inside tablit alone: its frames are the evidence
            tbe = traceback.TracebackException.from_exception(exc)
        return _rows(tbe, False, _GROUP_DEPTH)
    except Exception:
        return []


def _is_own(filename: str) -> bool:
    return filename.startswith(_PACKAGE_DIR + os.sep)


def _drop_own_frames(tbe: traceback.TracebackException) -> None:
    tbe.stack[:] = [f for f in tbe.stack if not _is_own(f.filename)]
    for chained in (tbe.__cause__, tbe.__context__, *(getattr(tbe, "exceptions", None) or ())):
        if chained is not None:
            _drop_own_frames(chained)


def _has_frames(tbe: traceback.TracebackException) -> bool:
    """Whether any stack the rows would show has a frame (the cause before the context, as shown)."""
    if tbe.stack:
        return True
    if tbe.__cause__ is not None:
        if _has_frames(tbe.__cause__):
            return True
    elif tbe.__context__ is not None and not tbe.__suppress_context__ and _has_frames(tbe.__context__):
        return True
    return any(_has_frames(sub) for sub in getattr(tbe, "exceptions", None) or ())


def _rows(tbe: traceback.TracebackException, own_line: bool, depth: int) -> list[str]:
    """Rows for ``tbe`` and what it chains to; ``own_line``: end with its ``Type: message``
    (the page's header shows only the outermost exception's)."""
    rows: list[str] = []
    separator = None
    if tbe.__cause__ is not None:
        rows = _rows(tbe.__cause__, True, depth)
        separator = "The above exception was the direct cause of the following exception:"
    elif tbe.__context__ is not None and not tbe.__suppress_context__:
        rows = _rows(tbe.__context__, True, depth)
        separator = "During handling of the above exception, another exception occurred:"
    own = [row.strip() for row in tbe.stack.format()]
    if own_line:
        own += [line.rstrip("\n") for line in tbe.format_exception_only() if line.strip()]
    if rows and own and separator is not None:
        rows.append(separator)
    rows += own
    children = getattr(tbe, "exceptions", None)
    if children:
        if depth <= 0:
            rows.append(f"... ({len(children)} nested exceptions not shown)")
        else:
            for i, child in enumerate(children[:_GROUP_WIDTH], start=1):
                rows.append(f"+---------------- {i} ----------------")
                rows += _rows(child, True, depth - 1)
            if len(children) > _GROUP_WIDTH:
                rows.append(f"... and {len(children) - _GROUP_WIDTH} more exceptions")
    return rows


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
