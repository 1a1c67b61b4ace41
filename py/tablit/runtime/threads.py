"""Threads where the interpreter has none: a started thread runs to its end at once.

Pyodide's Python is built without threads, so ``Thread.start()`` raises
"can't start new thread" and every app that hands work to a thread (Streamlit's
own multithreading guide: workers that ``time.sleep`` and return a value, or
write into a container given ``add_script_run_ctx``; ``ThreadPoolExecutor``)
stops with that error.  :func:`install` makes such code run instead:

* ``Thread.start()`` runs the thread's ``run()`` in place, in the caller, with
  ``threading.current_thread()`` answering that thread meanwhile (so a context
  given by ``add_script_run_ctx`` is the one seen); when ``start()`` returns the
  thread has finished: ``is_alive()`` is False and ``join()`` returns at once.
  An exception in ``run()`` goes to ``threading.excepthook`` as it would in a
  real thread (printed to stderr), and never into the caller.
* ``ThreadPoolExecutor.submit()`` runs the call in place (with the executor's
  initializer first, once) and returns a finished Future holding its result or
  its exception.

The results are those of real threads; what differs is timing: work that
would overlap runs one piece after the other (five workers sleeping 1..5 s take
15 s, not 5).  Code that needs two threads to run at once (a thread waiting for
something the caller does after ``start()``, a consumer loop fed by the main
thread) cannot work without threads; it waits where it would have waited.

Nothing changes where threads exist (CPython, AppTest): :func:`install` only
patches an interpreter that cannot start one.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from typing import Any, Callable, Iterator

PATCHED = "__tablit_inline__"


def threads_available() -> bool:
    """False on an interpreter built without threads (Pyodide)."""
    if sys.platform != "emscripten":
        return True
    info = getattr(sys, "_emscripten_info", None)
    return bool(getattr(info, "pthreads", False))


@contextlib.contextmanager
def _current(thread: threading.Thread) -> Iterator[None]:
    """``threading.current_thread()`` is ``thread`` inside (it runs on this OS thread meanwhile)."""
    active: dict[int, threading.Thread] = threading._active  # type: ignore[attr-defined]
    ident = threading.get_ident()
    previous = active.get(ident)
    active[ident] = thread
    try:
        yield
    finally:
        if previous is None:
            active.pop(ident, None)
        else:
            active[ident] = previous


def patch_thread(cls: type[threading.Thread]) -> None:
    """Give ``cls`` (``threading.Thread`` itself, or a subclass in tests) in-place start/is_alive/join."""
    if cls.__dict__.get(PATCHED):
        return

    def start(self: threading.Thread) -> None:
        if not getattr(self, "_initialized", False):
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():  # type: ignore[attr-defined]
            raise RuntimeError("threads can only be started once")
        self._tablit_done = False  # type: ignore[attr-defined]
        self._ident = threading.get_ident()  # type: ignore[attr-defined]
        self._started.set()  # type: ignore[attr-defined]
        context = getattr(self, "_context", None)  # Python 3.14: the context the thread runs in
        try:
            with _current(self):
                if context is not None:
                    context.run(self.run)
                else:
                    self.run()
        except SystemExit:
            pass
        except BaseException:
            self._invoke_excepthook(self)  # type: ignore[attr-defined]
        finally:
            self._tablit_done = True  # type: ignore[attr-defined]

    def is_alive(self: threading.Thread) -> bool:
        assert getattr(self, "_initialized", False), "Thread.__init__() not called"
        return self._started.is_set() and not getattr(self, "_tablit_done", True)  # type: ignore[attr-defined]

    def join(self: threading.Thread, timeout: float | None = None) -> None:
        if not getattr(self, "_initialized", False):
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():  # type: ignore[attr-defined]
            raise RuntimeError("cannot join thread before it is started")
        if self is threading.current_thread():
            raise RuntimeError("cannot join current thread")

    start.__doc__ = "Run the thread's run() now, to its end (no threads here: see tablit.runtime.threads)."
    is_alive.__doc__ = threading.Thread.is_alive.__doc__
    join.__doc__ = threading.Thread.join.__doc__
    cls.start = start  # type: ignore[method-assign]
    cls.is_alive = is_alive  # type: ignore[method-assign]
    cls.join = join  # type: ignore[method-assign]
    setattr(cls, PATCHED, True)


def patch_executor(cls: Any) -> None:
    """Give ``cls`` (``ThreadPoolExecutor`` or a subclass) a submit() that runs the call in place."""
    if cls.__dict__.get(PATCHED):
        return
    from concurrent.futures import Future
    from concurrent.futures.thread import BrokenThreadPool

    def broken(self: Any) -> BaseException:
        return getattr(self, "BROKEN", BrokenThreadPool)(self._broken)

    def initialize(self: Any) -> Callable[[Callable[[], Any]], Any]:
        """Run the executor's initializer once; return how to run a task (in its worker context)."""
        runner = getattr(self, "_tablit_runner", None)
        if runner is not None:
            return runner
        make_context = getattr(self, "_create_worker_context", None)  # Python 3.14
        if make_context is not None:
            worker = make_context()
            worker.initialize()
            runner = lambda call: worker.run(call)  # noqa: E731
        else:
            init = getattr(self, "_initializer", None)
            if init is not None:
                init(*getattr(self, "_initargs", ()))
            runner = lambda call: call()  # noqa: E731
        self._tablit_runner = runner
        return runner

    def submit(self: Any, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        with self._shutdown_lock:
            if self._broken:
                raise broken(self)
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
        try:
            run = initialize(self)
        except BaseException:
            self._initializer_failed()
            raise broken(self) from None
        future: Future = Future()
        future.set_running_or_notify_cancel()
        resolve = getattr(self, "_resolve_work_item_task", None)  # Python 3.14
        task = resolve(fn, args, kwargs) if resolve is not None else (fn, args, kwargs)
        try:
            if resolve is not None:
                result = run(task)
            else:
                result = run(lambda: fn(*args, **kwargs))
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(result)
        return future

    submit.__doc__ = "Run fn(*args, **kwargs) now and return its finished Future (no threads here)."
    cls.submit = submit
    setattr(cls, PATCHED, True)


def install() -> bool:
    """Patch threading and concurrent.futures where threads cannot start; True if patched."""
    if threads_available():
        return False
    patch_thread(threading.Thread)
    from concurrent.futures import ThreadPoolExecutor

    patch_executor(ThreadPoolExecutor)
    return True
