"""Streamlit's deprecation warnings: logged, and shown as an ``st.warning`` when
client.showErrorDetails is "full" (as AppTest and a local app have it)."""

from __future__ import annotations

import sys

from ..runtime.context import get_ctx


def deprecation_warning(message: str) -> None:
    print(f"Deprecation warning: {message}", file=sys.stderr)
    if get_ctx().session.config.get("client.showErrorDetails") in ("full", True):
        from ..delta_generator import main_dg
        from .alerts import warning

        warning(main_dg, message)
