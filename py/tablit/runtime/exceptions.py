"""Exception boxes: what an uncaught exception, a widget policy warning or
``st.exception`` shows.  Core code (the session, the widget registry) draws
them without importing the alerts family.
"""

from __future__ import annotations

import traceback
from typing import Any

from .. import errors
from ..protocol import Node
from .context import get_ctx


def exception_props(exc: BaseException, uncaught: bool = False) -> dict[str, Any]:
    """Type, message and traceback rows, as 1.67 draws an exception.

    ``uncaught``: an exception the app did not catch, whose type 1.67 names with its module
    (``streamlit.errors.StreamlitAPIException``, ``__main__.MyError``; a builtin's bare,
    ``KeyError``); ``st.exception(e)`` and the widget policy warnings name the class alone.

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
        "type": qualified_type(exc) if uncaught else type(exc).__name__,
        "message": message,
        "message_is_markdown": is_api,
        "traceback": traceback_rows(exc),
        "is_warning": isinstance(exc, errors.StreamlitAPIWarning),
    }


def qualified_type(exc: BaseException) -> str:
    """1.67's name of an uncaught exception's type: ``str(type(exc))`` without ``<class '...'>``,
    so the module and the class; tablit's own modules named as Streamlit's (its exceptions live
    where 1.67's do: ``tablit.errors`` is ``streamlit.errors``)."""
    cls = type(exc)
    module, name = getattr(cls, "__module__", None), getattr(cls, "__qualname__", cls.__name__)
    if not module or module == "builtins":
        return name
    if module == "tablit" or module.startswith("tablit."):
        module = "streamlit" + module[len("tablit"):]
    return f"{module}.{name}"


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
    """The rows of ``exc``'s traceback the page shows (runtime/traceback_rows.py, a family fetched
    when a run first fails).  Without it (offline, before it was ever fetched) Python's own lines:
    the exception is shown either way."""
    try:
        from .traceback_rows import traceback_rows as rows
    except ImportError:
        return [line.strip() for line in traceback.format_tb(exc.__traceback__)]
    return rows(exc)


def exception_node(exc: BaseException, node_id: str) -> Node:
    return Node(node_id, "exception", exception_props(exc))


def show_exception(exc: BaseException, dg: Any = None, uncaught: bool = False) -> None:
    """Write an exception box at ``dg``'s cursor (default: the main area's); ``uncaught``: the
    app did not catch it (see exception_props)."""
    if dg is None:
        from ..delta_generator import main_dg

        dg = main_dg
    dg._enqueue("exception", exception_props(exc, uncaught))


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
