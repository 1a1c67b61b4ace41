"""st.json: pretty, collapsible JSON."""

from __future__ import annotations

import json as _json
from typing import Any

from ..delta_generator import command


def _default(obj: Any) -> Any:
    if isinstance(obj, (set, frozenset)):
        return list(obj)
    return repr(obj)


def to_json_text(body: Any) -> str:
    """Streamlit's encoding: sets become lists, anything else unencodable its repr."""
    from ..state.proxy import SessionStateProxy

    if isinstance(body, SessionStateProxy):
        body = body.to_dict()
    if isinstance(body, str):
        try:
            body = _json.loads(body)
        except ValueError:
            pass
    return _json.dumps(body, default=_default)


@command
def json(self, body: Any, *, expanded: bool | int = True, width: Any = "stretch") -> Any:
    self._enqueue("json", {"body": to_json_text(body), "expanded": expanded})
    return self
