"""Text elements: title, header, subheader, markdown, text, caption, code, divider."""

from __future__ import annotations

from typing import Any

import re
import textwrap

from .. import errors
from ..delta_generator import command
from ..icons import icon_or_none
from ..protocol import Node
from ..runtime.context import get_ctx
from .sizing import check_width


def clean_text(body: Any) -> str:
    """Streamlit's text clean-up: dedent, then strip, so an indented triple-quoted
    string is not a Markdown code block and ``st.write("a", "")`` is ``"a"``."""
    text = str(body)
    if "\n" not in text and not text[:1].isspace():
        # one line with no leading white space: dedent would return it as it is
        # (the usual body; dedent is a few microseconds a call under Pyodide)
        return text.strip()
    return textwrap.dedent(text).strip()


_ALIGNMENTS = ("left", "center", "right", "justify")


def layout_props(width: Any, text_alignment: Any, wrap: Any, *, allow_content: bool = True) -> dict[str, Any]:
    """1.67's ``width``, ``text_alignment`` and ``wrap`` of text elements, checked as Streamlit does.

    The page draws them: ``text_alignment`` as CSS text-align, ``wrap=False``
    as one line cut with an ellipsis.
    """
    if not isinstance(wrap, bool):
        raise errors.invalid_value("wrap", ["True", "False"])
    check_width(width, allow_content=allow_content)
    if text_alignment not in _ALIGNMENTS:
        raise errors.invalid_value("text_alignment", [f"'{a}'" for a in _ALIGNMENTS])
    return {"width": width, "text_alignment": text_alignment, "wrap": wrap}


def check_icon(icon: Any) -> str | None:
    """An emoji or ``:material/name:`` icon, checked as 1.67 does; None for none."""
    return icon_or_none(icon)


