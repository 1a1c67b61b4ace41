"""st.date_input: one date, or a range of up to two dates.

Wire form: an ISO date string ``"YYYY-MM-DD"`` (or ``null`` when cleared) for a
single date; for a range a list of 0 to 2 ISO strings, start first.  Returns a
``date``, ``None``, or a tuple for a range (``()``, ``(start,)`` while the user
has picked only the start, ``(start, end)``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Callable

from ..delta_generator import command
from .. import errors
from ..state.widgets import WidgetSpec, register_widget
from ._common import layout_props
from ._options import callback_of, is_missing, label_text, state_value

SUPPORTED_FORMATS = ["YYYY/MM/DD", "DD/MM/YYYY", "MM/DD/YYYY", "YYYY.MM.DD", "DD.MM.YYYY",
                     "MM.DD.YYYY", "YYYY-MM-DD", "DD-MM-YYYY", "MM-DD-YYYY"]
_ISO_DATE = re.compile(r"^(\d{4})[-/](\d{2})[-/](\d{2})$")


def iso(d: date) -> str:
    """ISO 8601 with a four-digit year (strftime does not pad years below 1000)."""
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def adjust_years(d: date, years: int) -> date:
    """``d`` moved by whole years, clamped to date.min/max; Feb 29 becomes Feb 28."""
    year = d.year + years
    if year > date.max.year:
        return date.max
    if year < date.min.year:
        return date.min
    try:
        return d.replace(year=year)
    except ValueError:
        return d.replace(year=year, day=28)


def to_date(value: Any) -> date:
    """A date-like argument (date, datetime, ISO string, ``"today"``) as a date."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        if value == "today":
            return datetime.now().date()
        try:
            return date.fromisoformat(value)
        except ValueError:
            try:
                return datetime.fromisoformat(value).date()
            except ValueError:
                pass
    raise errors.invalid_type("value", type(value).__name__,
                              ["date", "datetime", "ISO string", '"today"'])


@dataclass
class DateSetup:
    """The parsed ``value``/``min_value``/``max_value`` of one call."""

    value: list[date] | None
    is_range: bool
    min: date
    max: date

    @classmethod
    def parse(cls, value: Any, min_value: Any, max_value: Any) -> "DateSetup":
        dates, is_range = _parse_value(value)
        lo = _parse_bound("min_value", min_value, dates[0] if dates else None, -10)
        hi = _parse_bound("max_value", max_value, dates[-1] if dates else None, 10)
        if isinstance(value, str) and value == "today" and dates:
            if dates[0] < lo:
                dates = [lo]
            if dates[0] > hi:
                dates = [hi]
        setup = cls(dates, is_range, lo, hi)
        setup.check()
        return setup

    def check(self) -> None:
        if self.min > self.max:
            raise errors.StreamlitInvalidMinMaxError(self.min, self.max)
        if self.value:
            if self.value[0] < self.min:
                raise errors.value_below_min(self.value[0], self.min)
            if self.value[-1] > self.max:
                raise errors.value_above_max(self.value[-1], self.max)

    def default_value(self) -> Any:
        if not self.value:
            return () if self.is_range else None
        return tuple(self.value) if self.is_range else self.value[0]

    def in_bounds(self, d: Any) -> bool:
        d = d.date() if isinstance(d, datetime) else d
        return isinstance(d, date) and self.min <= d <= self.max


def _parse_value(value: Any) -> tuple[list[date] | None, bool]:
    if value is None:
        return None, False
    if isinstance(value, Sequence) and not isinstance(value, str):
        items, is_range = list(value), True
    else:
        items, is_range = [value], False
    if len(items) > 2:
        raise errors.invalid_type("value", type(value).__name__,
                                  ["date", "datetime", "sequence of 0 to 2 date or datetime values"])
    return [to_date(v) for v in items], is_range


def _parse_bound(name: str, bound: Any, anchor: date | None, years: int) -> date:
    if isinstance(bound, (datetime, date, str)):
        return to_date(bound)
    if bound is None:
        return adjust_years(anchor if anchor is not None else date.today(), years)
    raise errors.invalid_type(name, type(bound).__name__, ["date", "datetime", "ISO string", "None"])


def _id_form(v: Any) -> Any:
    """How a date argument enters the widget identity ("today" is not a date)."""
    if isinstance(v, str):
        return None if v == "today" else v
    if isinstance(v, datetime):
        return iso(v.date())
    if isinstance(v, date):
        return iso(v)
    return None


