"""Helpers several widgets share: argument normalisation and Streamlit's checks.

Each helper mirrors one of Streamlit's widget-argument rules so every widget
raises the same error text for the same mistake.
"""

from __future__ import annotations

import logging
import numbers
import textwrap
from typing import TYPE_CHECKING, Any, Callable

from .. import errors
from ..elements.sizing import check_width
from ..icons import icon_or_none
from ..runtime.context import get_ctx
from ..state.widgets import user_key_of
from ._query_bind import check_bind

if TYPE_CHECKING:
    from ..delta_generator import DeltaGenerator

log = logging.getLogger("tablit")

ON_CHANGE_MODES = ("rerun", "ignore")
BUTTON_TYPES = ("primary", "secondary", "tertiary")

# JavaScript's safe number range: the page holds numbers as JS doubles.
JS_MAX_SAFE_INTEGER = (1 << 53) - 1
JS_MIN_SAFE_INTEGER = -((1 << 53) - 1)
JS_MAX_VALUE = 1.7976931348623157e308
JS_MIN_NEGATIVE_VALUE = -JS_MAX_VALUE

_MISSING = object()


def callback_of(value: Any, *, param: str = "on_change",
                modes: tuple[str, ...] = ON_CHANGE_MODES) -> Callable[..., Any] | None:
    """The callable behind ``on_change``/``on_click``/``on_submit``, or None.

    Streamlit ≥1.55 also takes the modes ``"rerun"`` (the default) and
    ``"ignore"`` where a widget supports them; they mean "no callback".
    """
    if value is None:
        return None
    if callable(value):
        return value
    if isinstance(value, str) and value in ON_CHANGE_MODES:
        if value in modes:
            return None
        raise errors.StreamlitAPIException(
            f'`{param}="{value}"` is not supported on this widget. '
            f"Pass a callback, or omit `{param}`."
        )
    valid = [repr(m) for m in modes] + ["a callback function"]
    raise errors.invalid_value(param, valid)


def label_of(label: Any) -> str:
    """``label`` as text; an empty one is allowed but logged, as Streamlit does."""
    text = "" if label is None else label if isinstance(label, str) else str(label)
    if not text:
        log.warning(
            "`label` got an empty value. This is discouraged for accessibility reasons and may "
            "be disallowed in the future by raising an exception. Please provide a non-empty "
            "label and hide it with label_visibility if needed."
        )
    return text


def help_of(help: Any) -> str | None:
    """The tooltip text shown by the page (dedented, like Streamlit's)."""
    if help is None:
        return None
    return textwrap.dedent(help if isinstance(help, str) else str(help))


def in_form(dg: "DeltaGenerator") -> bool:
    return bool(dg._active()._form_id)


def check_button_type(type: Any) -> None:
    if type not in BUTTON_TYPES:
        raise errors.invalid_value("type", [repr(t) for t in BUTTON_TYPES])


def check_icon_position(icon_position: Any) -> str:
    if icon_position is None:
        return "left"
    if icon_position not in ("left", "right"):
        raise errors.invalid_value("icon_position", ["'left'", "'right'"])
    return icon_position


def width_of(width: Any, use_container_width: bool | None) -> Any:
    """The deprecated ``use_container_width`` overrides ``width`` when given."""
    if use_container_width is not None:
        return "stretch" if use_container_width else "content"
    return width


def state_holds_none(key: Any) -> bool:
    """True when ``st.session_state[key]`` exists and is None.

    Text and number inputs then use None as their default (Streamlit checks
    this before registering, so a cleared widget stays cleared).
    """
    user_key = user_key_of(key)
    if user_key is None or user_key == "":
        return False
    state = get_ctx().session.state
    return state.lookup(user_key, _MISSING) is None


def is_number(value: Any) -> bool:
    """A real number that is not a bool (the page sends JSON numbers)."""
    kind = type(value)
    if kind is int or kind is float:  # (before the ABC check, slow under Pyodide)
        return True
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def check_js_int(value: int, name: str) -> None:
    if value < JS_MIN_SAFE_INTEGER:
        raise errors.StreamlitJSNumberBoundsError(f"{name} ({value}) must be >= -((1 << 53) - 1)")
    if value > JS_MAX_SAFE_INTEGER:
        raise errors.StreamlitJSNumberBoundsError(f"{name} ({value}) must be <= (1 << 53) - 1")


def check_js_float(value: Any, name: str) -> None:
    if not isinstance(value, (numbers.Integral, float)):
        raise errors.StreamlitJSNumberBoundsError(f"{name} ({value}) is not a float")
    if value < JS_MIN_NEGATIVE_VALUE:
        raise errors.StreamlitJSNumberBoundsError(f"{name} ({value}) must be >= -1.797e+308")
    if value > JS_MAX_VALUE:
        raise errors.StreamlitJSNumberBoundsError(f"{name} ({value}) must be <= 1.797e+308")


def not_int_error(value: Any) -> TypeError:
    """The error protobuf raises when a bool field is given a non-integer."""
    return TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")


STRING_FIELD_ERROR = "bad argument type for built-in operation"


def layout_props(key: Any, *, width: Any, allow_content: bool, wrap: Any = None,
                 required: Any = None, icon: Any = None, bind: Any = None,
                 persist_state: Any = None, on_change: Any = None) -> dict[str, Any]:
    """The props every widget shares beyond its value: ``width`` (validated as
    Streamlit does), ``wrap``, ``required``, ``icon``; and the ``bind``
    check and mark (``bind: "query-params"``, see ``state/query_bind.py``); and
    ``on_change="ignore"`` (no rerun of its own).  The page
    draws each of them (``web/render/widgets/common.js``)."""
    props: dict[str, Any] = {"width": check_width(width, allow_content=allow_content)}
    if wrap is not None:
        props["wrap"] = bool(wrap)
    if required is not None:
        props["required"] = bool(required)
    if icon is not None:
        props["icon"] = icon_or_none(icon)
    if isinstance(on_change, str) and on_change == "ignore":
        props["on_change"] = "ignore"  # the page defers the value to the next update
    if bind is not None and check_bind(bind, key):  # (None: not bound, without the call)
        props["bind"] = "query-params"  # register_widget keeps the value in the URL
    # (persist_state goes into the widget's WidgetSpec: register_widget checks and keeps it)
    return props
