"""asyncio inside a script run: ``asyncio.run``, ``loop.run_until_complete`` and top-level ``await``.

Under CPython they work as usual.  In the browser the worker's Python runs on
Pyodide's ``WebLoop``, which can only block on a coroutine through WebAssembly
stack switching (JSPI: Chromium-based browsers), and only when the worker
entered Python with ``callPromising`` (web/runtime/core.js does where JSPI
exists).  There ``pyodide.ffi.can_run_sync()`` is true and Pyodide's own
``asyncio.run`` is used: coroutines may await browser Promises too.

Without stack switching, a run gets ``SyncLoop`` instead: an event loop
with timers and tasks but no I/O, which runs the coroutine to completion in
place (``asyncio.sleep`` sleeps, ``gather``/tasks/async generators work).  A
coroutine that awaits a browser Promise cannot finish that way; it fails with
:class:`BrowserAwaitError`, which says what would work.

Top-level ``await`` in an app (a tablit extension: Streamlit refuses it) runs
the script as a coroutine the same way.

In the browser this module is a family (web/tools/families.js): the runner
imports it only for a run that needs it (runtime/blocking.py says when), so
an app in a browser with stack switching that never awaits at top level
never downloads it.
"""

from __future__ import annotations

import contextlib
import sys
import time
from typing import Any, Iterator

from . import blocking

BROWSER_AWAIT_HELP = (
    "This coroutine awaits the browser (a JavaScript Promise, e.g. pyodide.http.pyfetch), and "
    "waiting for that from synchronous code needs WebAssembly stack switching (JSPI), which this "
    "browser does not offer. Use a Chromium-based browser (Chrome or Edge 137+), or keep the "
    "browser calls out of asyncio.run()/run_until_complete(): coroutines that only use asyncio "
    "(sleep, gather, tasks) run here as they do in Streamlit."
)

#: When the loop has no timer left and waits anyway: a browser Promise, or an asyncio Event, Queue
#: or Future that nothing sets; from inside the wait the two look the same.
NOTHING_TO_WAIT_FOR_HELP = (
    "This run waits for something that nothing can complete while it waits: either a browser "
    "Promise (e.g. pyodide.http.pyfetch), which synchronous code can only await with WebAssembly "
    "stack switching (JSPI), which this run does not have, or an asyncio Event, Queue or Future "
    "that nothing sets, which would wait forever (in Streamlit the run hangs there). For the "
    "first, use a Chromium-based browser (Chrome or Edge 137+) or keep the browser calls out of "
    "asyncio.run()/run_until_complete()."
)


class BrowserAwaitError(RuntimeError):
    """A coroutine awaited a browser Promise where the run cannot wait for one (or, with no timer
    left, something that nothing sets)."""


class _IdleSelector:
    """The selector of an event loop without I/O: waiting is sleeping until the next timer.
    Waiting with no timer (``timeout`` None) would be waiting forever: nothing but the
    browser could settle what the loop waits for, and the browser cannot run meanwhile."""

    def select(self, timeout: float | None = None) -> list:
        if timeout is None:
            raise BrowserAwaitError(NOTHING_TO_WAIT_FOR_HELP)
        if timeout:
            time.sleep(timeout)
        return []

    def close(self) -> None:
        pass


_classes: dict[str, Any] = {}


def _loop_classes() -> tuple[Any, Any]:
    """(SyncLoop, its policy), made on first use: asyncio is imported only by apps that use it."""
    if not _classes:
        import asyncio

        class SyncLoop(asyncio.BaseEventLoop):
            """asyncio's own loop machinery (tasks, timers, async generators) with no I/O."""

            def __init__(self) -> None:
                super().__init__()
                self._selector = _IdleSelector()

            def _process_events(self, event_list: list) -> None:
                pass

            def _write_to_self(self) -> None:
                pass

            def run_until_complete(self, future: Any) -> Any:
                try:
                    return super().run_until_complete(future)
                except RuntimeError as e:
                    if "attached to a different loop" in str(e) or "Cannot stack switch" in str(e):
                        raise BrowserAwaitError(BROWSER_AWAIT_HELP) from e
                    raise

        class SyncPolicy(asyncio.DefaultEventLoopPolicy):  # type: ignore[name-defined,misc]
            def __init__(self) -> None:
                super().__init__()
                self._loop: Any = None

            def get_event_loop(self) -> Any:
                if self._loop is None or self._loop.is_closed():
                    self._loop = SyncLoop()
                return self._loop

            def new_event_loop(self) -> Any:
                return SyncLoop()

            def set_event_loop(self, loop: Any) -> None:
                self._loop = loop

        _classes["loop"], _classes["policy"] = SyncLoop, SyncPolicy
    return _classes["loop"], _classes["policy"]


