"""``bind=`` and ``persist_state=``: Streamlit 1.67's checks, and tablit's answer.

Streamlit validates both parameters the same way for every widget; these
helpers give the same errors.  Neither binding a widget to a URL query
parameter nor keeping an unrendered widget's value is done by tablit yet, so
an app that asks for them gets a clear StreamlitAPIException instead of a
parameter silently ignored.
"""

from __future__ import annotations

from typing import Any

from .. import errors
from ..state.widgets import WidgetSpec, user_key_of


def check_bind(bind: Any, key: Any, *, command: str) -> None:
    """Streamlit's checks of ``bind``; then tablit's refusal of ``"query-params"``."""
    if bind is None:
        return
    if bind != "query-params":
        raise errors.invalid_value("bind", ["'query-params'", "None"])
    if user_key_of(key) is None:
        raise errors.StreamlitMissingRequiredParameterError(
            "key", detail="When using bind='query-params', the widget must have a unique 'key' "
                          "parameter specified. This 'key' will be used as the name of the query "
                          "parameter.")
    raise errors.StreamlitAPIException(
        f"`st.{command}(bind='query-params')` is not supported by tablit yet: the widget's value "
        f"is not kept in the URL. Read and write `st.query_params[{str(key)!r}]` in the app "
        "instead, or remove `bind`.")


def check_persist_state(persist_state: Any, key: Any, *, command: str) -> None:
    """Streamlit's checks of ``persist_state``; then tablit's refusal."""
    if persist_state is None:
        return
    if persist_state not in ("page", "session"):
        raise errors.invalid_value("persist_state", ["'page'", "'session'", "None"])
    if user_key_of(key) is None:
        raise errors.StreamlitMissingRequiredParameterError(
            "key", detail="When using persist_state, the widget must have a unique 'key' parameter "
                          "specified so its value can be preserved across reruns and page switches.")
    raise errors.StreamlitAPIException(
        f"`st.{command}(persist_state={persist_state!r})` is not supported by tablit yet: a widget "
        "that is not drawn in a run loses its value. Copy the value to another "
        "`st.session_state` key in an `on_change` callback to keep it, or remove `persist_state`.")


def bind_spec(spec: WidgetSpec, bind: Any, persist_state: Any, *, clearable: bool,
              command: str | None = None) -> WidgetSpec:
    """Check ``bind``/``persist_state`` for a widget about to register; returns ``spec``."""
    name = command or spec.type
    check_bind(bind, spec.key, command=name)
    check_persist_state(persist_state, spec.key, command=name)
    return spec
