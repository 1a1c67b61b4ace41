"""st.select_slider: a slider over any list of options; one thumb or a range.

Wire form: the index of the chosen option in ``props.options``, or
``[start, end]`` indexes (start <= end) when ``props.range``.  Returns the
option object, or a tuple of two for a range.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from ..delta_generator import command
from .. import errors
from ..state.widgets import WidgetResult, WidgetSpec, register_widget
from ._common import layout_props
from ._options import Options, callback_of, index_of_equal, label_text, resync_if_options_changed


@dataclass
class SelectSliderCodec:
    options: Options
    default_indices: list[int]

    @property
    def labels(self) -> list[str]:
        return self.options.labels

    @property
    def is_range(self) -> bool:
        return len(self.default_indices) >= 2

    def default_value(self) -> Any:
        values = self.options.values
        if self.is_range:
            return (values[self.default_indices[0]], values[self.default_indices[1]])
        return values[self.default_indices[0]]

    def deserialize(self, wire: Any) -> Any:
        if wire is None:
            return self.default_value()
        if not self.is_range and not isinstance(wire, list):
            return self.options.values[self.options.wire_index(wire)]
        # (a range may also come from st.session_state on a slider made without one:
        # the page shows it as a range and sends both ends)
        if not isinstance(wire, list) or len(wire) != 2:
            raise TypeError(f"a range select_slider takes [start, end] option indices, not {wire!r}")
        start, end = self.options.wire_indices(wire)
        if start > end:
            raise ValueError(f"the range start {start} is after its end {end}")
        return (self.options.values[start], self.options.values[end])

    def serialize(self, value: Any) -> Any:
        index = self.options.index_of(value)
        if index is not None:  # an option (options may themselves be tuples)
            return index
        if isinstance(value, (tuple, list)):
            return [self.options.index_of(v) for v in value]
        return None

    def coerce(self, value: Any, source: str) -> Any:
        """Values no longer among the options reset to the default (the whole range)."""
        if isinstance(value, tuple):
            found = [self.options.current(v, source) for v in value]
            if len(found) == 2 and all(ok for ok, _ in found):
                return (found[0][1], found[1][1])
            values = self.options.values
            end = self.default_indices[1] if len(self.default_indices) > 1 else len(values) - 1
            return (values[self.default_indices[0]], values[end])
        ok, current = self.options.current(value, source)
        return current if ok else self.options.values[self.default_indices[0]]


@command
def select_slider(self, label: str, options: Any = (), value: Any = None,
                  format_func: Callable[[Any], Any] = str, key: Any = None,
                  help: str | None = None, on_change: Callable[..., Any] | str | None = "rerun",
                  args: Any = None, kwargs: Any = None, *, disabled: bool = False,
                  label_visibility: str = "visible", width: Any = "stretch", bind: Any = None,
                  persist_state: Any = None) -> Any:
    """A slider over options; returns the option object, or a tuple for a range."""
    callback = callback_of(on_change)
    label = label_text(label)
    opts = Options.build(options, format_func)
    if not opts.values:
        raise errors.StreamlitMissingRequiredParameterError(
            "options", detail="Provide at least one option.")
    indices = _value_indices(opts.values, value)
    codec = SelectSliderCodec(opts, indices)
    result = register_widget(self, WidgetSpec(
        persist_state=persist_state,
        type="select_slider",
        label=label,
        key=key,
        default=codec.default_value(),
        id_params={"label": label, "options": opts.labels, "value": indices, "help": help,
                   "width": width},
        keyed_params={},
        props={**layout_props(key, width=width, allow_content=False, bind=bind, persist_state=persist_state, on_change=on_change), "options": opts.labels, "range": codec.is_range},
        codec=codec,
        on_change=callback, args=args, kwargs=kwargs,
        explicit_default=value is not None,
        disabled=disabled, help=help, label_visibility=label_visibility,
    ), finish=lambda placed: _finish(placed, opts.labels, codec.is_range))
    return result.value


def _finish(placed: WidgetResult, labels: list[str], is_range: bool) -> None:
    resync_if_options_changed(placed, labels)
    if isinstance(placed.value, tuple) and not is_range:
        placed.node.props["range"] = True  # a range set through st.session_state


def _value_indices(values: list[Any], value: Any) -> list[int]:
    """``value`` as option indexes: one, or a sorted pair for a range."""
    if isinstance(value, (list, tuple)):
        indices = [index_of_equal(values, v) for v in value]
        start, end = indices  # a range has exactly two ends (Python's unpack error otherwise)
        return [end, start] if start > end else [start, end]
    try:
        return [index_of_equal(values, value)]
    except ValueError:
        if value is not None:
            raise
        return [0]
