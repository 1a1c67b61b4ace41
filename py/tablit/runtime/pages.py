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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import errors
from ..delta_generator import command
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
        if visibility not in ("visible", "hidden"):
            raise errors.invalid_value("visibility", ["visible", "hidden"])
        self._default = default
        self._visibility = visibility
        self._help = help if help and help.strip() else ""
        self._external_url: str | None = None
        self._page: str | Callable[[], None] | None = None
        self._can_be_called = False
        if isinstance(page, str) and re.match(r"^https?://", page):
            self._init_external(page, title, icon, url_path, default)
            return
        if isinstance(page, (str, os.PathLike)):
            page_path = os.fspath(page)
            if "\x00" in page_path:
                raise errors.StreamlitAPIException(
                    "Unable to create Page. Page paths must not contain null bytes.")
            full = os.path.realpath(os.path.join(_pages().main_dir, page_path))
            if not os.path.isfile(full):
                raise errors.StreamlitPageNotFoundError(
                    f"Unable to create Page. The file `{os.path.basename(full)}` could not be found.")
            inferred_icon, inferred_name = page_icon_and_name(full)
            self._page = full
        elif callable(page):
            inferred_icon, inferred_name = "", str(getattr(page, "__name__", ""))
            if not inferred_name and title is None:
                raise errors.StreamlitMissingRequiredParameterError(
                    "title", detail="Streamlit cannot infer a title from this callable.")
            self._page = page
        else:
            raise errors.invalid_type("page", type(page).__name__, ["str", "Path", "callable", "st.Page"])
        self._title = title or inferred_name.replace("_", " ")
        from ..icons import validate_icon_or_emoji

        # an explicit icon wins (icon="" is no icon); both are checked as 1.67 checks them
        self._icon = validate_icon_or_emoji(inferred_icon if icon is None else icon)
        if self._title.strip() == "":
            raise errors.StreamlitMissingRequiredParameterError(
                "title", detail="It cannot be empty or consist of underscores/spaces only.")
        self._url_path = inferred_name
        if url_path is not None:
            stripped = url_path.strip().strip("/")
            if stripped == "" and not default:
                raise errors.StreamlitMissingRequiredParameterError(
                    "url_path", detail="It can only be empty for the default page.")
            _check_flat_url_path(stripped)
            self._url_path = stripped

    def _init_external(self, url: str, title: str | None, icon: str | None, url_path: str | None,
                       default: bool) -> None:
        if title is None or title.strip() == "":
            raise errors.StreamlitMissingRequiredParameterError(
                "title", detail=f"External URL pages require a non-empty title. Please provide a "
                                f"title for the URL: {url}")
        if default:
            raise errors.StreamlitIncompatibleParametersError(
                "page=<external URL>", "default=True",
                explanation="External URL pages cannot be set as the default page.")
        self._external_url = url
        self._title = title
        from ..icons import validate_icon_or_emoji

        self._icon = validate_icon_or_emoji(icon)
        path = _sanitize_url_path(title) if url_path is None else url_path
        self._url_path = path.strip().strip("/")
        if self._url_path == "":
            raise errors.StreamlitMissingRequiredParameterError(
                "url_path", detail="Provide a non-empty `url_path`, or omit it and provide a "
                                   "`title` that can be converted to a valid URL path.")
        _check_flat_url_path(self._url_path)

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


def _sanitize_url_path(title: str) -> str:
    path = re.sub(r"\s+", "_", title.lower())
    path = re.sub(r"[&#?/\\:*\"<>|']", "", path).strip("_")
    return re.sub(r"_+", "_", path)


