"""st.help: an object's name, type, value, docstring and members, as Streamlit 1.67 shows them.

Node kind ``help`` (props): ``{name: str, type: str, value: str, doc_string: str,
members: [{name, type, value, doc_string}]}`` — empty strings where Streamlit
leaves a field unset.  ``st.write`` and magic send functions, classes, modules
and objects without a readable ``str`` here.
"""

from __future__ import annotations

import __future__
import ast
import inspect
import json
import os
import re
import types
from typing import Any

from ..delta_generator import command

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_MEM_ADDRESS_RE = re.compile(r"^<[a-zA-Z_]+[a-zA-Z0-9<>._ ]* at 0x[0-9a-f]+>$")
_NEWLINES = re.compile(r"[\n\r]+")


_STREAMLIT = object()  # the default: help for the st module itself


@command
def help(self, obj: Any = _STREAMLIT, *, width: Any = "stretch") -> Any:  # noqa: A001 - Streamlit's name
    """Show help for ``obj`` (for Streamlit itself when no object is given)."""
    if obj is _STREAMLIT:
        import tablit as obj
    node = self._enqueue("help", describe(obj, _variable_name()))
    return self._element(node)


def describe(obj: Any, var_name: str | None) -> dict[str, Any]:
    """The ``help`` node's props for ``obj`` (``var_name``: the expression the app wrote)."""
    docs = _docstring(obj)
    value = _value(obj, var_name)
    return {"name": var_name or "", "type": _type_name(obj), "value": value or "",
            "doc_string": docs or "", "members": _members(obj)}


# ----------------------------------------------------- the name the app used
def _caller_line() -> str | None:
    """The source of the app line that called st.help / st.write (or the magic line)."""
    frame = inspect.currentframe()
    try:
        while frame is not None:
            filename = os.path.abspath(frame.f_code.co_filename)
            if not filename.startswith(_PACKAGE_DIR + os.sep) and not filename.startswith("<frozen"):
                break
            frame = frame.f_back
        if frame is None:
            return None
        info = inspect.getframeinfo(frame, context=1)
        if not info.code_context:
            return None
        return _NEWLINES.sub("", "".join(info.code_context).strip())
    finally:
        del frame


def _is_command(tree: ast.Module, name: str) -> bool:
    root = tree.body[0].value  # type: ignore[attr-defined]
    if not isinstance(root, ast.Call):
        return False
    return getattr(root.func, "id", None) == name or getattr(root.func, "attr", None) == name


def _command_arg(tree: ast.Module) -> ast.expr | None:
    root = tree.body[0].value  # type: ignore[attr-defined]
    return root.args[0] if root.args else None


def _variable_name() -> str | None:
    code = _caller_line()
    if code is None:
        return None
    try:
        tree = ast.parse(code)
        if not (_is_command(tree, "help") or _is_command(tree, "write")):
            return code.removesuffix(",")  # magic: the expression itself
        arg = _command_arg(tree)
    except (SyntaxError, IndexError, AttributeError):
        return None
    if arg is None:
        return None
    if isinstance(arg, ast.NamedExpr) and isinstance(arg.target, ast.Name):
        return arg.target.id
    if isinstance(arg, ast.Constant):
        return None
    return code[arg.col_offset:getattr(arg, "end_col_offset", None)]


# ---------------------------------------------------------------- the fields
def _type_name(obj: Any) -> str:
    return "class" if inspect.isclass(obj) else type(obj).__name__


def _docstring(obj: Any) -> str | None:
    doc = _shipped_doc(obj)
    if doc is None:
        doc = inspect.getdoc(obj)
    if doc is None:
        t = type(obj)
        if t is not type and t is not types.ModuleType and not inspect.isfunction(obj) \
                and not inspect.ismethod(obj) and t.__name__ != "CachedFunc":
            doc = inspect.getdoc(t)
    return doc.strip() if doc else None


_DOCS_FILE = os.path.join(_PACKAGE_DIR, "data", "docstrings.json")
_docs: list[dict[str, str]] = []  # [the table], read once


