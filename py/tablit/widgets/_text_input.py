"""st.text_input: one line of text; wire form: a string, or null when empty.

``value=None`` (or ``st.session_state[key] = None``) makes an input that
returns None until the user types something.
"""

from __future__ import annotations

from datetime import timedelta

from dataclasses import dataclass
from typing import Any, Callable

from ..delta_generator import command
from .. import errors
from ..state.widgets import WidgetSpec, register_widget
from ._common import (layout_props, STRING_FIELD_ERROR, callback_of, help_of, label_of,
                      state_holds_none)

TEXT_INPUT_TYPES = ("default", "password", "email", "url", "phone", "search")
# Autocomplete hints Streamlit derives from ``type`` when none is given.
_TYPE_AUTOCOMPLETE = {"default": "", "password": "new-password", "email": "email",
                      "url": "url", "phone": "tel", "search": "off"}
_TYPE_PLACEHOLDER = {"email": "you@example.com", "url": "https://example.com",
                     "phone": "+1 234 567 8900", "search": "Search"}


@dataclass
class TextConfig:
    """Wire conversions shared by text_input and text_area."""

    default: str | None
    max_chars: int | None

    def deserialize(self, wire: Any) -> str | None:
        if wire is None:
            return self.default
        if not isinstance(wire, str):
            raise TypeError(f"expected a string or null, not {wire!r}")
        if self.max_chars is not None and len(wire) > self.max_chars:
            raise ValueError(f"text is longer than max_chars={self.max_chars}")
        return wire

    def serialize(self, value: Any) -> str | None:
        """What the page shows; it cannot hold more than ``max_chars``."""
        if not isinstance(value, str):
            return None
        if self.max_chars is not None and self.max_chars >= 0:
            return value[: self.max_chars]
        return value

    def coerce(self, value: Any, source: str) -> Any:
        """Session-state values are returned as is, but must be text (or None)."""
        if value is not None and not isinstance(value, str):
            raise TypeError(STRING_FIELD_ERROR)
        return value


def text_default(value: Any, key: Any) -> str | None:
    """The default as text; None when asked for, or when ``ss[key]`` is None."""
    text = None if value is None else str(value)
    if state_holds_none(key):
        return None
    return text


def check_max_chars(max_chars: Any) -> None:
    if max_chars is not None and (isinstance(max_chars, bool)
                                  or not isinstance(max_chars, int)):
        raise errors.invalid_type("max_chars", type(max_chars).__name__, ["int", "None"])


@command
def text_input(self, label: str, value: Any = "", max_chars: int | None = None, key: Any = None,
               type: str = "default", help: str | None = None, autocomplete: str | None = None,
               on_change: Callable[..., Any] | str | None = "rerun", args: Any = None,
               kwargs: Any = None, *, placeholder: str | None = None, disabled: bool = False,
               required: bool = False, label_visibility: str = "visible",
               icon: str | None = None, validate: Any = None, live: Any = False,
               width: Any = "stretch", bind: str | None = None,
               persist_state: str | None = None) -> str | None:
    """A single-line text field; returns its text (None if empty and value=None)."""
    callback = callback_of(on_change)
    if type not in TEXT_INPUT_TYPES:
        raise errors.invalid_value("type", [repr(t) for t in TEXT_INPUT_TYPES])
    check_max_chars(max_chars)
    text = label_of(label)
    shown = None if value is None else str(value)
    id_params = {
        "label": text, "value": shown, "max_chars": max_chars, "type": type, "help": help,
        "autocomplete": autocomplete, "placeholder": str(placeholder), "icon": icon,
        "width": width, "live": live, "validate": _validate_regex(validate),
        "required": required,
    }
    config = TextConfig(text_default(value, key), max_chars)
    if placeholder is None:
        placeholder = _TYPE_PLACEHOLDER.get(type)
    rule = _validate_rule(validate, type)
    live_ms = parse_live(live)
    if icon is None:
        icon = _TYPE_ICON.get(type, "")
    return register_widget(self, WidgetSpec(
        persist_state=persist_state,
        type="text_input",
        label=text,
        key=key,
        default=config.default,
        id_params=id_params,
        keyed_params={"max_chars": max_chars, "validate": _validate_regex(validate)},
        props={**layout_props(key, width=width, allow_content=False, required=required, icon=icon, bind=bind, persist_state=persist_state, on_change=on_change), 
            "max_chars": max_chars, "type": type,
            "placeholder": None if placeholder is None else str(placeholder),
            "autocomplete": _TYPE_AUTOCOMPLETE[type] if autocomplete is None else autocomplete,
            "validate": rule, "live": live_ms,
        },
        codec=config,
        on_change=callback, args=args, kwargs=kwargs,
        explicit_default=value is not None and value != "",
        disabled=disabled, help=help_of(help), label_visibility=label_visibility,
    )).value


_TYPE_ICON = {"email": ":material/mail:", "url": ":material/link:", "phone": ":material/call:",
              "search": ":material/search:"}
# Streamlit's default rules for the specialised types (JS regexes, flags "us").
_TYPE_VALIDATE = {"email": (r"^[^\s@]+@[^\s@]+\.[^\s@]+$", "Enter a valid email address."),
                  "url": (r"^([Hh][Tt][Tt][Pp][Ss]?://)?[^\s/.]+\.[^\s]+$", "Enter a valid URL.")}
LIVE_DEFAULT_MS = 250
LIVE_MAX_MS = 60_000


def _validate_rule(validate: Any, type: str) -> list[Any] | None:
    """``[regex, message|None]`` the page checks before committing, or None.

    None falls back to the type's rule; ``""`` turns validation off."""
    if validate is None:
        rule = _TYPE_VALIDATE.get(type)
        return None if rule is None else list(rule)
    regex = _validate_regex(validate)
    if not regex:
        return None
    return [regex, validate[1] if isinstance(validate, tuple) else None]


def parse_live(live: Any) -> int | None:
    """``live`` as the pause (ms) after which the page commits while typing, or None."""
    if live is False:
        return None
    if live is True:
        return LIVE_DEFAULT_MS
    if isinstance(live, (int, float, timedelta)):
        raise errors.invalid_type(
            "live", type(live).__name__, ["bool", "str"],
            detail="A number or `datetime.timedelta` is not accepted. Use `True` for a 250ms pause, "
                   "or a duration string like `'300ms'` or `'0.5s'`. `live=300` is not milliseconds "
                   "(and `live=0.3` is not seconds); duration units must be explicit.")
    if not isinstance(live, str):
        raise errors.invalid_type("live", type(live).__name__, ["bool", "str"])
    from ..runtime.caching import ttl_seconds

    seconds = 0.0 if live.strip() == "0" else ttl_seconds(live)
    ms = round(seconds * 1000.0)
    if seconds > 0 and ms == 0:
        ms = 1
    if seconds < 0 or ms > LIVE_MAX_MS:
        raise errors.StreamlitValueOutOfRangeError(
            "live", live, "0ms", "1m",
            detail="Use `True` for the 250ms default, `'0ms'` to commit on every change, or a "
                   "duration string up to `'1m'`.")
    return ms


def _validate_regex(validate: Any) -> str | None:
    """The regex part of ``validate`` (it counts for identity, even with a key)."""
    if validate is None:
        return None
    if isinstance(validate, str):
        return validate
    if isinstance(validate, tuple):
        if len(validate) == 2 and all(isinstance(v, str) for v in validate):
            return validate[0]
        raise errors.invalid_value("validate", ["a regex string",
                                                "a (regex, message) tuple of strings"])
    raise errors.invalid_type("validate", type(validate).__name__, ["None", "str", "tuple"])
