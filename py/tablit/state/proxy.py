"""``st.session_state``: a stateless MutableMapping over the current session.

It holds no data itself: every access goes to the session of the run in
progress, so one module-level object serves every session, as in Streamlit.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any, Iterator

from .. import errors
from ..runtime import context as _context
from .attributes import ItemsAsAttributes
from .session_state import WIDGET_ID_PREFIX, SessionState

_GLOBAL_STATE: SessionState | None = None


def _state() -> SessionState:
    ctx = _context._current  # current_ctx(), once per st.session_state access
    if ctx is not None:
        return ctx.session.state
    # Without a run ("bare" python app.py) Streamlit uses one process-wide store.
    global _GLOBAL_STATE
    if _GLOBAL_STATE is None:
        _GLOBAL_STATE = SessionState()
    return _GLOBAL_STATE


def _check_key(key: Any) -> str:
    key = str(key)
    if key.startswith(WIDGET_ID_PREFIX):
        raise errors.reserved_key()
    return key


def _missing(kind: str, key: str) -> str:
    return f'st.session_state has no {kind} "{key}". {errors.SESSION_STATE_DOCS}'


class SessionStateProxy(ItemsAsAttributes, MutableMapping):
    """Dict- and attribute-style access to the current session's state."""

    def __getitem__(self, key: Any) -> Any:
        # (_check_key() and _state() inlined: every read of st.session_state comes here)
        key = str(key)
        if key.startswith(WIDGET_ID_PREFIX):
            raise errors.reserved_key()
        ctx = _context._current
        try:
            return (_state() if ctx is None else ctx.session.state).lookup(key)
        except KeyError:
            raise KeyError(_missing("key", key)) from None

    def __setitem__(self, key: Any, value: Any) -> None:
        _state().set(_check_key(key), value)

    def __delitem__(self, key: Any) -> None:
        key = _check_key(key)
        try:
            _state().delete(key)
        except KeyError:
            raise KeyError(_missing("key", key)) from None

    def __contains__(self, key: object) -> bool:
        ctx = _context._current  # (_state(), inlined)
        return (_state() if ctx is None else ctx.session.state).contains(_check_key(key))

    def __iter__(self) -> Iterator[str]:
        return iter(_state().keys())

    def __len__(self) -> int:
        return len(_state().keys())

    def _attribute_error(self, key: str) -> str:
        return _missing("attribute", key)

    def __str__(self) -> str:
        return str(self.to_dict())

    def __repr__(self) -> str:
        return f"<streamlit.runtime.state.session_state_proxy.SessionStateProxy object at {id(self):#x}>"

    def to_dict(self) -> dict[str, Any]:
        state = _state()
        return {k: state.lookup(k) for k in state.keys()}

    def clear(self) -> None:
        state = _state()
        for key in list(state.keys()):
            state.delete(key)

