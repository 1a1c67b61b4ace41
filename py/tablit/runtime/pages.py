"""Pages of a session: which script runs, under which page id, and the menu.

Three shapes of app, as in Streamlit 1.67:

* a single script: one page, url path ``""``, widgets hash with the script's id;
* a ``pages/`` folder next to the entrypoint ("MPA v1"): every ``*.py`` in it is
  a page, and so is the entrypoint (the default page, url ``""``).  The run
  executes only the current page's file; nothing is shared between pages;
* ``st.navigation([st.Page(...)])`` in the entrypoint ("MPA v2"): the entrypoint
  runs on every page as a frame, ``pg.run()`` runs the page.  Widgets in the
  frame hash with the entrypoint's id and so keep their state on all pages;
  widgets in a page hash with that page's id.  Once an app calls
  ``st.navigation``, its ``pages/`` folder is ignored.

A page is named by its public url path (``""`` for the default page); that is
what ``SwitchPageException.page``, ``set_current`` and the render message use.
Page ids (``ctx.page_hash``) are hashes of the page's own url path, as
Streamlit computes them.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import errors
from .context import get_ctx
from .runner import SwitchPageException, exec_script

if TYPE_CHECKING:
    from ..state.session_state import WidgetMeta
    from .session import AppSession

_PAGE_FILENAME = re.compile(r"([0-9]*)[_ -]*(.*)\.py")


def _hash(text: str) -> str:
    return hashlib.md5(text.encode("utf-8")).hexdigest()


# ------------------------------------------------------------ names from files
def _is_emoji_char(ch: str) -> bool:
    code = ord(ch)
    if ch in ("\u200d", "\ufe0f", "\u20e3") or 0x1F3FB <= code <= 0x1F3FF or 0x1F1E6 <= code <= 0x1F1FF:
        return True
    return code > 0x2000 and unicodedata.category(ch) in ("So", "Sk")


def extract_leading_emoji(text: str) -> tuple[str, str]:
    """``("📈", "Plotting")`` from ``"📈_Plotting"``: a leading emoji and the rest."""
    if not text or text.isascii():
        return "", text
    end = 0
    while end < len(text) and _is_emoji_char(text[end]):
        end += 1
    if end == 0:
        return "", text
    rest = text[end:]
    if rest[:1] in ("_", "-", " "):
        rest = rest[1:]
    return text[:end], rest


def page_icon_and_name(filename: str) -> tuple[str, str]:
    """Icon and url name of a page file: ``1_📈_Plotting.py`` -> ``("📈", "Plotting")``."""
    match = _PAGE_FILENAME.search(os.path.basename(filename))
    if match is None:
        return "", ""
    name = re.sub(r"[_ ]+", "_", match.group(2)).strip() or match.group(1)
    return extract_leading_emoji(name)


def page_sort_key(filename: str) -> tuple[float, str]:
    """Streamlit's menu order for ``pages/``: by leading number, then by name."""
    number, label = _PAGE_FILENAME.findall(os.path.basename(filename))[0]
    return (float(number) if number else float("inf"), label.lower())


# ----------------------------------------------------------------------- Page
class Page:
    """``st.Page``: a page of a multipage app, from a file, a function or a URL."""

    def __init__(self, page: str | os.PathLike | Callable[[], None], *, title: str | None = None,
                 icon: str | None = None, url_path: str | None = None, default: bool = False,
                 visibility: str = "visible", help: str | None = None) -> None:
        from .navigation import init_page  # (a family: st.Page's checks, st.navigation, st.switch_page, st.page_link)

        init_page(self, page, title=title, icon=icon, url_path=url_path, default=default, visibility=visibility, help=help)

    # public attributes, as Streamlit's
    @property
    def title(self) -> str:
        return self._title

    @property
    def icon(self) -> str:
        return self._icon

    @property
    def help(self) -> str:
        return self._help

    @property
    def url_path(self) -> str:
        """The public url path: ``""`` for the default page."""
        return "" if self._default else self._url_path

    @property
    def visibility(self) -> str:
        return self._visibility

    @property
    def is_external(self) -> bool:
        return self._external_url is not None

    @property
    def external_url(self) -> str | None:
        return self._external_url

    @property
    def _script_hash(self) -> str:
        return _hash(self._url_path)

    @property
    def _script_path(self) -> str:
        return self._page if isinstance(self._page, str) else ""

    def run(self) -> None:
        """Run the page: only the page ``st.navigation`` returned, once per run."""
        if not self._can_be_called:
            raise errors.StreamlitAPIException(
                "This page cannot be called directly. Only the page returned from st.navigation "
                "can be called once.")
        self._can_be_called = False
        if self.is_external:
            return
        ctx = get_ctx()
        previous = ctx.page_hash
        ctx.page_hash = self._script_hash
        try:
            if isinstance(self._page, str):
                session = ctx.session
                code = session.code_cache.get(self._page, session.config.get("runner.magicEnabled"))
                exec_script(code, self._page)
            elif self._page is not None:
                self._page()
        finally:
            ctx.page_hash = previous

    def __repr__(self) -> str:
        return f"Page(title={self._title!r}, url_path={self.url_path!r})"


