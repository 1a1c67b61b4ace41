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

A fragment's writes to a container made outside it (a captured
``st.container()``, ``st.empty()``, column..., or ``st.sidebar``) go in a
block of its own in that container (``OutsideWrapper``), which each fragment
run empties and draws again, as 1.67 does; ``parallel=True`` fragments may
not write outside at all (``call``).

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
    parallel: bool = False


@dataclass
class OutsideWrapper:
    """Where one fragment writes into one container made outside it.

    The first write of a fragment to a container it did not make (``c =
    st.container()`` in the script, ``st.sidebar``, an ``st.empty()``...) puts
    a ``transparent`` block at that container's next place, as 1.67 does; that
    write and the fragment's later ones to the container go in the block.  A
    fragment run empties the block first, so a second run replaces what the
    first wrote there instead of adding to it, and nothing else in the
    container moves.  ``dg`` is the block's generator (its cursor restarts at
    each run); ``made_by`` the fragment whose run made the outside container
    (None: the script), whose own run makes it again.
    """

    dg: "DeltaGenerator"
    made_by: str | None


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
         run_every: float | None, key: str | None, parallel: bool = False) -> Any:
    """A fragment called by the script (or by an enclosing fragment): draw it
    in a container of its own and remember the call.

    A ``parallel=True`` fragment in a full run is what 1.67's worker thread
    makes of it (run here in its place, the tab having one thread): the call
    returns None, an exception in it is shown in its container and the script
    goes on, and what is unsafe from a worker (writing outside it,
    ``st.dialog``, ``st.switch_page``) is refused with 1.67's errors."""
    from ..delta_generator import main_dg
    from .exceptions import show_exception

    parent = main_dg._active()
    box = parent.container()
    fragment = Fragment(_fragment_id(func, box._root, box._path), func, args, kwargs, box._root,
                        box._path, box._form_id, ctx.fragment_id, run_every, key, parallel)
    ctx.session.fragments[fragment.id] = fragment
    if not parallel or ctx.fragment_run:
        try:
            return _execute(ctx, fragment, box)
        except Exception as e:  # noqa: BLE001 - as 1.67: shown in the fragment, and the run ends there
            show_exception(e, box, uncaught=True)
            from .runner import StopException

            raise StopException() from None
    outer = ctx.parallel_worker
    ctx.parallel_worker = True
    try:
        _execute(ctx, fragment, box)
    except Exception as e:  # noqa: BLE001 - the app's error is shown in the fragment
        show_exception(e, box, uncaught=True)
    finally:
        ctx.parallel_worker = outer
    return None


def refuse_in_parallel(ctx: RunContext, api_name: str) -> None:
    """1.67 refuses some commands in a parallel fragment's first run (its worker thread)."""
    if ctx.parallel_worker:
        raise errors.StreamlitInvalidLayoutContextError(
            f"`{api_name}` cannot be called from a parallel fragment during the initial page "
            f"load, because parallel fragments run concurrently on separate threads where "
            f"`{api_name}` is not safe.\n\nTo fix this, gate the call behind a widget "
            f"interaction (e.g., `if st.button(...):`) so it runs during a sequential fragment "
            f"rerun instead.")


_NO_RESERVED_PLACE = (
    "A fragment tried to write to a container created outside it, but the fragment did not write "
    "to that container during the last full app run, so Streamlit could not reserve a stable "
    "position for it.\n\nIf this fragment uses `parallel=True`, writing to containers created "
    "outside it is not supported, including `st.sidebar` and `st.bottom`. Move the element inside "
    "the fragment body.\n\nOtherwise, inside the fragment function, write to the container on "
    "every full app run (e.g. `outside_container.empty()` or `with outside_container: "
    "st.empty()`), then fill it during fragment reruns.")


_PARALLEL_OUTSIDE = (
    "Writing to a container created outside a parallel fragment, including `st.sidebar` and "
    "`st.bottom`, is not supported on a full app run or a later fragment rerun.\n\nTo fix "
    "this, move the element inside the fragment body.")


def _inside(dg: "DeltaGenerator", root: str, path: tuple[int, ...]) -> bool:
    return dg._root == root and dg._path[:len(path)] == path


