"""``bind="query-params"``: a widget's value kept in the URL's query string.

Streamlit 1.67 lets a keyed widget (and ``st.tabs``/``st.expander``) keep its
value in the query parameter named after its key, so a URL can be shared or
reloaded with the app as it was.  Its observable rules, which tablit keeps:

* when the widget first appears in a session, a value in the URL becomes its
  value (over its default and over a ``st.session_state`` assignment made
  before it); an invalid value, or one equal to the default, is removed from
  the URL and the default used; a value the widget corrects (``ff0000`` for a
  colour, duplicate options) is written back corrected;
* whenever its value changes (the user, ``st.session_state``), the URL
  follows: ``key=value``, repeated ``key=a&key=b`` for a list, ``key=`` for a
  cleared value, and no parameter at all once it is back at its default;
* a bound parameter cannot be set or deleted through ``st.query_params``;
  ``embed``/``embed_options`` cannot be bound; a widget that is no longer drawn
  takes its parameter out of the URL.

The worker holds ``st.query_params`` (``state/query_params.py``) and the render
message carries the query string the tab shows (``web/routing.js``), so all of
this happens here, in Python: the page only sees the URL change.

The URL text of each widget is that of 1.67's page: option labels rather than
indices, ``true``/``false``, numbers without a trailing ``.0``, ISO dates and
times (a date slider's ``2024-03-04``, not its microseconds).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any, Callable

from .. import errors

PROTECTED = ("embed", "embed_options")

_UTC_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_TIME_BASE = date(2000, 1, 1)  # a time slider's day (as _slider.py's TIME_BASE_DATE)


@dataclass(slots=True)
class Binding:
    """A widget bound to the query parameter of its key."""

    widget_id: str
    to_url: Callable[[Any], list[str]]  # wire -> the parameter's values
    default_wire: Any


# ------------------------------------------------------------------ codecs
def _number_text(v: Any) -> str:
    """``5.0`` -> ``"5"`` as the page writes a JS number; ints and others as str()."""
    if isinstance(v, float) and math.isfinite(v) and v == int(v):
        return str(int(v))
    return str(v)


def _parse_number(s: str) -> int | float:
    try:
        return int(s)
    except ValueError:
        return float(s)


def _micros_iso(micros: int | float, data_type: str) -> str:
    """A date/time slider's wire (microseconds, UTC) as the ISO text 1.67 writes."""
    dt = _UTC_EPOCH + timedelta(microseconds=int(micros))
    if data_type == "date":
        return dt.strftime("%Y-%m-%d")
    if data_type == "time":
        return dt.strftime("%H:%M") if dt.second == 0 else dt.strftime("%H:%M:%S")
    return dt.strftime("%Y-%m-%dT%H:%M") if dt.second == 0 else dt.strftime("%Y-%m-%dT%H:%M:%S")


def _iso_micros(s: str) -> int | float:
    """A slider value from the URL: a number, or an ISO date, time or datetime."""
    try:
        return _parse_number(s)
    except ValueError:
        pass
    if "T" in s:
        parsed = datetime.fromisoformat(s)
    elif "-" in s:
        parsed = datetime.combine(date.fromisoformat(s), time())
    elif ":" in s:
        parsed = datetime.combine(_TIME_BASE, time.fromisoformat(s))
    else:
        raise ValueError(f"{s!r} is neither a number nor an ISO date or time")
    if parsed.tzinfo is not None:
        raise ValueError(f"{s!r} has a time zone")
    delta = parsed.replace(tzinfo=timezone.utc) - _UTC_EPOCH
    return delta.days * 86_400_000_000 + delta.seconds * 1_000_000 + delta.microseconds


def _label(options: list[str], wire: Any) -> str:
    return options[wire] if isinstance(wire, int) and not isinstance(wire, bool) else str(wire)


def _index(options: list[str], label: str, new_ok: bool) -> Any:
    if label in options:
        return options.index(label)
    if new_ok:
        return label
    raise ValueError(f"{label!r} is not one of the options")


