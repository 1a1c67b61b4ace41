"""``@st.fragment``: a function whose interactions rerun only itself (spec §6.6).

A full run calls each fragment where the script calls it; its output goes in a
container of its own (as 1.67 draws it), and the session remembers the call —
function, arguments, container — under the fragment's id.  Then, in the
browser, an interaction with a widget the fragment drew runs only that call:
the widgets' callbacks first, as usual, then the function, drawing into its
container afresh.  The rest of the page stays as the last full run left it,
and only the fragment's widgets can be forgotten.  ``run_every`` makes the
page ask for such a run on a timer (the render message's ``fragments``);
``st.rerun(scope="fragment")`` inside a fragment run, and ``st.rerun(key)``
from a callback, run fragments the same way.

AppTest reruns the whole app, as 1.67's does (``AppSession.fragment_reruns``
is turned on by the browser's bridge only).
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Callable

from .. import errors
from .context import RunContext

if TYPE_CHECKING:
    from ..delta_generator import DeltaGenerator


@dataclass
class Fragment:
    """One call of a fragment function in the last full run (or fragment run)."""

    id: str
    func: Callable[..., Any]
    args: tuple
    kwargs: dict[str, Any]
    root: str
    path: tuple[int, ...]  # its container's delta path
    form_id: str
    parent: str | None  # the fragment it was called in
    run_every: float | None  # seconds
    key: str | None = None


def run_every_seconds(value: Any) -> float | None:
    """``run_every`` as seconds (None: no timer): a number, a timedelta or a
    duration string such as ``"10s"``, ``"1m"`` or ``"1h 30m"``."""
    if value is None:
        return None
    if isinstance(value, timedelta):
        seconds = value.total_seconds()
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = float(value)
    elif isinstance(value, str):
        from .caching import duration_seconds

        parsed = duration_seconds(value)
        if parsed is None:
            raise errors.StreamlitAPIException(
                "Time string doesn't look right. It should be formatted as `'1d2h34m'` or "
                f"`2 days`, for example. Got: {value}")
        seconds = parsed
    else:
        raise errors.StreamlitAPIException(
            f"`run_every` must be a number of seconds, a timedelta or a time string, not "
            f"{type(value).__name__}.")
    if not math.isfinite(seconds) or seconds <= 0:
        return None  # (1.67 sets no timer for a falsy interval)
    return seconds


def _fragment_id(func: Callable[..., Any], root: str, path: tuple[int, ...]) -> str:
    """Stable across runs for the same function called at the same place."""
    name = f"{getattr(func, '__module__', '')}.{getattr(func, '__qualname__', repr(func))}"
    return hashlib.md5(f"{name}|{root}|{path}".encode(), usedforsecurity=False).hexdigest()


def call(ctx: RunContext, func: Callable[..., Any], args: tuple, kwargs: dict[str, Any], *,
         run_every: float | None, key: str | None) -> Any:
    """A fragment called by the script (or by an enclosing fragment): draw it
    in a container of its own and remember the call."""
    from ..delta_generator import main_dg

    parent = main_dg._active()
    box = parent.container()
    fragment = Fragment(_fragment_id(func, box._root, box._path), func, args, kwargs, box._root,
                        box._path, box._form_id, ctx.fragment_id, run_every, key)
    ctx.session.fragments[fragment.id] = fragment
    return _execute(ctx, fragment, box)


def rerun(ctx: RunContext, fragment: Fragment) -> None:
    """Run a fragment on its own: its container is emptied and drawn again; an
    exception in it is shown there, and the rest of the page stays."""
    from ..delta_generator import DeltaGenerator
    from .exceptions import show_exception

    ctx.tree.clear_block(fragment.root, fragment.path)
    box = DeltaGenerator(fragment.root, fragment.path, form_id=fragment.form_id, kind="container")
    try:
        _execute(ctx, fragment, box)
    except Exception as e:  # noqa: BLE001 - the app's error is shown in the fragment
        ctx.dg_stack[:] = [box]
        show_exception(e)
        ctx.dg_stack.clear()


def _execute(ctx: RunContext, fragment: Fragment, box: "DeltaGenerator") -> Any:
    outer = ctx.fragment_id
    ctx.fragment_id = fragment.id
    # (1.67 draws a fragment in a container of its own: a chat_input called
    # in one stays where it is called instead of going to the bottom block)
    ctx.fragment_depth = getattr(ctx, "fragment_depth", 0) + 1  # type: ignore[attr-defined]
    ctx.dg_stack.append(box)
    try:
        return fragment.func(*fragment.args, **fragment.kwargs)
    finally:
        if box in ctx.dg_stack:
            ctx.dg_stack.remove(box)
        ctx.fragment_depth -= 1  # type: ignore[attr-defined]
        ctx.fragment_id = outer


def within(fragment_id: str | None, targets: list[str], fragments: dict[str, Fragment]) -> bool:
    """Whether a widget of ``fragment_id`` was drawn by one of ``targets`` (or a fragment inside one)."""
    seen: set[str] = set()
    while fragment_id is not None and fragment_id not in seen:
        if fragment_id in targets:
            return True
        seen.add(fragment_id)
        parent = fragments.get(fragment_id)
        fragment_id = parent.parent if parent is not None else None
    return False


def timers(fragments: dict[str, Fragment]) -> dict[str, float]:
    """The ``run_every`` timers the page keeps: fragment id -> seconds."""
    return {f.id: f.run_every for f in fragments.values() if f.run_every}
