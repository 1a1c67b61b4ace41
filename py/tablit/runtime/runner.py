"""Running one script: compile (once per source), shim ``streamlit``, exec.

Control flow leaves a run through BaseException subclasses so that
``except Exception`` in an app never swallows ``st.rerun()`` or ``st.stop()``.
"""

from __future__ import annotations

import ast
import functools
import os
import sys
import time
import types
from dataclasses import dataclass

from . import blocking
from . import magic as magic_module
from .context import get_ctx
from .magic import MAGIC_NAME, MagicOptions, add_magic, magic_write


class RerunException(BaseException):
    """``st.rerun()``: end this run now and start the same page again, or
    (``fragments``: their ids) run only those fragments."""

    def __init__(self, fragments: list[str] | None = None) -> None:
        super().__init__()
        self.fragments = fragments


class StopException(BaseException):
    """``st.stop()``: end this run now; it counts as a premature stop."""


class SwitchPageException(BaseException):
    """``st.switch_page()``: end this run and run another page."""

    def __init__(self, page: str, query: str = "") -> None:
        super().__init__(page)
        self.page = page
        self.query = query


class HostInterrupt(BaseException):
    """Raised into a run by what hosts it (AppTest's time limit), not by the app:
    the session lets it through, where any other BaseException the script raises
    (``sys.exit()``, ``KeyboardInterrupt``) only ends the run."""


@dataclass
class ScriptSource:
    """An app's entrypoint.  ``path`` is a real file; ``dir`` holds its siblings."""

    path: str

    @functools.cached_property
    def dir(self) -> str:
        return os.path.dirname(os.path.abspath(self.path))


