"""Stub modules for lazily loaded Python families (web/tools/families.js).

A family's modules leave the core archive (dist/tablit.tar.gz) for their own
archive (dist/families/NAME.tar.gz).  The family's top module (the one the
core package imports, e.g. ``tablit/elements/charts/__init__.py``) is replaced
in the core archive by a stub written here: every ``@command`` of the family
and every name the rest of the package imports from the top module, each
with the real signature (so ``st.line_chart`` exists, ``help()`` and
``inspect.signature`` show its parameters) and a body that loads the family
on the first call (``tablit.runtime.families``).

The build runs this file in Pyodide (no Python needed on the build machine);
tests run it in CPython.  Input and output of :func:`stubs`: JSON.
"""

from __future__ import annotations

import ast
import json


def _is_command(fn: ast.FunctionDef) -> bool:
    return any(isinstance(d, ast.Name) and d.id == "command" for d in fn.decorator_list)


def _literal(node: ast.expr) -> bool:
    try:
        ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return False
    return True


def _header(fn: ast.FunctionDef) -> str:
    """``def name(params) -> ret:`` with the real parameters; a default that is not
    a literal (a sentinel) is shown by its name."""
    args = fn.args
    for i, d in enumerate(args.defaults):
        if not _literal(d):
            args.defaults[i] = ast.Call(ast.Name("_Default"), [ast.Constant(ast.unparse(d))], [])
    for i, d in enumerate(args.kw_defaults):
        if d is not None and not _literal(d):
            args.kw_defaults[i] = ast.Call(ast.Name("_Default"), [ast.Constant(ast.unparse(d))], [])
    returns = f" -> {ast.unparse(fn.returns)}" if fn.returns is not None else ""
    return f"def {fn.name}({ast.unparse(args)}){returns}:"


def _module_name(path: str) -> str:
    name = path[:-3] if path.endswith(".py") else path
    name = name.replace("/", ".")
    return name[: -len(".__init__")] if name.endswith(".__init__") else name


def stub_source(family: str, top: str, sources: dict[str, str], exports: list[str]) -> str:
    """The stub of ``top`` (a path such as ``tablit/elements/media.py``).

    ``sources``: every module of the family by path.  ``exports``: names of
    ``top`` that other modules import from it (functions), stubbed as well.
    """
    out = [
        f'"""Stub of the {family} family (tablit.runtime.families loads it on first use)."""',
        "from __future__ import annotations",
        "from tablit.runtime.families import Default as _Default, module_getattr as _module_getattr, stub as _stub",
        f"__tablit_family__ = {family!r}",
        "",
    ]
    seen: set[str] = set()
    # a package's stub stands for every module below it; a module's, for itself
    below = top[: -len("__init__.py")] if top.endswith("/__init__.py") else None
    for path in sorted(sources, key=lambda p: (p != top, p)):
        if not path.endswith(".py") or not (path == top or (below and path.startswith(below))):
            continue
        tree = ast.parse(sources[path], path)
        module = _module_name(path)
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef) or node.name in seen:
                continue
            command = _is_command(node)
            if not command and not (path == top and node.name in exports):
                continue
            seen.add(node.name)
            out.append(f"@_stub({family!r}, {module!r}, command={command})")
            out.append(_header(node))
            out.append("    ...")
            out.append("")
    missing = [n for n in exports if n not in seen]
    if missing:
        raise ValueError(f"{top}: the family {family} exports {', '.join(missing)}, which {top} does not define as functions")
    out.append("def __getattr__(name):")
    out.append(f"    return _module_getattr({family!r}, __name__, name)")
    text = "\n".join(out) + "\n"
    compile(text, top, "exec", dont_inherit=True)
    return text


def stubs(request_json: str) -> str:
    """JSON in: {family: {tops: [path], exports: {path: [name]}, sources: {path: source}}};
    out: {family: {top path: stub source}}."""
    request = json.loads(request_json)
    return json.dumps({family: {top: stub_source(family, top, spec["sources"], spec.get("exports", {}).get(top, []))
                                for top in spec["tops"]}
                       for family, spec in request.items()})
