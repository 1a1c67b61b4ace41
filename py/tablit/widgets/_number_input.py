"""st.number_input: an int or float field; wire form: a JSON number or null.

The widget is in *int mode* when every numeric argument is an int (and the
value is an int), else in *float mode*; the mode decides the returned type.
A value that comes from session state is returned unchanged in that run (an
int ``5`` stays ``5`` in float mode) and takes the widget's type after the
page sends it back (``5.0``), as in Streamlit (spec §3.6, C35).
"""

from __future__ import annotations

import logging
import math
import numbers
from dataclasses import dataclass
from typing import Any, Callable

from ..delta_generator import command
from .. import errors
from ..state.widgets import WidgetSpec, register_widget
from ._common import (layout_props, callback_of, check_js_float, check_js_int, help_of, is_number,
                      label_of, state_holds_none)

log = logging.getLogger("tablit")

Number = int | float


@dataclass
class NumberConfig:
    """The resolved arguments of one number_input call."""

    value: Number | None  # the default, after "min" and session-state None
    is_int: bool
    min: Number | None  # as given (None = unbounded)
    max: Number | None
    step: Number
    format: str

    def deserialize(self, wire: Any) -> Number | None:
        """Validate a value from the page; null means "use the default"."""
        if wire is None:
            return self.value
        if not is_number(wire):
            raise TypeError(f"expected a number or null, not {wire!r}")
        if self.is_int:
            if isinstance(wire, float) and not wire.is_integer():
                raise ValueError(f"{wire!r} is not an integer")
            number: Number = int(wire)
        else:
            if not math.isfinite(wire):
                raise ValueError(f"{wire!r} is not a finite number")
            number = float(wire)
        if not self.in_range(number):
            return self.value  # as 1.67: a value outside [min, max] reverts to the default
        return number

    def serialize(self, value: Any) -> Number | None:
        """The number the page shows; anything else shows as empty."""
        if not is_number(value):
            return None
        if isinstance(value, float) and not math.isfinite(value):
            return None
        if self.is_int and not isinstance(value, int):
            return int(value)  # the page's int mode only holds integers
        return value

    def in_range(self, value: Number) -> bool:
        return not ((self.min is not None and value < self.min)
                    or (self.max is not None and value > self.max))

    def coerce(self, value: Any, source: str) -> Any:
        """Out-of-range values (from session state) fall back to the default (spec §3.7)."""
        if value is None:
            return None
        if not (isinstance(value, (int, float)) or isinstance(value, numbers.Real)):
            raise TypeError(f"must be real number, not {type(value).__name__}")
        if not self.in_range(value):
            return self.value
        return value


@command
def number_input(self, label: str, min_value: Number | None = None,
                 max_value: Number | None = None, value: Any = "min",
                 step: Number | None = None, format: str | None = None, key: Any = None,
                 help: str | None = None, on_change: Callable[..., Any] | str | None = "rerun",
                 args: Any = None, kwargs: Any = None, *, placeholder: str | None = None,
                 disabled: bool = False, required: bool = False,
                 label_visibility: str = "visible", icon: str | None = None,
                 width: Any = "stretch", bind: str | None = None,
                 persist_state: str | None = None) -> Number | None:
    """A number field; returns an int or a float (or None when empty)."""
    callback = callback_of(on_change)
    text = label_of(label)
    id_params = {
        "label": text, "min_value": min_value, "max_value": max_value, "value": value,
        "step": step, "format": format, "help": help,
        "placeholder": None if placeholder is None else str(placeholder),
        "icon": icon, "width": width, "required": required,
    }
    config = resolve(min_value, max_value, value, step, format, key)
    return register_widget(self, WidgetSpec(
        persist_state=persist_state,
        type="number_input",
        label=text,
        key=key,
        default=config.value,
        id_params=id_params,
        props={**layout_props(key, width=width, allow_content=False, required=required, icon=icon, bind=bind, persist_state=persist_state, on_change=on_change), 
            "min": min_value, "max": max_value, "step": config.step, "format": config.format,
            "placeholder": None if placeholder is None else str(placeholder),
            "data_type": "int" if config.is_int else "float",
        },
        codec=config,
        on_change=callback, args=args, kwargs=kwargs,
        explicit_default=not (isinstance(value, str) and value == "min") and value is not None,
        disabled=disabled, help=help_of(help), label_visibility=label_visibility,
    )).value


def resolve(min_value: Any, max_value: Any, value: Any, step: Any, format: str | None,
            key: Any) -> NumberConfig:
    """Streamlit's argument rules, in its order, with its messages."""
    numeric = [min_value, max_value, value, step]
    # (the builtin types first: an ABC's isinstance is slow under Pyodide)
    # (one loop, not two generators: this runs for every number_input on every run)
    all_int = all_float = True
    for a in numeric:
        if all_int and not (isinstance(a, (int, type(None), str)) or isinstance(a, numbers.Integral)):
            all_int = False
        if all_float and not isinstance(a, (float, type(None), str)):
            all_float = False
    if not all_int and not all_float:
        raise errors.StreamlitMixedNumericTypesError(value, min_value, max_value, step)

    if state_holds_none(key):
        value = None
    if isinstance(value, str) and value == "min":
        if min_value is not None:
            value = min_value
        elif all_int and all_float:
            value = 0.0  # no numbers given at all: a float input
        elif all_int:
            value = 0
        else:
            value = 0.0

    int_value = isinstance(value, int) or isinstance(value, numbers.Integral)
    float_value = isinstance(value, float)
    if value is None:
        int_value = all_int and not all_float
        float_value = not int_value

    number_format = ("%d" if int_value else "%0.2f") if format is None else format
    _warn_format_mismatch(number_format, int_value, float_value)
    if step is None:
        step = 1 if int_value else 0.01
    try:
        float(number_format % 2)
    except (TypeError, ValueError):
        raise errors.StreamlitInvalidNumberFormatError(number_format) from None

    is_int = bool(int_value and all_int)
    if min_value is not None and max_value is not None and min_value > max_value:
        raise errors.StreamlitInvalidMinMaxError(min_value, max_value)
    if min_value is not None and value is not None and min_value > value:
        raise errors.value_below_min(value, min_value)
    if max_value is not None and value is not None and max_value < value:
        raise errors.value_above_max(value, max_value)
    _check_js_bounds(is_int, min_value, max_value, step, value)
    return NumberConfig(value=value, is_int=is_int, min=min_value, max=max_value,
                        step=step, format=number_format)


def _warn_format_mismatch(number_format: str, int_value: bool, float_value: bool) -> None:
    """A type/format mismatch only changes the display; Streamlit logs it."""
    if number_format in {"%d", "%u", "%i"} and float_value:
        log.warning("st.number_input value has type float, but format %s displays as integer.",
                    number_format)
    elif number_format[-1:] == "f" and int_value:
        log.warning("st.number_input value has type int so is displayed as int despite "
                    "format string %s.", number_format)


def _check_js_bounds(is_int: bool, min_value: Any, max_value: Any, step: Any,
                     value: Any) -> None:
    """The page holds numbers as JS doubles: refuse what it cannot represent."""
    named = (("`min_value`", min_value), ("`max_value`", max_value), ("`step`", step),
             ("`value`", value))
    for name, arg in named:
        if arg is None:
            continue
        if is_int:
            check_js_int(int(arg), name)
        else:
            check_js_float(arg, name)
