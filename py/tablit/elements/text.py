"""Text elements: title, header, subheader, markdown, text, caption, code, divider."""

from __future__ import annotations

from typing import Any

import re
import textwrap

from .. import errors
from ..delta_generator import command
from ..protocol import Node


def clean_text(body: Any) -> str:
    """Streamlit's text clean-up: dedent, then strip, so an indented triple-quoted
    string is not a Markdown code block and ``st.write("a", "")`` is ``"a"``."""
    return textwrap.dedent(str(body)).strip()


def _heading(self, kind: str, body: Any, anchor: str | bool | None, help: str | None,
             divider: bool | str) -> Node:
    return self._enqueue(kind, {"body": clean_text(body), "anchor": anchor if anchor is not None else None,
                                "help": help, "divider": divider})


@command
def title(self, body: Any, anchor: str | bool | None = None, *, help: str | None = None,
          width: Any = "stretch") -> "Any":
    """A page title (``<h1>``)."""
    _heading(self, "title", body, anchor, help, False)
    return self


@command
def header(self, body: Any, anchor: str | bool | None = None, *, help: str | None = None,
           divider: bool | str = False, width: Any = "stretch") -> Any:
    _heading(self, "header", body, anchor, help, divider)
    return self


@command
def subheader(self, body: Any, anchor: str | bool | None = None, *, help: str | None = None,
              divider: bool | str = False, width: Any = "stretch") -> Any:
    _heading(self, "subheader", body, anchor, help, divider)
    return self


@command
def markdown(self, body: Any, unsafe_allow_html: bool = False, *, help: str | None = None,
             width: Any = "stretch") -> Any:
    """Markdown text; raw HTML only with ``unsafe_allow_html`` (and sanitised even then)."""
    self._enqueue("markdown", {"body": clean_text(body), "unsafe_allow_html": bool(unsafe_allow_html), "help": help})
    return self


@command
def caption(self, body: Any, unsafe_allow_html: bool = False, *, help: str | None = None,
            width: Any = "stretch") -> Any:
    self._enqueue("caption", {"body": clean_text(body), "unsafe_allow_html": bool(unsafe_allow_html), "help": help})
    return self


@command
def text(self, body: Any, *, help: str | None = None, width: Any = "content") -> Any:
    """Fixed-width text, never interpreted as Markdown."""
    self._enqueue("text", {"body": clean_text(body), "help": help})
    return self


@command
def code(self, body: Any, language: str | None = "python", *, line_numbers: bool = False,
         wrap_lines: bool = False, height: Any = None, width: Any = "stretch") -> Any:
    """Code, highlighted by the page (``language=None``: plain text).  Only one
    leading and one trailing newline are removed, as Streamlit does."""
    text = re.sub(r"\n\Z", "", re.sub(r"\A\n", "", str(body)))
    if height is not None and height != "content" and height != "stretch" and (
            isinstance(height, bool) or not isinstance(height, int) or height < 1):
        raise errors.StreamlitInvalidHeightError(height, allow_content=True)
    self._enqueue("code", {"body": text, "language": language or "plaintext",
                           "line_numbers": bool(line_numbers), "wrap_lines": bool(wrap_lines),
                           "height": "content" if height is None else height})
    return self


@command
def divider(self, *, width: Any = "stretch") -> Any:
    self._enqueue("divider", {})
    return self