@dataclass
class DateCodec:
    setup: DateSetup

    def parse_wire_date(self, wire: Any) -> date:
        if not isinstance(wire, str):
            raise TypeError(f"a date must be an ISO string 'YYYY-MM-DD', not {wire!r}")
        m = _ISO_DATE.match(wire)
        if not m:
            raise ValueError(f"{wire!r} is not an ISO date 'YYYY-MM-DD'")
        return date(*map(int, m.groups()))

    def deserialize(self, wire: Any) -> Any:
        # (as 1.67: a date outside [min, max] reverts the widget to its default)
        setup = self.setup
        if not setup.is_range:
            if wire is None:
                return None
            d = self.parse_wire_date(wire)
            return d if setup.min <= d <= setup.max else setup.default_value()
        if wire is None:
            return ()
        if not isinstance(wire, list) or len(wire) > 2:
            raise TypeError(f"a date range takes a list of 0 to 2 ISO dates, not {wire!r}")
        dates = [self.parse_wire_date(w) for w in wire]
        if len(dates) == 2 and dates[0] > dates[1]:
            raise ValueError(f"the range start {iso(dates[0])} is after its end {iso(dates[1])}")
        if any(not setup.min <= d <= setup.max for d in dates):
            return setup.default_value()
        return tuple(dates)

    def serialize(self, value: Any) -> Any:
        if value is None:
            return [] if self.setup.is_range else None
        if isinstance(value, Sequence) and not isinstance(value, str):
            dates = [iso(d.date() if isinstance(d, datetime) else d) for d in value]
            return dates if self.setup.is_range else (dates[0] if dates else None)
        one = iso(value.date() if isinstance(value, datetime) else value)
        return [one] if self.setup.is_range else one


def _coerce(setup: DateSetup, explicit_bounds: bool) -> Callable[[Any, str], Any]:
    """Reset values outside the bounds to the default, as Streamlit does.

    With explicit bounds every value is checked (Streamlit 1.67
    ``_validate_date_value``); values from the page are always checked, since
    Streamlit decodes them against the current bounds.
    """
    def coerce(value: Any, source: str) -> Any:
        if value is None or not (explicit_bounds or source == "F"):
            return value
        if setup.is_range and isinstance(value, tuple):
            if not value or (setup.in_bounds(value[0]) and setup.in_bounds(value[-1])):
                return value
        elif not setup.is_range and isinstance(value, date):
            if setup.in_bounds(value):
                return value
        elif source == "F":
            return value  # shape follows the page; nothing to check
        return setup.default_value()
    return coerce


@command
def date_input(self, label: str, value: Any = "today", min_value: Any = None,
               max_value: Any = None, key: Any = None, help: str | None = None,
               on_change: Callable[..., Any] | str | None = "rerun", args: Any = None,
               kwargs: Any = None, *, format: str = "YYYY/MM/DD", disabled: bool = False,
               required: bool = False, label_visibility: str = "visible",
               width: Any = "stretch", bind: Any = None, persist_state: Any = None) -> Any:
    """A date picker; returns a date, None, or a tuple of dates for a range."""
    callback = callback_of(on_change)
    label = label_text(label)
    is_today = isinstance(value, str) and value == "today"
    if is_today:
        id_value: Any = None
    elif isinstance(value, Sequence) and not isinstance(value, str):
        id_value = [_id_form(v) for v in value]
    else:
        id_value = _id_form(value)
    id_params = {"label": label, "value": id_value, "min_value": _id_form(min_value),
                 "max_value": _id_form(max_value), "help": help, "format": format,
                 "width": width, "required": required}
    _check_format(format)
    setup = DateSetup.parse(value, min_value, max_value)
    if is_today:
        # Single date or range?  A keyed date_input learns it from session state.
        held = state_value(key)
        if not is_missing(held):
            setup = DateSetup.parse(held, min_value, max_value)
    codec = DateCodec(setup)
    explicit_bounds = min_value is not None or max_value is not None
    return register_widget(self, WidgetSpec(
        persist_state=persist_state,
        type="date_input",
        label=label,
        key=key,
        default=setup.default_value(),
        id_params=id_params,
        keyed_params={"format": format},
        props={**layout_props(key, width=width, allow_content=False, required=required, bind=bind, persist_state=persist_state, on_change=on_change), "min": iso(setup.min), "max": iso(setup.max), "format": format,
               "range": setup.is_range},
        codec=codec,
        on_change=callback, args=args, kwargs=kwargs,
        explicit_default=not is_today and value is not None,
        disabled=disabled, help=help, label_visibility=label_visibility,
        coerce=_coerce(setup, explicit_bounds),
    )).value


def _check_format(date_format: Any) -> None:
    if not isinstance(date_format, str):
        raise errors.invalid_type("format", type(date_format).__name__, ["str"])
    if date_format not in SUPPORTED_FORMATS:
        raise errors.invalid_value("format", [repr(f) for f in SUPPORTED_FORMATS],
                                   detail=f"Provided value: {date_format!r}.")
