"""st.button: a trigger widget, True for exactly the one run its click causes."""

from __future__ import annotations

from typing import Any, Callable

from ..delta_generator import command
from .. import errors
from ..elements.sizing import width_prop
from ..state.widgets import WidgetSpec, register_widget
from ._common import check_icon_position
from ..icons import icon_or_none


def trigger_value(wire: Any) -> bool:
    if wire is not True:
        raise TypeError(f"a button takes only a click (true), not {wire!r}")
    return True


@command
def button(self, label: str, key: Any = None, help: str | None = None,
           on_click: Callable[..., Any] | None = None, args: Any = None, kwargs: Any = None, *,
           type: str = "secondary", icon: str | None = None, icon_position: str = "left",
           disabled: bool = False, use_container_width: bool | None = None,
           width: Any = "content", shortcut: str | None = None, wrap: bool | None = None) -> bool:
    """A button; returns True during the run its click caused, else False."""
    if self._active()._form_id:
        if on_click is not None:
            raise errors.form_callback()
        raise errors.StreamlitAPIException(
            "`st.button()` can't be used in an `st.form()`. Use `st.form_submit_button()` "
            "instead to submit the form." + errors.FORM_DOCS
        )
    check_button_type(type)
    position = check_icon_position(icon_position)
    shown_width = width_prop(width, use_container_width)
    keys = None
    if shortcut is not None:
        from ._shortcut import normalize_shortcut  # (a family in the browser: web/tools/families.js)

        keys = normalize_shortcut(shortcut)
    return register_widget(self, WidgetSpec(
        type="button",
        label=str(label),
        key=key,
        default=False,
        id_params={"label": str(label), "icon": icon, "help": help, "is_form_submitter": False,
                   "type": type, "width": width, "icon_position": icon_position, "shortcut": keys},
        props={"type": type, "icon": icon_or_none(icon), "use_container_width": shown_width == "stretch",
               "shortcut": keys, "icon_position": position, "width": shown_width,
               **({} if wrap is None else {"wrap": bool(wrap)})},
        deserialize=trigger_value,
        on_change=on_click, args=args, kwargs=kwargs,
        is_trigger=True, read_only=True, disabled=disabled, help=help,
    )).value


def check_button_type(type: str) -> None:
    if type not in ("primary", "secondary", "tertiary"):
        raise errors.StreamlitAPIException(
            f'The type argument to st.button must be "primary", "secondary", or "tertiary". '
            f'\nThe argument passed was "{type}".'
        )
