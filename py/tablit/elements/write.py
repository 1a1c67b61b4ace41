"""st.write: the Swiss-army knife, and the "magic" that calls it."""

from __future__ import annotations

from typing import Any

from ..delta_generator import command
from .alerts import exception
from .json import json
from .text import markdown


def _is_json_like(arg: Any) -> bool:
    from ..state.proxy import SessionStateProxy
    from ..state.query_params import QueryParamsProxy

    return isinstance(arg, (dict, list, set, frozenset, SessionStateProxy, QueryParamsProxy))


@command
def write(self, *args: Any, unsafe_allow_html: bool = False) -> None:
    """Write each argument the way Streamlit does.

    Strings and scalars are joined with spaces into one Markdown element
    (non-strings in backticks); dicts, lists and st.session_state become JSON;
    exceptions become exception boxes.
    """
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            markdown(self, " ".join(buffer), unsafe_allow_html=unsafe_allow_html)
            buffer.clear()

    for arg in args:
        if isinstance(arg, str):
            buffer.append(arg)
        elif _is_json_like(arg):
            flush()
            from ..state.query_params import QueryParamsProxy

            json(self, arg.to_dict() if isinstance(arg, QueryParamsProxy) else arg)
        elif isinstance(arg, BaseException):
            flush()
            exception(self, arg)
        elif hasattr(arg, "_repr_markdown_"):
            buffer.append(str(arg._repr_markdown_()))
        else:
            buffer.append(f"`{arg}`")
    flush()
