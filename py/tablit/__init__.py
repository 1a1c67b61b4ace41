"""tablit: Streamlit's API, running in the browser tab.

Apps import this package as ``streamlit``.  This module is the whole public
``st.*`` surface; everything else is internal.
"""

from __future__ import annotations

import os as _os
from typing import NoReturn as _NoReturn

# matplotlib draws with Agg, as under Streamlit 1.67 (its __init__ sets the same):
# Pyodide's default backend (matplotlib_pyodide) needs `document`, which a worker
# has not.  tablit is imported before the app runs, so before the app's matplotlib.
_os.environ["MPLBACKEND"] = "Agg"

from .runtime import families as _families  # noqa: F401  (families loaded on first use, in the browser)
from . import column_config, components, errors, typing
from .components import v1 as _components_v1, v2 as _components_v2  # noqa: F401  (st.components.v1/v2 as attributes)
from .delta_generator import DeltaGenerator, main_dg as _main, sidebar_dg as sidebar
from .delta_generator import bottom_dg as bottom
from .config import get_option, set_option
from .elements.misc import set_page_config
from .elements.echo import echo
from .elements.media import logo
from .elements.dialog import dialog
from .runtime.caching import cache_data, cache_resource
from .runtime.control import fragment, rerun, stop
from .runtime.pages import Page
from .runtime.navigation import navigation, switch_page
from .runtime.connection_factory import connection_factory as connection
from .starlette import App
from .state.proxy import SessionStateProxy
from .state.query_params import QueryParamsProxy

__version__ = "1.67.0"  # the Streamlit API version tablit implements

session_state = SessionStateProxy()
query_params = QueryParamsProxy()


def login(provider: str | None = None) -> _NoReturn:
    """Refused: there is no server to receive the identity provider's redirect (user_info.py says why)."""
    from .user_info import login as refuse

    refuse(provider)


def logout() -> _NoReturn:
    """Refused: nobody is signed in to a tab-only app (user_info.py)."""
    from .user_info import logout as refuse

    refuse()


# st.user, st.context and st.secrets: made on first use (their modules are families the page downloads only for an
# app that reads them; web/tools/families.js "session_info", "secrets")
_LAZY = {"user": ("user_info", "UserInfoProxy"), "context": ("runtime.context_info", "ContextProxy"),
         "secrets": ("state.secrets", "Secrets")}


def _bind_elements() -> None:
    """Expose every registered element command as ``st.<name>`` (bound to the main area)."""
    from . import elements, widgets  # noqa: F401  (importing the families registers them)
    from .delta_generator import COMMANDS
    from .runtime import navigation  # noqa: F401  (page_link)

    g = globals()
    for name in COMMANDS:
        g[name] = getattr(_main, name)


_bind_elements()


def __getattr__(name: str) -> object:
    """st.user / st.context the first time they are read; any other name Streamlit 1.67 does not have
    either: its message, with 1.67's advice (command_suggestions.py)."""
    import sys

    if name in _LAZY:
        from importlib import import_module

        module, cls = _LAZY[name]
        value = globals()[name] = getattr(import_module(f".{module}", __name__), cls)()
        return value

    if name == "_bottom":  # 1.67's old name of st.bottom, still there with a warning
        from .elements.deprecation import deprecated_name

        deprecated_name("_bottom", "bottom", "2026-07-01")
        return bottom

    from .command_suggestions import missing_attribute_message

    raise AttributeError(missing_attribute_message(name, sys.modules[__name__], __version__), name=name)


def __dir__() -> list[str]:
    """The module's names, st.user and st.context among them before their first use."""
    return sorted({*globals(), *_LAZY})
