"""st.multiselect: any number of options (up to ``max_selections``).

Wire form: a list of indexes into ``props.options``; with
``accept_new_options`` an entry may also be a string the user typed (a string
equal to an option's label means that option).  Returns a new list of option
objects each run, so appending to it never touches session state (C25).
"""

from __future__ import annotations

from dataclasses import dataclass
from numbers import Integral
from typing import Any, Callable

from ..delta_generator import command
from .. import errors
from ..state.widgets import WidgetSpec, register_widget
from ._common import layout_props
from ._options import Options, callback_of, label_text, resync_if_options_changed, to_option_list
from ._selectbox import check_filter_mode

SELECT_ALL_DEFAULT = 1000
SELECT_ALL_ALWAYS = -1


@dataclass
class MultiselectCodec:
    options: Options
    default_indices: list[int]
    accept_new_options: bool
    max_selections: int | None

    @property
    def labels(self) -> list[str]:
        return self.options.labels

    def default_value(self) -> list[Any]:
        return [self.options.values[i] for i in self.default_indices]

    def deserialize(self, wire: Any) -> list[Any]:
        if wire is None:
            return self.default_value()
        if not isinstance(wire, list):
            raise TypeError(f"a multiselect takes a list of option indices, not {wire!r}")
        if self.max_selections is not None and len(wire) > self.max_selections:
            raise ValueError(f"{len(wire)} selections exceed max_selections={self.max_selections}")
        out: list[Any] = []
        seen: set[Any] = set()
        for item in wire:
            if isinstance(item, str):
                index = self.options.by_label.get(item)
                if index is None and not self.accept_new_options:
                    raise ValueError(f"{item!r} is not an option (new options are not accepted)")
                marker: Any = ("new", item) if index is None else index
                value = item if index is None else self.options.values[index]
            else:
                index = self.options.wire_index(item)
                marker, value = index, self.options.values[index]
            if marker in seen:
                raise ValueError(f"option {item!r} is selected twice")
            seen.add(marker)
            out.append(value)
        return out

    def serialize(self, values: Any) -> list[Any]:
        out: list[Any] = []
        for value in to_option_list(values):
            index = self.options.index_of(value)
            out.append(index if index is not None else self.options.label_of(value))
        return out

    def coerce(self, values: Any, source: str) -> Any:
        """Too many selections raise; values no longer among the options are dropped."""
        check_max_selections(values, self.max_selections)
        if not values:
            return values
        kept: list[Any] = []
        for value in values:
            found, current = self.options.current(value, source)
            if found or self.accept_new_options:
                kept.append(current)
        if len(kept) == len(values) and all(a is b for a, b in zip(kept, values)):
            return values
        return kept


def check_max_selections(values: Any, max_selections: int | None) -> None:
    if max_selections is None:
        return
    if values is None:
        count = 0
    else:
        try:
            count = len(values)
        except TypeError:
            count = 1
    if count > max_selections:
        raise errors.StreamlitSelectionCountExceedsMaxError(count, max_selections)


def _check_max_selections_param(max_selections: Any) -> None:
    if max_selections is None:
        return
    if isinstance(max_selections, bool) or not isinstance(max_selections, Integral) or max_selections < 1:
        detail = ("To disable `st.multiselect`, use `disabled=True`."
                  if isinstance(max_selections, Integral) and max_selections == 0 else None)
        raise errors.invalid_value("max_selections", ["a positive integer"], detail=detail)


def _encode_select_all(select_all: Any) -> int:
    if isinstance(select_all, bool):
        return SELECT_ALL_ALWAYS if select_all else 0
    if isinstance(select_all, int):
        if select_all < 0:
            raise errors.invalid_value(
                "select_all", ["True", "False", "a non-negative integer"],
                detail="When using an int, `select_all` must be a non-negative integer.")
        return min(select_all, 2**31 - 1)
    raise errors.invalid_type("select_all", type(select_all).__name__, ["bool", "int"])


@command
def multiselect(self, label: str, options: Any, default: Any = None,
                format_func: Callable[[Any], Any] = str, key: Any = None, help: str | None = None,
                on_change: Callable[..., Any] | str | None = "rerun", args: Any = None,
                kwargs: Any = None, *, max_selections: int | None = None,
                placeholder: str | None = None, disabled: bool = False,
                label_visibility: str = "visible", accept_new_options: bool = False,
                filter_mode: Any = "fuzzy", select_all: bool | int = SELECT_ALL_DEFAULT,
                width: Any = "stretch", wrap: bool | None = None, bind: Any = None,
                persist_state: Any = None) -> list[Any]:
    """A multi-choice drop-down; returns a list of option objects."""
    callback = callback_of(on_change)
    label = label_text(label)
    _check_max_selections_param(max_selections)
    opts = Options.build(options, format_func)
    default_indices = opts.default_indices(default)
    if placeholder == "":
        placeholder = " "
    check_filter_mode(filter_mode, accept_new_options)
    encoded_select_all = _encode_select_all(select_all)
    id_params = {"label": label, "options": opts.labels, "default": default_indices, "help": help,
                 "max_selections": max_selections, "placeholder": placeholder,
                 "accept_new_options": accept_new_options, "filter_mode": filter_mode,
                 "select_all": encoded_select_all, "width": width}
    codec = MultiselectCodec(opts, default_indices, bool(accept_new_options), max_selections)
    result = register_widget(self, WidgetSpec(
        persist_state=persist_state,
        type="multiselect",
        label=label,
        key=key,
        default=codec.default_value(),
        id_params=id_params,
        keyed_params={"max_selections": max_selections, "accept_new_options": accept_new_options},
        props={**layout_props(key, width=width, allow_content=False, wrap=wrap, bind=bind, persist_state=persist_state, on_change=on_change), "options": opts.labels, "max_selections": max_selections,
               "placeholder": placeholder, "select_all": encoded_select_all,
               "filter_mode": filter_mode, "accept_new_options": bool(accept_new_options)},
        codec=codec,
        on_change=callback, args=args, kwargs=kwargs,
        explicit_default=default is not None,
        disabled=disabled, help=help, label_visibility=label_visibility,
    ), finish=lambda placed: resync_if_options_changed(placed, opts.labels))
    return result.value
