"""Execution control: st.rerun and st.stop."""

from __future__ import annotations

from typing import Any, NoReturn

from .. import errors
from . import fragments
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
        from .context import get_ctx

        ctx = get_ctx()
        if ctx.fragment_run and ctx.fragment_id is not None:
            raise RerunException([ctx.fragment_id])
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
    names = [str(n) for n in ([scope] if isinstance(scope, (str, int)) else list(scope))]
    for name in names:
        if name not in ctx.session.fragment_keys:
            raise errors.StreamlitAPIException(
                f"No fragment found for target '{name}'. Pass the same `key` you set on "
                "`@st.fragment(key=...)`, and make sure that fragment has rendered at least once.")
    # the fragments with those keys on the page now run on their own (runtime/fragments.py)
    raise RerunException([f.id for f in ctx.session.fragments.values() if f.key in names])


def stop() -> NoReturn:
    """Stop this run now; what was rendered so far stays."""
    raise StopException()


_RESERVED_FRAGMENT_KEYS = ("app", "fragment")


def fragment(func: Any = None, *, run_every: Any = None, parallel: bool = False,
             key: str | int | None = None) -> Any:
    """``@st.fragment``: in the browser, an interaction inside the fragment, its
    ``run_every`` timer and ``st.rerun(scope="fragment")`` rerun only it
    (runtime/fragments.py); in a full run it runs where the script calls it.

    A tab's Python has one thread, so ``parallel=True`` fragments run in their
    place in the script, in order (the output is what a parallel run produces
    once it has finished), with 1.67's rules for a worker (``fragments.call``).  ``key`` names the fragment for ``st.rerun(<key>)``
    from a callback; the key is checked as 1.67 checks it, and a rerun naming a
    key no fragment has run under is refused with 1.67's error.
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

    every = fragments.run_every_seconds(run_every)

    def decorate(f: Any) -> Any:
        import functools

        @functools.wraps(f)
        def run(*args: Any, **kwargs: Any) -> Any:
            from .context import get_ctx

            ctx = get_ctx()
            if key is not None:
                ctx.session.fragment_keys.add(key)
            return fragments.call(ctx, f, args, kwargs, run_every=every, key=key, parallel=parallel)

        return run

    if func is None:
        return decorate
    return decorate(func)
