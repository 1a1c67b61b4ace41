"""``st.echo``: the code of a ``with`` block shown, then run.  In the browser this module is
in the ``elements_more`` family (a stub with its signature stands in the core until it is used)."""

from __future__ import annotations

import ast
import contextlib
import linecache
import textwrap
import traceback
from typing import Iterator


@contextlib.contextmanager
def echo(code_location: str = "above") -> Iterator[None]:
    """Show the code of the ``with`` block, then run it (code above or below its output)."""
    from ..delta_generator import main_dg
    from .alerts import warning
    from .text import code

    if code_location == "below":
        target = main_dg
    else:
        target = main_dg.empty()
    code_string, error = None, None
    try:
        frame = traceback.extract_stack()[-3]
        code_string = _with_block_source(frame.filename, frame.lineno or 0)
    except (OSError, KeyError, SyntaxError, IndexError) as e:
        error = f"Unable to display code. {e}"
    yield
    if code_string is not None:
        code(target, code_string, "python")
    elif error is not None:
        warning(target, error)


def _with_block_source(filename: str, line: int) -> str:
    """The dedented body of the ``with`` statement that starts at ``line``."""
    linecache.checkcache(filename)  # the app file may have been edited (run on save)
    lines = linecache.getlines(filename)
    if not lines:
        raise OSError(f"could not read {filename}")
    statements: dict[int, Any] = {}
    for node in ast.walk(ast.parse("".join(lines))):
        if isinstance(node, ast.With):
            statements[node.lineno] = node
    block = statements[line]
    first = block.body[0]
    start = min([first.lineno] + [d.lineno for d in getattr(first, "decorator_list", [])])
    return textwrap.dedent("".join(lines[start - 1:block.end_lineno]))
