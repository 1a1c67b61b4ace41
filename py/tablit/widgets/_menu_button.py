"""st.menu_button: a button that opens a menu of options; trigger-like.

Node ``menu_button`` ``{options: [str], type, icon, width, wrap}``.  The page
sends the chosen option's index as a change *and* names the widget as the
update's trigger (as chat_input does); the call returns that option object for
the one run the choice caused, else None.  ``props.value`` is the index chosen
this run, or null.
"""

from __future__ import annotations

from typing import Any, Callable

from ..delta_generator import command
from .. import errors
from ..elements.sizing import check_width
from ..state.widgets import WidgetResult, WidgetSpec, register_widget
from ._common import callback_of, check_button_type, help_of, in_form
from ._options import Options
from ..icons import icon_or_none


class _MenuCodec:
    def __init__(self, options: Options) -> None:
        self.options = options

    def deserialize(self, wire: Any) -> Any:
        return self.options.values[self.options.wire_index(wire)]


@command
def menu_button(self, label: str, options: Any, *, key: Any = None, help: str | None = None,
                on_click: Callable[..., Any] | None = None, args: Any = None, kwargs: Any = None,
                type: str = "secondary", icon: str | None = None, disabled: bool = False,
                width: Any = "content", format_func: Callable[[Any], Any] = str,
                wrap: bool | None = None) -> Any:
    """A drop-down menu button; returns the option clicked, for that one run, else None."""
    text = "" if label is None else str(label)
    callback = callback_of(on_click, param="on_click", modes=())
    if in_form(self):
        if callback is not None:
            raise errors.form_callback()
        raise errors.StreamlitInvalidLayoutContextError(
            "`st.menu_button()` can't be used in an `st.form()`." + errors.FORM_DOCS)
    check_button_type(type)
    check_width(width, allow_content=True)
    opts = Options.build(options, format_func)
    if not opts.values:
        raise errors.StreamlitMissingRequiredParameterError("options", detail="Provide at least one option.")
    if len(set(opts.labels)) != len(opts.labels):
        raise errors.StreamlitAPIException(
            "The `format_func` produced duplicate labels for the menu button options. Each "
            "formatted option label must be unique.")
    result = register_widget(self, WidgetSpec(
        type="menu_button",
        label=text,
        key=key,
        default=None,
        id_params={"label": text, "options": opts.labels, "help": help, "type": type, "icon": icon,
                   "width": width},
        keyed_params={},
        props={"options": opts.labels, "type": type, "icon": icon_or_none(icon), "width": width, "wrap": wrap},
        deserialize=_MenuCodec(opts).deserialize,
        on_change=callback, args=args, kwargs=kwargs,
        is_trigger=True, trigger_idle=None, read_only=True, disabled=disabled, help=help_of(help),
    ), finish=lambda placed: _show_choice(placed, opts))
    return result.value


def _show_choice(placed: WidgetResult, opts: Options) -> None:
    """The page and AppTest see the chosen option by index: an option object need not be JSON."""
    placed.node.props["value"] = None if placed.value is None else opts.index_of(placed.value)
