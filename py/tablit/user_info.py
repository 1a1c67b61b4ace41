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
    return {"is_logged_in": False}


class TokensProxy(Mapping):
    """``st.user.tokens``: the identity provider's tokens (none in a tab)."""

    def __init__(self, tokens: Mapping[str, str]) -> None:
        object.__setattr__(self, "_tokens", dict(tokens))

    def __getitem__(self, key: str) -> str:
        return self._tokens[key]

    def __getattr__(self, key: str) -> str:
        try:
            return self._tokens[key]
        except KeyError:
            raise AttributeError(f'Token "{key}" is not exposed or does not exist.') from None

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("st.user.tokens cannot be modified")

    def __setitem__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("st.user.tokens cannot be modified")

    def __iter__(self) -> Iterator[str]:
        return iter(self._tokens)

    def __len__(self) -> int:
        return len(self._tokens)

    def to_dict(self) -> dict[str, str]:
        return dict(self._tokens)


class UserInfoProxy(Mapping):
    """``st.user``: read-only; in a tab always ``{"is_logged_in": False}``."""

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

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("st.user cannot be modified")

    def __setitem__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("st.user cannot be modified")

    def __iter__(self) -> Iterator[str]:
        return iter(_user_info())

    def __len__(self) -> int:
        return len(_user_info())

    def to_dict(self) -> dict[str, Any]:
        return _user_info()

    @property
    def tokens(self) -> TokensProxy:
        return TokensProxy(_user_info().get("tokens", {}))

    def __repr__(self) -> str:
        return repr(_user_info())
