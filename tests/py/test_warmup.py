"""The warm-up session (tablit/warmup.py) leaves the user's session exactly as it was.

The worker reruns a built-in app between the user's clicks to keep Python's
paths in the CPU's caches (issue 16); these check that the user's answers,
snapshots, state, module table and search path are byte for byte what they
are without it, and that the warm-up loads no family and prints nothing.
"""

from __future__ import annotations

import json
import sys

APP = """
import random
import streamlit as st
random.seed(7)
if "count" not in st.session_state:
    st.session_state.count = 0
def inc():
    st.session_state.count += 1
st.title("Counter")
st.button("Increment", on_click=inc)
c = st.checkbox("Show more", key="more")
name = st.text_input("Name", key="name")
if c:
    st.write("More for", name, random.random())
st.write("Count = ", st.session_state.count)
st.write("Keys:", sorted(k for k in st.session_state))
"""


def _session(tmp_path):
    from tablit.bridge import Bridge

    folder = tmp_path / "app"  # (one folder for both sessions: a widget's id holds its page's path)
    folder.mkdir(exist_ok=True)
    (folder / "app.py").write_text(APP)
    b = Bridge(str(folder / "app.py"), patches=True)
    b.send_snapshots(True, True)
    first = json.loads(b.start())
    ids = {n["kind"]: n["id"] for n in first[-1]["tree"]["main"]["children"]}
    return b, first, ids


def _clicks(ids):
    return [
        [{"type": "update", "changes": [], "trigger": ids["button"]}],
        [{"type": "update", "changes": [{"id": ids["checkbox"], "value": True}], "trigger": None}],
        [{"type": "update", "changes": [{"id": ids["text_input"], "value": "Ada"}], "trigger": None}],
        [{"type": "update", "changes": [], "trigger": ids["button"]}],
        [{"type": "update", "changes": [{"id": ids["checkbox"], "value": False}], "trigger": None}],
    ]


def _answers(b, ids, between=None):
    out = []
    for msg in _clicks(ids):
        if between:
            between()
        out.append(b.handle(json.dumps(msg), True))
        out.append(b.snapshot())
        if between:
            between()
    return out


def test_the_users_answers_and_snapshots_are_the_same_with_warm_ups_between(tmp_path, capsys):
    from tablit.warmup import Warmup

    plain, first_plain, ids_plain = _session(tmp_path)
    expected = _answers(plain, ids_plain)

    warm = Warmup(str(tmp_path / "warm"))
    user, first_user, ids_user = _session(tmp_path)
    assert first_user == first_plain
    path_before = list(sys.path)
    main_before = sys.modules.get("__main__")
    got = _answers(user, ids_user, between=lambda: [warm.run() for _ in range(3)])
    assert got == expected
    assert warm.runs == 30
    assert sys.path == path_before and sys.modules.get("__main__") is main_before
    assert capsys.readouterr() == ("", "")
    assert user.session.state.keys() == {"count", "more", "name"}
    clicks = sum(1 for i in range(30) if i % len(warm._messages) == 0)
    assert warm.bridge.session.state.lookup("n") == clicks and "count" not in warm.bridge.session.state.keys()


def test_the_family_widgets_are_warmed_only_once_the_users_app_has_their_python(tmp_path, monkeypatch):
    """The slider's and the number input's Python are families: the warm-up draws them only when they
    are loaded (never fetching them for itself), and makes its session again when one arrives."""
    import types

    from tablit import warmup

    stub = types.ModuleType("tablit.widgets._slider")
    stub.__tablit_family__ = "slider"  # as a family's stub module is marked
    real = sys.modules["tablit.widgets._slider"]
    monkeypatch.setitem(sys.modules, "tablit.widgets._slider", stub)
    warm = warmup.Warmup(str(tmp_path / "warm"))
    assert warm._extra == ("tablit.widgets._number_input",)
    def kinds():
        found, stack = set(), [json.loads(warm.bridge.start())[-1]["tree"]["main"]]
        while stack:
            node = stack.pop()
            found.add(node["kind"])
            stack += node.get("children") or []
        return found
    warm.run()
    assert "slider" not in kinds() and "number_input" in kinds()
    monkeypatch.setitem(sys.modules, "tablit.widgets._slider", real)  # the app drew a slider: its family came
    for _ in range(len(warm._messages) + 8):
        warm.run()
    assert warm._extra == ("tablit.widgets._slider", "tablit.widgets._number_input")
    assert {"slider", "number_input", "button", "checkbox", "text_input"} <= kinds()


def test_the_warm_up_app_uses_only_the_core():
    """A command of a lazily loaded family (web/tools/families.js) would make the worker fetch it for the warm-up."""
    import os
    import re

    import tablit  # noqa: F401  (registers the commands)
    from tablit.delta_generator import COMMANDS
    from tablit.warmup import APP

    commands = set(re.findall(r"\b(?:st|left|right)\.(\w+)\(", APP))
    assert commands == {"title", "button", "columns", "checkbox", "text_input", "write", "markdown"}
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    with open(os.path.join(root, "web", "tools", "families.js"), encoding="utf-8") as f:
        family_paths = re.findall(r'"(tablit/[\w/.]+)"', f.read())
    for name in commands:
        module = COMMANDS[name].__module__.replace(".", "/")
        for path in family_paths:
            assert not (module + ".py" == path or (path.endswith("/") and module.startswith(path))), (name, path)
