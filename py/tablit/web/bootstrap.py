"""``streamlit.web.bootstrap``: importable for apps that start themselves (see ``web/__init__.py``)."""

from __future__ import annotations

from typing import Any, NoReturn

from ._server import no_server


def run(main_script_path: str, is_hello: bool = False, args: Any = None, flag_options: Any = None) -> NoReturn:
    """Start Streamlit's server for a script: refused in the tab, with the reason."""
    no_server("streamlit.web.bootstrap.run()")
