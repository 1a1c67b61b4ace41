"""``streamlit.runtime.scriptrunner``: the run context, and the exceptions that end a run."""

from __future__ import annotations

from dataclasses import dataclass

from ..runner import RerunException, StopException
from ..scriptrunner_utils.script_run_context import (
    ScriptRunContext, add_script_run_ctx, get_script_run_ctx)


@dataclass(frozen=True)
class RerunData:
    """What a rerun asks for (Streamlit's fields that an app can give meaning to here)."""

    query_string: str = ""
    widget_states: object = None
    page_script_hash: str = ""
    page_name: str = ""
    fragment_id: str | None = None
    fragment_id_queue: tuple = ()
    is_fragment_scoped_rerun: bool = False
    is_auto_rerun: bool = False
    is_history_navigation: bool = False
    replay_trigger_states: object = None
    replay_trigger_values: object = None
    cached_message_hashes: frozenset = frozenset()
    context_info: object = None


__all__ = ["RerunData", "RerunException", "ScriptRunContext", "StopException",
           "add_script_run_ctx", "get_script_run_ctx"]
