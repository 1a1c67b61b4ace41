"""st.slider: numbers, dates, times and datetimes; one thumb, or two for a range.

Wire form (``WIRE_FORMATS["slider"]``): a number for one thumb, ``[lo, hi]``
for a range.  Dates, times and datetimes travel as microseconds since the
epoch, UTC, with the wall-clock fields read as UTC (no timezone conversion:
the page shows the time exactly as the app gave it; Python restores the
app's tzinfo).  A time is placed on 2000-01-01, as Streamlit does, which keeps
clear of pre-epoch timezone quirks.  ``props.data_type`` says which.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from numbers import Integral, Real
from typing import Any, Callable

from ..delta_generator import command
from .. import errors
from ..state.widgets import WidgetSpec, register_widget
from ._common import layout_props
from ._options import callback_of, is_missing, label_text, state_value

INT, FLOAT, DATE, TIME, DATETIME = "int", "float", "date", "time", "datetime"
TIMELIKE = (DATE, TIME, DATETIME)
SCALAR_TYPES = (Integral, Real, datetime, date, time)
_BUILTIN_SCALARS = (int, float, datetime, date, time)  # checked first: no ABC

UTC_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
TIME_BASE_DATE = date(2000, 1, 1)
MAX_SAFE_INTEGER = (1 << 53) - 1
MAX_FLOAT = 1.7976931348623157e308
_SAFE_SPAN = timedelta(microseconds=MAX_SAFE_INTEGER)
MIN_SAFE_DAY = (datetime(1970, 1, 1) - _SAFE_SPAN).date() + timedelta(days=1)
MAX_SAFE_DAY = (datetime(1970, 1, 1) + _SAFE_SPAN).date() - timedelta(days=1)

DEFAULT_FORMATS = {INT: "%d", FLOAT: "%0.2f", DATE: "YYYY-MM-DD", DATETIME: "YYYY-MM-DD",
                   TIME: "HH:mm"}


# ----------------------------------------------------------------- conversions
def kind_of(value: Any) -> str:
    """The slider data type of one scalar (bool counts as int, as in Streamlit)."""
    # (the builtin types first: an ABC's isinstance is slow under Pyodide)
    if isinstance(value, int) or isinstance(value, Integral):
        return INT
    if isinstance(value, float) or isinstance(value, Real):
        return FLOAT
    if isinstance(value, datetime):
        return DATETIME
    if isinstance(value, date):
        return DATE
    if isinstance(value, time):
        return TIME
    raise TypeError(f"unsupported slider value {value!r}")


def delta_to_micros(delta: timedelta) -> int:
    return delta.microseconds + (delta.seconds + delta.days * 86400) * 1_000_000


def datetime_to_micros(dt: datetime) -> int:
    """Wall-clock fields read as UTC: the page shows exactly what the app gave."""
    return delta_to_micros(dt.replace(tzinfo=UTC) - UTC_EPOCH)


def micros_to_datetime(micros: int, tz: tzinfo | None) -> datetime:
    return (UTC_EPOCH + timedelta(microseconds=micros)).replace(tzinfo=tz)


def to_micros(value: Any, kind: str) -> int:
    if kind == DATE:
        return datetime_to_micros(datetime.combine(value, time()))
    if kind == TIME:
        return datetime_to_micros(datetime.combine(TIME_BASE_DATE, value))
    return datetime_to_micros(value)


def window_around(anchor: date, window: timedelta) -> tuple[date, date]:
    """``anchor`` -/+ ``window``, clamped to what the page can represent."""
    if isinstance(anchor, datetime):
        floor: date = datetime.combine(MIN_SAFE_DAY, time.min, tzinfo=anchor.tzinfo)
        ceiling: date = datetime.combine(MAX_SAFE_DAY, time.max, tzinfo=anchor.tzinfo)
    else:
        floor, ceiling = MIN_SAFE_DAY, MAX_SAFE_DAY
    try:
        low = min(anchor, max(anchor - window, floor))
    except OverflowError:
        low = anchor
    try:
        high = max(anchor, min(anchor + window, ceiling))
    except OverflowError:
        high = anchor
    return low, high


@dataclass
class SliderCodec:
    """Converts between slider values and their wire form; validates the page's."""

    kind: str
    single: bool
    default_wire: list[float | int]
    min: float | int
    max: float | int
    tz: tzinfo | None = None

    # Python -> wire ------------------------------------------------------
    def scalar_to_wire(self, value: Any) -> float | int:
        if self.kind in TIMELIKE:
            return to_micros(value, self.kind)
        if self.kind == INT and (isinstance(value, int) or isinstance(value, Integral)):
            return int(value)
        return float(value)

    def serialize(self, value: Any) -> Any:
        if isinstance(value, (list, tuple)):
            return [self.scalar_to_wire(v) for v in value]
        return self.scalar_to_wire(value)

    # wire -> Python ------------------------------------------------------
    def scalar_from_wire(self, wire: float | int) -> Any:
        if self.kind == INT:
            return int(wire)
        if self.kind == FLOAT:
            return float(wire)
        dt = micros_to_datetime(int(wire), self.tz)
        if self.kind == DATE:
            return dt.date()
        if self.kind == TIME:
            return dt.time().replace(tzinfo=self.tz)
        return dt

    def check_wire_number(self, wire: Any) -> float | int:
        if isinstance(wire, bool) or not isinstance(wire, (int, float)):
            raise TypeError(f"a slider value must be a number, not {wire!r}")
        if not math.isfinite(wire):
            raise ValueError(f"a slider value must be finite, not {wire!r}")
        if self.kind != FLOAT and isinstance(wire, float) and not wire.is_integer():
            # (an int slider's 0.5 is refused, as number_input refuses it, not truncated)
            raise ValueError(f"{wire!r} is not a whole number: this slider holds "
                             f"{'integers' if self.kind == INT else 'whole microseconds'}")
        if wire < self.min or wire > self.max:
            raise ValueError(f"{wire!r} is outside the slider's range [{self.min}, {self.max}]")
        return wire

    def deserialize(self, wire: Any) -> Any:
        if self.single:
            return self.scalar_from_wire(self.check_wire_number(wire))
        if not isinstance(wire, list) or len(wire) != len(self.default_wire):
            raise TypeError(f"a range slider takes a list of {len(self.default_wire)} numbers, "
                            f"not {wire!r}")
        numbers = [self.check_wire_number(w) for w in wire]
        if len(numbers) == 2 and numbers[0] > numbers[1]:
            raise ValueError(f"the range start {numbers[0]!r} is after its end {numbers[1]!r}")
        return tuple(self.scalar_from_wire(n) for n in numbers)

    def default_value(self) -> Any:
        values = [self.scalar_from_wire(w) for w in self.default_wire]
        return values[0] if self.single else tuple(values)

    def check_in_range(self, value: Any) -> None:
        """A value set through session state must lie within [min, max]."""
        wire = self.serialize(value)
        for w in (wire if isinstance(wire, list) else [wire]):
            if w < self.min:
                raise errors.value_below_min(self.scalar_from_wire(w), self.scalar_from_wire(self.min))
            if w > self.max:
                raise errors.value_above_max(self.scalar_from_wire(w), self.scalar_from_wire(self.max))


