"""st.color_picker: a hex colour; wire form: ``"#rrggbb"`` (``"#rgb"`` accepted)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

from ..delta_generator import command
from .. import errors
from ..state.widgets import WidgetSpec, register_widget
from ._common import layout_props, STRING_FIELD_ERROR, callback_of, help_of, label_of

HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")


def is_hex_color(value: Any) -> bool:
    return isinstance(value, str) and HEX_COLOR.match(value) is not None


@dataclass
class ColorConfig:
    default: str

    def deserialize(self, wire: Any) -> str:
        if not is_hex_color(wire):
            raise ValueError(f"expected a colour like '#00ffaa', not {wire!r}")
        return wire

    def serialize(self, value: Any) -> str:
        """The page can only show a valid colour; anything else shows the default."""
        return value if is_hex_color(value) else self.default

    def coerce(self, value: Any, source: str) -> Any:
        if not isinstance(value, str):
            raise TypeError(STRING_FIELD_ERROR)
        return value


@command
def color_picker(self, label: str, value: str | None = None, key: Any = None,
                 help: str | None = None, on_change: Callable[..., Any] | str | None = "rerun",
                 args: Any = None, kwargs: Any = None, *, disabled: bool = False,
                 label_visibility: str = "visible", width: Any = "content",
                 bind: str | None = None, persist_state: str | None = None) -> str:
    """A colour picker; returns the colour as a hex string (``"#000000"`` by default)."""
    callback = callback_of(on_change)
    text = label_of(label)
    id_params = {"label": text, "value": str(value), "help": help, "width": width}
    explicit = value is not None
    if value is None:
        value = "#000000"
    if not isinstance(value, str):
        raise errors.invalid_type("value", type(value).__name__, ["str"],
                                  detail="Pass a hex string like `'#00FFAA'` or `'#000'`.")
    if not is_hex_color(value):
        raise errors.StreamlitAPIException(
            f"'{value}' is not a valid hex code for colors. Valid ones are like "
            "'#00FFAA' or '#000'."
        )
    config = ColorConfig(value)
    return register_widget(self, WidgetSpec(
        persist_state=persist_state,
        type="color_picker",
        label=text,
        key=key,
        default=value,
        id_params=id_params,
        props={**layout_props(key, width=width, allow_content=True, bind=bind, persist_state=persist_state, on_change=on_change)},
        codec=config,
        on_change=callback, args=args, kwargs=kwargs,
        explicit_default=explicit,
        disabled=disabled, help=help_of(help), label_visibility=label_visibility,
    )).value
