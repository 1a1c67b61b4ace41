"""Streamlit "magic": a bare expression on its own line is written with st.write.

Applied at compile time to the module body and to every nested block
(functions, if/for/while/with/try), as Streamlit does.  Calls, docstrings,
yields and awaits are left alone; a bare tuple is written as ``st.write(*t)``.
"""

from __future__ import annotations

import ast
from typing import Any

MAGIC_NAME = "__tablit_magic__"


def add_magic(tree: ast.Module) -> ast.Module:
    _transform_body(tree.body, is_root=True)
    ast.fix_missing_locations(tree)
    return tree


def _transform_body(body: list[ast.stmt], is_root: bool = False) -> None:
    for i, node in enumerate(body):
        if isinstance(node, ast.Expr):
            call = _magic_call(node, is_docstring=(i == 0), is_root=is_root)
            if call is not None:
                body[i] = ast.copy_location(ast.Expr(call), node)
            continue
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            _transform_body(node.body)
        elif isinstance(node, ast.ClassDef):
            continue
        else:
            for attr in ("body", "orelse", "finalbody"):
                block = getattr(node, attr, None)
                if isinstance(block, list) and block and isinstance(block[0], ast.stmt):
                    _transform_body(block)
            for handler in getattr(node, "handlers", []) or []:
                _transform_body(handler.body)
            for case in getattr(node, "cases", []) or []:
                _transform_body(case.body)


def _magic_call(node: ast.Expr, *, is_docstring: bool, is_root: bool) -> ast.Call | None:
    value = node.value
    if isinstance(value, (ast.Call, ast.Yield, ast.YieldFrom, ast.Await)):
        return None
    if is_docstring and isinstance(value, ast.Constant) and isinstance(value.value, str):
        return None
    func = ast.Name(id=MAGIC_NAME, ctx=ast.Load())
    if isinstance(value, ast.Tuple):
        return ast.Call(func=func, args=value.elts, keywords=[])
    return ast.Call(func=func, args=[value], keywords=[])


def magic_write(*args: Any) -> Any:
    """What a bare expression line becomes: ``st.write`` of it; returns its value unchanged."""
    from ..delta_generator import COMMANDS, main_dg

    if len(args) == 1 and args[0] is None:
        return None
    COMMANDS["write"](main_dg, *args)
    return args[0] if len(args) == 1 else args
