"""runner.CodeCache: compiled scripts reused until their file changes, and
without looking at the file when the worker says nothing was written."""

import os

from tablit.runtime.runner import CodeCache


def _write(path, text):
    with open(path, "w") as f:
        f.write(text)


def test_a_changed_file_is_compiled_again(tmp_path):
    path = str(tmp_path / "app.py")
    _write(path, "x = 1\n")
    cache = CodeCache()
    first = cache.get(path, magic=False)
    assert cache.get(path, magic=False) is first
    _write(path, "x = 2\n")
    assert cache.get(path, magic=False) is not first


def test_assume_unchanged_skips_the_file_once_per_run(tmp_path, monkeypatch):
    path = str(tmp_path / "app.py")
    _write(path, "x = 1\n")
    cache = CodeCache()
    first = cache.get(path, magic=False)
    looked = []
    real_stat = os.stat
    monkeypatch.setattr(os, "stat", lambda p, *a, **k: looked.append(p) or real_stat(p, *a, **k))
    cache.assume_unchanged(True)
    assert cache.get(path, magic=False) is first
    assert looked == []
    # a second get in the same run (after st.rerun()) looks again: the run may have written it
    _write(path, "x = 2\n")
    second = cache.get(path, magic=False)
    assert second is not first and looked == [path]


def test_without_the_assurance_every_get_looks(tmp_path, monkeypatch):
    path = str(tmp_path / "app.py")
    _write(path, "x = 1\n")
    cache = CodeCache()
    cache.get(path, magic=False)
    cache.assume_unchanged(True)
    cache.assume_unchanged(False)  # the next run: something was written
    _write(path, "x = 3\n")
    code = cache.get(path, magic=False)
    ns = {}
    exec(code, ns)
    assert ns["x"] == 3
