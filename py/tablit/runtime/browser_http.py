"""HTTP from the app's Python through the browser, installed when first needed.

The worker calls ``install(transport)`` at boot (``transport``: a synchronous
JavaScript request, ``web/runtime/http.js``).  ``urllib.request`` is patched
the moment the app (or a library such as pandas) imports it, by a one-shot
import hook, so apps that never fetch a URL pay nothing for it at boot.
The handler itself is in ``browser_http_urllib.py``.
"""

from __future__ import annotations

import importlib.abc
import sys
from typing import Any, Callable

_MODULE = "urllib.request"


class _AfterImport(importlib.abc.MetaPathFinder):
    """Finds nothing itself: lets the usual finder find ``urllib.request`` and
    patches the module right after it has been executed."""

    def __init__(self, transport: Callable[..., Any]) -> None:
        self.transport = transport

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> Any:
        if fullname != _MODULE:
            return None
        sys.meta_path.remove(self)  # one shot; and the lookup below must not find us again
        for finder in sys.meta_path:
            spec = finder.find_spec(fullname, path, target) if hasattr(finder, "find_spec") else None
            if spec is not None and spec.loader is not None and hasattr(spec.loader, "exec_module"):
                spec.loader = _Loader(spec.loader, self.transport)
                return spec
        return None


class _Loader(importlib.abc.Loader):
    """The real loader, with ``exec_module`` followed by the patch; the module
    keeps the real loader (tracebacks read its source through it)."""

    def __init__(self, real: Any, transport: Callable[..., Any]) -> None:
        self._real = real
        self._transport = transport

    def create_module(self, spec: Any) -> Any:
        return self._real.create_module(spec) if hasattr(self._real, "create_module") else None

    def exec_module(self, module: Any) -> None:
        module.__loader__ = self._real
        if getattr(module, "__spec__", None) is not None:
            module.__spec__.loader = self._real
        self._real.exec_module(module)
        _patch(self._transport)


def _patch(transport: Callable[..., Any]) -> None:
    from .browser_http_urllib import install_opener

    install_opener(transport)


def install(transport: Callable[..., Any]) -> None:
    """``urllib.request.urlopen`` fetches through ``transport`` (now, or once imported)."""
    if _MODULE in sys.modules:
        _patch(transport)
        return
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, _AfterImport)]
    sys.meta_path.insert(0, _AfterImport(transport))
