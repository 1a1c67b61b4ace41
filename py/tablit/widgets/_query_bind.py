"""``bind=`` and ``persist_state=``: Streamlit 1.67's checks, and tablit's answer.

Streamlit validates both parameters the same way for every widget; these
helpers give the same errors.  Binding a widget to a URL query parameter is not
done by tablit yet, so an app that asks for it gets a clear
StreamlitAPIException instead of a parameter silently ignored.
``persist_state`` is kept (``state/widgets.py`` register_widget, SessionState).
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


def bind_spec(spec: WidgetSpec, bind: Any, persist_state: Any, *, clearable: bool,
              command: str | None = None) -> WidgetSpec:
    """Check ``bind`` for a widget about to register and hand it ``persist_state``
    (checked and kept by ``register_widget``); returns ``spec``."""
    name = command or spec.type
    check_bind(bind, spec.key, command=name)
    spec.persist_state = persist_state
    return spec