# ------------------------------------------------------------------ the widget
@command
def slider(self, label: str, min_value: Any = None, max_value: Any = None, value: Any = None,
           step: Any = None, format: str | None = None, key: Any = None, help: str | None = None,
           on_change: Callable[..., Any] | str | None = "rerun", args: Any = None,
           kwargs: Any = None, *, disabled: bool = False, label_visibility: str = "visible",
           width: Any = "stretch", bind: Any = None, persist_state: Any = None) -> Any:
    """A slider; returns int/float/date/time/datetime, or a tuple for a range."""
    callback = callback_of(on_change)
    label = label_text(label)
    raw = {"min_value": min_value, "max_value": max_value, "step": step}
    id_params = {"label": label, **raw, "value": value, "format": format, "help": help,
                 "width": width}
    explicit_default = value is not None

    if value is None:
        # Single or range?  A keyed slider learns it from its session-state value.
        held = state_value(key)
        single = is_missing(held) or isinstance(held, SCALAR_TYPES)
        if single:
            value = min_value if min_value is not None else 0
        else:
            value = [min_value if min_value is not None else 0,
                     max_value if max_value is not None else 100]

    single = isinstance(value, _BUILTIN_SCALARS) or isinstance(value, SCALAR_TYPES)
    if not single and not (isinstance(value, (list, tuple)) and len(value) in (0, 1, 2)):
        if isinstance(value, (list, tuple)):
            raise errors.invalid_value("value", [
                "int", "float", "date", "time", "datetime",
                "a list containing up to two such values",
                "a tuple containing up to two such values"])
        raise errors.invalid_type("value", type(value).__name__,
                                  ["int", "float", "date", "time", "datetime", "list", "tuple"])
    values = [value] if single else list(value)
    if len({kind_of(v) for v in values}) > 1:
        raise errors.invalid_type("value", ", ".join(type(v).__name__ for v in values),
                                  ["list or tuple containing values of the same type"])
    kind = INT if not values else kind_of(values[0])

    min_value, max_value, step, format = _apply_defaults(kind, values, min_value, max_value,
                                                         step, format)
    _check_types(kind, value, min_value, max_value, step)

    # Reversed bounds are swapped; the value widens the bounds if outside.
    if min_value > max_value:
        min_value, max_value = max_value, min_value
    if len(values) == 1:
        min_value = min(values[0], min_value)
        max_value = max(values[0], max_value)
    elif len(values) == 2:
        if values[0] > values[1]:
            values = [values[1], values[0]]
        min_value = min(values[0], min_value)
        max_value = max(values[1], max_value)
    else:
        values = [min_value, max_value]

    codec = _codec(kind, single, values, min_value, max_value)
    step_wire = delta_to_micros(step) if kind in TIMELIKE else step

    def coerce(current: Any, source: str) -> Any:
        # Values set through session state are checked against the range
        # (Streamlit raises rather than clamping).
        if source in ("W", "Ck"):
            codec.check_in_range(current)
        return current

    default = codec.default_value()
    return register_widget(self, WidgetSpec(
        persist_state=persist_state,
        type="slider",
        label=label,
        key=key,
        default=default,
        id_params=id_params,
        keyed_params=raw,
        props={**layout_props(key, width=width, allow_content=False, bind=bind, persist_state=persist_state, on_change=on_change), "min": codec.min, "max": codec.max, "step": step_wire, "format": format,
               "data_type": kind, "range": not single},
        codec=codec,
        on_change=callback, args=args, kwargs=kwargs,
        explicit_default=explicit_default,
        disabled=disabled, help=help, label_visibility=label_visibility,
        coerce=coerce,
    )).value


