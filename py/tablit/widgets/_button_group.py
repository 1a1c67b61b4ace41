"""st.pills and st.segmented_control: a row of option buttons, one or many selected.

Node ``pills`` / ``segmented_control``: ``{options: [str], selection_mode:
'single'|'multi', required: bool, width, wrap, on_change}``.  Wire form: a
list of indexes into ``props.options`` (at most one in single mode; ``[]``
is no selection).  Returns the option object (single) or a new list of them
(multi), as Streamlit does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from .. import errors
from ..elements.sizing import check_width
from ..state.widgets import WidgetSpec, register_widget
from ._common import help_of
from ._options import Options, callback_of, label_text, resync_if_options_changed
from ._query_bind import bind_spec

SELECTION_MODES = ("single", "multi")


@dataclass
class ButtonGroupCodec:
    """Wire conversions; values no longer among the options fall back as Streamlit's do."""

    options: Options
    default_indices: list[int]
    multi: bool

    @property
    def labels(self) -> list[str]:
        return self.options.labels

    def default_value(self) -> Any:
        values = [self.options.values[i] for i in self.default_indices]
        if self.multi:
            return values
        return values[0] if values else None

    def deserialize(self, wire: Any) -> Any:
        if wire is None:
            return self.default_value()
        indices = self.options.wire_indices(wire)
        if len(set(indices)) != len(indices):
            raise ValueError("an option is selected twice")
        if not self.multi:
            if len(indices) > 1:
                raise ValueError("a single-select button group takes at most one option")
            return self.options.values[indices[0]] if indices else None
        return [self.options.values[i] for i in indices]

    def serialize(self, value: Any) -> list[int]:
        if value is None:
            return []
        items = list(value) if self.multi and isinstance(value, (list, tuple)) else [value]
        out = []
        for item in items:
            index = self.options.index_of(item)
            if index is not None:
                out.append(index)
        return out

    def coerce(self, value: Any, source: str) -> Any:
        if value is None:
            return [] if self.multi else None
        if not self.multi:
            found, current = self.options.current(value, source)
            return current if found else self.default_value()
        kept = []
        for item in list(value) if isinstance(value, (list, tuple)) else [value]:
            found, current = self.options.current(item, source)
            if found:
                kept.append(current)
        return kept


def button_group(self: Any, style: str, label: Any, options: Any, *, selection_mode: str,
                 default: Any, required: bool, format_func: Callable[[Any], Any] | None, key: Any,
                 help: Any, on_change: Any, args: Any, kwargs: Any, disabled: bool,
                 label_visibility: str, width: Any, wrap: bool | None, bind: Any,
                 persist_state: Any) -> Any:
    """The body of st.pills and st.segmented_control (``style`` is the node kind)."""
    label = label_text(label)
    if required and selection_mode == "multi":
        raise errors.StreamlitIncompatibleParametersError(
            "required=True", "selection_mode='multi'",
            explanation="`required` is only supported for single-select mode.")
    opts = Options.build(options, format_func or str)
    default_indices = opts.default_indices(default)
    if selection_mode not in SELECTION_MODES:
        raise errors.invalid_value("selection_mode", ["'single'", "'multi'"])
    multi = selection_mode == "multi"
    if not multi and len(default_indices) > 1:
        raise errors.StreamlitAPIException(
            f"The default argument to `st.{style}` must be a single value when "
            "`selection_mode='single'`.")
    callback = callback_of(on_change)
    check_width(width, allow_content=True)
    codec = ButtonGroupCodec(opts, default_indices, multi)
    spec = WidgetSpec(
        type=style,
        label=label,
        key=key,
        default=codec.default_value(),
        id_params={"options": opts.labels, "default": default_indices, "click_mode": selection_mode,
                   "style": style, "width": width, "label": label, "help": help},
        keyed_params={"click_mode": selection_mode},
        props={"options": opts.labels, "selection_mode": selection_mode, "required": bool(required),
               "width": width, "wrap": wrap, "on_change": "ignore" if on_change == "ignore" else "rerun"},
        codec=codec,
        on_change=callback, args=args, kwargs=kwargs,
        explicit_default=bool(default_indices),
        disabled=disabled, help=help_of(help), label_visibility=label_visibility,
    )
    result = register_widget(self, bind_spec(spec, bind, persist_state),
                             finish=lambda placed: resync_if_options_changed(placed, opts.labels))
    return result.value
