"""Keeping a busy tab's Python warm: a small built-in app, rerun in a session of its own.

A click's rerun is ~0.12 ms of Python back to back, but ~0.9 ms when the CPU
has run other things for 40 ms since the last run: the interpreter's and
tablit's code and data have left its caches, and every click pays to bring
them back (issue 16, BENCHMARKS.md "Keeping the worker warm").  While the
user is interacting, the worker reruns this app every few milliseconds
(web/runtime/warmup.js), so that the next click finds those paths warm.  It
touches nothing of the user's session: it is an AppSession of its own, its
script a file of its own outside the app's folder, its answers dropped; it
draws only elements every app's core has (no family is loaded for it) and
prints nothing.
"""

from __future__ import annotations

import json
import os
import tempfile

from .bridge import Bridge

# The widgets and elements most apps rerun on a click: a button with a callback and
# session state, a checkbox and a text input in columns, st.write of text and a number,
# Markdown, a title.  (Only the core's commands: a family would be fetched for it.)
APP = '''import streamlit as st

def bump():
    st.session_state.n = st.session_state.get("n", 0) + 1

st.title("Warm-up")
st.button("Bump", on_click=bump)
left, right = st.columns(2)
left.checkbox("Check", key="check")
right.text_input("Text", key="text")
st.write("Count =", st.session_state.get("n", 0))
st.markdown("Some **bold** text")
'''


class Warmup:
    """The built-in app's session; ``run()`` is one rerun, as a click on its button or checkbox."""

    def __init__(self, folder: str | None = None) -> None:
        folder = folder or tempfile.mkdtemp(prefix="tablit-warmup-")
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, "warmup_app.py")
        with open(path, "w", encoding="utf-8") as f:
            f.write(APP)
        self.bridge = Bridge(path, patches=True)
        first = json.loads(self.bridge.start())
        ids: dict[str, str] = {}
        stack = [n for m in first if m.get("type") == "render" for n in m["tree"].values()]
        while stack:
            node = stack.pop()
            ids.setdefault(node.get("kind", ""), node.get("id", ""))
            stack.extend(node.get("children") or ())
        self._click = json.dumps([{"type": "update", "changes": [], "trigger": ids["button"]}])
        self._checks = [json.dumps([{"type": "update", "changes": [{"id": ids["checkbox"], "value": v}], "trigger": None}])
                        for v in (True, False)]
        self.runs = 0

    def run(self) -> None:
        """One rerun: the button's click, every other time the checkbox's change."""
        self.runs += 1
        message = self._click if self.runs % 2 else self._checks[(self.runs >> 1) % 2]
        self.bridge.handle(message, True)
