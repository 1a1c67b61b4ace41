"""st.checkbox and st.toggle: one boolean, wire form ``true``/``false``."""

from __future__ import annotations

import numbers
from typing import Any, Callable

from ..delta_generator import command
from ..state.widgets import WidgetSpec, register_widget
from ._common import callback_of, help_of, label_of, layout_props, not_int_error


def deserialize_bool(wire: Any) -> bool:
    if not isinstance(wire, bool):
        raise TypeError(f"expected true or false, not {wire!r}")
    return wire


def _coerce(value: Any, source: str) -> Any:
    """A value from session state is returned as is, but must fit a bool
    (Streamlit fails the same way when it sends a string to the page)."""
    if value is True or value is False:
        return value
    if not isinstance(value, numbers.Integral):
        raise not_int_error(value)
    return value


def _bool_widget(self, kind: str, label: Any, value: Any, key: Any, help: Any,
                 on_change: Any, args: Any, kwargs: Any, disabled: bool,
                 label_visibility: str, width: Any, wrap: Any = None, bind: Any = None,
                 persist_state: Any = None) -> bool:
    callback = callback_of(on_change)
    text = label_of(label)
    return register_widget(self, WidgetSpec(
        type=kind,
        label=text,
        key=key,
        default=bool(value),
        id_params={"label": text, "value": bool(value), "help": help, "width": width},
        props=layout_props(key, width=width, allow_content=True, wrap=wrap, bind=bind,
                           persist_state=persist_state, on_change=on_change),
        deserialize=deserialize_bool,
        serialize=bool,
        on_change=callback, args=args, kwargs=kwargs,
        explicit_default=value is not False and value is not None,
        disabled=disabled, help=help_of(help), label_visibility=label_visibility,
        coerce=_coerce, persist_state=persist_state,
    )).value


@command
def checkbox(self, label: str, value: bool = False, key: Any = None, help: str | None = None,
             on_change: Callable[..., Any] | str | None = "rerun", args: Any = None,
             kwargs: Any = None, *, disabled: bool = False, label_visibility: str = "visible",
             width: Any = "content", wrap: bool | None = None, bind: str | None = None,
             persist_state: str | None = None) -> bool:
    """A checkbox; returns whether it is checked."""
    return _bool_widget(self, "checkbox", label, value, key, help, on_change, args, kwargs,
                        disabled, label_visibility, width, wrap, bind, persist_state)


@command
def toggle(self, label: str, value: bool = False, key: Any = None, help: str | None = None,
           on_change: Callable[..., Any] | str | None = "rerun", args: Any = None,
           kwargs: Any = None, *, disabled: bool = False, label_visibility: str = "visible",
           width: Any = "content", wrap: bool | None = None, bind: str | None = None,
           persist_state: str | None = None) -> bool:
    """A toggle switch; the same widget as a checkbox, drawn differently."""
    return _bool_widget(self, "toggle", label, value, key, help, on_change, args, kwargs,
                        disabled, label_visibility, width, wrap, bind, persist_state)
