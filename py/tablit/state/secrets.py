"""``st.secrets``: read-only values from ``.streamlit/secrets.toml``.

Streamlit looks in the working directory (and the home folder); tablit looks
beside the app first, then in the working directory — in the worker the two
are the same folder.  Loaded once per session, on first use.  In the browser
the file is one of the app's files like any other, so only put there what the
page may see.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Iterator

_SECRETS_HINT = (
    "Did you forget to add it to secrets.toml, mount it to secret directory, or the app settings "
    "on Streamlit Cloud? More info: "
    "https://docs.streamlit.io/deploy/streamlit-community-cloud/deploy-your-app/secrets-management"
)


def _secrets_paths(app_dir: str | None) -> list[str]:
    """Where secrets.toml files are read, each later one's keys over the earlier ones': the home
    folder's and the working directory's, as in Streamlit, then the one beside the app (in the
    worker the app folder is the working directory)."""
    folders = (os.path.expanduser("~"), os.getcwd(), app_dir)
    return list(dict.fromkeys(os.path.join(f, ".streamlit", "secrets.toml") for f in folders if f))


def load_secrets(app_dir: str | None) -> dict[str, Any]:
    """The secrets.toml files found, parsed and merged; their top-level strings and numbers are also
    set in ``os.environ`` (as Streamlit does, so code that reads the environment finds them).

    With no file at all this raises Streamlit's "No secrets found" (a ``FileNotFoundError``),
    so ``st.secrets["key"]`` in an app shipped without its secrets says what is missing where,
    rather than that one key is missing."""
    paths = _secrets_paths(app_dir)
    data: dict[str, Any] = {}
    found = [p for p in paths if os.path.isfile(p)]
    for path in found:
        import tomllib  # (imported when needed: ~30 ms under Pyodide)

        with open(path, "rb") as f:
            data.update(tomllib.load(f))
    if found:
        for key, value in data.items():
            _to_environ(key, value)
        return data
    import sys

    from ..errors import StreamlitSecretNotFoundError

    where = ("No secrets found. Valid paths for a secrets.toml file or secret directories are: "
             + ", ".join(paths))
    if sys.platform == "emscripten":  # (the page got the app's files: a secrets.toml stays behind unless asked for)
        where += (". An app's .streamlit/secrets.toml is sent to the page only when it is served or built with "
                  "--include-secrets: everything in the page is public.")
    raise StreamlitSecretNotFoundError(where)


def _to_environ(key: str, value: Any) -> None:
    """A top-level str, int or float secret as an environment variable (not bool: 1.67's rule)."""
    if type(value) in (str, int, float):
        os.environ[key] = str(value)


def _secrets_file_exists() -> bool:
    from ..runtime.context import get_ctx

    session = get_ctx().session
    return any(os.path.isfile(p) for p in _secrets_paths(session.script.dir if session.script else None))


def _check_secret_value(key: str, value: Any) -> None:
    if isinstance(value, Mapping):
        for k, v in value.items():
            _check_secret_value(f"{key}.{k}", v)
    elif isinstance(value, list):
        for v in value:
            _check_secret_value(key, v)
    elif not isinstance(value, (str, int, float, bool)):
        raise TypeError(f"Secret `{key}` has unsupported type `{type(value).__name__}`: secrets "
                        "may be str, int, float, bool, list or dict.")


class Secrets(Mapping):
    """Read-only mapping with attribute access to nested tables."""

    def __init__(self, data: Mapping[str, Any] | None = None) -> None:
        object.__setattr__(self, "_fixed", data)

    @property
    def _data(self) -> Mapping[str, Any]:
        if self._fixed is not None:
            return self._fixed
        from ..runtime.context import get_ctx

        session = get_ctx().session
        if session.secrets is None:  # (not found: raises, and is looked for again next time, as in 1.67)
            session.secrets = load_secrets(session.script.dir if session.script else None)
        return session.secrets

    @staticmethod
    def _wrap(value: Any) -> Any:
        return Secrets(value) if isinstance(value, Mapping) else value

    def __getitem__(self, key: str) -> Any:
        try:
            return self._wrap(self._data[key])
        except KeyError:
            raise KeyError(f'st.secrets has no key "{key}". {_SECRETS_HINT}') from None

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__") or key == "_fixed":
            raise AttributeError(key)
        try:
            return self._wrap(self._data[key])
        except (KeyError, FileNotFoundError):  # (getattr's contract: AttributeError only, as 1.67)
            raise AttributeError(f'st.secrets has no attribute "{key}". {_SECRETS_HINT}') from None

    def __setattr__(self, key: str, value: Any) -> None:
        raise TypeError("Secrets does not support attribute assignment.")

    def __setitem__(self, key: str, value: Any) -> None:
        raise TypeError("Secrets does not support item assignment.")

    def __delitem__(self, key: str) -> None:
        raise TypeError("Secrets does not support item deletion.")

    def has_key(self, k: str) -> bool:
        return k in self._data

    def load_if_toml_exists(self) -> bool:
        """Whether a secrets.toml was found and parsed (a probe: never raises)."""
        try:
            return bool(self._data) or _secrets_file_exists()
        except Exception:  # a malformed file counts as "not available", as in Streamlit
            return False

    def merge_programmatic_secrets(self, programmatic_secrets: Mapping[str, Any]) -> None:
        """Top-level keys of ``programmatic_secrets`` replace the file's (as ``st.App(secrets=)``)."""
        for key, value in programmatic_secrets.items():
            _check_secret_value(key, value)
        from ..runtime.context import get_ctx

        try:
            merged = dict(self._data)
        except FileNotFoundError:  # programmatic secrets need no file
            merged = {}
        merged.update(programmatic_secrets)
        for key, value in programmatic_secrets.items():
            _to_environ(key, value)
        if self._fixed is not None:
            object.__setattr__(self, "_fixed", merged)
        else:
            get_ctx().session.secrets = merged

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def to_dict(self) -> dict[str, Any]:
        return {k: (self._wrap(v).to_dict() if isinstance(v, Mapping) else v)
                for k, v in self._data.items()}

    def __repr__(self) -> str:
        return repr(dict(self._data))
