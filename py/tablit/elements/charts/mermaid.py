"""st.mermaid_chart: a Mermaid diagram.

As in Streamlit 1.67 the diagram travels as Markdown: a ```` ```mermaid ````
fence (longer than any run of backticks in the source) in a ``markdown``
node, so ``AppTest`` sees it in ``at.markdown`` and the page draws every
mermaid fence of any Markdown (``st.markdown`` too) as a diagram.  ``alt``
becomes a ``%% stAlt: ...`` comment line before the diagram type, which the
page reads as the diagram's accessible name (a comment is valid in every
Mermaid grammar, unlike ``accTitle``).
"""

from __future__ import annotations

import logging
import re
from typing import Any

from ... import errors
from ...delta_generator import command
from ._common import normalize_alt

_LOG = logging.getLogger("streamlit.elements.mermaid_chart")
ALT_PREFIX = "%% stAlt: "
_ALT_LINE = re.compile(r"^\s*%%\s*stAlt\s*:[^\n]*\n?", re.MULTILINE)
_ACC_LINE = re.compile(r"^(accTitle|accDescr)\s*:.*")
_ACC_BLOCK = re.compile(r"^accDescr\s*\{")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def diagram_start(lines: list[str]) -> int:
    """Index of the diagram-type line: after blank lines, ``%%`` comments,
    ``%%{init}%%`` directives (one or several lines) and YAML front matter."""
    i, n = 0, len(lines)
    while i < n:
        s = lines[i].strip()
        if not s or (s.startswith("%%") and not s.startswith("%%{")):
            i += 1
        elif s.startswith("%%{"):
            while i < n and "}%%" not in lines[i]:
                i += 1
            i += 1
        elif s == "---":
            i += 1
            while i < n and lines[i].strip() != "---":
                i += 1
            i += 1
        else:
            break
    return min(i, n)


def accessibility_directives(body: str) -> list[str]:
    """The author's top-level ``accTitle``/``accDescr`` directives (indented
    lines are content of mindmaps, labels ... and do not count)."""
    lines = body.splitlines()
    start = diagram_start(lines)
    if start >= len(lines):
        return []
    top = _indent(lines[start])
    found, i = [], start + 1
    while i < len(lines):
        line = lines[i]
        s = line.strip()
        if s and _indent(line) <= top:
            if _ACC_LINE.match(s):
                found.append(s)
            elif _ACC_BLOCK.match(s):
                block = [s]
                while "}" not in block[-1] and i + 1 < len(lines):
                    i += 1
                    block.append(lines[i])
                found.append("\n".join(block))
        i += 1
    return found


def with_alt(body: str, alt: str) -> str:
    """``body`` with one ``%% stAlt:`` line (alt on one line) before the diagram type."""
    if accessibility_directives(body):
        _LOG.warning("The Mermaid diagram already sets accessibility directives; alt=%r overrides them "
                     "for the accessible name.", alt)
    lines = _ALT_LINE.sub("", body).splitlines(keepends=True)
    at = diagram_start(lines)
    if at and not lines[at - 1].endswith("\n"):
        lines[at - 1] += "\n"
    lines.insert(at, ALT_PREFIX + " ".join(alt.split()) + "\n")
    return "".join(lines)


def fenced(body: str) -> str:
    """A Markdown fence around ``body`` that no backtick run inside it can close."""
    longest = max((len(m) for m in re.findall(r"`+", body)), default=0)
    fence = "`" * max(4, longest + 1)
    return f"{fence}mermaid\n{body}\n{fence}"


@command
def mermaid_chart(self, body: str, *, width: Any = "stretch", alt: str | None = None) -> Any:
    """A diagram from Mermaid source, sent as a mermaid fence in Markdown (as 1.67)."""
    if not isinstance(body, str):
        raise errors.invalid_type("body", type(body).__name__, ["str"])
    text = normalize_alt(alt)
    if text is not None:
        body = with_alt(body, text)
    return self.markdown(fenced(body), width=width)
