"""st.expander, st.tabs and st.popover: containers with an open (or selected) state.

With ``on_change="ignore"`` (the default) they are plain blocks whose state
the page keeps; ``.open`` is None.  With ``on_change="rerun"`` or a callback
they are also widgets, as in Streamlit 1.67: the node id is the widget id,
props carry ``stateful: true``, ``value`` (wire form: ``true``/``false`` for
an expander or popover, the selected label for tabs) and ``set``; the page
reports a change as an update, ``st.session_state[key]`` reads and sets it,
and ``.open`` tells the script whether it is open (tabs: which one is).

Nodes (see ``protocol.NODE_PROPS``): ``expander`` ``{label, expanded, icon,
type, width}``; ``tabs`` ``{labels, default_index, width, height}`` with
``tab`` ``{label}`` children; ``popover`` ``{label, expanded, icon, help,
disabled, type, width, wrap}``.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

from .. import errors
from ..delta_generator import DeltaGenerator, command
from ..state.widgets import WidgetSpec, claim_key, register_widget
from .layout import _height
from .sizing import width_prop
from ..icons import icon_or_none

EXPANDABLE_TYPES = ("default", "compact", "step")  # st.expander's and st.status's type=


def check_expandable_type(type: Any) -> None:
    if type not in EXPANDABLE_TYPES:
        raise errors.invalid_value("type", [repr(t) for t in EXPANDABLE_TYPES])


_MODES = ("rerun", "ignore")


class ExpanderContainer(DeltaGenerator):
    """What ``st.expander`` returns; ``open`` is None unless the expander is stateful."""

    open: bool | None = None


class TabContainer(DeltaGenerator):
    """One tab of ``st.tabs``; ``open`` is None unless the tabs are stateful."""

    open: bool | None = None


class PopoverContainer(DeltaGenerator):
    """What ``st.popover`` returns; ``open`` is None unless the popover is stateful."""

    open: bool | None = None


def _on_change(on_change: Any) -> Callable[..., Any] | None:
    """``on_change`` of a container: a mode or a callback (None is refused, as in 1.67)."""
    if callable(on_change):
        return on_change
    if isinstance(on_change, str) and on_change in _MODES:
        return None
    raise errors.invalid_value("on_change", ["'rerun'", "'ignore'", "a callback function"])


def _check_bind(bind: Any, key: Any) -> bool:
    """1.67's checks of ``bind``; whether the container is bound (then it is stateful)."""
    from ..widgets._query_bind import check_bind

    return check_bind(bind, key)


def _bool_wire(wire: Any) -> bool:
    if not isinstance(wire, bool):
        raise TypeError(f"expected true or false, not {wire!r}")
    return wire


def _stateful(self: Any, cls: type, kind: str, *, key: Any, default: Any, id_params: dict[str, Any],
              props: dict[str, Any], deserialize: Callable[[Any], Any], serialize: Callable[[Any], Any],
              callback: Callable[..., Any] | None, on_change: Any, args: Any, kwargs: Any,
              disabled: bool = False, coerce: Callable[[Any, str], Any] | None = None) -> tuple[Any, Any]:
    """Register the container as a widget whose node is a block; (container, value)."""
    dg = self._active()
    result = register_widget(dg, WidgetSpec(
        type=kind, label=None, key=key, default=default, id_params=id_params,
        keyed_params=id_params,
        # (a bound container reruns on a change even with "ignore": the worker writes the URL)
        props={**props, "stateful": True,
               "on_change": "ignore" if on_change == "ignore" and "bind" not in props else "rerun"},
        deserialize=deserialize, serialize=serialize, coerce=coerce,
        on_change=callback, args=args if callback else None, kwargs=kwargs if callback else None,
        disabled=disabled,
    ))
    node = result.node
    node.children = []
    box = cls(dg._root, node._path, form_id=dg._form_id, kind=kind)  # type: ignore[attr-defined]
    return box, result.value


def _plain(self: Any, cls: type, kind: str, props: dict[str, Any], key: Any) -> Any:
    claim_key(key)
    dg = self._active()
    node = dg._enqueue(kind, {**props, "key": None if key is None else str(key)}, children=[])
    return cls(dg._root, node._path, form_id=dg._form_id, kind=kind)  # type: ignore[attr-defined]


