"""Configuration options, read from ``.streamlit/config.toml`` beside the app.

Only options tablit acts on are listed; unknown ones are kept so
``st.get_option`` can still return them.
"""

from __future__ import annotations

import os
from typing import Any

DEFAULTS: dict[str, Any] = {
    "runner.enforceSerializableSessionState": False,
    "runner.magicEnabled": True,
    "runner.fastReruns": True,
    "global.disableWidgetStateDuplicationWarning": False,
    "client.showErrorDetails": "full",
    "theme.base": None,
    "tablit.durableSession": False,
    "tablit.mapTiles": None,
    "tablit.mapTilesAttribution": None,
}


class Config:
    """Dotted option names (``"runner.magicEnabled"``) to values."""

    def __init__(self, overrides: dict[str, Any] | None = None) -> None:
        self.options: dict[str, Any] = dict(DEFAULTS)
        self.options.update(overrides or {})

    @classmethod
    def for_app(cls, app_dir: str | None, overrides: dict[str, Any] | None = None) -> "Config":
        """Options from ``<app_dir>/.streamlit/config.toml``, then ``overrides``."""
        cfg = cls()
        if app_dir:
            path = os.path.join(app_dir, ".streamlit", "config.toml")
            if os.path.isfile(path):
                import tomllib  # (imported when needed: ~30 ms under Pyodide)

                with open(path, "rb") as f:
                    cfg.options.update(flatten(tomllib.load(f)))
        cfg.options.update(overrides or {})
        return cfg

    def get(self, name: str) -> Any:
        return self.options.get(name)

    def set(self, name: str, value: Any) -> None:
        self.options[name] = value


def flatten(table: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in table.items():
        name = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(flatten(v, name + "."))
        else:
            out[name] = v
    return out


def get_option(key: str) -> Any:
    """``st.get_option``: the running session's value for a config option."""
    from .runtime.context import get_ctx

    return get_ctx().session.config.get(key)


def set_option(key: str, value: Any) -> None:
    """``st.set_option``: set a config option for the running session."""
    from .runtime.context import get_ctx

    get_ctx().session.config.set(key, value)


set_option.__qualname__ = "set_user_option"  # 1.67's function, named so in a wrong call's TypeError
