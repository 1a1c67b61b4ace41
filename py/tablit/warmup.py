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
import sys
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

# Widgets whose Python is a family (web/tools/families.js): drawn by the warm-up only once the
# user's app has them loaded (its source names them, or it drew one), never fetched for it.
# module -> (the line of the app, its kind, two values a change alternates between)
FAMILY_WIDGETS = {
    "tablit.widgets._slider": ('st.slider("Level", 0, 100, 50, key="level")\n', "slider", (30, 70)),
    "tablit.widgets._number_input": ('st.number_input("Amount", 0, 100, 5, key="amount")\n', "number_input", (6, 5)),
}


def _loaded_family_widgets() -> tuple[str, ...]:
    """The FAMILY_WIDGETS modules whose real Python is loaded (not a family's stub)."""
    return tuple(m for m in FAMILY_WIDGETS if sys.modules.get(m) is not None
                 and getattr(sys.modules[m], "__tablit_family__", None) is None)


class Warmup:
    """The built-in app's session; ``run()`` is one rerun, as a click or a change of one of its widgets."""

    def __init__(self, folder: str | None = None) -> None:
        self.folder = folder or tempfile.mkdtemp(prefix="tablit-warmup-")
        os.makedirs(self.folder, exist_ok=True)
        self.runs = 0
        self._make(_loaded_family_widgets())

    def _make(self, extra: tuple[str, ...]) -> None:
        """(Re)make the session, drawing the family widgets in ``extra`` too."""
        self._extra = extra
        path = os.path.join(self.folder, "warmup_app.py")
        with open(path, "w", encoding="utf-8") as f:
            f.write(APP + "".join(FAMILY_WIDGETS[m][0] for m in extra))
        self.bridge = Bridge(path, patches=True)
        first = json.loads(self.bridge.start())
        ids: dict[str, str] = {}
        stack = [n for m in first if m.get("type") == "render" for n in m["tree"].values()]
        while stack:
            node = stack.pop()
            ids.setdefault(node.get("kind", ""), node.get("id", ""))
            stack.extend(node.get("children") or ())
        change = lambda kind, value: json.dumps([{"type": "update", "changes": [{"id": ids[kind], "value": value}], "trigger": None}])
        # one message per rerun, in turn: the button's click, the checkbox's changes, each family widget's
        self._messages = [json.dumps([{"type": "update", "changes": [], "trigger": ids["button"]}]),
                          change("checkbox", True), change("checkbox", False)]
        for m in extra:
            _, kind, values = FAMILY_WIDGETS[m]
            self._messages += [change(kind, v) for v in values]

    def run(self) -> None:
        """One rerun (the session is made again once the user's app has loaded another family widget)."""
        extra = _loaded_family_widgets()
        if extra != self._extra:
            self._make(extra)
        message = self._messages[self.runs % len(self._messages)]
        self.runs += 1
        self.bridge.handle(message, True)