@command
def expander(self, label: str, expanded: bool = False, *, key: Any = None, icon: str | None = None,
             type: str = "default", width: Any = "stretch",
             on_change: Callable[..., Any] | str = "ignore", args: Any = None, kwargs: Any = None,
             bind: str | None = None) -> ExpanderContainer:
    """A collapsible container; stateful (``.open``, session state) with ``on_change``."""
    if label is None:
        raise errors.StreamlitMissingRequiredParameterError("label")
    callback = _on_change(on_change)
    check_expandable_type(type)
    bound = _check_bind(bind, key)
    shown_width = width_prop(width, allow_content=False)
    props = {"label": str(label), "expanded": bool(expanded), "icon": icon_or_none(icon), "type": type,
             "width": shown_width}
    if bound:
        props["bind"] = "query-params"  # stateful, its open state in the URL
    if on_change == "ignore" and not bound:
        box = _plain(self, ExpanderContainer, "expander", props, key)
        box.open = None
        return box
    box, value = _stateful(
        self, ExpanderContainer, "expander", key=key, default=bool(expanded),
        id_params={"label": str(label), "expanded": bool(expanded), "icon": icon, "width": width, "type": type},
        props=props, deserialize=_bool_wire, serialize=bool, callback=callback, on_change=on_change,
        args=args, kwargs=kwargs)
    box.open = bool(value)
    return box


@command
def popover(self, label: str, *, type: str = "secondary", help: str | None = None,
            icon: str | None = None, disabled: bool = False, use_container_width: bool | None = None,
            width: Any = "content", wrap: bool | None = None, key: Any = None,
            on_change: Callable[..., Any] | str = "ignore", args: Any = None,
            kwargs: Any = None) -> PopoverContainer:
    """A button that opens a floating container; stateful (``.open``) with ``on_change``."""
    if label is None:
        raise errors.StreamlitMissingRequiredParameterError("label")
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    if type not in ("primary", "secondary", "tertiary"):
        raise errors.invalid_value("type", ["'primary'", "'secondary'", "'tertiary'"])
    callback = _on_change(on_change)
    props = {"label": str(label), "expanded": False, "icon": icon_or_none(icon), "help": help,
             "disabled": bool(disabled), "type": type, "wrap": wrap}
    if on_change == "ignore":
        props["width"] = width_prop(width, allow_content=True)
        box = _plain(self, PopoverContainer, "popover", props, key)
        box.open = None
        return box
    props["width"] = width_prop(width, allow_content=True)
    box, value = _stateful(
        self, PopoverContainer, "popover", key=key, default=False,
        id_params={"label": str(label), "type": type, "help": help, "icon": icon,
                   "disabled": bool(disabled), "width": width},
        props=props, deserialize=_bool_wire, serialize=bool, callback=callback, on_change=on_change,
        args=args, kwargs=kwargs, disabled=disabled)
    box.open = bool(value)
    return box


@command
def tabs(self, tabs: Sequence[str], *, width: Any = "stretch", height: Any = "content",
         default: str | None = None, key: Any = None,
         on_change: Callable[..., Any] | str = "ignore", args: Any = None, kwargs: Any = None,
         bind: str | None = None) -> tuple[TabContainer, ...]:
    """Tabs: one container per label; stateful (selected label in session state) with ``on_change``."""
    if not tabs:
        raise errors.StreamlitMissingRequiredParameterError("tabs", detail="Provide at least one tab label.")
    labels = list(tabs)
    if default and default not in labels:
        raise errors.invalid_value("default", ["a tab label from `tabs`"],
                                   detail=f"`{default}` is not in the list of tabs.")
    for label in labels:
        if not isinstance(label, str):
            raise errors.invalid_type("tabs", type(label).__name__, ["a string for each tab label"])
    callback = _on_change(on_change)
    bound = _check_bind(bind, key)
    if bound:
        if any(not label for label in labels):
            raise errors.invalid_value("tabs", ["non-empty labels"],
                                       detail="Tab labels must be non-empty when bind='query-params'.")
        if len(set(labels)) != len(labels):
            raise errors.invalid_value("tabs", ["unique labels"],
                                       detail="Tab labels must be unique when bind='query-params'.")
    default_index = labels.index(default) if default else 0
    default_label = labels[default_index]
    props = {"labels": labels, "width": width_prop(width, allow_content=False), "height": None,
             "default_index": default_index}
    if bound:
        props["bind"] = "query-params"  # stateful, the selected label in the URL
    if on_change == "ignore" and not bound:
        props["height"] = _height(height)
        block = _plain(self, DeltaGenerator, "tabs", props, key)
        current = None
    else:
        def coerce(value: Any, source: str) -> Any:
            return value if value in labels else default_label

        def label_wire(wire: Any) -> str:
            if not isinstance(wire, str) or wire not in labels:
                raise ValueError(f"{wire!r} is not one of the tabs")
            return wire

        props["height"] = _height(height)
        block, current = _stateful(
            self, DeltaGenerator, "tabs", key=key, default=default_label,
            id_params={"tabs": tuple(labels), "width": width, "height": height, "default": default},
            props=props, deserialize=label_wire, serialize=str, coerce=coerce, callback=callback,
            on_change=on_change, args=args, kwargs=kwargs)
    out = []
    for label in labels:
        tab = block._block("tab", {"label": label})
        container = TabContainer(tab._root, tab._path, form_id=tab._form_id, kind="tab")
        container.open = None if current is None else label == current
        out.append(container)
    return tuple(out)