class CodeCache:
    """Compiled code per path, reused until the file's bytes change.

    A run reads the file only when its ``os.stat`` differs from the one taken
    when it was last read, or when that stat cannot be trusted (git's "racy
    clean" rule): a file modified less than ``RACY`` seconds before it was
    read may change again within its mtime's granularity, so it is read and
    compared every run until it is older.  (One ``stat`` instead of an open,
    a read and a close: under Pyodide each is a call out to JavaScript.)
    """

    RACY = 2.0

    def __init__(self) -> None:
        # path -> (bytes, magic options, code, stat of those bytes or None: read next time)
        self._entries: dict[str, tuple[bytes, object, types.CodeType, tuple | None]] = {}
        # paths whose next get() may skip the stat (see assume_unchanged)
        self._unchanged: set[str] = set()

    def assume_unchanged(self, unchanged: bool) -> None:
        """Whether nothing was written to any file since the last run.

        The worker knows (web/runtime/fs_writes.js watches Pyodide's file
        system), and tells each run: then the first ``get`` of each path in
        this run uses the compiled code without a stat.  A later ``get`` of the
        same path in the same run (after ``st.rerun()``) looks again, as the
        run itself may have written the file.
        """
        self._unchanged = set(self._entries) if unchanged else set()

    def get(self, path: str, magic: bool = True) -> types.CodeType:
        """``magic``: ``runner.magicEnabled``; the ``magic.*`` options come from the
        running session's config, and a change of any of them recompiles."""
        options = _magic_options() if magic else None
        entry = self._entries.get(path)
        if path in self._unchanged:
            self._unchanged.discard(path)
            if entry is not None and entry[1] == options:
                return entry[2]
        stamp = _stamp(path)
        if entry is not None and stamp is not None and entry[3] == stamp and entry[1] == options:
            return entry[2]
        read_at = time.time()
        # Binary mode: a text-mode open() leaks ~40 bytes per call under Pyodide,
        # and most runs only need to see that the bytes did not change.
        with open(path, "rb") as f:
            raw = f.read()
        trusted = stamp if stamp is not None and stamp[0] < (read_at - self.RACY) * 1e9 else None
        if entry is not None and entry[0] == raw and entry[1] == options:
            if trusted != entry[3]:
                self._entries[path] = (raw, options, entry[2], trusted)
            return entry[2]
        source = raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")  # as text mode reads it
        tree = ast.parse(source, filename=path)
        if options is not None:
            tree = add_magic(tree, source, options)
        # top-level await is allowed (a tablit extension; see runtime/aio.py)
        code = compile(tree, path, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
        self._entries[path] = (raw, options, code, trusted)
        return code


def _stamp(path: str) -> tuple | None:
    """What says a file did not change: its mtime (ns), size, inode and device."""
    try:
        st = os.stat(path)
    except OSError:
        return None  # (open() says why)
    return (st.st_mtime_ns, st.st_size, st.st_ino, st.st_dev)


_OPTIONS: dict[tuple[bool, bool], MagicOptions] = {}


def _magic_options() -> MagicOptions:
    """The hidden ``magic.*`` options of Streamlit 1.67, from the running session's config."""
    try:
        options = get_ctx().session.config.options  # (its dict: Config.get is one call more)
    except Exception:  # compiled outside a run (tests of the cache itself)
        return MagicOptions()
    key = (bool(options.get("magic.displayRootDocString")),
           bool(options.get("magic.displayLastExprIfNoSemicolon")))
    options = _OPTIONS.get(key)
    if options is None:
        options = _OPTIONS[key] = MagicOptions(*key)
    return options


def exec_script(code: types.CodeType, path: str) -> None:
    """Run compiled app code in a fresh ``__main__`` namespace.

    ``__streamlitmagic__`` is among its globals, as 1.67's magic pass imports it: apps test
    ``'__streamlitmagic__' in locals()`` to know that a Streamlit runtime runs them (else
    they start one, as under ``python app.py``).  The module is ``sys.modules["__main__"]``
    from then on, as in 1.67: pickle finds the app's own functions and classes there by
    name (``st.cache_data`` pickles what a function returns, a dataclass of the app's
    included).  Under CPython the alias puts the process's own ``__main__`` back after the
    run (``alias.StreamlitAlias``)."""
    module = types.ModuleType("__main__")
    namespace = module.__dict__
    namespace.update({"__file__": path, "__builtins__": __builtins__, MAGIC_NAME: magic_write,
                      "__streamlitmagic__": magic_module})
    sys.modules["__main__"] = module
    if blocking.needs_sync_loop() and (not blocking.jspi_refused() or _uses_asyncio(code)):
        from . import aio  # (a family in the browser: only a run in a browser without stack switching needs it)

        with aio.script_event_loop():
            _exec(code, namespace)
    else:  # no event loop to swap: skip script_event_loop()'s generator on every run
        _exec(code, namespace)


_ASYNCIO: dict[int, tuple[types.CodeType, bool]] = {}  # id(code) -> (code, whether it names asyncio)


def _uses_asyncio(code: types.CodeType) -> bool:
    """Whether a script's code (its functions' included) names ``asyncio`` or
    ``run_until_complete``: where stack switching is there but refused (blocking.jspi_refused),
    only such a script's runs take the SyncLoop, so the others fetch and swap nothing."""
    seen = _ASYNCIO.get(id(code))
    if seen is not None and seen[0] is code:
        return seen[1]
    todo, found = [code], False
    while todo and not found:
        c = todo.pop()
        found = "asyncio" in c.co_names or "run_until_complete" in c.co_names
        todo.extend(k for k in c.co_consts if isinstance(k, types.CodeType))
    if len(_ASYNCIO) > 64:
        _ASYNCIO.clear()
    _ASYNCIO[id(code)] = (code, found)
    return found


def _exec(code: types.CodeType, namespace: dict) -> None:
    if code.co_flags & 0x80:  # CO_COROUTINE: the script awaits at top level
        from . import aio  # (a family in the browser: only a script that awaits at top level needs it)

        aio.run_script_coroutine(eval(code, namespace))
    else:
        exec(code, namespace)
