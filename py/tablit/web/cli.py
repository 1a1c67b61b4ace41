"""``streamlit.web.cli``: importable for apps that start themselves (see ``web/__init__.py``)."""

from __future__ import annotations

from typing import Any, NoReturn

from ._server import no_server


def main(*args: Any, **kwargs: Any) -> NoReturn:
    """Streamlit's command line (``streamlit run ...``): refused in the tab, with the reason."""
    no_server("streamlit.web.cli.main()")
