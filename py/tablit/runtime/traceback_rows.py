"""An exception's traceback rows as 1.67 shows them (runtime/exceptions.py draws the box).

A family of its own (web/tools/families.js "exceptions"): most runs never fail,
so its Python is fetched the first time one does.
"""

from __future__ import annotations

import os
import traceback

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


_GROUP_DEPTH = 10  # nested exception groups formatted (as CPython's traceback, and 1.67)
_GROUP_WIDTH = 15  # children of a group formatted


def traceback_rows(exc: BaseException) -> list[str]:
    """The rows of ``exc``'s traceback the page shows (see runtime/exceptions.py ``exception_props``);
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
    # "<exec>": the worker's own Python (web/runtime/python_code.js, run by Pyodide's runPython),
    # e.g. the import finder that says a package was not installed
    return filename.startswith(_PACKAGE_DIR + os.sep) or filename == "<exec>"


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
