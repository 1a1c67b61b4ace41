"""Attribute access that stands for item access (``ss.k`` means ``ss["k"]``).

Shared by ``st.session_state``, ``st.query_params`` and AppTest's session
state; each says what a missing attribute's error reads.
"""

from __future__ import annotations

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
