"""``BaseConnection``: the class third-party connections (and ours) derive from.

Kept to Streamlit's contract: ``__init__(connection_name, **kwargs)`` calls
``self._connect(**kwargs)``; ``_secrets`` is ``st.secrets.connections.<name>``;
``reset()`` drops the raw connection so the next use reconnects.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, Generic, Literal, TypeVar

RawConnectionT = TypeVar("RawConnectionT")


class BaseConnection(ABC, Generic[RawConnectionT]):
    """A named connection whose settings come from ``st.connection`` kwargs and secrets."""

    def __init__(self, connection_name: str, **kwargs: Any) -> None:
        self._connection_name = connection_name
        self._kwargs = kwargs
        self._raw_instance: RawConnectionT | None = self._connect(**kwargs)

    @property
    def _secrets(self) -> Any:
        """``[connections.<name>]`` of ``.streamlit/secrets.toml`` (empty when there is none)."""
        import tablit

        try:
            return tablit.secrets["connections"][self._connection_name]
        except (KeyError, FileNotFoundError):  # (no secrets.toml at all: FileNotFoundError)
            from ..state.secrets import Secrets

            return Secrets({})

    def reset(self) -> None:
        """Forget the raw connection; the next use makes a new one."""
        self._raw_instance = None

    @property
    def _instance(self) -> RawConnectionT:
        if self._raw_instance is None:
            self._raw_instance = self._connect(**self._kwargs)
        return self._raw_instance

    @abstractmethod
    def _connect(self, **kwargs: Any) -> RawConnectionT:
        """Make the raw connection (the subclass's job)."""

    @classmethod
    def scope(cls) -> Literal["global", "session"]:
        return "global"

    def close(self) -> None:
        """Close the raw connection (subclasses with one to close override this)."""
        self.reset()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self._connection_name!r})"
