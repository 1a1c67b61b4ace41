"""Execution control: st.rerun and st.stop."""

from __future__ import annotations

from typing import Any, NoReturn

from .. import errors
from .runner import RerunException, StopException

_FRAGMENT_KEY_TEXT = (
    "Passing a fragment key to `st.rerun()` is only allowed from a widget callback (e.g. "
    "`on_change` / `on_click`). Calling it from the main script body or a fragment body would "
    "abort the current run. If you meant to rerun the whole app or the current fragment, use "
    "`scope='app'` or `scope='fragment'`."
)


def rerun(scope: Any = "app", **kwargs: Any) -> NoReturn:
    """Stop this run now and run the app again (no widget changes, triggers False)."""
    if scope == "app":
        raise RerunException()
    if scope == "fragment":
        raise errors.StreamlitInvalidLayoutContextError(
            'scope="fragment" can only be specified from `@st.fragment`-decorated functions '
            "during fragment reruns."
        )
    if isinstance(scope, bool) or not isinstance(scope, (str, int, list)):
        raise errors.StreamlitInvalidParameterTypeError(
            "Invalid `scope` type. Expected one of: str, int, list[str | int]. "
            f"Provided type: {type(scope).__name__}."
        )
    if scope == "":
        raise errors.StreamlitValueError(
            "Invalid `scope` value. Supported values: 'app', 'fragment', a fragment key, a list "
            "of keys. Got an empty string."
        )
    if scope == []:
        raise errors.StreamlitValueError(
            "Invalid `scope` value. Supported values: 'app', 'fragment', a fragment key, a list "
            "of keys. Got an empty list."
        )
    from .context import get_ctx

    if get_ctx().in_callback:
        # Fragments are not supported yet: a fragment rerun is a full rerun.
        raise RerunException()
    raise errors.StreamlitAPIException(_FRAGMENT_KEY_TEXT)


def stop() -> NoReturn:
    """Stop this run now; what was rendered so far stays."""
    raise StopException()


def fragment(func: Any = None, *, run_every: Any = None) -> Any:
    """``@st.fragment``: accepted; the function runs as part of the full run.

    Fragment-only reruns are not implemented: an interaction inside a fragment
    reruns the whole app, which gives the same state, more slowly.
    """
    if func is None:
        return lambda f: f
    return func
