"""``st.context``: what the browser tab knows about the user, as Streamlit 1.67 offers it.

The page sends it when it starts the worker (``context`` in the boot message,
see ``web/protocol.js``; ``AppSession.context_info`` here) and again when it
changes (theme switch, navigation changes the URL's page).  Fields:

``url``            the app's base URL (no page, query or anchor); the current
                   page's url path is added here, as Streamlit does.
``timezone``       ``Intl.DateTimeFormat().resolvedOptions().timeZone``
``timezone_offset`` ``new Date().getTimezoneOffset()`` (minutes, UTC - local)
``locale``         ``navigator.language``
``color_scheme``   "light" / "dark": the theme the page shows
``is_embedded``    whether the app runs inside another page (``?embed=true`` or
                   a frame)
``cookies``        what ``document.cookie`` shows (HTTP-only cookies are
                   invisible to a page, and so here)
``headers``        the request headers a page can know: ``User-Agent``,
                   ``Accept-Language`` (from ``navigator.languages``), ``Host``
                   and ``Referer``; Streamlit reads them from the websocket
                   request, which a tab does not make.

``ip_address`` is always None: Streamlit returns None for a local connection,
and a tab talks to no server that could see the user's address.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

_CONTEXT_KEYS = frozenset({"headers", "cookies", "theme", "timezone", "timezone_offset", "locale",
                           "url", "ip_address", "is_embedded"})


def _info() -> dict[str, Any]:
    from .context import get_ctx

    return getattr(get_ctx().session, "context_info", None) or {}


def _normalize_header(name: str) -> str:
    return "-".join(w.capitalize() for w in name.split("-"))


class StreamlitHeaders(Mapping):
    """Read-only, case-insensitive headers; ``get_all`` gives every value of a repeated one."""

    def __init__(self, headers: Iterable[tuple[str, str]]) -> None:
        self._headers: dict[str, list[str]] = {}
        for key, value in headers:
            self._headers.setdefault(_normalize_header(key), []).append(value)

    def get_all(self, key: str) -> list[str]:
        return list(self._headers.get(_normalize_header(key), []))

    def __getitem__(self, key: str) -> str:
        try:
            return self._headers[_normalize_header(key)][0]  # the first, as Streamlit's
        except KeyError:
            raise KeyError(key) from None

    def __len__(self) -> int:
        return len(self._headers)

    def __iter__(self) -> Iterator[str]:
        return iter(self._headers)

    def to_dict(self) -> dict[str, str]:
        return {key: self[key] for key in self}

    def __repr__(self) -> str:
        return repr(self.to_dict())


class StreamlitCookies(Mapping):
    """Read-only cookies the page can see."""

    def __init__(self, cookies: Mapping[str, str]) -> None:
        self._cookies = dict(cookies)

    def __getitem__(self, key: str) -> str:
        return self._cookies[key]

    def __len__(self) -> int:
        return len(self._cookies)

    def __iter__(self) -> Iterator[str]:
        return iter(self._cookies)

    def to_dict(self) -> dict[str, str]:
        return dict(self._cookies)

    def __repr__(self) -> str:
        return repr(self._cookies)


class StreamlitTheme(dict):
    """``{"type": "light"|"dark"|None}``, also readable as ``.type``."""

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key) from None


class ContextProxy:
    """``st.context``: read-only information about the user's browser."""

    @property
    def headers(self) -> StreamlitHeaders:
        return StreamlitHeaders(_pairs(_info().get("headers")))

    @property
    def cookies(self) -> StreamlitCookies:
        cookies = _info().get("cookies")
        return StreamlitCookies(cookies if isinstance(cookies, Mapping) else {})

    @property
    def theme(self) -> StreamlitTheme:
        scheme = _info().get("color_scheme")
        return StreamlitTheme({"type": scheme if scheme in ("light", "dark") else None})

    @property
    def timezone(self) -> str | None:
        return _info().get("timezone")

    @property
    def timezone_offset(self) -> int | None:
        return _info().get("timezone_offset")

    @property
    def locale(self) -> str | None:
        return _info().get("locale")

    @property
    def url(self) -> str | None:
        """The app's URL in the browser, with the current page's path, without query."""
        base = _info().get("url")
        if not base:
            return None
        from .context import get_ctx

        pages = getattr(get_ctx().session, "pages", None)
        base = base.split("#")[0].split("?")[0].rstrip("/")
        page = pages.current_url() if pages is not None else ""
        if page and base.endswith("/" + page):
            base = base[: -len(page) - 1]
        return f"{base}/{page}" if page else base

    @property
    def ip_address(self) -> str | None:
        return None

    @property
    def is_embedded(self) -> bool | None:
        return _info().get("is_embedded")

    def __getitem__(self, key: str) -> Any:
        if key not in _CONTEXT_KEYS:
            raise KeyError(key)
        return getattr(self, key)

    def __contains__(self, key: object) -> bool:
        return key in _CONTEXT_KEYS

    __iter__ = None  # type: ignore[assignment]  (as Streamlit's: not iterable)


def _pairs(headers: Any) -> list[tuple[str, str]]:
    if isinstance(headers, Mapping):
        return [(str(k), str(v)) for k, v in headers.items()]
    if isinstance(headers, list):
        return [(str(k), str(v)) for k, v in headers if isinstance(k, str)]
    return []
