"""``streamlit.runtime.state``: the session-state classes, where Streamlit keeps them."""

from ...state.proxy import SessionStateProxy
from ...state.query_params import QueryParamsProxy
from ...state.session_state import SessionState

__all__ = ["QueryParamsProxy", "SessionState", "SessionStateProxy"]
