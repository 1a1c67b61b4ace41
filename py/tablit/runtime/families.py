"""Families of commands that the browser loads the first time an app uses them.

Every app downloads tablit's core archive (``dist/tablit.tar.gz``); the Python
of large families that most apps never call (charts, the data grid, media,
``streamlit.testing``...) ships in its own archive (``dist/families/NAME.tar.gz``,
see ``web/tools/families.js``).  The core archive then holds, in place of a
family's top module, a stub (``web/tools/family_stubs.py``) whose commands
have the real signatures and load the family when first called, and
``tablit/_families.json``, the manifest this module reads.

Loading a family: the worker's fetcher gives its archive's bytes (already
fetched when the app's source mentions the family, else a synchronous
request), the archive is unpacked beside tablit, and each stub module is
executed again from the real source (so everything that imported it sees the
real module).  An import of any other module of a family that is not loaded
yet loads it too (a finder at the end of ``sys.meta_path``).

Without a manifest (CPython, tests, the whole ``tablit.zip``) nothing here
does anything: every family is simply on disk.  Core code never imports a
family; stubs import this module (the arrows stay one way).
"""

from __future__ import annotations

import functools
import importlib
import importlib.abc
import importlib.machinery
import io
import json
import os
import sys
from typing import Any, Callable

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MANIFEST = os.path.join(_PACKAGE_DIR, "_families.json")

_manifest: dict[str, dict[str, Any]] = {}
_module_family: dict[str, str] = {}
_loaded: set[str] = set()
_fetch: Callable[[str], Any] | None = None
_KEEP = ("__name__", "__spec__", "__loader__", "__package__", "__path__", "__file__", "__cached__", "__builtins__")


class Default:
    """A stub's stand-in for a default that is not a literal (a sentinel): shown by its name."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


def set_fetcher(fetch: Callable[[str], Any]) -> None:
    """The worker's way to get a family's archive: ``fetch(name)`` -> its bytes (or a JS Uint8Array)."""
    global _fetch
    _fetch = fetch


def loaded() -> list[str]:
    """The families loaded on demand so far (those unpacked with the core are never listed)."""
    return sorted(_loaded)


def load(family: str) -> None:
    """Unpack ``family`` beside tablit and run its real modules in place of the stubs."""
    if family in _loaded:
        return
    spec = _manifest.get(family)
    if spec is None:
        raise ImportError(f"tablit has no family named {family!r}")
    if _fetch is None:
        raise ImportError(f"tablit's {family} commands are in {spec['archive']}, and nothing was set up to fetch it")
    try:
        data = _fetch(family)
        if hasattr(data, "to_bytes"):  # a JS Uint8Array
            data = data.to_bytes()
        import tarfile

        with tarfile.open(fileobj=io.BytesIO(bytes(data)), mode="r:gz") as tar:
            if hasattr(tarfile, "data_filter"):
                tar.extractall(os.path.dirname(_PACKAGE_DIR), filter="data")
            else:  # pragma: no cover - Pythons before the filters
                tar.extractall(os.path.dirname(_PACKAGE_DIR))
    except Exception as e:
        raise ImportError(f"tablit could not load its {family} commands ({spec['archive']}): {e}") from e
    importlib.invalidate_caches()
    _loaded.add(family)
    for top in spec.get("tops", []):
        module = sys.modules.get(top)
        if module is None or getattr(module, "__tablit_family__", None) != family:
            continue
        keep = {k: v for k, v in vars(module).items() if k in _KEEP}
        vars(module).clear()
        vars(module).update(keep)
        importlib.reload(module)
    _rebind(family)


def _real(family: str, module: str, name: str) -> Any:
    load(family)
    return getattr(importlib.import_module(module), name)


def _rebind(family: str) -> None:
    """``st.<name>`` bound to a stub of ``family`` now names the real command."""
    st = sys.modules.get("tablit")
    if st is None:
        return
    for key, value in list(vars(st).items()):
        fn = getattr(value, "__func__", value)
        mark = getattr(fn, "__tablit_stub__", None)
        if not mark or mark[0] != family:
            continue
        owner = getattr(value, "__self__", None)
        setattr(st, key, getattr(owner, mark[2]) if owner is not None else _real(*mark))


def stub(family: str, module: str, command: bool = False) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Make the decorated signature-only function a stub that loads ``family`` when
    called and calls ``module``'s function of the same name; ``command``:
    register it as a DeltaGenerator method (``st.<name>``) meanwhile."""

    def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
        name = fn.__name__

        @functools.wraps(fn)
        def call(*args: Any, **kwargs: Any) -> Any:
            return _real(family, module, name)(*args, **kwargs)

        call.__tablit_stub__ = (family, module, name)  # type: ignore[attr-defined]
        if command:
            from ..delta_generator import command as register

            register(call)
        return call

    return decorate


def module_getattr(family: str, module: str, name: str) -> Any:
    """A stub module's ``__getattr__``: any other name loads the family first."""
    if name.startswith("__") and name.endswith("__"):
        raise AttributeError(f"module {module!r} has no attribute {name!r}")
    load(family)
    real = sys.modules.get(module)
    if real is None or getattr(real, "__tablit_family__", None) == family:
        raise AttributeError(f"module {module!r} has no attribute {name!r}")
    return getattr(real, name)


class _FamilyFinder(importlib.abc.MetaPathFinder):
    """The last finder: a module of a family not loaded yet loads the family."""

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        family = _module_family.get(fullname)
        if family is None or family in _loaded:
            return None
        load(family)
        return importlib.machinery.PathFinder.find_spec(fullname, path)


def install() -> None:
    """Read the manifest (when the core archive has one) and put the finder in place."""
    if _manifest or not os.path.exists(MANIFEST):
        return
    with open(MANIFEST, encoding="utf-8") as f:
        _manifest.update(json.load(f))
    for family, spec in _manifest.items():
        for name in spec.get("modules", []):
            if name not in spec.get("tops", []):
                _module_family[name] = family
    if not any(isinstance(f, _FamilyFinder) for f in sys.meta_path):
        sys.meta_path.append(_FamilyFinder())


install()
