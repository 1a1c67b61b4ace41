"""``streamlit.runtime.secrets``: the ``Secrets`` class and ``secrets_singleton`` (= ``st.secrets``)."""

from __future__ import annotations

from typing import Any

from ..state.secrets import Secrets

__all__ = ["Secrets", "secrets_singleton"]


def __getattr__(name: str) -> Any:
    if name == "secrets_singleton":  # the very object st.secrets is (made by tablit/__init__)
        import tablit

        return tablit.secrets
    raise AttributeError(f"module 'streamlit.runtime.secrets' has no attribute '{name}'")
