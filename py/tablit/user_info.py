"""``st.user``, ``st.login``, ``st.logout`` in a tab that has no server.

Signing in (OIDC) needs a server: one that receives the identity provider's
redirect, keeps the client secret, and holds the signed-in user in an
HTTP-only cookie.  An app running entirely in the browser tab has none of
these, so nobody is ever signed in: ``st.user.is_logged_in`` is False, the
user mapping is Streamlit's signed-out one, and ``st.login``/``st.logout``
raise a clear ``StreamlitAPIException`` instead of pretending.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Iterator, NoReturn

from .errors import StreamlitAPIException

LOGIN_UNAVAILABLE = (
    "`st.login()` cannot work in tablit's browser runtime: signing in needs a server to receive "
    "the identity provider's redirect and keep the signed-in user, and this app runs entirely in "
    "the browser tab, so serve apps that sign users in with Streamlit (`streamlit run`) or sign "
    "users in on the page that hosts the app and pass what it needs in `st.query_params`."
)
LOGOUT_UNAVAILABLE = (
    "`st.logout()` cannot work in tablit's browser runtime: nobody can be signed in to an app "
    "that runs entirely in the browser tab (there is no server to hold the session), so check "
    "`st.user.is_logged_in`, which is always False here, before offering a log-out button."
)


def login(provider: str | None = None) -> NoReturn:
    """Refused: there is no server to receive the identity provider's redirect."""
    raise StreamlitAPIException(LOGIN_UNAVAILABLE)


def logout() -> NoReturn:
    """Refused: nobody is signed in to a tab-only app."""
    raise StreamlitAPIException(LOGOUT_UNAVAILABLE)


def _user_info() -> dict[str, Any]:
    from .runtime.context import get_ctx

    info = get_ctx().session.user_info  # set by AppTest only
    return {"is_logged_in": False} if info is None else info


class _ReadOnlyInfo(Mapping):
    """A read-only mapping over ``_items()``; writing raises "<_NAME> cannot be modified"."""

    _NAME = ""

    def _items(self) -> dict[str, Any]:
        raise NotImplementedError

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException(f"{self._NAME} cannot be modified")

    def __setitem__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException(f"{self._NAME} cannot be modified")

    def __iter__(self) -> Iterator[str]:
        return iter(self._items())

    def __len__(self) -> int:
        return len(self._items())

    def to_dict(self) -> dict[str, Any]:
        return dict(self._items())

    def __repr__(self) -> str:
        return repr(self._items())


class TokensProxy(_ReadOnlyInfo):
    """``st.user.tokens``: the identity provider's tokens (none in a tab)."""

    _NAME = "st.user.tokens"

    def __init__(self, tokens: Mapping[str, str]) -> None:
        object.__setattr__(self, "_tokens", dict(tokens))

    def _items(self) -> dict[str, Any]:
        return self._tokens

    def __getitem__(self, key: str) -> str:
        return self._tokens[key]

    def __getattr__(self, key: str) -> str:
        try:
            return self._tokens[key]
        except KeyError:
            raise AttributeError(f'Token "{key}" is not exposed or does not exist.') from None


class UserInfoProxy(_ReadOnlyInfo):
    """``st.user``: read-only; in a tab always ``{"is_logged_in": False}``."""

    _NAME = "st.user"

    def _items(self) -> dict[str, Any]:
        return _user_info()

    def __getitem__(self, key: str) -> Any:
        if key == "tokens":
            return self.tokens
        try:
            return _user_info()[key]
        except KeyError:
            raise KeyError(f'st.user has no key "{key}".') from None

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return _user_info()[key]
        except KeyError:
            raise AttributeError(f'st.user has no attribute "{key}".') from None

    @property
    def tokens(self) -> TokensProxy:
        return TokensProxy(_user_info().get("tokens", {}))