StreamlitPage = Page


def _file_page(path: str, *, default: bool = False) -> Page:
    """A page for a file, built without the checks meant for app code."""
    page = Page.__new__(Page)
    icon, name = page_icon_and_name(path)
    page.__dict__.update(_default=default, _visibility="visible", _help="", _external_url=None,
                         _page=os.path.realpath(path), _can_be_called=False,
                         _title=name.replace("_", " "), _icon=icon, _url_path=name)
    return page


# ------------------------------------------------------------------ the state
DEFAULT_VISIBLE_PAGES = 10  # a collapsed sidebar menu's pages (1.67: expanded=False is expanded=10)

@dataclass
class Navigation:
    """What the last ``st.navigation`` call declared."""

    sections: dict[str, list[Page]]
    position: str = "sidebar"
    default: Page | None = None
    expanded: bool | int = False

    @property
    def pages(self) -> list[Page]:
        return [p for ps in self.sections.values() for p in ps]


class PagesState:
    """The session's pages: resolves what runs and names the current page."""

    def __init__(self, session: "AppSession", page: str = "") -> None:
        from .session import script_hash

        self.session = session
        self.requested = page  # the url path asked for; resolved to current_page by each run
        self.main_path = os.path.realpath(session.script.path) if session.script else ""
        self.main_dir = os.path.dirname(self.main_path) if self.main_path else os.getcwd()
        self.main_hash = script_hash(session.script.path) if session.script else ""
        self.uses_pages_dir = bool(self.main_path) and os.path.isdir(os.path.join(self.main_dir, "pages"))
        self.nav: Navigation | None = None
        self.current_page: Page | None = None
        self._v1_pages: list[Page] = []

    # --------------------------------------------------------------- modes
    @property
    def v1(self) -> bool:
        """A ``pages/`` folder app that has not switched to ``st.navigation``."""
        return self.uses_pages_dir and self.nav is None

    def v1_pages(self) -> list[Page]:
        """The entrypoint (default page) and ``pages/*.py`` in menu order."""
        folder = os.path.join(self.main_dir, "pages")
        try:
            names = [n for n in os.listdir(folder)
                     if n.endswith(".py") and not n.startswith(".") and n != "__init__.py"]
        except OSError:
            names = []
        pages = [_file_page(self.main_path, default=True)]
        pages += [_file_page(os.path.join(folder, n)) for n in sorted(names, key=page_sort_key)]
        self._v1_pages = pages
        return pages

    def all_pages(self) -> list[Page]:
        """Pages st.switch_page / st.page_link may name."""
        if self.nav is not None:
            return self.nav.pages
        if self.v1:
            return self._v1_pages or self.v1_pages()
        return [_file_page(self.main_path, default=True)] if self.main_path else []

    def _find(self, pages: Sequence[Page], url_path: str) -> Page | None:
        """The page with that public url path (or, failing that, that inferred one)."""
        internal = [p for p in pages if not p.is_external]
        for page in internal:
            if page.url_path == url_path:
                return page
        for page in internal:
            if url_path and page._url_path == url_path:
                return page
        return None

    # ----------------------------------------------- interface of AppSession
    def main_code(self):
        """Compiled code of what this run executes (a SyntaxError becomes the banner)."""
        magic = self.session.config.options.get("runner.magicEnabled")  # (Config.get, one call less)
        if self.uses_pages_dir and self.nav is None:  # self.v1, without the property's call
            pages = self.v1_pages()
            page = self._find(pages, self.requested) or pages[0]
            self.current_page = page
            return self.session.code_cache.get(page._script_path, magic)
        return self.session.code_cache.get(self.main_path, magic)

    def exec_main(self, code: Any) -> None:
        ctx = get_ctx()
        if self.uses_pages_dir and self.nav is None and self.current_page is not None:  # (self.v1)
            # 1.67 runs a pages/ folder through st.navigation, which refuses two pages with one
            # url path (pages/04_a.py and pages/05_a.py) before any page runs
            _check_unique_url_paths((("", self._v1_pages),), self.main_dir)
            page = self.current_page
            ctx.page_hash = page._script_hash
            try:
                exec_script(code, page._script_path)
            finally:
                ctx.page_hash = self.main_hash
            return
        exec_script(code, self.main_path)

    def resolve_url(self, url_path: str) -> str:
        """A url path from the page (or a script path relative to the entrypoint)."""
        url_path = url_path.strip("/")
        if url_path.endswith(".py"):
            full = os.path.realpath(os.path.join(self.main_dir, url_path))
            for page in self.all_pages():
                if page._script_path == full:
                    return page.url_path
        return url_path

    def resolve_switch(self, exc: SwitchPageException) -> str:
        return exc.page

    def set_current(self, page: str) -> None:
        self.requested = page

    def is_shared_widget(self, meta: "WidgetMeta | None") -> bool:
        """Entrypoint-frame widgets of st.navigation apps keep their state on every page."""
        return self.nav is not None and meta is not None and meta.page == self.main_hash

    def current_url(self) -> str:
        if self.current_page is not None:
            return self.current_page.url_path
        return self.requested

    def menu(self) -> list[dict[str, Any]]:
        """The navigation menu for the render message; empty when there is nothing to choose."""
        if self.nav is not None:
            if self.nav_position() == "hidden" or len(self.nav.pages) < 2:
                return []
            return [_menu_entry(p, section) for section, ps in self.nav.sections.items()
                    for p in ps if p.visibility == "visible"]
        if self.uses_pages_dir:  # (self.v1: nav is None here)
            pages = self._v1_pages or self.v1_pages()
            if len(pages) < 2 or self.session.config.get("client.showSidebarNavigation") is False:
                return []
            return [_menu_entry(p, "") for p in pages]
        return []

    def nav_position(self) -> str:
        """Where the st.navigation menu goes; client.showSidebarNavigation=false hides a sidebar one (as 1.67)."""
        assert self.nav is not None
        if self.nav.position == "sidebar" and self.session.config.get("client.showSidebarNavigation") is False:
            return "hidden"
        return self.nav.position

    def nav_layout(self) -> dict[str, Any] | None:
        """How the page draws the menu (the render message's ``nav``), or None without a menu.

        ``position``: "sidebar" or "top".  ``visible``: in the sidebar, how many pages a
        collapsed menu shows (10, or st.navigation's expanded=N) -- the page collapses it
        only when the sidebar has more below it and at least three more pages than that;
        ``expanded`` (expanded=True): never collapsed.
        """
        if not self.menu():
            return None
        if self.nav is None:
            return {"position": "sidebar", "expanded": False, "visible": DEFAULT_VISIBLE_PAGES}
        expanded = self.nav.expanded
        visible = expanded if not isinstance(expanded, bool) and expanded > 0 else DEFAULT_VISIBLE_PAGES
        return {"position": self.nav_position(), "expanded": expanded is True, "visible": visible}

    # ---------------------------------------------------------- navigation
    def navigate(self, sections: dict[str, list[Page]], position: str,
                 expanded: bool | int = False) -> Page:
        """Register the pages of this run's st.navigation and pick the current one."""
        from .navigation import navigate

        return navigate(self, sections, position, expanded)

    def page_for(self, page: Any) -> Page:
        """The registered page ``page`` (a Page or a path relative to the entrypoint) names."""
        from .navigation import page_for

        return page_for(self, page)


