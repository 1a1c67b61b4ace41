"""``get_script_run_ctx`` / ``add_script_run_ctx``: the run an app's code is part of.

Apps call ``get_script_run_ctx()`` to learn whether they run inside Streamlit
(``None`` outside a run) and read ``.session_id`` to tell sessions apart;
libraries hand the context to threads they start with ``add_script_run_ctx``.
tablit runs one script at a time per process (a worker has one thread), so
the context is a view of the run in progress.
"""

from __future__ import annotations

import threading
import uuid
from typing import Any

from ..context import RunContext, current_ctx

SCRIPT_RUN_CONTEXT_ATTR_NAME = "streamlit_script_run_ctx"


class ScriptRunContext:
    """What Streamlit's ScriptRunContext offers apps, read from tablit's run in progress."""

    def __init__(self, run: RunContext) -> None:
        self._run = run

    @property
    def session_id(self) -> str:
        """A random id per session, stable across its reruns."""
        session = self._run.session
        sid = getattr(session, "session_id", None)
        if sid is None:
            sid = str(uuid.uuid4())
            session.session_id = sid  # type: ignore[attr-defined]
        return sid

    @property
    def query_string(self) -> str:
        return self._run.session.query_params.to_query_string()

    @property
    def session_state(self) -> Any:
        return self._run.session.state

    @property
    def main_script_path(self) -> str:
        script = self._run.session.script
        return script.path if script else ""

    @property
    def page_script_hash(self) -> str:
        return self._run.page_hash

    @property
    def user_info(self) -> dict[str, Any]:
        return {"is_logged_in": False}

    @property
    def context_info(self) -> dict[str, Any]:
        return dict(getattr(self._run.session, "context_info", None) or {})

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ScriptRunContext) and other._run is self._run

    def __hash__(self) -> int:
        return id(self._run)

    def __repr__(self) -> str:
        return f"ScriptRunContext(session_id={self.session_id!r})"


def get_script_run_ctx(suppress_warning: bool = False) -> ScriptRunContext | None:
    """The context of the run this code is part of, or None outside a run.

    A thread given a context by :func:`add_script_run_ctx` sees that one.
    """
    attached = getattr(threading.current_thread(), SCRIPT_RUN_CONTEXT_ATTR_NAME, None)
    if attached is not None:
        return attached
    run = current_ctx()
    return None if run is None else ScriptRunContext(run)


def add_script_run_ctx(thread: threading.Thread | None = None,
                       ctx: ScriptRunContext | None = None) -> threading.Thread:
    """Give ``thread`` (default: this one) the current context, or ``ctx``; returns the thread."""
    if thread is None:
        thread = threading.current_thread()
    if ctx is None:
        ctx = get_script_run_ctx()
    setattr(thread, SCRIPT_RUN_CONTEXT_ATTR_NAME, ctx)
    return thread