def _unique(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out


class UrlCodec:
    """Between a widget's wire value and its query parameter's values.

    ``to_url`` never sees an empty value (see :func:`url_values`); ``from_url``
    gets the parameter's non-empty values and returns a wire value (raising
    ``ValueError`` for text the widget cannot hold).
    """

    empty: Any = None  # the wire value of ``key=`` (a cleared widget)

    def __init__(self, props: dict[str, Any]) -> None:
        self.props = props

    def to_url(self, wire: Any) -> list[str]:
        return [str(wire)]

    def from_url(self, values: list[str]) -> Any:
        return values[-1]


class _Bool(UrlCodec):
    def to_url(self, wire: Any) -> list[str]:
        return ["true" if wire else "false"]

    def from_url(self, values: list[str]) -> Any:
        text = values[-1].lower()
        if text not in ("true", "false"):
            raise ValueError(f"{values[-1]!r} is not true or false")
        return text == "true"


class _Text(UrlCodec):
    empty = ""


class _Color(UrlCodec):
    def from_url(self, values: list[str]) -> Any:
        text = values[-1]
        return text if text.startswith("#") else "#" + text


class _Number(UrlCodec):
    def to_url(self, wire: Any) -> list[str]:
        return [_number_text(wire)]

    def from_url(self, values: list[str]) -> Any:
        number = _parse_number(values[-1])
        if self.props.get("data_type") == "float":
            return float(number)
        return number


class _Int(UrlCodec):
    def from_url(self, values: list[str]) -> Any:
        return int(values[-1])


class _Option(UrlCodec):
    """radio, selectbox: the option's label."""

    def to_url(self, wire: Any) -> list[str]:
        return [_label(self.props["options"], wire)]

    def from_url(self, values: list[str]) -> Any:
        return _index(self.props["options"], values[-1], bool(self.props.get("accept_new_options")))


class _Options(UrlCodec):
    """multiselect, pills, segmented_control: the labels, repeated; unknown ones
    dropped, duplicates dropped, at most as many as the widget takes."""

    empty: Any = []

    def to_url(self, wire: Any) -> list[str]:
        return [_label(self.props["options"], w) for w in wire]

    def from_url(self, values: list[str]) -> Any:
        new_ok = bool(self.props.get("accept_new_options"))
        options = self.props["options"]
        labels = _unique([v for v in values if new_ok or v in options])
        if not labels:
            raise ValueError("none of the values is an option")
        most = 1 if self.props.get("selection_mode") == "single" else self.props.get("max_selections")
        if most:
            labels = labels[:most]
        return [_index(options, label, new_ok) for label in labels]


class _SelectSlider(UrlCodec):
    def to_url(self, wire: Any) -> list[str]:
        options = self.props["options"]
        return [options[w] for w in wire] if isinstance(wire, list) else [options[wire]]

    def from_url(self, values: list[str]) -> Any:
        options = self.props["options"]
        if self.props.get("range"):
            if len(values) != 2:
                raise ValueError("a range takes two options")
            return [_index(options, v, False) for v in values]
        if len(values) != 1:
            raise ValueError("a single select_slider takes one option")
        return _index(options, values[0], False)


class _Slider(UrlCodec):
    def _timelike(self) -> str | None:
        kind = self.props.get("data_type")
        return kind if kind in ("date", "time", "datetime") else None

    def to_url(self, wire: Any) -> list[str]:
        kind = self._timelike()
        items = wire if isinstance(wire, list) else [wire]
        return [_micros_iso(w, kind) if kind else _number_text(w) for w in items]

    def from_url(self, values: list[str]) -> Any:
        kind = self._timelike()
        numbers: list[Any] = [_iso_micros(v) if kind else _parse_number(v) for v in values]
        if self.props.get("data_type") == "float":
            numbers = [float(n) for n in numbers]
        return numbers if self.props.get("range") else numbers[-1]


class _Dates(UrlCodec):
    """date_input: one ISO date, or the range's dates repeated."""

    def __init__(self, props: dict[str, Any]) -> None:
        super().__init__(props)
        self.empty = [] if props.get("range") else None

    def to_url(self, wire: Any) -> list[str]:
        return [str(w) for w in wire] if isinstance(wire, list) else [str(wire)]

    def from_url(self, values: list[str]) -> Any:
        return list(values) if self.props.get("range") else values[-1]


CODECS: dict[str, type[UrlCodec]] = {
    "checkbox": _Bool, "toggle": _Bool, "expander": _Bool,
    "text_input": _Text, "text_area": _Text, "color_picker": _Color,
    "time_input": UrlCodec, "datetime_input": UrlCodec, "tabs": UrlCodec,
    "number_input": _Number, "pagination": _Int, "feedback": _Int,
    "radio": _Option, "selectbox": _Option,
    "multiselect": _Options, "pills": _Options, "segmented_control": _Options,
    "select_slider": _SelectSlider, "slider": _Slider, "date_input": _Dates,
}


def codec_for(kind: str, props: dict[str, Any]) -> UrlCodec:
    cls = CODECS.get(kind)
    if cls is None:
        raise errors.StreamlitAPIException(f"`st.{kind}` cannot be bound to a query parameter.")
    return cls(props)


def url_values(codec: UrlCodec, wire: Any) -> list[str]:
    """The parameter's values for a wire value (``[""]`` for a cleared one)."""
    if wire is None or wire == "" or (isinstance(wire, list) and not wire):
        return [""]
    return codec.to_url(wire)


def check_bindable(key: str) -> None:
    if key.lower() in PROTECTED:
        raise errors.StreamlitAPIException(
            f"Cannot bind to reserved query parameter '{key}'. 'embed' and 'embed_options' are "
            "used internally for Streamlit's embed functionality.")


def bound_error(key: str, action: str) -> errors.StreamlitAPIException:
    """What ``st.query_params`` raises for a parameter a widget holds."""
    return errors.StreamlitAPIException(
        f"Cannot directly {action} query parameter '{key}' - it is bound to a widget. "
        "Modify the widget value instead.")


def clear_error(keys: list[str]) -> errors.StreamlitAPIException:
    return errors.StreamlitAPIException(
        "Cannot clear query parameters - the following are bound to widgets: "
        f"{', '.join(repr(k) for k in keys)}. Modify the widget values instead, or remove the "
        "bind parameter.")


_BAD_URL_VALUE = (ValueError, TypeError, IndexError, KeyError, OverflowError, errors.StreamlitAPIException)
_NOT_SEEDED = object()


def bind_widget(params: Any, state: Any, spec: Any, meta: Any, value: Any, known: bool) -> tuple[Any, bool]:
    """Bind a widget being registered to its key's parameter; (value, seeded).

    ``params`` is the session's QueryParamsState, ``state`` its SessionState;
    ``known``: whether the widget had a value from an earlier run.  A widget new
    to the session takes the URL's value; then the URL follows the value.
    """
    key = meta.key
    check_bindable(key)
    codec = codec_for(spec.type, spec.props or {})
    serialize = spec.serialize
    default_wire = serialize(spec.default)
    params.bound[key] = Binding(meta.id, lambda wire: url_values(codec, wire), default_wire)
    seeded = False
    if not known and key in params.values:
        new = _from_url(codec, spec, params.values[key], default_wire)
        if new is _NOT_SEEDED:
            del params.values[key]  # invalid, or the default: not kept in the URL
        else:
            state.replace_value(meta, new)
            value, seeded = new, True
    params.sync(key, serialize(value))
    return value, seeded


def _from_url(codec: UrlCodec, spec: Any, values: list[str], default_wire: Any) -> Any:
    """The widget's value for the parameter's values, or _NOT_SEEDED."""
    try:
        texts = [v for v in values if v != ""]
        value = spec.deserialize(codec.from_url(texts) if texts else codec.empty)
        if spec.coerce is not None:
            value = spec.coerce(value, "W")
        if spec.serialize(value) == default_wire:
            return _NOT_SEEDED
    except _BAD_URL_VALUE:
        return _NOT_SEEDED
    return value
