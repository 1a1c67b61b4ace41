"""Running one script: compile (once per source), shim ``streamlit``, exec.

Control flow leaves a run through BaseException subclasses so that
``except Exception`` in an app never swallows ``st.rerun()`` or ``st.stop()``.
"""

from __future__ import annotations

import ast
import os
import sys
import types
from dataclasses import dataclass
from typing import Any

from .magic import MAGIC_NAME, add_magic


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


@dataclass
class ScriptSource:
    """An app's entrypoint.  ``path`` is a real file; ``dir`` holds its siblings."""

    path: str

    @property
    def dir(self) -> str:
        return os.path.dirname(os.path.abspath(self.path))


class CodeCache:
    """Compiled code per path, reused until the file's bytes change."""

    def __init__(self) -> None:
        self._entries: dict[str, tuple[bytes, types.CodeType]] = {}

    def get(self, path: str, magic: bool = True) -> types.CodeType:
        # Binary mode: a text-mode open() leaks ~40 bytes per call under Pyodide,
        # and most runs only need to see that the bytes did not change.
        with open(path, "rb") as f:
            raw = f.read()
        entry = self._entries.get(path)
        if entry is not None and entry[0] == raw:
            return entry[1]
        source = raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")  # as text mode reads it
        tree = ast.parse(source, filename=path)
        if magic:
            tree = add_magic(tree)
        code = compile(tree, path, "exec", dont_inherit=True)
        self._entries[path] = (raw, code)
        return code


class StreamlitAlias:
    """Make ``import streamlit`` mean tablit for the duration of a run.

    A real ``streamlit`` already imported (say, by a test comparing the two)
    is put back afterwards.
    """

    def __init__(self, app_dir: str) -> None:
        self.app_dir = app_dir
        self.saved: dict[str, Any] = {}
        self.added_path = False

    def __enter__(self) -> "StreamlitAlias":
        import tablit
        import tablit.errors

        for name, module in (("streamlit", tablit), ("streamlit.errors", tablit.errors)):
            self.saved[name] = sys.modules.get(name)
            sys.modules[name] = module
        if self.app_dir not in sys.path:
            sys.path.insert(0, self.app_dir)
            self.added_path = True
        return self

    def __exit__(self, *exc: Any) -> None:
        for name, module in self.saved.items():
            if module is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = module
        if self.added_path:
            try:
                sys.path.remove(self.app_dir)
            except ValueError:
                pass


def exec_script(code: types.CodeType, path: str) -> None:
    """Run compiled app code in a fresh ``__main__`` namespace."""
    from ..elements.write import magic_write

    module = types.ModuleType("__main__")
    module.__dict__.update({"__file__": path, "__builtins__": __builtins__, MAGIC_NAME: magic_write})
    exec(code, module.__dict__)
