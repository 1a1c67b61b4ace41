"""st.datetime_input: a date and a time (to the minute), or None.

Node ``datetime_input`` ``{min, max: 'YYYY-MM-DDTHH:MM', step: seconds,
format: date format, required: bool, width}``.  Wire form: the
``'YYYY-MM-DDTHH:MM'`` string, or ``null`` (cleared).  Values are naive
datetimes without seconds, as Streamlit returns them; default bounds are ten
years either side of the value (or today).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Callable

from ..delta_generator import command
from .. import errors
from ..elements.sizing import check_width
from ..state.widgets import WidgetSpec, register_widget
from ._common import help_of
from ._date_input import _check_format, adjust_years
from ._options import callback_of, label_text, state_value
from ._query_bind import bind_spec

_MIN_TIME = time(0, 0)
_MAX_TIME = time(23, 59)
_STRING_FORMATS = ("%Y/%m/%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S")


def _normal(value: datetime) -> datetime:
    return value.replace(tzinfo=None, second=0, microsecond=0)


def _combine(d: date, t: time) -> datetime:
    return datetime.combine(d, t.replace(second=0, microsecond=0, tzinfo=None))


def to_datetime(value: Any, *, fallback_date: date, fallback_time: time) -> datetime:
    """Streamlit's conversions: "now", datetime, date, time, ISO and common strings."""
    if isinstance(value, str) and value == "now":
        return _normal(datetime.now())
    if isinstance(value, datetime):
        return _normal(value)
    if isinstance(value, date):
        return _combine(value, fallback_time)
    if isinstance(value, time):
        return _combine(fallback_date, value)
    if isinstance(value, str):
        text = value.strip()
        try:
            return _normal(datetime.fromisoformat(text))
        except ValueError:
            pass
        for fmt in _STRING_FORMATS:
            try:
                return _normal(datetime.strptime(text, fmt))
            except ValueError:
                pass
        try:
            return _combine(date.fromisoformat(text), fallback_time)
        except ValueError:
            pass
        try:
            return _combine(fallback_date, time.fromisoformat(text))
        except ValueError:
            pass
    raise errors.invalid_type("value", type(value).__name__,
                              ["datetime", "date", "time", "ISO string", '"now"'])


def wire(value: datetime) -> str:
    v = _normal(value)
    return f"{v.year:04d}-{v.month:02d}-{v.day:02d}T{v.hour:02d}:{v.minute:02d}"


@dataclass
class DateTimeCodec:
    default: datetime | None
    min: datetime
    max: datetime

    def deserialize(self, raw: Any) -> datetime | None:
        if raw is None:
            return None
        if not isinstance(raw, str):
            raise TypeError(f"a datetime_input value is 'YYYY-MM-DDTHH:MM' or null, not {raw!r}")
        try:
            value = _normal(datetime.strptime(raw, "%Y-%m-%dT%H:%M"))
        except ValueError:
            raise ValueError(f"{raw!r} is not a 'YYYY-MM-DDTHH:MM' date and time") from None
        if not self.min <= value <= self.max:
            return self.default  # as 1.67: a value outside [min, max] reverts to the default
        return value

    def serialize(self, value: Any) -> str | None:
        return wire(value) if isinstance(value, datetime) else None


@command
def datetime_input(self, label: str, value: Any = "now", min_value: Any = None,
                   max_value: Any = None, *, key: Any = None, help: str | None = None,
                   on_change: Callable[..., Any] | str | None = "rerun", args: Any = None,
                   kwargs: Any = None, format: str = "YYYY/MM/DD",
                   step: int | timedelta = timedelta(minutes=15), disabled: bool = False,
                   required: bool = False, label_visibility: str = "visible",
                   width: Any = "stretch", bind: str | None = None,
                   persist_state: str | None = None) -> datetime | None:
    """A date-and-time picker; returns a naive datetime (to the minute) or None."""
    callback = callback_of(on_change)
    label = label_text(label)
    parsed = None if value is None else to_datetime(value, fallback_date=date.today(), fallback_time=_MIN_TIME)
    base = parsed.date() if parsed is not None else date.today()
    lo = (_combine(adjust_years(base, -10), _MIN_TIME) if min_value is None
          else to_datetime(min_value, fallback_date=base, fallback_time=_MIN_TIME))
    hi = (_combine(adjust_years(base, 10), _MAX_TIME) if max_value is None
          else to_datetime(max_value, fallback_date=base, fallback_time=_MAX_TIME))
    if lo > hi:
        raise errors.StreamlitInvalidMinMaxError(lo, hi)
    if parsed is not None and parsed < lo:
        raise errors.value_below_min(parsed, lo)
    if parsed is not None and parsed > hi:
        raise errors.value_above_max(parsed, hi)
    value_for_id = (None if parsed is None else wire(parsed)) if isinstance(value, (datetime, date, time)) else value
    _check_format(format)
    if isinstance(step, bool) or not isinstance(step, (int, timedelta)):
        raise errors.invalid_type("step", type(step).__name__, ["int", "timedelta"])
    seconds = int(step.total_seconds()) if isinstance(step, timedelta) else step
    if not 60 <= seconds <= 23 * 3600:
        raise errors.StreamlitValueOutOfRangeError("step", f"{seconds} seconds", "60 seconds", "23 hours")
    check_width(width)
    default = None if state_value(key) is None else parsed  # a key holding None: no default
    codec = DateTimeCodec(default, lo, hi)
    explicit_bounds = min_value is not None or max_value is not None

    def coerce(current: Any, source: str) -> Any:
        """Outside explicit bounds: back to the default, as Streamlit does."""
        if current is None or not explicit_bounds or not isinstance(current, datetime):
            return current
        return current if lo <= current <= hi else default

    spec = WidgetSpec(
        type="datetime_input",
        label=label,
        key=key,
        default=default,
        id_params={"label": label, "value": value_for_id, "min_value": wire(lo), "max_value": wire(hi),
                   "help": help, "format": format, "step": step, "width": width,
                   "required": required},
        keyed_params={"format": format, "step": step},
        props={"min": wire(lo), "max": wire(hi), "step": seconds, "format": format,
               "required": bool(required), "width": width,
               "on_change": "ignore" if on_change == "ignore" else "rerun"},
        codec=codec,
        coerce=coerce,
        on_change=callback, args=args, kwargs=kwargs,
        explicit_default=value != "now" and value is not None,
        disabled=disabled, help=help_of(help), label_visibility=label_visibility,
    )
    return register_widget(self, bind_spec(spec, bind, persist_state)).value
