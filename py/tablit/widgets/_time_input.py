"""st.time_input: a time of day, or None.

Wire form: ``"HH:MM"``, or ``"HH:MM:SS"`` when ``props.step`` (seconds) is not
a whole number of minutes; ``null`` means "no new value" and gives the
default, as in Streamlit.  With a minute-granular step, seconds are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any, Callable

from ..delta_generator import command
from .. import errors
from ..state.widgets import WidgetSpec, register_widget
from ._common import layout_props
from ._options import callback_of, label_text, state_value

DEFAULT_STEP = timedelta(minutes=15)
MAX_STEP_SECONDS = 23 * 3600
_WIRE_TIME = re.compile(r"^(\d{2}):(\d{2})(?::(\d{2}))?$")


def to_time(value: Any) -> time:
    """A time-like ``value`` ("now", time, datetime, ISO string) as a time."""
    if isinstance(value, str):
        if value == "now":
            return datetime.now().time().replace(microsecond=0)
        try:
            return time.fromisoformat(value).replace(microsecond=0)
        except ValueError:
            try:
                return datetime.fromisoformat(value).time().replace(microsecond=0)
            except ValueError:
                pass
    if isinstance(value, datetime):
        return value.time().replace(microsecond=0, tzinfo=None)
    if isinstance(value, time):
        return value
    raise errors.invalid_type("value", type(value).__name__, ["datetime", "time", "ISO string"])


def step_seconds(step: Any) -> int:
    if isinstance(step, bool) or not isinstance(step, (int, timedelta)):
        raise errors.invalid_type("step", type(step).__name__, ["int", "timedelta"])
    seconds = int(step.total_seconds()) if isinstance(step, timedelta) else step
    if not 1 <= seconds <= MAX_STEP_SECONDS:
        raise errors.StreamlitValueOutOfRangeError("step", f"{seconds} seconds", "1 second", "23 hours")
    return seconds


@dataclass
class TimeCodec:
    default: time | None
    step: int

    @property
    def with_seconds(self) -> bool:
        return self.step % 60 != 0

    def deserialize(self, wire: Any) -> time | None:
        if wire is None:
            return self.default
        if not isinstance(wire, str):
            raise TypeError(f"a time must be a string 'HH:MM[:SS]', not {wire!r}")
        m = _WIRE_TIME.match(wire)
        if not m:
            raise ValueError(f"{wire!r} is not a time 'HH:MM' or 'HH:MM:SS'")
        hour, minute, second = int(m[1]), int(m[2]), int(m[3] or 0)
        if hour > 23 or minute > 59 or second > 59:
            raise ValueError(f"{wire!r} is not a valid time of day")
        return time(hour, minute, 0 if not self.with_seconds else second)

    def serialize(self, value: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, datetime):
            value = value.time()
        return time.strftime(value, "%H:%M:%S" if self.with_seconds else "%H:%M")


@command
def time_input(self, label: str, value: Any = "now", key: Any = None, help: str | None = None,
               on_change: Callable[..., Any] | str | None = "rerun", args: Any = None,
               kwargs: Any = None, *, disabled: bool = False, required: bool = False,
               label_visibility: str = "visible", step: int | timedelta = DEFAULT_STEP,
               format: str = "24h", width: Any = "stretch", bind: Any = None,
               persist_state: Any = None) -> time | None:
    """A time picker; returns a ``datetime.time`` or None."""
    callback = callback_of(on_change)
    label = label_text(label)
    parsed = None if value is None else to_time(value)
    # Minute-granular steps drop the seconds before the identity is computed, so
    # value=datetime.now() keeps one identity within a minute.
    raw_seconds = (int(step.total_seconds()) if isinstance(step, timedelta)
                   else step if isinstance(step, int) else 0)
    if parsed is not None and raw_seconds > 0 and raw_seconds % 60 == 0:
        parsed = parsed.replace(second=0, microsecond=0)
    id_params = {"label": label,
                 "value": parsed if isinstance(value, (datetime, time)) else value,
                 "help": help, "step": step, "width": width, "required": required}
    explicit_default = value is not None and not (isinstance(value, str) and value == "now")
    if state_value(key) is None:
        parsed = None  # a key holding None means "empty" by default
    seconds = step_seconds(step)
    if format not in ("12h", "24h", "localized"):
        raise errors.invalid_value("format", ["'12h'", "'24h'", "'localized'"])
    codec = TimeCodec(parsed, seconds)
    return register_widget(self, WidgetSpec(
        persist_state=persist_state,
        type="time_input",
        label=label,
        key=key,
        default=parsed,
        id_params=id_params,
        keyed_params={"step": step},
        props={**layout_props(key, width=width, allow_content=False, required=required, bind=bind, persist_state=persist_state, on_change=on_change), "step": seconds,
               "format": format},
        codec=codec,
        on_change=callback, args=args, kwargs=kwargs,
        explicit_default=explicit_default,
        disabled=disabled, help=help, label_visibility=label_visibility,
    )).value
