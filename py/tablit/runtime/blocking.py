"""Whether a script run may block on a coroutine here: the one check of asyncio's
handling that every run makes (runtime/runner.py).  The rest, the SyncLoop and
top-level ``await`` (runtime/aio.py), is a family the runner imports only when a
run needs it: in a browser without WebAssembly stack switching, or for a script
that awaits at top level.
"""

from __future__ import annotations

import sys
from typing import Any

IN_BROWSER = sys.platform == "emscripten"

_can_run_sync: list[Any] = []  # [pyodide.ffi.can_run_sync or None], looked up once
_works: list[bool] = []  # [whether run_sync works where can_run_sync() says it may], tried once


def can_block() -> bool:
    """Whether Pyodide can block on a coroutine here (JSPI, entered through callPromising)."""
    if not _can_run_sync:
        try:
            from pyodide.ffi import can_run_sync  # type: ignore[import-not-found]
        except ImportError:
            can_run_sync = None
        _can_run_sync.append(can_run_sync)
    check = _can_run_sync[0]
    if check is None:
        return False
    try:
        if not check():
            return False
    except Exception:
        return False
    if not _works:
        _works.append(_run_sync_works())
    return _works[0]


def _run_sync_works() -> bool:
    """Block once on a settled Promise.  Pyodide restored from a memory snapshot keeps the
    snapshot's own "stack switching" flag: one made where there was none (tablit's, made
    under Node) refuses to block although the browser has JSPI and ``can_run_sync()`` says
    yes.  Runs then take the SyncLoop, as in a browser without stack switching, and
    ``asyncio.run`` works there too (runtime/aio.py)."""
    try:
        from js import Promise  # type: ignore[import-not-found]
        from pyodide.ffi import run_sync  # type: ignore[import-not-found]

        run_sync(Promise.resolve(None))
    except Exception:  # noqa: BLE001 - RuntimeError("... stack switching not supported ...")
        return False
    return True


def jspi_refused() -> bool:
    """Whether this runtime has stack switching but its snapshot's flag refuses it (_run_sync_works)."""
    return _works == [False]


def needs_sync_loop() -> bool:
    """Whether a script run swaps in aio's SyncLoop: in the browser without stack switching."""
    return IN_BROWSER and not can_block()
