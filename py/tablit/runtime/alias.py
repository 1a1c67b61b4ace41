"""``import streamlit[.x]`` gives the very module ``tablit[.x]``: one object, two names.

The worker installs the finder for good (``install``); under CPython the
runner installs it for the duration of a run only (``StreamlitAlias``), so a
real ``streamlit`` that a test process has imported is left as it was.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
from typing import Any


class StreamlitFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Resolves ``streamlit`` and ``streamlit.<sub>`` to tablit's modules."""

    def __init__(self) -> None:
        self._specs: dict[str, Any] = {}

    def find_spec(self, fullname: str, path: Any = None, target: Any = None):
        if fullname != "streamlit" and not fullname.startswith("streamlit."):
            return None
        try:
            real = importlib.util.find_spec("tablit" + fullname[len("streamlit"):])
        except (ImportError, ValueError):
            real = None
        if real is None:
            raise missing_module(fullname)
        return importlib.machinery.ModuleSpec(
            fullname, self, is_package=real.submodule_search_locations is not None)

    def create_module(self, spec):
        module = importlib.import_module("tablit" + spec.name[len("streamlit"):])
        self._specs[spec.name] = module.__spec__
        return module

    def exec_module(self, module) -> None:
        # The import machinery set the alias spec; give the real one back.
        name = module.__spec__.name
        if name in self._specs:
            module.__spec__ = self._specs.pop(name)


# Why a part of Streamlit has no counterpart in the tab, by module prefix.
_WHY_MISSING: dict[str, str] = {
    "streamlit.web": ("it is part of Streamlit's web server (`streamlit run`); here the "
                      "page starts the app in the tab, and `tablit serve` or `tablit build` "
                      "stand in for the command line"),
    "streamlit.proto": ("it holds the protobuf messages between Streamlit's server and its "
                        "frontend; tablit's page and worker exchange JSON instead"),
    "streamlit.source_util": ("it held the pages of Streamlit's old multipage API; use "
                              "`st.navigation` and `st.Page`"),
    "streamlit.hello": "it is Streamlit's demo app, not part of the app API",
}


def missing_module(fullname: str) -> ModuleNotFoundError:
    """The ImportError for a part of Streamlit tablit does not have, naming it and why."""
    why = next((text for prefix, text in _WHY_MISSING.items()
                if fullname == prefix or fullname.startswith(prefix + ".")),
               "it is an internal module of Streamlit's server that apps normally do not import")
    return ModuleNotFoundError(
        f"No module named '{fullname}' in tablit's browser runtime, which runs Streamlit's app "
        f"API (`import streamlit as st`) in the browser tab: {why}.", name=fullname)


def _streamlit_names() -> list[str]:
    return [n for n in sys.modules if n == "streamlit" or n.startswith("streamlit.")]


_installed = False


def install() -> None:
    """For good (the worker): every later ``import streamlit`` is tablit."""
    global _installed
    if not any(isinstance(f, StreamlitFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, StreamlitFinder())
    for name in _streamlit_names():
        del sys.modules[name]
    _installed = True


class StreamlitAlias:
    """For one run (CPython): alias, then restore whatever was there before."""

    def __init__(self, app_dir: str) -> None:
        self.app_dir = app_dir
        self.finder: StreamlitFinder | None = None  # made only where the alias is per run
        self.saved: dict[str, Any] = {}
        self.main: Any = None  # the process's __main__, put back after the run
        self.added_path = False
        self.permanent = False

    def __enter__(self) -> "StreamlitAlias":
        # The package this module belongs to: Python imported it before this module.
        tablit = sys.modules[__name__.partition(".")[0]]

        # Installed for good (the worker): nothing to alias or put back, and no
        # scan of sys.modules twice a run.
        self.permanent = _installed
        if not self.permanent:
            self.main = sys.modules.get("__main__")  # the run's script takes its place (runner.exec_script)
            self.saved = {name: sys.modules.pop(name) for name in _streamlit_names()}
            sys.modules["streamlit"] = tablit
            self.finder = StreamlitFinder()
            sys.meta_path.insert(0, self.finder)
        if self.app_dir not in sys.path:
            sys.path.insert(0, self.app_dir)
            self.added_path = True
        return self

    def __exit__(self, *exc: Any) -> None:
        if not self.permanent:
            if self.finder in sys.meta_path:
                sys.meta_path.remove(self.finder)
            for name in _streamlit_names():
                del sys.modules[name]
            sys.modules.update(self.saved)
            if self.main is not None:
                sys.modules["__main__"] = self.main
        if self.added_path:
            try:
                sys.path.remove(self.app_dir)
            except ValueError:
                pass
