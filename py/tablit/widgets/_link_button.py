"""st.link_button: a button that opens a URL in a new tab.

Node ``link_button``.  With ``on_click="ignore"`` (the default) it is a plain
element and returns the generator, as in Streamlit; with ``"rerun"`` or a
callback it is also a trigger widget (wire form: a click, ``true``) that
returns True for the run its click caused.  The page opens the URL either way.
"""

from __future__ import annotations

from typing import Any, Callable

from ..delta_generator import command
from .. import errors
from ..elements.sizing import width_prop
from ..state.widgets import WidgetSpec, register_widget
from ._button import trigger_value
from ._common import callback_of, check_icon_position, help_of
from ..icons import icon_or_none


@command
def link_button(self, label: str, url: str, *, key: Any = None,
                on_click: Callable[..., Any] | str = "ignore", args: Any = None, kwargs: Any = None,
                help: str | None = None, type: str = "secondary", icon: str | None = None,
                icon_position: str = "left", disabled: bool = False,
                use_container_width: bool | None = None, width: Any = "content",
                shortcut: str | None = None, wrap: bool | None = None) -> Any:
    """A link styled as a button; returns True on its click run when it reruns."""
    if type not in ("primary", "secondary", "tertiary"):
        raise errors.invalid_value("type", ["'primary'", "'secondary'", "'tertiary'"])
    position = check_icon_position(icon_position)
    shown_width = width_prop(width, use_container_width)
    text = "" if label is None else str(label)
    callback = callback_of(on_click, param="on_click")
    rerun = on_click != "ignore"
    keys = None
    if shortcut is not None:
        from ._shortcut import normalize_shortcut  # (a family in the browser: web/tools/families.js)

        keys = normalize_shortcut(shortcut)
    props = {"label": text, "url": str(url), "type": type, "icon": icon_or_none(icon), "icon_position": position,
             "disabled": bool(disabled), "help": help_of(help), "width": shown_width, "wrap": wrap,
             "shortcut": keys, "rerun": rerun}
    if not rerun:
        node = self._enqueue("link_button", props)
        return self._element(node)
    result = register_widget(self, WidgetSpec(
        type="link_button",
        label=text,
        key=key,
        default=False,
        id_params={"label": text, "icon": icon, "url": url, "help": help, "type": type,
                   "width": shown_width, "icon_position": position, "shortcut": keys},
        props={k: v for k, v in props.items() if k not in ("label", "disabled", "help")},
        deserialize=trigger_value,
        on_change=callback, args=args, kwargs=kwargs,
        is_trigger=True, read_only=True, disabled=disabled, help=props["help"],
    ))
    return result.value
