"""Running one script: compile (once per source), shim ``streamlit``, exec.

Control flow leaves a run through BaseException subclasses so that
``except Exception`` in an app never swallows ``st.rerun()`` or ``st.stop()``.
"""

from __future__ import annotations

import ast
import functools
import os
import types
from dataclasses import dataclass

from .magic import MAGIC_NAME, MagicOptions, add_magic


class RerunException(BaseException):
    """``st.rerun()``: end this run now and start the same page again."""


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
    """Compiled code per path, reused until the file's bytes change."""

    def __init__(self) -> None:
        self._entries: dict[str, tuple[bytes, object, types.CodeType]] = {}

    def get(self, path: str, magic: bool = True) -> types.CodeType:
        """``magic``: ``runner.magicEnabled``; the ``magic.*`` options come from the
        running session's config, and a change of any of them recompiles."""
        # Binary mode: a text-mode open() leaks ~40 bytes per call under Pyodide,
        # and most runs only need to see that the bytes did not change.
        with open(path, "rb") as f:
            raw = f.read()
        options = _magic_options() if magic else None
        entry = self._entries.get(path)
        if entry is not None and entry[0] == raw and entry[1] == options:
            return entry[2]
        source = raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")  # as text mode reads it
        tree = ast.parse(source, filename=path)
        if options is not None:
            tree = add_magic(tree, source, options)
        # top-level await is allowed (a tablit extension; see runtime/aio.py)
        code = compile(tree, path, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
        self._entries[path] = (raw, options, code)
        return code


def _magic_options() -> MagicOptions:
    """The hidden ``magic.*`` options of Streamlit 1.67, from the running session's config."""
    from .context import get_ctx

    try:
        config = get_ctx().session.config
    except Exception:  # compiled outside a run (tests of the cache itself)
        return MagicOptions()
    return MagicOptions(bool(config.get("magic.displayRootDocString")),
                        bool(config.get("magic.displayLastExprIfNoSemicolon")))


def exec_script(code: types.CodeType, path: str) -> None:
    """Run compiled app code in a fresh ``__main__`` namespace."""
    from .magic import magic_write

    module = types.ModuleType("__main__")
    module.__dict__.update({"__file__": path, "__builtins__": __builtins__, MAGIC_NAME: magic_write})
    from . import aio

    with aio.script_event_loop():
        if code.co_flags & 0x80:  # CO_COROUTINE: the script awaits at top level
            aio.run_script_coroutine(eval(code, module.__dict__))
        else:
            exec(code, module.__dict__)
