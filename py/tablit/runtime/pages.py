"""Pages of a session: which script runs, under which page id, and the menu.

Minimal single-page version; multipage support (``pages/`` folder,
``st.navigation``/``st.Page``, ``st.switch_page``) extends this class.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from .runner import SwitchPageException, exec_script

if TYPE_CHECKING:
    from ..state.session_state import WidgetMeta
    from .session import AppSession


class PagesState:
    def __init__(self, session: "AppSession", page: str = "") -> None:
        from .session import script_hash

        self.session = session
        self.main_path = session.script.path if session.script else ""
        self.main_hash = script_hash(self.main_path) if self.main_path else ""
        self.current: str = page

    def main_code(self):
        return self.session.code_cache.get(self.main_path, self.session.config.get("runner.magicEnabled"))

    def exec_main(self, code: Any) -> None:
        exec_script(code, self.main_path)

    def resolve_url(self, url_path: str) -> str:
        return url_path

    def resolve_switch(self, exc: SwitchPageException) -> str:
        return exc.page

    def set_current(self, page: str) -> None:
        self.current = page

    def is_shared_widget(self, meta: "WidgetMeta | None") -> bool:
        return False

    def current_url(self) -> str:
        return self.current

    def menu(self) -> list[dict[str, Any]]:
        return []


# ---- public API (being written) -------------------------------------------
class Page:  # noqa: D101
    def __init__(self, page, *, title=None, icon=None, url_path=None, default=False):
        raise NotImplementedError("Page")


def navigation(pages, *, position="sidebar", expanded=False):
    raise NotImplementedError("navigation")


def switch_page(page, *, query_params=None):
    raise NotImplementedError("switch_page")


def page_link(self, page, *, label=None, icon=None, help=None, disabled=False, **kwargs):
    raise NotImplementedError("page_link")
