"""st.json: pretty, collapsible JSON.

The body is encoded as Streamlit 1.67 encodes it (a string is sent as it is;
st.session_state / st.query_params, namedtuples, mappings and list-likes are
converted first; sets become lists, anything else unencodable its repr).  The
page draws it without recursion, so any depth JSON can encode is shown.
"""

from __future__ import annotations

import array
import json as _json
import types
from collections import ChainMap, UserDict, deque
from collections.abc import ItemsView, KeysView, Mapping, ValuesView
from enum import EnumMeta
from typing import Any

from .. import errors
from ..delta_generator import command

_LIST_LIKE = (list, set, tuple, frozenset, array.ArrayType, deque, EnumMeta, enumerate, ItemsView,
              KeysView, ValuesView, map)


def _default(obj: Any) -> Any:
    return list(obj) if isinstance(obj, set) else repr(obj)


def _is_pydantic(obj: Any) -> bool:
    return not isinstance(obj, type) and any(
        f"{c.__module__}.{c.__qualname__}" == "pydantic.main.BaseModel" for c in type(obj).__mro__)


def to_json_text(body: Any, on_skipped_keys: Any = None) -> str:
    """Streamlit's encoding of an ``st.json`` body (``on_skipped_keys(message)``: keys
    JSON cannot encode were left out)."""
    if isinstance(body, Mapping) and type(body).__module__.startswith("tablit") \
            and callable(getattr(body, "to_dict", None)):
        body = body.to_dict()  # st.session_state, st.query_params
    if isinstance(body, tuple) and callable(getattr(body, "_asdict", None)):
        body = body._asdict()
    if isinstance(body, (ChainMap, types.MappingProxyType, UserDict)):
        body = dict(body)
    elif _is_pydantic(body):
        body = body.model_dump() if hasattr(body, "model_dump") else dict(body)
    if not isinstance(body, str) and isinstance(body, _LIST_LIKE):
        body = [b.model_dump() if _is_pydantic(b) and hasattr(b, "model_dump") else b for b in body]
    if isinstance(body, str):
        return body
    try:
        return _json.dumps(body, default=_default)
    except TypeError as e:
        if on_skipped_keys is not None:
            on_skipped_keys("this data structure was not fully serializable as JSON due to one or "
                            f"more unexpected keys.  (Error was: {e})")
        return _json.dumps(body, skipkeys=True, default=_default)


@command
def json(self, body: Any, *, expanded: bool | int = True, width: Any = "stretch") -> Any:
    """``expanded``: open all (True), closed (False), or open to that depth (an int)."""
    if not isinstance(expanded, (bool, int)):
        raise errors.invalid_type("expanded", type(expanded).__name__, ["bool", "int"])
    from ..delta_generator import COMMANDS

    text = to_json_text(body, lambda message: COMMANDS["warning"](self, f"Warning: {message}"))
    node = self._enqueue("json", {"body": text, "expanded": expanded})
    return self._element(node)
