"""Read Streamlit's public API surface and write it as data for tests/py/test_surface.py.

Run with the Python that has the reference Streamlit installed::

    /work/venv-st/bin/python tests/py/tools/streamlit_surface.py [OUT.json]

(default OUT: tests/py/data/streamlit_1_67_surface.json).  The file is
checked in, so the test needs no Streamlit: it compares tablit against what
this script saw.  What counts as "public":

* ``st``: every name ``streamlit/__init__.py`` itself binds (assignments,
  ``from ... import ... as``, definitions) that does not start with ``_``.
  Submodules that only appear as attributes because Python sets them when a
  submodule is imported (``st.auth_util``, ``st.web``...) are not API.
* ``delta_generator``: every public method of ``DeltaGenerator`` (what
  ``st.sidebar.x``, ``col.x`` and ``with``-blocks offer).
* ``column_config``, ``components_v1``: the modules' ``__all__``.
* ``objects``: the members of ``st.session_state``, ``st.query_params``,
  ``st.context``, ``st.user`` and ``st.secrets`` (public names, plus the
  protocol dunders their classes define themselves).
* ``modules``: the submodules and names real apps import (a fixed list,
  below, drawn from apps in the wild), as far as they exist in this version.

Every callable is recorded with its parameters in order, one string each:
``name`` (positional or keyword), ``pos:name`` (positional only), ``kw:name``
(keyword only), ``*args``, ``**kwargs``; a trailing ``=`` marks a default.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import os
import sys
import types
import warnings
from typing import Any

# Submodules and the names in them that apps import directly ("what apps
# actually touch"): from app code on GitHub and from the popular third-party
# components and connections, which import Streamlit internals.
APP_IMPORTS: dict[str, list[str]] = {
    "streamlit.runtime": ["exists", "get_instance", "Runtime"],
    "streamlit.runtime.scriptrunner": [
        "get_script_run_ctx", "add_script_run_ctx", "ScriptRunContext",
        "RerunException", "StopException", "RerunData"],
    "streamlit.runtime.scriptrunner_utils.script_run_context": [
        "get_script_run_ctx", "add_script_run_ctx", "ScriptRunContext"],
    "streamlit.runtime.state": ["SessionStateProxy", "QueryParamsProxy", "SessionState"],
    "streamlit.runtime.uploaded_file_manager": ["UploadedFile", "UploadedFileRec"],
    "streamlit.runtime.caching": ["cache_data", "cache_resource"],
    "streamlit.runtime.secrets": ["Secrets", "secrets_singleton"],
    "streamlit.components": [],
    "streamlit.components.v1": ["html", "iframe", "declare_component"],
    "streamlit.components.v2": ["component"],
    "streamlit.column_config": [],
    "streamlit.errors": [
        "StreamlitAPIException", "StreamlitAPIWarning", "DuplicateWidgetID",
        "StreamlitSecretNotFoundError", "NoSessionContext", "StreamlitValueError",
        "Error"],
    "streamlit.delta_generator": ["DeltaGenerator"],
    "streamlit.connections": ["BaseConnection", "ExperimentalBaseConnection", "SQLConnection"],
    "streamlit.logger": ["get_logger"],
    "streamlit.type_util": [],
    "streamlit.proto": [],
    "streamlit.proto.ForwardMsg_pb2": ["ForwardMsg"],
    "streamlit.web.cli": ["main"],
    "streamlit.source_util": ["get_pages"],
    "streamlit.version": ["STREAMLIT_VERSION_STRING"],
    "streamlit.typing": ["ButtonColumnClickState", "ChatInputValue", "DataEditorState",
                         "DataframeState", "EChartsState", "PlotlyState", "PydeckState",
                         "UploadedFile", "VegaLiteState"],
}

OBJECTS = ("session_state", "query_params", "context", "user", "secrets")


def params(obj: Any) -> list[dict[str, Any]] | None:
    """The parameters of a callable (None when it has no signature)."""
    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError):
        return None
    return [param_text(p) for p in sig.parameters.values() if p.name != "self"]


_PREFIX = {"POSITIONAL_ONLY": "pos:", "POSITIONAL_OR_KEYWORD": "", "KEYWORD_ONLY": "kw:",
           "VAR_POSITIONAL": "*", "VAR_KEYWORD": "**"}


def param_text(p: inspect.Parameter) -> str:
    """``name`` / ``name=`` (with a default), ``pos:`` positional-only, ``kw:`` keyword-only,
    ``*args``, ``**kwargs``: one short string per parameter."""
    return _PREFIX[p.kind.name] + p.name + ("=" if p.default is not p.empty else "")


def describe(obj: Any) -> dict[str, Any]:
    if isinstance(obj, types.ModuleType):
        return {"kind": "module"}
    if inspect.isclass(obj):
        return {"kind": "class", "params": params(obj)}
    if callable(obj) and not _is_proxy(obj):
        return {"kind": "function", "params": params(obj)}
    return {"kind": "object", "type": type(obj).__name__}


def _is_proxy(obj: Any) -> bool:
    from streamlit.delta_generator import DeltaGenerator

    return isinstance(obj, DeltaGenerator) or type(obj).__name__.endswith("Proxy")


def init_names(st: types.ModuleType) -> list[str]:
    """The public names ``streamlit/__init__.py`` binds itself."""
    tree = ast.parse(open(st.__file__, encoding="utf-8").read())
    names: set[str] = set()

    def visit(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, ast.Assign):
                for t in node.targets:
                    if isinstance(t, ast.Name):
                        names.add(t.id)
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names.add(node.target.id)
            elif isinstance(node, ast.ImportFrom):
                for a in node.names:
                    names.add(a.asname or a.name)
            elif isinstance(node, ast.Import):
                for a in node.names:
                    if a.asname:  # plain ``import streamlit.x`` only binds ``streamlit``
                        names.add(a.asname)
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names.add(node.name)
            elif isinstance(node, ast.If):
                visit(node.body)
                visit(node.orelse)

    visit(tree.body)
    return sorted(n for n in names if not n.startswith("_") and n != "TYPE_CHECKING"
                  and hasattr(st, n))


def members(obj: Any) -> dict[str, Any]:
    cls = type(obj)
    out: dict[str, Any] = {}
    for name in dir(cls):
        if name.startswith("_") and not (name.startswith("__") and name in vars(cls)):
            continue
        if name in ("__module__", "__doc__", "__dict__", "__weakref__", "__orig_bases__",
                    "__abstractmethods__", "__annotations__", "__init__", "__repr__", "__str__"):
            continue
        attr = inspect.getattr_static(cls, name)
        if attr is None:  # e.g. ``__iter__ = None``: deliberately not offered
            continue
        if isinstance(attr, property):
            out[name] = {"kind": "property"}
        elif isinstance(attr, (staticmethod, classmethod)) or callable(attr):
            out[name] = {"kind": "method", "params": params(getattr(obj, name, attr))
                         if not name.startswith("__") else params(attr)}
        else:
            out[name] = {"kind": "attribute"}
    return out


def dumps(surface: dict[str, Any]) -> str:
    """JSON with one line per API name, so a diff between versions reads name by name."""
    def block(d: dict[str, Any], indent: str) -> str:
        lines = []
        for k in sorted(d):
            v = d[k]
            if isinstance(v, dict) and v and all(isinstance(x, dict) for x in v.values()) \
                    and "kind" not in v:
                lines.append(f"{indent}{json.dumps(k)}: {block(v, indent + ' ')}")
            else:
                lines.append(f"{indent}{json.dumps(k)}: {json.dumps(v, sort_keys=True)}")
        return "{\n" + ",\n".join(lines) + "\n" + indent[:-1] + "}"

    return block(surface, " ") + "\n"


def main() -> None:
    warnings.simplefilter("ignore")
    os.environ.setdefault("STREAMLIT_SERVER_HEADLESS", "true")
    import streamlit as st
    from streamlit.delta_generator import DeltaGenerator

    surface: dict[str, Any] = {"streamlit_version": st.__version__}
    surface["st"] = {n: describe(getattr(st, n)) for n in init_names(st)}
    surface["delta_generator"] = {
        n: describe(getattr(DeltaGenerator, n)) if callable(getattr(DeltaGenerator, n))
        else {"kind": "property"}
        for n in dir(DeltaGenerator) if not n.startswith("_")}
    import streamlit.column_config as cc
    import streamlit.components.v1 as v1

    surface["column_config"] = {n: describe(getattr(cc, n)) for n in cc.__all__}
    surface["components_v1"] = {n: describe(getattr(v1, n)) for n in v1.__all__}
    surface["objects"] = {n: members(getattr(st, n)) for n in OBJECTS}
    modules: dict[str, Any] = {}
    for mod_name, wanted in APP_IMPORTS.items():
        try:
            mod = importlib.import_module(mod_name)
        except ImportError:
            continue
        modules[mod_name] = {n: describe(getattr(mod, n)) for n in wanted if hasattr(mod, n)}
    surface["modules"] = modules

    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "data",
        "streamlit_%s_surface.json" % "_".join(st.__version__.split(".")[:2]))
    with open(out, "w", encoding="utf-8") as f:
        f.write(dumps(surface))
    print(f"{out}: {len(surface['st'])} st names, {len(surface['delta_generator'])} "
          f"DeltaGenerator members, {len(modules)} modules")


if __name__ == "__main__":
    main()
