"""Streamlit "magic": a bare expression on its own line is written with st.write.

This follows Streamlit 1.67's AST pass exactly, since apps rely on what it
shows *and* on what it leaves out:

* it walks the module body and the bodies of ``def``/``async def``, ``with``/
  ``async with``, ``for``/``while``/``async for`` (and their ``else``), ``try``/
  ``try*`` (body, handlers, ``else``, ``finally``), ``if``/``elif``/``else``,
  ``match`` cases, and the *methods* of a class (not the class body itself);
* a docstring (a string first in a module or function body) is skipped —
  unless ``magic.displayRootDocString`` is set and it is the module's;
* calls, ``yield``, ``yield from`` and ``await`` are skipped — except that with
  ``magic.displayLastExprIfNoSemicolon`` the module's last expression is shown
  even if it is a call, unless its line ends in ``;``;
* a bare tuple is written as ``st.write(*t)``.

``runner.magicEnabled = false`` turns the pass off (see ``CodeCache``).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Any

MAGIC_NAME = "__tablit_magic__"


@dataclass(frozen=True)
class MagicOptions:
    """The ``magic.*`` config options that change what the pass writes."""

    display_root_docstring: bool = False
    display_last_expr_if_no_semicolon: bool = False


def add_magic(tree: ast.Module, source: str = "", options: MagicOptions | None = None) -> ast.Module:
    """Rewrite ``tree`` in place so that magic expressions call ``__tablit_magic__``."""
    options = options or MagicOptions()
    ends_in_semicolon = False
    if options.display_last_expr_if_no_semicolon and tree.body:
        last_line = getattr(tree.body[-1], "end_lineno", None)
        if last_line is not None:
            ends_in_semicolon = source.split("\n")[last_line - 1].strip(" ").endswith(";")
    _Pass(options, ends_in_semicolon).body(tree, "body", is_root=True)
    ast.fix_missing_locations(tree)
    return tree


class _Pass:
    def __init__(self, options: MagicOptions, ends_in_semicolon: bool) -> None:
        self.options = options
        self.ends_in_semicolon = ends_in_semicolon

    def body(self, parent: Any, attr: str = "body", is_root: bool = False) -> None:
        statements = getattr(parent, attr)
        last = len(statements) - 1
        for i, node in enumerate(statements):
            t = type(node)
            if t in (ast.FunctionDef, ast.AsyncFunctionDef, ast.With, ast.AsyncWith):
                self.body(node)
            elif t in (ast.For, ast.While, ast.AsyncFor, ast.If):
                self.body(node)
                self.body(node, "orelse")
            elif t is ast.ClassDef:
                for inner in node.body:
                    if type(inner) in (ast.FunctionDef, ast.AsyncFunctionDef):
                        self.body(inner)
            elif t is ast.Try or t is getattr(ast, "TryStar", None):
                self.body(node)
                self.body(node, "finalbody")
                self.body(node, "orelse")
                for handler in node.handlers:
                    self.body(handler)
            elif t is ast.Match:
                for case in node.cases:
                    self.body(case)
            elif t is ast.Expr:
                call = self._write_call(node, i, type(parent), is_root, i == last)
                if call is not None:
                    node.value = call

    def _write_call(self, node: ast.Expr, index: int, parent_type: type, is_root: bool,
                    is_last: bool) -> ast.Call | None:
        value = node.value
        t = type(value)
        if t is ast.Call and not (is_last and is_root and not self.ends_in_semicolon
                                  and self.options.display_last_expr_if_no_semicolon):
            return None
        is_docstring = (index == 0 and isinstance(value, ast.Constant) and isinstance(value.value, str)
                        and parent_type in (ast.FunctionDef, ast.AsyncFunctionDef, ast.Module))
        if is_docstring and not (self.options.display_root_docstring and is_root):
            return None
        if t in (ast.Yield, ast.YieldFrom, ast.Await):
            return None
        args = value.elts if t is ast.Tuple else [value]
        return ast.Call(func=ast.Name(id=MAGIC_NAME, ctx=ast.Load()), args=args, keywords=[])


def magic_write(*args: Any) -> Any:
    """What a bare expression line becomes: ``st.write`` of it; returns its value unchanged."""
    from ..delta_generator import COMMANDS, main_dg

    COMMANDS["write"](main_dg, *args)
    return args[0] if len(args) == 1 else args
