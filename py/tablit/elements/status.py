"""st.status: an expander that shows the state of a long task.

Node ``expander`` with ``state`` (``"running"``/``"complete"``/``"error"``)
and ``icon`` as Streamlit sets them (``"spinner"``, ``":material/check:"``,
``":material/error:"``); see ``protocol.NODE_PROPS``.  ``.update()`` changes
the node in place (``expanded`` None unless given: the page keeps its open
state, as 1.67's unset field does); leaving the ``with`` block marks a running status
complete (or error when the block raised), as Streamlit does.  The page sees
each change while the run goes on (``Tree.touch`` streams it, runtime/live.py).
"""

from __future__ import annotations

from typing import Any

from .. import errors
from ..delta_generator import DeltaGenerator, command
from ..protocol import Node
from ..runtime.context import get_ctx
from .containers import check_expandable_type
from .sizing import check_width

_STATE_ICONS = {"running": "spinner", "complete": ":material/check:", "error": ":material/error:"}

def _check_state(state: Any) -> None:
    if state not in _STATE_ICONS:
        raise errors.invalid_value("state", [repr(s) for s in _STATE_ICONS])


class StatusContainer(DeltaGenerator):
    """What ``st.status`` returns: a container with :meth:`update`."""

    _node: Node
    _state: str

    def update(self, *, label: str | None = None, expanded: bool | None = None,
               state: str | None = None) -> None:
        """Change the label, open state or state of the status box."""
        props = dict(self._node.props)
        if state is not None:
            _check_state(state)
            props["icon"] = _STATE_ICONS[state]
            props["state"] = state
            self._state = state
        if label is not None:
            props["label"] = label
        # 1.67 re-sends the box without `expanded` unless it is given: a page
        # that shows the box keeps it as it is, one that sees it first shows
        # it closed (so a finished status reloads collapsed)
        props["expanded"] = None if expanded is None else bool(expanded)
        self._node.props = props
        get_ctx().tree.touch()  # a run in progress streams the change

    def __enter__(self) -> "StatusContainer":
        super().__enter__()
        return self

    def __exit__(self, typ: Any, exc: Any, tb: Any) -> bool:
        if self._state == "running":
            self.update(state="error" if typ is not None else "complete")
        return super().__exit__(typ, exc, tb)


@command
def status(self, label: str, *, expanded: bool = False, state: str = "running",
           type: str = "default", width: Any = "stretch") -> StatusContainer:
    """A status box: a collapsible container with a running/complete/error icon."""
    check_expandable_type(type)
    _check_state(state)
    check_width(width)
    dg = self._active()
    node = dg._enqueue("expander", {"label": label or "", "expanded": bool(expanded),
                                    "icon": _STATE_ICONS[state], "state": state, "type": type,
                                    "width": width}, children=[])
    box = StatusContainer(dg._root, node._path, form_id=dg._form_id, kind="expander")  # type: ignore[attr-defined]
    box._node = node
    box._state = state
    return box
