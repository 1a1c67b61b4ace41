"""Options of the choice widgets: radio, selectbox, multiselect, select_slider.

The page sees options only as their formatted strings (``props.options``) and
answers with indexes into that list (``WIRE_FORMATS``).  Python keeps the
option objects; an :class:`Options` converts between the two.  Membership of a
stored value is decided by its *formatted label*, as Streamlit does, because
widget values are deep copies: a custom object without ``__eq__`` would never
compare equal to the original option.
"""

from __future__ import annotations

import numbers
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum, EnumMeta
from typing import Any, Callable

from .. import errors
from ..runtime.context import get_ctx
from ..state.widgets import WidgetResult, user_key_of

_MISSING = object()


def to_option_list(options: Any) -> list[Any]:
    """Any "option sequence" Streamlit accepts, as a new list.

    Scalars are wrapped, mappings give their keys, enum classes their members
    (string enums their values), data frames their first column.
    """
    if options is None:
        return []
    if isinstance(options, (str, bytes, numbers.Number, bool)):
        return [options]
    if isinstance(options, EnumMeta):
        return [m.value if isinstance(m, str) else m for m in options]
    if isinstance(options, Mapping):
        return list(options.keys())
    columns = getattr(options, "columns", None)
    iloc = getattr(options, "iloc", None)
    if columns is not None and iloc is not None:  # a pandas-like data frame
        if len(columns) == 0:
            return []
        first = iloc[:, 0]
        return first.tolist() if hasattr(first, "tolist") else list(first)
    # numpy arrays, pandas Series and Index, pyarrow arrays: 1.67 reads them through a data
    # frame's first column, so the options (and the values returned) are Python values, not
    # numpy or Arrow scalars (st.selectbox("x", np.array([1, 2])) returns int 1)
    shape = getattr(options, "shape", None)
    if isinstance(shape, tuple) and hasattr(options, "tolist"):
        if len(shape) == 2:
            return options[:, 0].tolist() if shape[1] else []
        if len(shape) == 1:
            return options.tolist()
    if hasattr(options, "to_pylist"):  # a pyarrow array, or a table's first column
        if hasattr(options, "column_names"):
            return options.column(0).to_pylist() if options.num_columns else []
        return options.to_pylist()
    try:
        return list(options)
    except TypeError:
        return [options]


def check_comparable(values: list[Any]) -> None:
    """Options must answer ``==`` with a truth value (not numpy arrays)."""
    if not values:
        return
    try:
        bool(values[0] == values[0])
    except ValueError:
        raise errors.StreamlitAPIException(
            "Invalid option type provided. Options must be comparable, returning a boolean "
            f"when used with *==*. \n\nGot **{type(values[0]).__name__}**, which cannot be "
            "compared. Refactor your code to use elements of comparable types as options, "
            "e.g. use indices instead."
        ) from None


def index_of_equal(values: list[Any], x: Any) -> int:
    """Index of the first option ``== x`` (floats within 5e-12); ValueError if none.

    Used for explicit defaults (``value=``), where Streamlit compares by value
    and reports ``{x} is not in iterable``.
    """
    for i, v in enumerate(values):
        if x == v:
            return i
        if isinstance(v, float) and isinstance(x, float) and abs(x - v) < 5e-12:
            return i
    raise ValueError(f"{x} is not in iterable")