_DIVIDER_COLORS = ["red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "rainbow"]


def _check_divider(divider: Any) -> bool | str:
    """``divider=``: False, True (the page cycles the colours) or one of 1.67's colour names."""
    if not divider:
        return False
    if divider is True:
        return True
    if divider in _DIVIDER_COLORS:
        return divider
    raise errors.invalid_value("divider", ["True"] + [f"'{c}'" for c in _DIVIDER_COLORS])


def _check_anchor(anchor: Any) -> str | bool | None:
    """``anchor=``: None (an id from the text, made by the page as 1.67's does), a
    string (that id) or False (no anchor link); anything else is refused as 1.67 does."""
    if anchor is None or anchor is False or isinstance(anchor, str):
        return anchor
    if anchor is True:
        raise errors.invalid_value("anchor", ["None", "False", "any string"])
    raise errors.invalid_type("anchor", type(anchor).__name__, ["str", "None", "False"])


_AUTO_DIVIDERS = ("blue", "green", "orange", "red", "violet", "yellow")


def _divider_color(divider: bool | str) -> bool | str:
    """``divider=True`` takes the next colour of 1.67's cycle (blue, green, orange,
    red, violet, yellow; gray and rainbow only when named), counted per run in
    call order (1.67's page counts the headings in page order: the same unless
    a heading is written into an earlier container later)."""
    if divider is not True:
        return divider
    ctx = get_ctx()
    n = getattr(ctx, "auto_dividers", 0)
    ctx.auto_dividers = n + 1  # type: ignore[attr-defined]
    return _AUTO_DIVIDERS[n % len(_AUTO_DIVIDERS)]


def _heading(self, kind: str, body: Any, anchor: str | bool | None, help: str | None,
             divider: bool | str, icon: Any, width: Any, text_alignment: Any, wrap: Any) -> Node:
    props = {"body": clean_text(body), "icon": icon_or_none(icon), "divider": _check_divider(divider),
             "anchor": _check_anchor(anchor), "help": help}
    if props["divider"] is True:  # (the next colour of the cycle, only once all checks passed)
        props["divider"] = _divider_color(True)
    props.update(layout_props(width, text_alignment, wrap))
    return self._enqueue(kind, props)


@command
def title(self, body: Any, anchor: str | bool | None = None, *, help: str | None = None,
          icon: str | None = None, width: Any = "stretch", text_alignment: str = "left",
          wrap: bool = True) -> "Any":
    """A page title (``<h1>``)."""
    return self._element(_heading(self, "title", body, anchor, help, False, icon, width, text_alignment, wrap))


@command
def header(self, body: Any, anchor: str | bool | None = None, *, help: str | None = None,
           icon: str | None = None, divider: bool | str = False, width: Any = "stretch",
           text_alignment: str = "left", wrap: bool = True) -> Any:
    return self._element(_heading(self, "header", body, anchor, help, divider, icon, width, text_alignment, wrap))


@command
def subheader(self, body: Any, anchor: str | bool | None = None, *, help: str | None = None,
              icon: str | None = None, divider: bool | str = False, width: Any = "stretch",
              text_alignment: str = "left", wrap: bool = True) -> Any:
    return self._element(_heading(self, "subheader", body, anchor, help, divider, icon, width, text_alignment, wrap))


def _markdown_wrap(wrap: Any, unsafe_allow_html: bool) -> None:
    if not isinstance(wrap, bool):
        raise errors.invalid_value("wrap", ["True", "False"])
    if wrap is False and unsafe_allow_html:
        raise errors.StreamlitIncompatibleParametersError(
            "wrap=False", "unsafe_allow_html=True",
            explanation="One-line markdown cannot ellipsize raw HTML. Pass `wrap=True` to render "
                        "HTML, or omit `unsafe_allow_html` to truncate.")


@command
def markdown(self, body: Any, unsafe_allow_html: bool = False, *, help: str | None = None,
             width: Any = "stretch", text_alignment: str = "left", anchors: bool = True,
             wrap: bool = True) -> Any:
    """Markdown text; raw HTML only with ``unsafe_allow_html`` (and sanitised even then).

    ``anchors=False`` leaves the Markdown's headings without their link anchors.
    """
    _markdown_wrap(wrap, unsafe_allow_html)
    node = self._enqueue("markdown", {"body": clean_text(body), "unsafe_allow_html": bool(unsafe_allow_html),
                                      "help": help, "anchors": bool(anchors),
                                      **layout_props(width, text_alignment, wrap)})
    return self._element(node)


@command
def caption(self, body: Any, unsafe_allow_html: bool = False, *, help: str | None = None,
            width: Any = "stretch", text_alignment: str = "left", wrap: bool = True) -> Any:
    _markdown_wrap(wrap, unsafe_allow_html)
    node = self._enqueue("caption", {"body": clean_text(body), "unsafe_allow_html": bool(unsafe_allow_html),
                                     "help": help, **layout_props(width, text_alignment, wrap)})
    return self._element(node)


@command
def text(self, body: Any, *, help: str | None = None, width: Any = "content",
         text_alignment: str = "left", wrap: bool = True) -> Any:
    """Fixed-width text, never interpreted as Markdown."""
    node = self._enqueue("text", {"body": clean_text(body), "help": help,
                                  **layout_props(width, text_alignment, wrap)})
    return self._element(node)


@command
def code(self, body: Any, language: str | None = "python", *, line_numbers: bool = False,
         wrap_lines: bool = False, height: Any = None, width: Any = "stretch") -> Any:
    """Code, highlighted by the page (``language=None``: plain text).  Only one
    leading and one trailing newline are removed, as Streamlit does."""
    text = re.sub(r"\n\Z", "", re.sub(r"\A\n", "", str(body)))
    if height is not None and height != "content" and height != "stretch" and (
            isinstance(height, bool) or not isinstance(height, int) or height < 1):
        raise errors.StreamlitInvalidHeightError(height, allow_content=True)
    node = self._enqueue("code", {"body": text, "language": language or "plaintext",
                                  "line_numbers": bool(line_numbers), "wrap_lines": bool(wrap_lines),
                                  "height": "content" if height is None else height})
    return self._element(node)


@command
def divider(self, *, width: Any = "stretch") -> Any:
    node = self._enqueue("divider", {})
    return self._element(node)
