"""``streamlit.runtime``: whether a Streamlit runtime is running this code.

``exists()`` is how apps and libraries tell "running under Streamlit" from
"plain ``python app.py``".  In tablit the runtime is the one that runs apps in
the browser tab (and under AppTest): it exists while a session does.
"""

from __future__ import annotations

from typing import Any


class Runtime:
    """The runtime that runs this app's sessions (one per tab in tablit)."""

    _instance: "Runtime | None" = None

    def __init__(self, config: Any = None) -> None:
        self.config = config

    @classmethod
    def instance(cls) -> "Runtime":
        if not cls.exists():
            raise RuntimeError("Runtime hasn't been created!")
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance

    @classmethod
    def exists(cls) -> bool:
        from .context import current_ctx

        return current_ctx() is not None

    def get_client(self, session_id: str) -> None:
        """Streamlit's websocket client of a session: there is none, the session is in the tab."""
        return None


def get_instance() -> Runtime:
    """The runtime running this code; RuntimeError outside a run (as Streamlit's before start)."""
    return Runtime.instance()


def exists() -> bool:
    """True while tablit runs an app (False for a bare ``python app.py``)."""
    return Runtime.exists()
