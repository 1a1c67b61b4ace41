"""st.radio: one option out of a short list, or None.

Wire form: the index of the chosen option in ``props.options``, or ``null``
(then the default applies, as in Streamlit).  Returns the option object.
"""

from __future__ import annotations

from typing import Any, Callable

from ..delta_generator import command
from .. import errors
from ..state.widgets import WidgetSpec, register_widget
from ._common import layout_props
from ._options import Options, SingleChoice, callback_of, label_text, resync_if_options_changed, state_value


def _caption(caption: Any) -> str:
    if caption is None:
        return ""
    if isinstance(caption, str):
        return caption
    raise errors.invalid_type("captions", type(caption).__name__, ["str", "None"])


@command
def radio(self, label: str, options: Any, index: int | None = 0,
          format_func: Callable[[Any], Any] = str, key: Any = None, help: str | None = None,
          on_change: Callable[..., Any] | str | None = "rerun", args: Any = None,
          kwargs: Any = None, *, disabled: bool = False, horizontal: bool = False,
          label_visibility: str = "visible", captions: Any = None, bind: Any = None,
          persist_state: Any = None, width: Any = "content") -> Any:
    """Radio buttons; returns the chosen option object, or None."""
    callback = callback_of(on_change)
    label = label_text(label)
    opts = Options.build(options, format_func)
    caption_list = None if captions is None else list(captions)
    id_params = {"label": label, "options": opts.labels, "index": index, "help": help,
                 "horizontal": horizontal, "captions": caption_list, "width": width}
    opts.check_index(index)
    if isinstance(index, bool):
        # What Streamlit's protobuf layer raises for index=True/False.
        raise TypeError("Field Radio.default: Expected an int, got a boolean.")
    shown_captions = None if caption_list is None else [_caption(c) for c in caption_list]
    explicit_default = index not in (0, None)
    if state_value(key) is None:
        index = None  # a key holding None means "no selection" by default
    codec = SingleChoice(opts, index)
    result = register_widget(self, WidgetSpec(
        persist_state=persist_state,
        type="radio",
        label=label,
        key=key,
        default=codec.default_value(),
        id_params=id_params,
        keyed_params={},
        props={**layout_props(key, width=width, allow_content=True, bind=bind, persist_state=persist_state, on_change=on_change), "options": opts.labels, "horizontal": bool(horizontal), "captions": shown_captions},
        codec=codec,
        on_change=callback, args=args, kwargs=kwargs,
        explicit_default=explicit_default,
        disabled=disabled, help=help, label_visibility=label_visibility,
    ), finish=lambda placed: resync_if_options_changed(placed, opts.labels))
    return result.value