def _apply_defaults(kind: str, values: list[Any], min_value: Any, max_value: Any, step: Any,
                    format: str | None) -> tuple[Any, Any, Any, str]:
    """Streamlit's per-type defaults for the bounds, the step and the format."""
    if kind == INT:
        lo, hi, default_step = 0, 100, 1
    elif kind == FLOAT:
        lo, hi, default_step = 0.0, 1.0, 0.01
    elif kind == TIME:
        tz = values[0].tzinfo
        lo, hi, default_step = time.min.replace(tzinfo=tz), time.max.replace(tzinfo=tz), \
            timedelta(minutes=15)
    else:
        lo, hi = window_around(values[0], timedelta(days=14))
        default_step = timedelta(days=1)
    if min_value is None:
        min_value = lo
    if max_value is None:
        max_value = hi
    if step is None:
        step = default_step
        if kind in (DATE, DATETIME) and abs(max_value - min_value) < timedelta(days=1):
            step = timedelta(minutes=15)
    if format is None:
        format = DEFAULT_FORMATS[kind]
    if isinstance(step, timedelta):
        if step == timedelta(0):
            raise errors.invalid_value("step", ["a timedelta"], detail="Zero is not allowed.")
    elif step == 0:
        raise errors.invalid_value("step", ["a number"], detail="Zero is not allowed.")
    return min_value, max_value, step, format