def _check_flat_url_path(url_path: str) -> None:
    if "/" in url_path:
        raise errors.StreamlitAPIException(
            f"The `url_path` `{url_path}` cannot include `/`. Streamlit does not support nested "
            "URL pathnames yet, so use a single path segment (e.g. `foo_bar`). To upvote support "
            "for nested pathnames, see GitHub issue "
            "[#8971](https://github.com/streamlit/streamlit/issues/8971).")


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
        nav = Navigation(sections, position, expanded=expanded)
        pages = nav.pages
        for page in pages:
            if page._default:
                if nav.default is not None:
                    raise errors.StreamlitAPIException(
                        "Multiple Pages specified with `default=True`. At most one Page can be set "
                        "to default.")
                nav.default = page
        if nav.default is None:
            internal = [p for p in pages if not p.is_external]
            if not internal:
                raise errors.StreamlitAPIException(
                    "At least one non-external page is required. External URL pages cannot be "
                    "the default page.")
            nav.default = internal[0]
            nav.default._default = True
        self._check_unique(nav)
        self.nav = nav
        page = self._find(pages, self.requested) or nav.default
        for p in pages:
            p._can_be_called = False
        page._can_be_called = True
        self.current_page = page
        return page

    def _check_unique(self, nav: Navigation) -> None:
        _check_unique_url_paths(nav.sections.items(), self.main_dir)

    def page_for(self, page: Any) -> Page:
        """The registered page ``page`` (a Page or a path relative to the entrypoint) names."""
        if isinstance(page, Page):
            if page.is_external:
                raise errors.StreamlitAPIException(
                    "Cannot use st.switch_page with external URL pages. Use st.page_link instead "
                    "to create a link to external pages.")
            # Pages are identified by their url path, as Streamlit identifies them by its hash.
            registered = self._find(self.all_pages(), page._url_path)
            return registered if registered is not None else page
        if isinstance(page, os.PathLike):
            page = os.fspath(page)
        if not isinstance(page, str):
            raise errors.invalid_type("page", type(page).__name__, ["str", "Path", "st.Page"])
        if "\x00" in page:
            raise errors.StreamlitAPIException("Page paths must not contain null bytes.")
        requested = os.path.realpath(os.path.join(self.main_dir, page))
        for candidate in self.all_pages():
            if candidate._script_path == requested:
                return candidate
        raise page_not_found(page, self.main_dir, self.v1)


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


def page_not_found(page: str, main_dir: str, uses_pages_dir: bool) -> errors.StreamlitPageNotFoundError:
    """Spec §6.5's two texts: pages/ folder apps (v1) and st.navigation apps (v2)."""
    if uses_pages_dir:
        return errors.StreamlitPageNotFoundError(
            f"Could not find page: `{page}`. You must provide a file path relative to the "
            f"entrypoint file (from the directory `{os.path.basename(main_dir)}`). Only the "
            "entrypoint file and files in the `pages/` directory are supported.")
    return errors.StreamlitPageNotFoundError(
        f"Could not find page: `{page}`. You must provide a `Page` object or file path relative "
        "to the entrypoint file. Only pages previously defined by `st.Page` and passed to "
        "`st.navigation` are allowed.")


def _pages() -> PagesState:
    return get_ctx().session.pages


def _as_page(item: Any) -> Page:
    if isinstance(item, Page):
        return item
    if isinstance(item, (str, os.PathLike)) or callable(item):
        return Page(item)
    raise errors.invalid_type("pages", type(item).__name__, ["str", "Path", "callable", "st.Page"])


# ----------------------------------------------------------------- public API
def navigation(pages: Sequence[Any] | Mapping[str, Sequence[Any]], *, position: str = "sidebar",
               expanded: bool | int = False) -> Page:
    """Declare the app's pages; returns the current page (call ``.run()`` on it)."""
    if isinstance(pages, Mapping):
        sections = {str(s): [_as_page(p) for p in ps] for s, ps in pages.items()}
    elif isinstance(pages, Sequence) and not isinstance(pages, str):
        sections = {"": [_as_page(p) for p in pages]}
    else:
        raise errors.invalid_type("pages", type(pages).__name__, ["Sequence", "Mapping"])
    if not any(sections.values()):
        raise errors.StreamlitMissingRequiredParameterError(
            "pages", detail="Provide at least one `st.Page`.")
    if position not in ("sidebar", "top", "hidden"):
        raise errors.invalid_value("position", ["'sidebar'", "'top'", "'hidden'"])
    if isinstance(expanded, bool):
        pass
    elif isinstance(expanded, int):
        if expanded < 0:
            raise errors.invalid_value("expanded", ["True", "False", "a non-negative integer"],
                                       detail=f"Provided value: {expanded!r}.")
    else:
        raise errors.invalid_type("expanded", type(expanded).__name__, ["bool", "int"])
    ctx = get_ctx()
    ctx.navigation = True
    return ctx.session.pages.navigate(sections, position, expanded)


