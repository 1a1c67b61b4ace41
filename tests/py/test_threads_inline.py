"""Threads where there are none (Pyodide): a started thread runs to its end in place.

tablit.runtime.threads patches threading.Thread and ThreadPoolExecutor only where the
interpreter cannot start a thread; here (CPython) the patch is applied for the test's
duration and undone after, so the same code paths as in the browser are exercised.
The apps are Streamlit's multithreading guide's (streamlit/docs, concept-source/
multithreading-*.py, Apache-2.0), with shorter delays.
"""

import re
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool
from pathlib import Path

import pytest

from tablit.runtime import threads


@pytest.fixture
def inline_threads():
    saved = {cls: {k: cls.__dict__[k] for k in ("start", "is_alive", "join", "submit", threads.PATCHED) if k in cls.__dict__}
             for cls in (threading.Thread, ThreadPoolExecutor)}
    threads.patch_thread(threading.Thread)
    threads.patch_executor(ThreadPoolExecutor)
    try:
        yield
    finally:
        for cls, attrs in saved.items():
            for k in ("start", "is_alive", "join", "submit", threads.PATCHED):
                if k in attrs:
                    setattr(cls, k, attrs[k])
                elif k in cls.__dict__:
                    delattr(cls, k)


def test_install_changes_nothing_where_threads_exist():
    assert threads.threads_available()
    assert threads.install() is False
    assert threading.Thread.__dict__.get(threads.PATCHED) is None


def test_a_started_thread_has_run_and_finished(inline_threads):
    seen = []

    def work(x):
        seen.append((x, threading.current_thread().name, t.is_alive()))

    t = threading.Thread(target=work, args=(7,), name="worker-1")
    assert not t.is_alive()
    t.start()
    assert seen == [(7, "worker-1", True)]      # current_thread() is the thread while it runs
    assert not t.is_alive()
    assert t.ident == threading.get_ident()
    t.join()
    t.join(timeout=0.1)
    assert threading.current_thread() is threading.main_thread()
    with pytest.raises(RuntimeError, match="threads can only be started once"):
        t.start()
    with pytest.raises(RuntimeError, match="cannot join thread before it is started"):
        threading.Thread(target=lambda: None).join()


def test_an_exception_in_the_thread_goes_to_the_excepthook_not_the_caller(inline_threads, monkeypatch):
    hooked = []
    monkeypatch.setattr(threading, "excepthook", lambda args: hooked.append((args.exc_type, args.thread.name)))
    t = threading.Thread(target=lambda: 1 / 0, name="boom")
    t.start()                                    # no exception here, as with a real thread
    assert hooked == [(ZeroDivisionError, "boom")]
    assert not t.is_alive()


def test_thread_pool_submit_and_map_run_in_place(inline_threads):
    inits = []
    with ThreadPoolExecutor(max_workers=3, initializer=inits.append, initargs=("ready",)) as pool:
        f = pool.submit(pow, 2, 10)
        assert f.done() and f.result() == 1024
        assert list(pool.map(lambda x: x * x, range(5))) == [0, 1, 4, 9, 16]
        bad = pool.submit(lambda: 1 / 0)
        assert isinstance(bad.exception(), ZeroDivisionError)
    assert inits == ["ready"]                    # the initializer ran once
    with pytest.raises(RuntimeError, match="after shutdown"):
        pool.submit(pow, 2, 2)


def test_a_failing_initializer_breaks_the_pool(inline_threads):
    def init():
        raise ValueError("no")

    pool = ThreadPoolExecutor(initializer=init)
    with pytest.raises(BrokenThreadPool):
        pool.submit(pow, 2, 2)
    with pytest.raises(BrokenThreadPool):
        pool.submit(pow, 2, 2)


# the guide's expose-context app, the one copy the browser test runs too (delays 0.5..0.1 s)
EXPOSE_CONTEXT = Path(__file__).parents[1] / "e2e" / "apps" / "docs_multifile" / "multithreading" / "app.py"


ITERATIVE = """
import streamlit as st
import time
from threading import Thread

class WorkerThread(Thread):
    def __init__(self, delay):
        super().__init__()
        self.delay = delay
        self.return_value = None

    def run(self):
        time.sleep(self.delay)
        self.return_value = f"done after {self.delay}"

delays = [0.02, 0.01]
result_containers = []
for i, delay in enumerate(delays):
    st.header(f"Thread {i}")
    result_containers.append(st.container())
threads = [WorkerThread(delay) for delay in delays]
for thread in threads:
    thread.start()
thread_lives = [True] * len(threads)
while any(thread_lives):
    for i, thread in enumerate(threads):
        if thread_lives[i] and not thread.is_alive():
            result_containers[i].write(thread.return_value)
            thread_lives[i] = False
    time.sleep(0.01)
for thread in threads:
    thread.join()
st.button("Rerun")
"""


def _bodies(at):
    return [m.value for m in at.markdown]


def test_docs_expose_context_app_writes_each_result_into_its_container(inline_threads):
    from tablit.testing.v1 import AppTest

    def slept() -> bool:
        # each container holds its own thread's times: it slept at least its delay
        # (0.5 s for thread 0 down to 0.1 s; no upper bound, the machine may be loaded)
        bodies = _bodies(at)
        assert len(bodies) == 5, bodies
        for i, body in enumerate(bodies):
            start, end = map(float, re.fullmatch(r"start: ([\d.]+), end: ([\d.]+)", body).groups())
            assert end - start >= 0.5 - 0.1 * i - 0.01, (i, body)
        return True

    at = AppTest.from_file(str(EXPOSE_CONTEXT)).run(timeout=30)
    assert not at.exception
    assert [h.value for h in at.header] == [f"Thread {i}" for i in range(5)]
    assert slept()
    at.button[0].click().run(timeout=30)
    assert slept()


def test_docs_iterative_app_sees_finished_threads(inline_threads):
    from tablit.testing.v1 import AppTest

    at = AppTest.from_string(ITERATIVE).run()
    assert not at.exception
    assert _bodies(at) == ["done after 0.02", "done after 0.01"]
