"""``st.cache_data`` and ``st.cache_resource``.

Streamlit's caches are process-wide, shared by every session of a server.  A
tablit app runs in one browser tab, so its caches belong to that tab's session
(``session.caches``): the natural equivalent, emptied by "Clear cache".

A cached function is keyed by its module, qualified name and source code; a
call by its hashed arguments (parameters whose name starts with ``_`` are not
hashed).  ``cache_data`` stores a pickled copy and returns a fresh unpickled
copy on every hit, so callers can never mutate the cache; ``cache_resource``
returns the one shared object.

Elements a cached function writes are recorded on a miss and replayed at the
cursor on every hit (spec C80).  A widget inside a cached function shows the
``CachedWidgetWarning`` before itself on a miss (``register_widget`` does
that); on a hit the warning and the widget are replayed without registering
the widget, so its key reads the page's value during the run and is removed
at the end of the run (erratum 2).

This module is what every app has: the decorators and ``ttl=``'s durations.  What they
wrap a function in is ``cached_func.py``, which in the browser is a family (fetched the
first time an app decorates a function).
"""

from __future__ import annotations

import math
import re
from datetime import timedelta
from typing import Any, Callable

from .. import errors
from .context import get_ctx


# ------------------------------------------------------------------------ ttl
_UNITS = {"w": 604800, "week": 604800, "weeks": 604800, "d": 86400, "day": 86400, "days": 86400,
          "h": 3600, "hour": 3600, "hours": 3600, "m": 60, "min": 60, "mins": 60, "minute": 60,
          "minutes": 60, "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
          "ms": 0.001, "millisecond": 0.001, "milliseconds": 0.001}


def duration_seconds(text: str) -> float | None:
    """A duration string such as ``"1d"``, ``"2h"`` or ``"1h 30m"`` in seconds; None if it is not one
    (``ttl=`` of the caches, ``run_every=`` of fragments)."""
    parts = re.findall(r"(\d+(?:\.\d+)?)\s*([a-zA-Z]+)", text)
    if not parts or not re.fullmatch(r"(\s*\d+(?:\.\d+)?\s*[a-zA-Z]+\s*)+", text):
        return None
    try:
        return sum(float(n) * _UNITS[u.lower()] for n, u in parts)
    except KeyError:
        return None


def ttl_seconds(ttl: Any) -> float:
    """``None`` / ``inf`` = forever; seconds; a timedelta; or a string like ``"1h 30m"``."""
    if ttl is None:
        return math.inf
    if isinstance(ttl, timedelta):
        return ttl.total_seconds()
    if isinstance(ttl, (int, float)) and not isinstance(ttl, bool):
        return float(ttl)
    if isinstance(ttl, str):
        seconds = duration_seconds(ttl)
        if seconds is not None:
            return seconds
    raise errors.StreamlitAPIException(
        f"Invalid `ttl` value: {ttl!r}. Use a number of seconds, a `timedelta`, or a duration "
        "string such as '1d', '2h' or '30m'.")


# ---------------------------------------------------------------- decorators
class _CacheAPI:
    """The ``st.cache_data`` / ``st.cache_resource`` object: a decorator with ``.clear()``."""

    def __init__(self, kind: str) -> None:
        self._kind = kind

    def _decorate(self, func: Callable | None, **options: Any) -> Any:
        from .cached_func import CachedFunc

        if func is None:
            return lambda f: CachedFunc(f, self._kind, **options)
        return CachedFunc(func, self._kind, **options)

    def clear(self) -> None:
        """Empty every cache of this kind in this session."""
        caches = get_ctx().session.caches
        for key in [k for k in caches if isinstance(k, str) and k.startswith(f"{self._kind}:")]:
            del caches[key]


class CacheDataAPI(_CacheAPI):
    def __call__(self, func: Callable | None = None, *, ttl: Any = None, max_entries: int | None = None,
                 max_size: Any = None, show_spinner: bool | str = True, show_time: bool = False,
                 persist: Any = None, hash_funcs: dict | None = None, scope: str = "global",
                 refresh_mode: str = "foreground") -> Any:
        """Cache a function's return value (a copy per call; ``persist`` keeps it in memory only)."""
        if persist not in (None, False, True, "disk"):
            raise errors.StreamlitAPIException(
                f"Unsupported persist option '{persist}'. Valid values are 'disk' or None.")
        _check_scope(scope)
        return self._decorate(func, ttl=ttl, max_entries=max_entries, hash_funcs=hash_funcs)


class CacheResourceAPI(_CacheAPI):
    def __call__(self, func: Callable | None = None, *, ttl: Any = None, max_entries: int | None = None,
                 show_spinner: bool | str = True, show_time: bool = False,
                 validate: Callable[[Any], bool] | None = None, hash_funcs: dict | None = None,
                 on_release: Callable | None = None, scope: str = "global",
                 refresh_mode: str = "foreground") -> Any:
        """Cache a shared resource (the same object on every call)."""
        _check_scope(scope)
        return self._decorate(func, ttl=ttl, max_entries=max_entries, hash_funcs=hash_funcs,
                              validate=validate)


def _check_scope(scope: str) -> None:
    if scope not in ("global", "session"):
        raise errors.invalid_value("scope", ["'global'", "'session'"], detail=f"Got {scope!r}.")


cache_data = CacheDataAPI("data")
cache_resource = CacheResourceAPI("resource")