def _check_types(kind: str, value: Any, min_value: Any, max_value: Any, step: Any) -> None:
    """Bounds and step must share the value's type (ints with ints, floats with floats)."""
    args = (min_value, max_value, step)
    if type(min_value) is type(max_value) is type(step) and type(step) in (int, float):
        # (the usual slider: three ints or three floats, without the generators below)
        int_args = type(step) is int
        float_args = not int_args
    else:
        int_args = all(isinstance(a, int) or isinstance(a, Integral) for a in args)
        float_args = not int_args and all(  # (all three Integral: none is a float)
            isinstance(a, float) or (isinstance(a, Real) and not isinstance(a, Integral)) for a in args)
    timelike_args = (kind in TIMELIKE and isinstance(step, timedelta)
                     and type(min_value) is type(max_value))
    if not (int_args or float_args or timelike_args):
        raise errors.invalid_type(
            "value",
            f"min_value={type(min_value).__name__}, max_value={type(max_value).__name__}, "
            f"step={type(step).__name__}",
            ["matching numeric types", "matching date/time types"])
    if not ((kind == INT and int_args) or (kind == FLOAT and float_args)
            or (kind in TIMELIKE and timelike_args)):
        raise errors.invalid_type(
            "value",
            f"value={type(value).__name__}, min_value={type(min_value).__name__}, "
            f"max_value={type(max_value).__name__}",
            ["value and arguments with matching types"])
    try:
        if kind == INT:
            _check_int_bound(min_value, "`min_value`")
            _check_int_bound(max_value, "`max_value`")
        elif kind == FLOAT:
            _check_float_bound(min_value, "`min_value`")
            _check_float_bound(max_value, "`max_value`")
    except ValueError as e:
        raise errors.StreamlitJSNumberBoundsError(str(e)) from None


def _check_int_bound(value: int, name: str) -> None:
    if value < -MAX_SAFE_INTEGER:
        raise ValueError(f"{name} ({value}) must be >= -((1 << 53) - 1)")
    if value > MAX_SAFE_INTEGER:
        raise ValueError(f"{name} ({value}) must be <= (1 << 53) - 1")


def _check_float_bound(value: float, name: str) -> None:
    if value < -MAX_FLOAT:
        raise ValueError(f"{name} ({value}) must be >= -1.797e+308")
    if value > MAX_FLOAT:
        raise ValueError(f"{name} ({value}) must be <= 1.797e+308")


def _codec(kind: str, single: bool, values: list[Any], min_value: Any, max_value: Any) -> SliderCodec:
    """Bounds and default in wire form; the errors Streamlit raises on the way."""
    tz = values[0].tzinfo if kind in (TIME, DATETIME) else None
    if kind in TIMELIKE:
        lo, hi = to_micros(min_value, kind), to_micros(max_value, kind)
        if lo == hi:
            as_dt = datetime.combine(min_value, time()) if kind == DATE else (
                datetime.combine(TIME_BASE_DATE, min_value) if kind == TIME else min_value)
            raise errors.StreamlitInvalidMinMaxError(as_dt, as_dt)
        for name, micros in (("`min_value`", lo), ("`max_value`", hi)):
            if abs(micros) > MAX_SAFE_INTEGER:
                raise errors.StreamlitJSNumberBoundsError(
                    f"{name} is too far from 1970 for Streamlit to represent exactly. Use a value "
                    f"between {MIN_SAFE_DAY:%Y-%m-%d} and {MAX_SAFE_DAY:%Y-%m-%d}.")
        codec = SliderCodec(kind, single, [], lo, hi, tz)
    else:
        if min_value == max_value:
            raise errors.StreamlitInvalidMinMaxError(min_value, max_value)
        lo, hi = (int(min_value), int(max_value)) if kind == INT else (float(min_value), float(max_value))
        codec = SliderCodec(kind, single, [], lo, hi, tz)
    codec.default_wire = [codec.scalar_to_wire(v) for v in values]
    return codec