class _Swap:
    """Gives asyncio the SyncLoop for one run, and gives it back."""

    def __init__(self) -> None:
        self.undo: list[Any] = []

    def apply(self) -> None:
        import asyncio

        _, policy = _loop_classes()
        get_policy, set_policy = _policy_api(asyncio)
        previous = get_policy()
        set_policy(policy())
        original_run = asyncio.run
        asyncio.run = _sync_run  # Pyodide's asyncio.run would hand the coroutine to its WebLoop
        # Pyodide's WebLoop counts as running all the time: asyncio.run, run_until_complete and a
        # top-level await would refuse the SyncLoop ("another loop is running") while it is set
        running = asyncio.events._get_running_loop()
        asyncio.events._set_running_loop(None)

        def undo() -> None:
            asyncio.run = original_run
            set_policy(previous)
            asyncio.events._set_running_loop(running)

        self.undo.append(undo)

    def restore(self) -> None:
        while self.undo:
            self.undo.pop()()


def _policy_api(asyncio: Any) -> tuple[Any, Any]:
    """asyncio's get/set_event_loop_policy without their DeprecationWarning (3.14):
    its own undeprecated pair where it has one (no warnings filter to install
    and remove, twice a run), else the public pair with the warning silenced."""
    events = asyncio.events
    get_policy = getattr(events, "_get_event_loop_policy", None)
    set_policy = getattr(events, "_set_event_loop_policy", None)
    if get_policy is not None and set_policy is not None:
        return get_policy, set_policy
    import warnings

    def quiet(fn: Any) -> Any:
        def call(*args: Any) -> Any:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                return fn(*args)
        return call

    return quiet(asyncio.get_event_loop_policy), quiet(asyncio.set_event_loop_policy)


class _OnImport:
    """A meta-path finder that applies the swap right after the run first imports asyncio."""

    def __init__(self, swap: _Swap) -> None:
        self.swap = swap

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        if name != "asyncio":
            return None
        sys.meta_path.remove(self)
        import importlib.util

        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            return spec
        loader, swap = spec.loader, self.swap

        class Loader:
            def create_module(self, spec: Any) -> Any:
                return loader.create_module(spec)

            def exec_module(self, module: Any) -> None:
                loader.exec_module(module)
                swap.apply()

        spec.loader = Loader()
        return spec


def needs_sync_loop() -> bool:
    """Whether a script run swaps in the SyncLoop: in the browser without stack switching."""
    return blocking.needs_sync_loop()


@contextlib.contextmanager
def script_event_loop() -> Iterator[None]:
    """During a script run in the browser without stack switching, asyncio uses the SyncLoop.

    Nothing is imported for an app that does not use asyncio: if the run has
    not imported it yet, the swap happens when (and if) it does.
    """
    if not needs_sync_loop():
        yield
        return
    swap = _Swap()
    hook = None
    if "asyncio" in sys.modules:
        swap.apply()
    else:
        hook = _OnImport(swap)
        sys.meta_path.insert(0, hook)
    try:
        yield
    finally:
        if hook is not None and hook in sys.meta_path:
            sys.meta_path.remove(hook)
        swap.restore()


@contextlib.contextmanager
def _in_place() -> Iterator[None]:
    """Run a loop to completion inside the one that runs a script awaiting at top level (or
    Pyodide's WebLoop): that loop waits meanwhile, as it does while ``run_sync`` blocks
    where there is stack switching.  asyncio itself refuses a loop inside a running one."""
    import asyncio

    outer = asyncio.events._get_running_loop()
    asyncio.events._set_running_loop(None)
    try:
        yield
    finally:
        asyncio.events._set_running_loop(outer)


def _sync_run(main: Any, *, debug: bool | None = None, loop_factory: Any = None) -> Any:
    """``asyncio.run`` on a SyncLoop (same checks and clean-up as asyncio's), in place when a
    loop already runs the script (_in_place)."""
    import asyncio

    with _in_place(), asyncio.Runner(debug=debug, loop_factory=loop_factory or _loop_classes()[0]) as runner:
        return runner.run(main)


def run_script_coroutine(coro: Any) -> Any:
    """Finish a script that used top-level ``await`` (its code object returned a coroutine).
    Its own ``asyncio.run`` calls run in place (_in_place), wherever it runs."""
    if blocking.IN_BROWSER and blocking.can_block():
        from pyodide.ffi import run_sync  # type: ignore[import-not-found]

        return run_sync(coro)
    if blocking.IN_BROWSER:
        return _sync_run(coro)  # (asyncio.run is _sync_run during the run: script_event_loop)
    import asyncio

    original = asyncio.run

    def nested(main: Any, **options: Any) -> Any:
        with _in_place():
            return original(main, **options)

    asyncio.run = nested
    try:
        return original(coro)
    finally:
        asyncio.run = original
