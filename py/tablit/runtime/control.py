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

    ctx = get_ctx()
    if not ctx.in_callback:
        raise errors.StreamlitAPIException(_FRAGMENT_KEY_TEXT)
    for name in ([scope] if isinstance(scope, (str, int)) else list(scope)):
        if str(name) not in ctx.session.fragment_keys:
            raise errors.StreamlitAPIException(
                f"No fragment found for target '{name}'. Pass the same `key` you set on "
                "`@st.fragment(key=...)`, and make sure that fragment has rendered at least once.")
    # Fragments run as part of the whole app in a tab: a keyed rerun is a full rerun.
    raise RerunException()


def stop() -> NoReturn:
    """Stop this run now; what was rendered so far stays."""
    raise StopException()


_RESERVED_FRAGMENT_KEYS = ("app", "fragment")


def fragment(func: Any = None, *, run_every: Any = None, parallel: bool = False,
             key: str | int | None = None) -> Any:
    """``@st.fragment``: the function runs as part of the full run.

    Fragment-only reruns are not implemented: an interaction inside a fragment
    reruns the whole app, which gives the same state, more slowly.  A tab's
    Python has one thread, so ``parallel=True`` fragments run in their place in
    the script, in order (the output is what a parallel run produces once it
    has finished).  ``key`` names the fragment for ``st.rerun(<key>)`` from a
    callback; the key is checked as 1.67 checks it, and a rerun naming a key no
    fragment has run under is refused with 1.67's error.
    """
    if not isinstance(parallel, bool):
        raise errors.StreamlitAPIException(
            f"`parallel` must be True or False, not {type(parallel).__name__}.")
    if key is not None:
        key = str(key)
        if key == "":
            raise errors.invalid_key()
        if key.startswith("$$ID"):
            raise errors.reserved_key()
        if key in _RESERVED_FRAGMENT_KEYS:
            raise errors.StreamlitAPIException(
                f"`{key}` is a reserved name and cannot be used as a fragment key, because "
                "`st.rerun(scope=...)` reads it as a rerun level. Choose a different key for "
                "`@st.fragment(key=...)`.")

    def decorate(f: Any) -> Any:
        import functools

        @functools.wraps(f)
        def run(*args: Any, **kwargs: Any) -> Any:
            from .context import get_ctx

            ctx = get_ctx()
            if key is not None:
                ctx.session.fragment_keys.add(key)
            # (1.67 draws a fragment in a container of its own: a chat_input called
            # in one stays where it is called instead of going to the bottom block)
            ctx.fragment_depth = getattr(ctx, "fragment_depth", 0) + 1  # type: ignore[attr-defined]
            try:
                return f(*args, **kwargs)
            finally:
                ctx.fragment_depth -= 1  # type: ignore[attr-defined]

        return run

    if func is None:
        return decorate
    return decorate(func)
