"""tablit: Streamlit's API, running in the browser tab.

Apps import this package as ``streamlit``.  This module is the whole public
``st.*`` surface; everything else is internal.
"""

from __future__ import annotations

from . import column_config, errors
from .delta_generator import DeltaGenerator, main_dg as _main, sidebar_dg as sidebar
from .config import get_option, set_option
from .elements.misc import echo, set_page_config
from .runtime.caching import cache_data, cache_resource
from .runtime.control import fragment, rerun, stop
from .runtime.pages import Page, navigation, switch_page
from .state.proxy import SessionStateProxy
from .state.query_params import QueryParamsProxy
from .state.secrets import Secrets

__version__ = "1.67.0"  # the Streamlit API version tablit implements

session_state = SessionStateProxy()
query_params = QueryParamsProxy()
secrets = Secrets()


def _bind_elements() -> None:
    """Expose every registered element command as ``st.<name>`` (bound to the main area)."""
    from . import elements, widgets  # noqa: F401  (importing the families registers them)
    from .delta_generator import COMMANDS
    from .runtime import pages  # noqa: F401  (page_link)

    g = globals()
    for name in COMMANDS:
        g[name] = getattr(_main, name)


_bind_elements()
