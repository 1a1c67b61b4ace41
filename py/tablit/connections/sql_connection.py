"""``st.connection("sql")`` on SQLite: the one SQL database a browser tab can open.

Streamlit's SQLConnection drives any database through SQLAlchemy over a
network socket.  A tab can open no socket, but Python's ``sqlite3`` works on
files in the tab's file system (the app's files, or ``:memory:``), so a
``sqlite:`` URL (or ``dialect = "sqlite"``) works here, through ``sqlite3``:
``query()`` (cached, with ``ttl``, ``params``, ``index_col``, ``chunksize``)
returns a pandas DataFrame as in Streamlit (rows as dicts when pandas is not
installed), ``connect()`` a DB-API connection, ``driver`` is "pysqlite".
Every other dialect raises a ``StreamlitAPIException`` saying why and what to
use instead.  ``engine`` and ``session`` are SQLAlchemy objects, given when
SQLAlchemy is installed and refused clearly when it is not.
"""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import timedelta
from typing import Any

from ..errors import StreamlitAPIException, StreamlitMissingRequiredParameterError
from .base_connection import BaseConnection

_PARAM_KEYS = ("url", "dialect", "driver", "username", "password", "host", "port", "database",
               "query")


def unreachable_backend(name: str, what: str) -> StreamlitAPIException:
    return StreamlitAPIException(
        f"`st.connection(\"{name}\")` cannot reach {what} from tablit's browser runtime: a "
        "browser tab cannot open a database's network socket, so put the data behind an HTTP "
        "API the app can fetch, or ship a SQLite file with the app and connect with "
        "`url=\"sqlite:///data.db\"`.")


def _sqlite_path(url: str) -> str | None:
    """The file of a ``sqlite:`` URL (":memory:" for none); None if not a SQLite URL."""
    scheme, sep, rest = url.partition("://")
    if not sep or scheme.split("+")[0].lower() != "sqlite":
        return None
    rest = rest.split("?")[0]
    if rest in ("", "/", "/:memory:"):
        return ":memory:"
    return rest[1:] if rest.startswith("/") else rest


class SQLConnection(BaseConnection[sqlite3.Connection]):
    """A SQLite database opened with ``sqlite3`` (see the module docstring for the rest)."""

    def _connect(self, autocommit: bool = False, **kwargs: Any) -> sqlite3.Connection:
        params = {**{k: v for k, v in self._secrets.to_dict().items() if k in _PARAM_KEYS},
                  **{k: v for k, v in kwargs.items() if k in _PARAM_KEYS}}
        if not params:
            raise StreamlitAPIException(
                "Missing SQL DB connection configuration. "
                "Did you forget to set this in `secrets.toml` or as kwargs to `st.connection`?")
        if "url" in params:
            url = str(params["url"])
            path = _sqlite_path(url)
            if path is None:
                dialect = url.partition("://")[0].split("+")[0] or url
                raise unreachable_backend(self._connection_name, f"a `{dialect}` database")
        else:
            if "dialect" not in params:
                raise StreamlitMissingRequiredParameterError(
                    "dialect", detail="Set this SQL DB connection parameter in `secrets.toml` "
                    "or pass it as a kwarg to `st.connection`.")
            if str(params["dialect"]).lower() != "sqlite":
                raise unreachable_backend(self._connection_name,
                                          f"a `{params['dialect']}` database")
            path = str(params.get("database") or ":memory:")
        if path != ":memory:" and not os.path.isabs(path):
            path = os.path.abspath(path)
        self._path = path
        self._driver = "pysqlite"
        conn = sqlite3.connect(path, check_same_thread=False,
                               isolation_level=None if autocommit else "")
        self._cache: dict[Any, tuple[float, Any]] = {}
        return conn

    def query(self, sql: str, *, show_spinner: bool | str = "Running `sql.query(...)`.",
              ttl: float | int | timedelta | None = None, index_col: str | list[str] | None = None,
              chunksize: int | None = None, params: Any | None = None, **kwargs: Any) -> Any:
        """Run a read-only query; results are cached (for ``ttl`` seconds, or for good)."""
        if isinstance(ttl, timedelta):
            ttl = ttl.total_seconds()
        key = (sql, repr(params), repr(index_col), chunksize, repr(sorted(kwargs.items())))
        hit = self._cache.get(key)
        now = time.monotonic()
        if hit is not None and (ttl is None or now - hit[0] < ttl):
            return hit[1]
        if show_spinner:  # on a cache miss, as Streamlit's cached query does
            from ..delta_generator import main_dg

            text = show_spinner if isinstance(show_spinner, str) else "Running `sql.query(...)`."
            with main_dg.spinner(text):
                result = self._run_query(sql, index_col, chunksize, params, kwargs)
        else:
            result = self._run_query(sql, index_col, chunksize, params, kwargs)
        self._cache[key] = (now, result)
        return result

    def _run_query(self, sql: str, index_col: Any, chunksize: Any, params: Any,
                   kwargs: dict[str, Any]) -> Any:
        try:
            import pandas as pd
        except ImportError:
            pd = None
        conn = self._instance
        if pd is not None:
            result = pd.read_sql_query(sql, conn, index_col=index_col, chunksize=chunksize,
                                       params=params, **kwargs)
            if chunksize is not None:
                result = list(result)  # an iterator would be spent after the first use
        else:
            cursor = conn.execute(sql, params or ())
            columns = [d[0] for d in cursor.description or ()]
            result = [dict(zip(columns, row)) for row in cursor.fetchall()]
        return result

    def connect(self) -> sqlite3.Connection:
        """The DB-API connection (``sqlite3``; Streamlit gives a SQLAlchemy one)."""
        return self._instance

    @property
    def driver(self) -> str:
        return self._driver

    @property
    def engine(self) -> Any:
        return _sqlalchemy(self).engine

    @property
    def session(self) -> Any:
        return _sqlalchemy(self).session

    def reset(self) -> None:
        if self._raw_instance is not None:
            self._raw_instance.close()
        self._cache = {}
        super().reset()

    def close(self) -> None:
        self.reset()


class _SQLAlchemyView:
    def __init__(self, path: str) -> None:
        import sqlalchemy  # type: ignore[import-not-found]
        from sqlalchemy.orm import Session  # type: ignore[import-not-found]

        self.engine = sqlalchemy.create_engine(f"sqlite:///{path}")
        self.session = Session(self.engine)


def _sqlalchemy(conn: SQLConnection) -> _SQLAlchemyView:
    try:
        return _SQLAlchemyView(conn._path)
    except ImportError:
        raise StreamlitAPIException(
            "`engine` and `session` are SQLAlchemy objects, and SQLAlchemy is not installed: add "
            "`sqlalchemy` to the app's requirements, or use `conn.query()` or `conn.connect()` "
            "(a sqlite3 connection).") from None
