"""``st.query_params``: the tab's URL query string as a per-session mapping.

Values are strings; a repeated key keeps all its values (``get_all``) and
reads as the last one.  Writing never reruns; the render message carries the
new query string and the page updates its URL.
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from typing import Any, Iterator

from .. import errors
from .attributes import ItemsAsAttributes

EMBED_KEYS = ("embed", "embed_options")


def _is_embed(key: str) -> bool:
    return key.lower() in EMBED_KEYS


class QueryParamsState:
    """The session's query params: key -> list of string values, in order."""

    def __init__(self, query: str = "") -> None:
        self.values: dict[str, list[str]] = {}
        # Widgets bound to a parameter (bind="query-params"), by key: see query_bind.py
        self.bound: dict[str, Any] = {}
        self.replace(query)

    # ------------------------------------------------- bind="query-params"
    def sync(self, key: str, wire: Any) -> None:
        """The bound parameter ``key`` follows its widget's wire value: gone at the default."""
        binding = self.bound[key]
        if wire == binding.default_wire:
            self.values.pop(key, None)
        else:
            self.values[key] = binding.to_url(wire)

    def follow(self, state: Any) -> None:
        """After the page's values arrive, before the run: the URL shows them
        (as 1.67's page writes a bound widget's change to the URL before it reruns)."""
        before = {k: self.values.get(k) for k in self.bound}
        for key, binding in list(self.bound.items()):
            meta = state.meta.get(binding.widget_id)
            if meta is None:
                continue
            try:
                self.sync(key, meta.serialize(state.widget_value(binding.widget_id)))
            except Exception:  # noqa: BLE001 - a value its widget will correct when it runs
                continue
        if any(self.values.get(k) != v for k, v in before.items()):
            # 1.67's page rewrites the whole query string, its keys sorted, when a bound widget changes
            self.values = dict(sorted(self.values.items()))

    def unbind(self, key: str) -> None:
        """A widget no longer bound (or no longer drawn): its parameter leaves the URL."""
        self.bound.pop(key, None)
        self.values.pop(key, None)

    def drop_stale(self, widgets: Any) -> None:
        """After a completed run: bound widgets that are gone (not in ``widgets``) unbind."""
        for key, binding in list(self.bound.items()):
            if binding.widget_id not in widgets:
                self.unbind(key)

    def replace(self, query: str) -> None:
        self.values = {}
        query = query.lstrip("?")
        if not query:
            return
        from urllib.parse import parse_qsl  # (imported when needed: ~75 ms under Pyodide)

        for k, v in parse_qsl(query, keep_blank_values=True):
            self.values.setdefault(k, []).append(v)

    def to_query_string(self) -> str:
        if not self.values:
            return ""
        from urllib.parse import urlencode

        return urlencode([(k, v) for k, vs in self.values.items() for v in vs])


def _session_params() -> QueryParamsState:
    from ..runtime.context import get_ctx

    return get_ctx().session.query_params


def _to_strings(key: str, value: Any) -> list[str]:
    if isinstance(value, dict):
        raise errors.StreamlitAPIException(
            f"Query param value for `{key}` cannot be set to a dictionary. Provide a string or "
            "iterable of strings instead."
        )
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        return [str(value)]
    return [str(v) for v in value]


def _check_settable(key: str) -> None:
    if _is_embed(key):
        raise errors.StreamlitAPIException(
            "Query param embed and embed_options (case-insensitive) cannot be set programmatically."
        )


class QueryParamsProxy(ItemsAsAttributes, MutableMapping):
    """``st.query_params``."""

    def _visible(self) -> dict[str, list[str]]:
        return {k: v for k, v in _session_params().values.items() if not _is_embed(k)}

    def __getitem__(self, key: str) -> str:
        """The key's last value.  A missing key raises 1.67's KeyError in the context of the
        lookup's own KeyError and of a first KeyError with the same message (1.67's proxy
        re-raises its store's), so an uncaught one shows the same traceback rows:
        ``KeyError: 'x'``, Python's "During handling..." sentence, the message, the sentence."""
        try:
            try:
                values = self._visible()[key]
            except KeyError:
                raise KeyError(self.missing_key_error_message(key))  # noqa: B904 - the context is shown, as in 1.67
        except KeyError:
            raise KeyError(self.missing_key_error_message(key))  # noqa: B904
        return values[-1] if values else ""

    def __setitem__(self, key: str, value: Any) -> None:
        _check_settable(key)
        session = _session_params()
        if key in session.bound:
            from .query_bind import bound_error

            raise bound_error(key, "set")
        session.values[key] = _to_strings(key, value)

    def __delitem__(self, key: str) -> None:
        session = _session_params()
        params = session.values
        if key not in params or _is_embed(key):
            raise KeyError(self.missing_key_error_message(key))
        if key in session.bound:
            from .query_bind import bound_error

            raise bound_error(key, "delete")
        del params[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._visible())

    def __len__(self) -> int:
        return len(self._visible())

    def __contains__(self, key: object) -> bool:
        return key in self._visible()

    def _attribute_error(self, key: str) -> str:
        return self.missing_attr_error_message(key)

    @staticmethod
    def missing_key_error_message(key: str) -> str:
        """The KeyError text for a missing key (Streamlit's, also used by apps' helpers)."""
        return f'st.query_params has no key "{key}".'

    @staticmethod
    def missing_attr_error_message(key: str) -> str:
        return f'st.query_params has no attribute "{key}".'

    def __str__(self) -> str:
        return str(self.to_dict())

    def __repr__(self) -> str:
        return repr(self.to_dict())

    def get_all(self, key: str) -> list[str]:
        return list(self._visible().get(key, []))

    def to_dict(self) -> dict[str, str]:
        return {k: (v[-1] if v else "") for k, v in self._visible().items()}

    def update(self, other: Any = (), /, **kwds: Any) -> None:  # type: ignore[override]
        items = other.items() if hasattr(other, "items") else other
        pairs = list(items) + list(kwds.items())
        bound = _session_params().bound
        for k, _ in pairs:
            if k in bound:  # (checked first: nothing is written)
                from .query_bind import bound_error

                raise bound_error(k, "set")
        for k, v in pairs:
            self[k] = v

    def clear(self) -> None:
        session = _session_params()
        params = session.values
        held = [k for k in params if k in session.bound]
        if held:
            from .query_bind import clear_error

            raise clear_error(held)
        for key in [k for k in params if not _is_embed(k)]:
            del params[key]

    def from_dict(self, params: Any) -> None:
        items = params.items() if hasattr(params, "items") else params
        items = list(items)
        session = _session_params()
        for k, _ in items:
            _check_settable(k)
            if k in session.bound:
                from .query_bind import bound_error

                raise bound_error(k, "set")
        # (the parameters widgets hold stay: they follow their widgets)
        for key in [k for k in session.values if not _is_embed(k) and k not in session.bound]:
            del session.values[key]
        for k, v in items:
            self[k] = v
