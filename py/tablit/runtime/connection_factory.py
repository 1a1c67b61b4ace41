"""``st.connection``: named connections, made once and cached like ``st.cache_resource``.

The type comes from ``type=`` (``"sql"``, a ``BaseConnection`` subclass, or
the dotted path of one), from the name itself (``st.connection("sql")``), or
from ``type`` in ``[connections.<name>]`` of secrets.toml, as in Streamlit.
SQL works on SQLite (see ``connections/sql_connection.py``); back ends a tab
cannot reach (Snowflake, and SQL over the network) raise a
``StreamlitAPIException`` saying why and what to do instead.  Third-party
connection classes work as far as what they do works in the tab.
"""

from __future__ import annotations

import importlib
import os
from datetime import timedelta
from typing import Any

from ..errors import StreamlitAPIException

_USE_ENV_PREFIX = "env:"
_FIRST_PARTY = ("sql", "snowflake", "snowflake-callers-rights")
_creators: dict[tuple[Any, Any], Any] = {}


def _first_party(name: str, kind: str) -> type:
    if kind == "sql":
        from ..connections import SQLConnection

        return SQLConnection
    if kind in ("snowflake", "snowflake-callers-rights", "snowpark"):
        from ..connections.sql_connection import unreachable_backend

        raise unreachable_backend(name, "Snowflake")
    raise StreamlitAPIException(
        f"Invalid connection '{kind}'. Supported connection classes: ['sql', 'snowflake', "
        "'snowflake-callers-rights']")


def _creator(ttl: Any, max_entries: Any) -> Any:
    key = (ttl, max_entries)
    if key not in _creators:
        from .caching import cache_resource

        def create_connection(name: str, _connection_class: type, _kwargs: dict[str, Any],
                              kwargs_key: str) -> Any:
            return _connection_class(name, **_kwargs)

        _creators[key] = cache_resource(ttl=ttl, max_entries=max_entries,
                                        show_spinner="Running `st.connection(...)`.")(
                                            create_connection)
    return _creators[key]


def connection_factory(name: str, type: Any = None, max_entries: int | None = None,
                       ttl: float | timedelta | None = None, **kwargs: Any) -> Any:
    """The connection called ``name`` (made on first use, then cached for ``ttl``)."""
    if name.startswith(_USE_ENV_PREFIX):
        name = os.environ[name[len(_USE_ENV_PREFIX):]]
    connection_class = type
    if connection_class is None:
        if name in _FIRST_PARTY:
            connection_class = name
        else:
            import tablit

            try:
                connection_class = tablit.secrets["connections"][name]["type"]
            except KeyError:
                raise StreamlitAPIException(
                    f"No `type` for the connection `{name}`: pass `type=` to `st.connection` or "
                    f"set `type` under `[connections.{name}]` in `.streamlit/secrets.toml`."
                ) from None
    if isinstance(connection_class, str):
        if "." in connection_class:
            module, _, classname = connection_class.rpartition(".")
            connection_class = getattr(importlib.import_module(module), classname)
        else:
            connection_class = _first_party(name, connection_class)
    return _creator(ttl, max_entries)(name, connection_class, kwargs,
                                      repr(sorted(kwargs.items())) + repr(connection_class))
