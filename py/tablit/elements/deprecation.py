"""Streamlit's deprecation warnings: logged, and shown as an ``st.warning`` when
client.showErrorDetails is "full" (as AppTest and a local app have it)."""

from __future__ import annotations

import sys

from ..runtime.context import get_ctx


def deprecation_warning(message: str) -> None:
    """Log ``message``; show it in the app where 1.67 would."""
    print(f"Deprecation warning: {message}", file=sys.stderr)
    if get_ctx().session.config.get("client.showErrorDetails") in ("full", True):
        from ..delta_generator import main_dg
        from .alerts import warning

        warning(main_dg, message)


def deprecated_name(old: str, new: str, removal_date: str) -> None:
    """A deprecated ``st.<old>`` in use: 1.67's warning the first time (1.67 warns once per
    server process, that is once per session here, where each tab is its own process)."""
    shown = get_ctx().session.deprecations_shown
    if old in shown:
        return
    shown.add(old)
    deprecation_warning(f"Please replace `st.{old}` with `st.{new}`.\n\n"
                        f"`st.{old}` will be removed after {removal_date}.")
