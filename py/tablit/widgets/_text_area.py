"""st.text_area: multi-line text; wire form: a string, or null when empty."""

from __future__ import annotations

from typing import Any, Callable

from ..delta_generator import command
from ..elements.sizing import check_height
from ..state.widgets import WidgetSpec, register_widget
from ._common import layout_props, callback_of, help_of, label_of
from ._text_input import TextConfig, check_max_chars, text_default


@command
def text_area(self, label: str, value: Any = "", height: Any = None,
              max_chars: int | None = None, key: Any = None, help: str | None = None,
              on_change: Callable[..., Any] | str | None = "rerun", args: Any = None,
              kwargs: Any = None, *, placeholder: str | None = None, disabled: bool = False,
              required: bool = False, label_visibility: str = "visible",
              width: Any = "stretch", bind: str | None = None,
              persist_state: str | None = None) -> str | None:
    """A multi-line text field; returns its text (None if empty and value=None)."""
    callback = callback_of(on_change)
    check_max_chars(max_chars)
    # 1.67: the whole element's height (label included): three lines by default, at least
    # 96 px (68 with the label collapsed, drawn by the page); "content" grows with the text
    shown_height = check_height((122 if label_visibility != "collapsed" else 94) if height is None else height,
                                allow_content=True)
    text = label_of(label)
    shown = None if value is None else str(value)
    id_params = {
        "label": text, "value": shown, "height": height, "max_chars": max_chars,
        "help": help, "placeholder": str(placeholder), "width": width, "required": required,
    }
    config = TextConfig(text_default(value, key), max_chars)
    return register_widget(self, WidgetSpec(
        persist_state=persist_state,
        type="text_area",
        label=text,
        key=key,
        default=config.default,
        id_params=id_params,
        keyed_params={"max_chars": max_chars},
        props={**layout_props(key, width=width, allow_content=False, required=required, bind=bind, persist_state=persist_state, on_change=on_change), 
            "max_chars": max_chars,
            "height": shown_height,
            "placeholder": None if placeholder is None else str(placeholder),
        },
        codec=config,
        on_change=callback, args=args, kwargs=kwargs,
        explicit_default=value is not None and value != "",
        disabled=disabled, help=help_of(help), label_visibility=label_visibility,
    )).value
