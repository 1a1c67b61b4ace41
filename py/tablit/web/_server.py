"""The one answer of ``streamlit.web.cli`` and ``streamlit.web.bootstrap`` in the tab."""

from __future__ import annotations

from typing import NoReturn

from .. import errors


def no_server(call: str) -> NoReturn:
    raise errors.StreamlitAPIException(
        f"`{call}` cannot run in tablit's browser runtime: it starts Streamlit's server "
        "(`streamlit run`), and this app already runs in the browser tab, where there is no server "
        "to start; call it only when `streamlit.runtime.exists()` is False, as under `python app.py`.")
