"""A session as JSON: what Stop, a crash or a reload restores.

Without cross-origin isolation the only way to stop a script stuck in
``while True: pass`` is to end its worker; a new worker then takes the
session back from the last snapshot the page received.  The same snapshot,
kept in the browser's storage, makes a durable session (opt-in).

A snapshot holds ``st.session_state``'s plain keys whose values come back
equal through JSON (others are listed as ``lost``, and the page says so),
every widget's value as the page holds it (its wire value, JSON already),
the page and the query string.  It is only ever read back with ``json``:
nothing from storage is unpickled or evaluated.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .session import AppSession

#: The config option that keeps the snapshot in the browser's storage (a durable session).
DURABLE_OPTION = "tablit.durableSession"

#: A value bigger than this as JSON is not kept (it would be posted after every run).
MAX_VALUE_CHARS = 1_000_000


def _round_trips(value: Any) -> str | None:
    """The JSON of ``value`` if it reads back equal and of the same types, else None."""
    try:
        text = json.dumps(value, allow_nan=False)
    except (TypeError, ValueError, RecursionError):
        return None
    if len(text) > MAX_VALUE_CHARS or not _same(json.loads(text), value):
        return None
    return text


def _same(a: Any, b: Any) -> bool:
    """Equal with the same container and scalar types (a tuple is not a list here)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b


def take(session: AppSession) -> dict[str, Any]:
    """The session as a JSON-ready dict (see the module docstring)."""
    state = session.state
    widget_keys = set(state.key_to_id)
    kept: dict[str, Any] = {}
    lost: list[str] = []
    for key in sorted(state.keys() - widget_keys):
        value = state.lookup(key)
        if _round_trips(value) is None:
            lost.append(key)
        else:
            kept[key] = value
    return {
        "state": kept,
        "lost": lost,
        "widgets": dict(session.client_values),
        "page": session.pages.current_url(),
        "query": session.query_params.to_query_string(),
    }


def restore(session: AppSession, data: Any) -> list[str]:
    """Put a snapshot's state and widget values into a new session (before its first run).

    Returns the keys that were lost when it was taken.  A malformed snapshot
    restores nothing rather than half of it.
    """
    if not isinstance(data, dict):
        raise ValueError("a session snapshot must be a JSON object")
    kept = data.get("state", {})
    widgets = data.get("widgets", {})
    lost = data.get("lost", [])
    if not isinstance(kept, dict) or not isinstance(widgets, dict) or not isinstance(lost, list):
        raise ValueError("a session snapshot has 'state' and 'widgets' objects and a 'lost' list")
    for key, value in kept.items():
        session.state.committed[str(key)] = value
    session.state.restored.update({str(k): v for k, v in widgets.items()})
    return [str(k) for k in lost]