def _check_unique_url_paths(sections: Any, main_dir: str) -> None:
    """Two pages with one url path are refused, in st.navigation as in a ``pages/`` folder."""
    seen: dict[str, tuple[str, Page]] = {}
    for section, ps in sections:
        for page in ps:
            first = seen.get(page._url_path)
            if first is not None:
                raise _duplicate_url_error(first, (section, page), main_dir)
            seen[page._url_path] = (section, page)


def _menu_entry(page: Page, section: str) -> dict[str, Any]:
    return {"url_path": page.external_url or page.url_path, "title": page.title,
            "icon": page.icon or None, "section": section}


def _duplicate_url_error(first: tuple[str, Page], second: tuple[str, Page],
                         main_dir: str) -> errors.StreamlitAPIException:
    def describe(section: str, page: Page) -> str:
        if page.external_url is not None:
            text = f"external URL `{page.external_url}`"
        elif isinstance(page._page, str):
            path = page._page
            if path.startswith(main_dir + os.sep):
                path = os.path.relpath(path, main_dir)
            text = f"`{path}`"
        else:
            text = f'callable titled "{page.title}"'
        context = []
        if section:
            context.append(f'section "{section}"')
        if page.visibility == "hidden":
            context.append("hidden")
        if page._default:
            context.append("default page")
        return text + (f" ({', '.join(context)})" if context else "")

    note = (" The default page is served at the app root, but it still reserves this pathname."
            if first[1]._default or second[1]._default else "")
    return errors.StreamlitAPIException(
        f"Two pages resolve to the URL pathname `/{second[1]._url_path}`: {describe(*first)} and "
        f"{describe(*second)}. Each page passed to `st.navigation` needs a unique URL pathname, "
        "including pages in different sections, hidden pages, and external URL pages. Streamlit "
        "infers the pathname from the filename, callable name, or the title of an external URL "
        f"page.{note} Set a unique `url_path` in `st.Page` for one of these pages.")
