"""Attribute access that stands for item access (``ss.k`` means ``ss["k"]``).

Shared by ``st.session_state``, ``st.query_params`` and AppTest's session
state; each says what a missing attribute's error reads.
"""

from __future__ import annotations

import copy
from typing import Any


class ItemsAsAttributes:
    def _attribute_error(self, key: str) -> str:
        raise NotImplementedError

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]  # type: ignore[index]
        except KeyError:
            raise AttributeError(self._attribute_error(key)) from None

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value  # type: ignore[index]

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]  # type: ignore[attr-defined]
        except KeyError:
            raise AttributeError(self._attribute_error(key)) from None


READ_ONLY_STATE = (
    "Widget state is read-only because modifying nested values has no effect "
    "on the app. For widget states that support programmatic updates "
    "(e.g. st.dataframe selections), assign a new dictionary to the Session "
    "State key instead, for example:\n"
    "    st.session_state['my_key'] = {'selection': {'rows': [0]}}"
)


class ReadOnlyAttributeDictionary(dict):
    """Streamlit's read-only widget state (dataframe and chart selections): read by key
    or attribute, nested dicts too; changing it in place would do nothing, so it raises
    (assign a new dict to the session state key instead)."""

    def __getitem__(self, key: Any) -> Any:
        item = super().__getitem__(key)
        return ReadOnlyAttributeDictionary(item) if isinstance(item, dict) and not isinstance(
            item, ReadOnlyAttributeDictionary) else item

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{key}'") from None

    def _refuse(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError(READ_ONLY_STATE)

    __setattr__ = __setitem__ = __delitem__ = __delattr__ = __ior__ = _refuse  # type: ignore[assignment]
    clear = pop = popitem = setdefault = update = _refuse  # type: ignore[assignment]

    def __copy__(self) -> "ReadOnlyAttributeDictionary":
        return type(self)(dict.copy(self))

    def __deepcopy__(self, memo: dict) -> "ReadOnlyAttributeDictionary":
        return type(self)({copy.deepcopy(k, memo): copy.deepcopy(v, memo) for k, v in self.items()})

    def __reduce__(self) -> Any:
        return (type(self), (dict(self),))