def _shipped_doc(obj: Any) -> str | None:
    """The docstring of one of tablit's own objects where its Python came without them.

    The browser's tablit is shipped without docstrings (web/tools/pymin.js, as
    Python's -OO); the build keeps those of its public modules, classes and
    functions in ``data/docstrings.json`` (web/tools/docstrings.js), a family
    fetched the first time st.help shows one of them.  None for anything else,
    and wherever the object still has its docstring (CPython, tests).
    """
    if isinstance(obj, property):
        obj = obj.fget
    if isinstance(obj, types.ModuleType):
        if obj.__doc__ is not None or not obj.__name__.startswith("tablit"):
            return None
        keys = [obj.__name__]
    else:
        target = obj if inspect.isclass(obj) or inspect.isroutine(obj) else type(obj)
        func = getattr(target, "__func__", target)  # a bound method's function
        module = getattr(func, "__module__", None) or ""
        if getattr(func, "__doc__", "") is not None or not module.startswith("tablit"):
            return None
        code = getattr(func, "__code__", None)  # (a command's __qualname__ is renamed: its code's is not)
        qualname = getattr(code, "co_qualname", None) or getattr(func, "__qualname__", "")
        keys = [f"{module}:{qualname}", f"command:{getattr(func, '__name__', '')}"]
    table = _docs_table()
    return next((table[k] for k in keys if k in table), None)


def _docs_table() -> dict[str, str]:
    if not _docs:
        table: dict[str, str] = {}
        try:
            if not os.path.exists(_DOCS_FILE):
                from ..runtime import families

                families.load("docstrings")
            with open(_DOCS_FILE, encoding="utf-8") as f:
                table = json.load(f)
        except (ImportError, OSError, ValueError):
            pass  # (no table: the help shows no docstring, as before)
        _docs.append(table)
    return _docs[0]


def _signature(obj: Any) -> str | None:
    if not inspect.isclass(obj) and not callable(obj):
        return None
    try:
        return str(inspect.signature(obj))
    except (ValueError, NameError):
        return "(...)"
    except TypeError:
        return None


def _shorten(s: str, length: int = 300) -> str:
    s = s.strip()
    return s[:length] + "..." if len(s) > length else s


def _readable(value: Any) -> str | None:
    if type(value).__name__ == "Secrets" or inspect.isclass(value) or inspect.ismodule(value) \
            or callable(value):
        return None
    text = repr(value)
    if isinstance(value, str):
        return _shorten(text)
    if _MEM_ADDRESS_RE.match(text):
        return None
    return _shorten(text)


def _as_streamlit(dotted: str | None) -> str | None:
    """tablit's own module names as the app imported them: ``tablit.x`` is ``streamlit.x``, as 1.67 names it."""
    if dotted == "tablit" or (dotted or "").startswith("tablit."):
        return "streamlit" + dotted[len("tablit"):]  # type: ignore[index]
    return dotted


def _value(obj: Any, var_name: str | None) -> str | None:
    readable = _readable(obj)
    if readable is not None:
        return readable
    name_obj = obj
    name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
    if not name:
        name_obj = type(obj)
        name = getattr(name_obj, "__qualname__", None) or getattr(name_obj, "__name__", None)
    if not name:
        return None
    if isinstance(obj, types.ModuleType):
        return _as_streamlit(name)
    module = _as_streamlit(getattr(name_obj, "__module__", None))
    value = f"{module}.{name}{_signature(name_obj) or ''}" if module else f"{name}{_signature(name_obj) or ''}"
    return None if value == var_name else value


def _is_computed_property(obj: Any, attr: str) -> bool:
    cls = getattr(obj, "__class__", None)
    if not cls:
        return False
    for parent in inspect.getmro(cls):
        found = getattr(parent, attr, None)
        if found is None:
            continue
        if isinstance(found, property) or inspect.isgetsetdescriptor(found):
            return True
    return False


def _weight(value: Any) -> int:
    if inspect.ismodule(value):
        return 3
    if inspect.isclass(value):
        return 2
    return 1 if callable(value) else 0


def _members(obj: Any) -> list[dict[str, str]]:
    found: list[tuple[int, dict[str, str]]] = []
    for attr in dir(obj):
        if attr.startswith("_"):
            continue
        try:
            if _is_computed_property(obj, attr):
                member_type, weight, value, attr_value = "property", 0, None, None
                docs = _docstring(getattr(obj.__class__, attr))
            else:
                attr_value = getattr(obj, attr)
                weight = _weight(attr_value)
                value = _readable(attr_value)
                member_type = _type_name(attr_value)
                docs = _docstring(attr_value) if value is None else None
        except AttributeError:
            continue
        if member_type == "module" or isinstance(attr_value, __future__._Feature):
            continue  # (a _Feature: a module's ``from __future__ import ...``, no attribute of its API)
        found.append((weight, {"name": attr, "type": member_type,
                               "value": value or "", "doc_string": (docs or "").partition("\n")[0]}))
    found.sort(key=lambda wm: (wm[0], wm[1]["name"]))
    return [m for _, m in found]