@dataclass
class Options:
    """The option objects, their formatted labels and the label -> index map."""

    values: list[Any]
    labels: list[str]
    format_func: Callable[[Any], Any] = str
    by_label: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(cls, options: Any, format_func: Callable[[Any], Any] = str) -> "Options":
        values = to_option_list(options)
        check_comparable(values)
        labels = [format_func(v) for v in values]
        for label in labels:
            if not isinstance(label, str):
                # What Streamlit's protobuf layer raises for a non-string label.
                raise TypeError("bad argument type for built-in operation")
        by_label: dict[str, int] = {}
        for i, label in enumerate(labels):
            by_label[label] = i  # duplicated labels: the last one wins, as in Streamlit
        return cls(values, labels, format_func, by_label)

    def __len__(self) -> int:
        return len(self.values)

    # ------------------------------------------------------------ values
    def label_of(self, value: Any) -> str:
        """The formatted label of a value; ``str(value)`` if format_func fails."""
        try:
            label = self.format_func(value)
        except Exception:  # noqa: BLE001 - a stale value the format_func cannot handle
            return str(value)
        return label if isinstance(label, str) else str(label)

    def index_of(self, value: Any) -> int | None:
        """Where a (possibly deep-copied) value sits among the options, by label."""
        try:
            label = self.format_func(value)
        except Exception:  # noqa: BLE001
            return None
        try:
            return self.by_label.get(label)
        except TypeError:  # unhashable label
            return None

    def contains(self, value: Any) -> bool:
        return self.index_of(value) is not None

    def current(self, value: Any, source: str) -> tuple[bool, Any]:
        """Whether ``value`` is (still) an option, and the object to return for it.

        Values the page chose (``F``) or earlier runs kept (``C``) are replaced
        by this run's option object, as Streamlit decodes the page's choice
        against the current options: a class or enum defined in the script is
        a new class on every run, and ``v == MyEnum.A`` must keep working.
        Values set through session state are returned as they are (enum
        members are moved to this run's enum class by name).
        """
        index = self.index_of(value)
        if index is None:
            return False, value
        if source in ("W", "Ck"):
            return True, self.coerce_enum(value)
        return True, self.values[index]

    def coerce_enum(self, value: Any) -> Any:
        """An enum member of an earlier run's class, as this run's member (by name)."""
        if not isinstance(value, Enum) or not self.values:
            return value
        cls = type(self.values[0])
        if not isinstance(cls, EnumMeta) or isinstance(value, cls) or any(type(v) is not cls for v in self.values):
            return value
        old = type(value)
        if old.__qualname__ != cls.__qualname__ or set(old.__members__) != set(cls.__members__):
            return value
        return cls[value._name_]

    # -------------------------------------------------------------- wire
    def wire_index(self, wire: Any) -> int:
        """Validate one option index sent by the page."""
        if isinstance(wire, bool) or not isinstance(wire, int):
            if isinstance(wire, float) and wire.is_integer():
                wire = int(wire)
            else:
                raise TypeError(f"an option index must be an integer, not {wire!r}")
        if not 0 <= wire < len(self.values):
            raise ValueError(f"option index {wire} is out of range (there are {len(self.values)} options)")
        return wire

    def wire_indices(self, wire: Any) -> list[int]:
        if not isinstance(wire, list):
            raise TypeError(f"expected a list of option indices, not {wire!r}")
        return [self.wire_index(w) for w in wire]

    # -------------------------------------------------------- parameters
    def check_index(self, index: Any, parameter: str = "index") -> int | None:
        """An ``index=`` argument: int in range, or None (radio, selectbox)."""
        if index is None:
            return None
        if not isinstance(index, int):
            raise errors.invalid_type(parameter, type(index).__name__, ["int", "None"])
        if self.values and not 0 <= index < len(self.values):
            raise errors.StreamlitValueOutOfRangeError(parameter, index, 0, len(self.values) - 1)
        return index

    def default_indices(self, default: Any) -> list[int]:
        """A multiselect ``default=``: every value must be an option (by ``==``)."""
        if default is None:
            return []
        wanted = to_option_list(default)
        for value in wanted:
            if value not in self.values:
                raise errors.StreamlitDefaultNotInOptionsError(value)
        return [self.values.index(value) for value in wanted]


def state_value(key: Any) -> Any:
    """The session-state value a keyed widget is about to resolve, or ``_MISSING``.

    Some widgets shape themselves from it before registering (a slider with no
    ``value`` becomes a range slider when the key holds a tuple; a selectbox
    whose key holds ``None`` has no default selection), as Streamlit does.
    """
    user_key = user_key_of(key)
    if user_key is None:
        return _MISSING
    return get_ctx().session.state.lookup(user_key, _MISSING)


def is_missing(value: Any) -> bool:
    return value is _MISSING


def resync_if_options_changed(result: WidgetResult, labels: list[str]) -> None:
    """Make the page take our value when the option list it holds is outdated.

    The page answers with indexes into the options it was last shown.  A keyed
    widget keeps its identity when its options change, so an index the page
    holds may now mean another option: send the value again (``set``).
    """
    previous = getattr(get_ctx().session, "rendered", {}).get(result.meta.id)
    if previous is None:
        return
    old_labels = getattr(getattr(previous.deserialize, "__self__", None), "labels", None)
    if old_labels is not None and old_labels != labels:
        result.node.props["set"] = True


def callback_of(on_change: Any) -> Callable[..., Any] | None:
    """``on_change``: a callable, None, or Streamlit's modes ``"rerun"`` / ``"ignore"``.

    The modes need no callback; ``"ignore"`` reaches the page as
    ``props.on_change`` (``_common.layout_props``), which then sends the value
    with the next update instead of rerunning.
    """
    if on_change is None or callable(on_change):
        return on_change
    if isinstance(on_change, str) and on_change in ("rerun", "ignore"):
        return None
    raise errors.invalid_value("on_change", ["'rerun'", "'ignore'", "a callback function"])


def label_text(label: Any) -> str:
    """Labels are shown as text; Streamlit coerces them with ``str``."""
    return "" if label is None else str(label)


@dataclass
class SingleChoice:
    """Wire conversions for a one-of-many widget (radio, selectbox)."""

    options: Options
    default_index: int | None
    accept_new_options: bool = False

    @property
    def labels(self) -> list[str]:
        return self.options.labels

    def default_value(self) -> Any:
        if self.default_index is None or not self.options.values:
            return None
        return self.options.values[self.default_index]

    def deserialize(self, wire: Any) -> Any:
        if wire is None:
            return self.default_value()
        if self.accept_new_options and isinstance(wire, str):
            index = self.options.by_label.get(wire)
            return wire if index is None else self.options.values[index]
        return self.options.values[self.options.wire_index(wire)]

    def serialize(self, value: Any) -> Any:
        if value is None:
            return None
        index = self.options.index_of(value)
        if index is not None:
            return index
        return self.options.label_of(value) if self.accept_new_options else None

    def coerce(self, value: Any, source: str) -> Any:
        """A value that is no longer an option falls back to the default (spec §3.7)."""
        if value is None:
            return value
        found, current = self.options.current(value, source)
        if found or self.accept_new_options:
            return current
        return self.default_value()