def write_target(ctx: RunContext, dg: "DeltaGenerator") -> "DeltaGenerator":
    """Where a write of the running fragment to ``dg`` goes: ``dg`` itself when
    it is inside the fragment (or inside one of its outside blocks), else the
    fragment's block in that container, made at the first such write.

    In a fragment run, a container that neither the last full run nor this
    run gave the fragment a block in has no place kept for it: refused with
    1.67's error (shown in the fragment)."""
    fid = ctx.fragment_id
    session = ctx.session
    fragment = session.fragments.get(fid)  # type: ignore[arg-type]
    if fragment is None:
        return dg
    if dg._root == "event":  # a dialog (a fragment of its own) or a toast: no place in the flow to keep
        return dg
    if dg._is_root:
        if dg._root != "sidebar" and dg._root != "bottom":
            return dg
    elif _inside(dg, fragment.root, fragment.path):
        return dg
    from ..delta_generator import DeltaGenerator

    if ctx.parallel_worker:
        raise errors.StreamlitInvalidLayoutContextError(_PARALLEL_OUTSIDE)
    wrappers = session.outside_wrappers
    # (a generator that replaces one element, ``el = st.text(...)``, names its
    # parent block: its place is that element's)
    slot = type(dg)._next_index is not DeltaGenerator._next_index
    key = (fid, f"{dg.id}#{dg._next_index()}" if slot else dg.id)
    found = wrappers.get(key)
    if found is not None:
        return found.dg
    for (owner, _), wrapper in wrappers.items():
        if owner == fid and _inside(dg, wrapper.dg._root, wrapper.dg._path):
            return dg
    if ctx.fragment_run and getattr(dg, "_run_made", None) != session.run_count:
        raise errors.StreamlitInvalidLayoutContextError(_NO_RESERVED_PLACE)
    from ..protocol import Node
    from .context import node_id

    index = dg._next_index()  # the outside container's place moves on once, here
    path = dg._path + (index,)
    ctx.tree.put(dg._root, dg._path, index, Node(node_id(dg._root, path), "transparent", {}, []))
    block = DeltaGenerator(dg._root, path, form_id=dg._form_id, is_empty=dg._is_empty or slot,
                           kind="transparent")
    wrappers[key] = OutsideWrapper(block, getattr(dg, "_creating_fragment_id", None))
    return block


_CALLBACK_WRITE = (
    "Warning: A fragment rerun was triggered with a callback that displays one or more elements. "
    "During a fragment rerun, within a callback, displaying elements is not officially supported "
    "because those elements will replace the existing elements at the top of your app.")


def warn_callback_write() -> None:
    """An element written by the callback of a widget a fragment drew: 1.67 logs this
    warning for each one (its server's log; here the console), in any run.  The element
    goes where the run's cursors say: in a fragment run, whose cursors start afresh, over
    the first elements of the root it is written to."""
    from ..logger import get_logger

    get_logger("root").warning(_CALLBACK_WRITE)


def _reset_outside(ctx: RunContext, fid: str) -> None:
    """Before a fragment runs in a fragment run: forget its blocks in containers
    its own run makes again, and empty the others (drawn afresh by this run)."""
    from ..protocol import Node
    from .context import node_id

    wrappers = ctx.session.outside_wrappers
    for key in [k for k, w in wrappers.items() if k[0] == fid and w.made_by == fid]:
        del wrappers[key]
    for (owner, _), wrapper in wrappers.items():
        if owner != fid:
            continue
        block = wrapper.dg
        block._cursor = 0
        ctx.tree.put(block._root, block._path[:-1], block._path[-1],
                     Node(node_id(block._root, block._path), "transparent", {}, []))


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
        show_exception(e, uncaught=True)
        ctx.dg_stack.clear()


def _execute(ctx: RunContext, fragment: Fragment, box: "DeltaGenerator") -> Any:
    outer = ctx.fragment_id
    ctx.fragment_id = fragment.id
    # (1.67 draws a fragment in a container of its own: a chat_input called
    # in one stays where it is called instead of going to the bottom block)
    ctx.fragment_depth = getattr(ctx, "fragment_depth", 0) + 1  # type: ignore[attr-defined]
    ctx.dg_stack.append(box)
    if ctx.fragment_run:
        _reset_outside(ctx, fragment.id)
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
