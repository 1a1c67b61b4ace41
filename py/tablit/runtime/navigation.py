"""Multipage apps' own code: ``st.Page``'s checks, ``st.navigation``, ``st.switch_page``
and ``st.page_link`` (``pages.py`` keeps what every run needs: the session's pages and the
``Page`` class, whose constructor calls :func:`init_page`).

In the browser this module is a family (``web/tools/families.js``): a single-page app never
downloads it; an app that names one of these commands gets it with the core, any other the
first time it calls one.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .. import errors
from ..delta_generator import command
from .context import get_ctx
from .pages import Navigation, Page, PagesState, _check_unique_url_paths, page_icon_and_name
from .runner import SwitchPageException


def init_page(self: Page, page: str | os.PathLike | Callable[[], None], *, title: str | None = None,
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
        _init_external(self, page, title, icon, url_path, default)
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


def _init_external(self: Page, url: str, title: str | None, icon: str | None, url_path: str | None,
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


def navigate(self: PagesState, sections: dict[str, list[Page]], position: str,
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
    _check_unique(self, nav)
    self.nav = nav
    page = self._find(pages, self.requested) or nav.default
    for p in pages:
        p._can_be_called = False
    page._can_be_called = True
    self.current_page = page
    return page


def _check_unique(self: PagesState, nav: Navigation) -> None:
    _check_unique_url_paths(nav.sections.items(), self.main_dir)


def page_for(self: PagesState, page: Any) -> Page:
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
