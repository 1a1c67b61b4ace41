"""st.dialog: a decorator whose function, when called, runs inside a modal dialog.

Node ``dialog`` (in the root ``event``, as Streamlit's event container):
``{title, dismissible, width: 'small'|'medium'|'large'|int, position, icon,
on_dismiss: 'ignore'|'rerun', opened: int}`` with one ``container`` child that
holds the function's output.  ``opened`` counts the times the script opened a
dialog, so the page shows it again after the user closed it.

The function runs as a fragment, as in Streamlit: in the browser, using a
widget inside the dialog reruns only the function (``runtime/fragments.py``),
and the dialog stays open.  Where the whole app reruns (AppTest, as 1.67's),
the function is called again with the same arguments when the run was caused
by a widget inside the open dialog (``AppSession.after_script``).  Any other
run, ``st.rerun()`` included, closes it, as in Streamlit.  Dismissing it (X, Escape, a click outside) sends a
trigger when ``on_dismiss`` is ``"rerun"`` or a callback.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from typing import Any, Callable

from .. import errors
from ..delta_generator import DeltaGenerator
from ..runtime import fragments
from ..runtime.context import RunContext, get_ctx
from ..state.session_state import WIDGET_ID_PREFIX
from ..state.widgets import WidgetSpec, register_widget
from ..icons import icon_or_none

_WIDTHS = ("small", "medium", "large")
_POSITIONS = ("left", "center", "right")
_MAX_PIXEL_WIDTH = 2**32 - 1


@dataclass
class _Params:
    title: str
    width: Any
    position: str
    dismissible: bool
    icon: str | None
    on_dismiss: Any


@dataclass
class _OpenDialog:
    """The dialog the last run showed: enough to show it again."""

    func: Callable[..., Any]
    args: tuple
    kwargs: dict
    params: _Params
    element_id: str
    node_id: str = ""  # the dialog node's id: the element id, or its trigger's widget id


def _check(params: _Params) -> Callable[..., Any] | None:
    on_dismiss = params.on_dismiss
    if on_dismiss is None or not (callable(on_dismiss) or on_dismiss in ("rerun", "ignore")):
        raise errors.invalid_value("on_dismiss", ["'rerun'", "'ignore'", "a callback function"])
    width = params.width
    if not (width in _WIDTHS or (isinstance(width, int) and not isinstance(width, bool)
                                 and 0 < width <= _MAX_PIXEL_WIDTH)):
        raise errors.invalid_value("width", ["'small'", "'medium'", "'large'", "a positive integer"],
                                   detail=f"Got {width!r}.")
    if params.position not in _POSITIONS:
        raise errors.invalid_value("position", ["'left'", "'center'", "'right'"])
    return on_dismiss if callable(on_dismiss) else None


def _element_id(params: _Params) -> str:
    dismiss = "callback" if callable(params.on_dismiss) else str(params.on_dismiss)
    parts = ["dialog", params.title, params.dismissible, params.width, params.position, params.icon, dismiss]
    return f"{WIDGET_ID_PREFIX}-{hashlib.md5(repr(parts).encode('utf-8')).hexdigest()}-None"


def _show(ctx: RunContext, item: _OpenDialog, *, reopened: bool) -> None:
    """Write the dialog block into the event root and run the function inside it."""
    params = item.params
    fragments.refuse_in_parallel(ctx, "@st.dialog")
    # (a dialog's fragment run draws in the event root too: 1.67 refuses there as well)
    if getattr(ctx, "in_dialog", False) or (ctx.dg_stack and ctx.dg_stack[-1]._root == "event"):
        raise errors.StreamlitInvalidLayoutContextError("Dialogs may not be nested inside other dialogs.")
    callback = _check(params)
    wid = item.element_id
    if wid in ctx.widget_ids_seen:
        raise errors.duplicate_id("dialog")
    if getattr(ctx, "dialog_opened", False):
        raise errors.StreamlitInvalidLayoutContextError(
            "Only one dialog is allowed to be opened at the same time. Please make sure to not call "
            "a dialog-decorated function more than once in a script run.")
    ctx.dialog_opened = True  # type: ignore[attr-defined]
    ctx.widget_ids_seen.add(wid)
    session = ctx.session
    if not reopened:
        session._tablit_dialogs_opened = getattr(session, "_tablit_dialogs_opened", 0) + 1
    props = {"title": params.title, "dismissible": bool(params.dismissible), "width": params.width,
             "position": params.position, "icon": icon_or_none(params.icon),
             "on_dismiss": "ignore" if params.on_dismiss == "ignore" else "rerun",
             "opened": getattr(session, "_tablit_dialogs_opened", 1)}
    event = DeltaGenerator("event", is_root=True)
    if params.on_dismiss != "ignore":
        node = register_widget(event, WidgetSpec(
            type="dialog", label=None, key=None, default=False, id_params={"id": wid}, props=props,
            deserialize=lambda wire: True, is_trigger=True, on_change=callback)).node
        node.children = []
        item.node_id = node.id  # the trigger's widget id is what the page sends back
    else:
        node = event._enqueue("dialog", props, node_id=wid, children=[])
        item.node_id = wid
    block = DeltaGenerator("event", node._path, kind="dialog")  # type: ignore[attr-defined]
    session._tablit_dialog = item
    session.after_script["dialog"] = _keep_open
    ctx.in_dialog = True  # type: ignore[attr-defined]
    try:
        with block:
            # a fragment, as in 1.67: in the browser a widget inside reruns only the function
            fragments.call(ctx, item.func, item.args, item.kwargs, run_every=None, key=None)
    finally:
        ctx.in_dialog = False  # type: ignore[attr-defined]


def _widget_ids_below(tree: Any, node_id: str) -> set[str]:
    for root in tree.roots.values():
        for node in root.walk():
            if node.id == node_id:
                return {n.id for n in node.walk() if n.id.startswith(WIDGET_ID_PREFIX) and n.id != node_id}
    return set()


def _keep_open(ctx: RunContext) -> None:
    """After the script: show the open dialog again if one of its widgets caused this run."""
    session = ctx.session
    item = getattr(session, "_tablit_dialog", None)
    if item is None or getattr(ctx, "dialog_opened", False):
        return
    if ctx.changed_widgets & _widget_ids_below(session.tree, item.node_id):
        _show(ctx, item, reopened=True)
    else:
        session._tablit_dialog = None


def _decorate(func: Callable[..., Any], params: _Params) -> Callable[..., Any]:
    if params.title is None or params.title == "":
        raise errors.StreamlitMissingRequiredParameterError(
            "title", detail='For example: `@st.dialog("Example Title")`.')

    @functools.wraps(func)
    def wrap(*args: Any, **kwargs: Any) -> None:
        _show(get_ctx(), _OpenDialog(func, args, kwargs, params, _element_id(params)), reopened=False)

    return wrap


def dialog(title: Any, *, width: Any = "small", position: str = "center", dismissible: bool = True,
           icon: str | None = None, on_dismiss: Any = "ignore") -> Any:
    """``@st.dialog("Title")``: calling the decorated function opens a modal dialog."""
    if isinstance(title, str):
        return lambda f: _decorate(f, _Params(title, width, position, dismissible, icon, on_dismiss))
    return _decorate(title, _Params("", width, position, dismissible, icon, on_dismiss))


dialog.__qualname__ = "dialog_decorator"  # 1.67's function, named so in a wrong call's TypeError
