"""``st.App``: Streamlit's ASGI application, which has no counterpart in a tab."""

from __future__ import annotations

from typing import Any

from .errors import StreamlitAPIException

APP_UNAVAILABLE = (
    "`st.App` cannot work in tablit's browser runtime: it mounts the app in a Starlette web "
    "server, and tablit runs the app in the browser tab with no server at all, so run the "
    "script itself (`tablit serve app.py`, or `tablit build` for static files) instead."
)


class App:
    """Refused when constructed: there is no ASGI server to mount it in."""

    def __init__(self, script_path: Any, *, secrets: Any = None, lifespan: Any = None,
                 routes: Any = None, middleware: Any = None, on_script_error: Any = None,
                 exception_handlers: Any = None, debug: bool = False) -> None:
        raise StreamlitAPIException(APP_UNAVAILABLE)
