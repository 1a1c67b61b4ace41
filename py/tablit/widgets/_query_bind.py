"""``bind=`` and ``persist_state=``: Streamlit 1.67's checks, and where they go.

Streamlit validates both parameters the same way for every widget; these
helpers give the same errors.  A bound widget's props carry
``bind: "query-params"``, which ``register_widget`` reads to keep its value in
the URL (``state/query_bind.py``).  ``persist_state`` is kept
(``state/widgets.py`` register_widget, SessionState).
"""

from __future__ import annotations

from typing import Any

from .. import errors
from ..state.widgets import BIND, WidgetSpec, user_key_of


def check_bind(bind: Any, key: Any) -> bool:
    """Streamlit's checks of ``bind``; whether the widget is bound."""
    if bind is None:
        return False
    if bind != BIND:
        raise errors.invalid_value("bind", ["'query-params'", "None"])
    if user_key_of(key) is None:
        raise errors.StreamlitMissingRequiredParameterError(
            "key", detail="When using bind='query-params', the widget must have a unique 'key' "
                          "parameter specified. This 'key' will be used as the name of the query "
                          "parameter.")
    return True


def bind_spec(spec: WidgetSpec, bind: Any, persist_state: Any) -> WidgetSpec:
    """Check ``bind`` for a widget about to register, mark its props when bound, and
    hand it ``persist_state`` (checked and kept by ``register_widget``); returns ``spec``."""
    if check_bind(bind, spec.key):
        spec.props = {**(spec.props or {}), "bind": BIND}
    spec.persist_state = persist_state
    return spec