def _query_string(query_params: Any) -> str:
    """The query string ``st.switch_page(..., query_params=...)`` sets (None clears it)."""
    from ..state.query_params import _check_settable, _to_strings

    if query_params is None:
        return ""
    if isinstance(query_params, Mapping):
        items = list(query_params.items())
    elif isinstance(query_params, Sequence) and not isinstance(query_params, (str, bytes)):
        items = list(query_params)
    else:
        raise errors.invalid_type("query_params", type(query_params).__name__,
                                  ["mapping", "iterable of (key, value) pairs"])
    pairs = []
    for key, value in items:
        _check_settable(key)
        pairs += [(key, v) for v in _to_strings(key, value)]
    from urllib.parse import urlencode  # (imported when needed: ~75 ms under Pyodide)

    return urlencode(pairs)


def switch_page(page: Any, *, query_params: Any = None) -> None:
    """Stop this run and run ``page`` (cleared query params, or ``query_params``)."""
    from . import fragments
    from .context import get_ctx

    fragments.refuse_in_parallel(get_ctx(), "st.switch_page")
    target = _pages().page_for(page)
    raise SwitchPageException(target.url_path, _query_string(query_params))


@command
def page_link(self, page: Any, *, label: str | None = None, icon: str | None = None,
              icon_position: str = "left", help: str | None = None, disabled: bool = False,
              use_container_width: bool | None = None, width: Any = "content",
              query_params: Any = None) -> Any:
    """A link to a page of this app or to an external URL.

    Node ``page_link`` {url_path, label, icon, icon_position, disabled, help, external,
    query, current, width}: ``url_path`` is the page's url path (or the URL when
    ``external``); ``current`` marks a link to the page being shown (1.67 draws it
    highlighted, its label bold).  In the sidebar a link always stretches, as in 1.67.
    """
    from ..elements.sizing import width_prop  # a validator, not a family
    if icon_position not in ("left", "right"):
        raise errors.invalid_value("icon_position", ["'left'", "'right'"])
    shown_width = width_prop(width, use_container_width)
    if self._active()._root == "sidebar":
        shown_width = "stretch"
    external = False
    if isinstance(page, Page):
        if page.is_external:
            url, external = page.external_url or "", True
        else:
            url = _pages().page_for(page).url_path
        text = page.title if label is None else str(label)
        shown_icon = page.icon if icon is None else icon
        help_text = page.help if help is None else help
    elif isinstance(page, str) and re.match(r"^https?://", page):
        if not label:
            raise errors.StreamlitMissingRequiredParameterError(
                "label", detail="Streamlit cannot infer a label for an external URL.")
        url, external, text, shown_icon, help_text = page, True, str(label), icon, help
    else:
        target = _pages().page_for(page)
        url = target.url_path
        text = target.title if label is None else str(label)
        shown_icon, help_text = icon, (target.help if help is None else help)
    from ..icons import icon_or_none

    node = self._enqueue("page_link", {
        "url_path": url, "label": text, "icon": icon_or_none(shown_icon), "disabled": bool(disabled),
        "help": help_text or None, "external": external,
        "query": _query_string(query_params) if query_params else "",
        "icon_position": icon_position, "width": shown_width,
        "current": not external and url == _pages().current_url(),
    })
    return self._element(node)
