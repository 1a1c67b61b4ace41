"""st.selectbox: one option, or None; optionally a new option the user typed.

Wire form: the index of the chosen option in ``props.options``, ``null`` for
no selection (the page then falls back to the default, as Streamlit's does),
or — only with ``accept_new_options`` — a string the user typed.  Returns the
option object itself (a deep copy), never its formatted label.
"""

from __future__ import annotations

from typing import Any, Callable

from ..delta_generator import command
from .. import errors
from ..state.widgets import WidgetSpec, register_widget
from ._common import layout_props
from ._options import Options, SingleChoice, callback_of, label_text, resync_if_options_changed, state_value

FILTER_MODES = ("fuzzy", "contains", "prefix", None)


def check_filter_mode(filter_mode: Any, accept_new_options: bool) -> None:
    try:
        valid = filter_mode in FILTER_MODES
    except TypeError:
        valid = False
    if not valid:
        raise errors.invalid_value("filter_mode", ["fuzzy", "contains", "prefix", "None"])
    if filter_mode is None and accept_new_options:
        raise errors.StreamlitIncompatibleParametersError(
            "filter_mode=None", "accept_new_options=True",
            explanation="`filter_mode` cannot be `None` when `accept_new_options=True`. "
                        "Set `filter_mode` to `fuzzy`, `contains`, or `prefix`.")


@command
def selectbox(self, label: str, options: Any, index: int | None = 0,
              format_func: Callable[[Any], Any] = str, key: Any = None, help: str | None = None,
              on_change: Callable[..., Any] | str | None = "rerun", args: Any = None,
              kwargs: Any = None, *, placeholder: str | None = None, disabled: bool = False,
              required: bool = False, label_visibility: str = "visible", icon: str | None = None,
              accept_new_options: bool = False, filter_mode: Any = "fuzzy",
              width: Any = "stretch", bind: Any = None, persist_state: Any = None) -> Any:
    """A drop-down; returns the chosen option object, or None."""
    callback = callback_of(on_change)
    label = label_text(label)
    opts = Options.build(options, format_func)
    if not isinstance(index, int) and index is not None:
        raise errors.invalid_type("index", type(index).__name__, ["int", "None"])
    opts.check_index(index)
    if isinstance(index, bool):
        # What Streamlit's protobuf layer raises for index=True/False.
        raise TypeError("Field Selectbox.default: Expected an int, got a boolean.")
    if placeholder == "":
        placeholder = " "  # an explicit empty placeholder, as Streamlit marks it
    check_filter_mode(filter_mode, accept_new_options)
    id_params = {"label": label, "options": opts.labels, "index": index, "help": help,
                 "placeholder": placeholder, "accept_new_options": accept_new_options,
                 "filter_mode": filter_mode, "width": width, "required": required, "icon": icon}
    explicit_default = index not in (0, None)
    clearable = index is None  # 1.67: no default -> a "Clear value" button and Escape clear
    if state_value(key) is None:
        index = None  # a key holding None means "no selection" by default
    codec = SingleChoice(opts, index, bool(accept_new_options))
    result = register_widget(self, WidgetSpec(
        persist_state=persist_state,
        type="selectbox",
        label=label,
        key=key,
        default=codec.default_value(),
        id_params=id_params,
        keyed_params={"accept_new_options": accept_new_options},
        props={**layout_props(key, width=width, allow_content=False, required=required, icon=icon, bind=bind, persist_state=persist_state, on_change=on_change), "options": opts.labels, "placeholder": placeholder,
               "accept_new_options": bool(accept_new_options), "filter_mode": filter_mode,
               "clearable": clearable},
        codec=codec,
        on_change=callback, args=args, kwargs=kwargs,
        explicit_default=explicit_default,
        disabled=disabled, help=help, label_visibility=label_visibility,
    ), finish=lambda placed: resync_if_options_changed(placed, opts.labels))
    return result.value

