"""The stubs that stand in for lazily loaded families in the browser's core archive
(web/tools/family_stubs.py, py/tablit/runtime/families.py): each command and
export has the real signature, and calling one loads its family."""

from __future__ import annotations

import importlib.util
import inspect
import json
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PY = ROOT / "py"


def _generator() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("family_stubs", ROOT / "web" / "tools" / "family_stubs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _sources(*paths: str) -> dict[str, str]:
    out = {}
    for p in paths:
        path = PY / p
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for f in files:
            out[f.relative_to(PY).as_posix()] = f.read_text(encoding="utf-8")
    return out


FAMILIES = {
    "charts": ("tablit/elements/charts/__init__.py", ["tablit/elements/charts"], []),
    "media": ("tablit/elements/media.py", ["tablit/elements/media.py"], ["logo"]),
    "dataframe": ("tablit/elements/dataframes.py", ["tablit/elements/dataframes.py", "tablit/elements/dataframe"], []),
    "help": ("tablit/elements/help.py", ["tablit/elements/help.py"], []),
}


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_stub_signatures_are_the_real_ones(family: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import tablit  # noqa: F401  (registers the real commands)
    import tablit.delta_generator as dg
    from tablit.runtime import families

    top, paths, exports = FAMILIES[family]
    source = _generator().stub_source(family, top, _sources(*paths), exports)
    assert source == json.loads(_generator().stubs(json.dumps({family: {"tops": [top], "exports": {top: exports}, "sources": _sources(*paths)}})))[family][top]
    registered: list[str] = []
    monkeypatch.setattr(dg, "command", lambda fn: registered.append(fn.__name__) or fn)
    called: list[tuple] = []
    monkeypatch.setattr(families, "_real", lambda fam, mod, name: lambda *a, **k: called.append((fam, mod, name, a, k)) or "real")
    stub = types.ModuleType(f"stub_{family}")
    exec(compile(source, top, "exec"), stub.__dict__)
    assert stub.__tablit_family__ == family
    assert registered, "the family's commands are registered by the stub"
    for name in registered + exports:
        fake = getattr(stub, name)
        real = dg.COMMANDS.get(name) if name in registered else getattr(importlib.import_module(top[:-3].replace("/", ".")), name)
        if name != "help":  # (its default is a sentinel object: shown by its name, see below)
            assert str(inspect.signature(fake)) == str(inspect.signature(real)), name
    first = registered[0]
    assert getattr(stub, first)("self", 1, key="k") == "real"
    assert called == [(family, called[0][1], first, ("self", 1), {"key": "k"})]


def test_a_stub_signature_shows_a_sentinel_by_name() -> None:
    source = _generator().stub_source("help", "tablit/elements/help.py", _sources("tablit/elements/help.py"), [])
    assert "_Default('_STREAMLIT')" in source


def test_an_export_the_top_module_lacks_is_refused() -> None:
    with pytest.raises(ValueError, match="nothing_here"):
        _generator().stub_source("media", "tablit/elements/media.py", _sources("tablit/elements/media.py"), ["nothing_here"])


def test_without_a_manifest_nothing_is_lazy() -> None:
    from tablit.runtime import families

    assert not Path(families.MANIFEST).exists()
    assert families.loaded() == []
    assert not any(type(f).__name__ == "_FamilyFinder" for f in sys.meta_path)
