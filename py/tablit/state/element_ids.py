"""Element ids of elements that are not widgets (Streamlit 1.67's ``compute_and_register_element_id``
for them): every Plotly chart, an autoplaying video or audio.  A family in the browser
(web/tools/families.js): only apps with such elements download it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import errors
from ..runtime.context import get_ctx
from .widgets import claim_key, compute_widget_id

if TYPE_CHECKING:
    from ..delta_generator import DeltaGenerator


def register_element_id(dg: "DeltaGenerator", type_name: str, key: Any, id_params: dict[str, Any]) -> str:
    """The id of an element that is no widget but has an id in Streamlit 1.67 (every Plotly
    chart, an autoplaying video or audio), registered for the run as 1.67 registers it: two
    alike in one run raise its ``StreamlitDuplicateElementId`` (the second is not drawn), two
    with one key its ``StreamlitDuplicateElementKey``.  The key does not replace the
    parameters in the id (1.67's ``key_as_main_identity=False``)."""
    ctx = get_ctx()
    if dg._is_root and dg._root == "main" and ctx.dg_stack:
        dg = ctx.dg_stack[-1]
    user_key = claim_key(key)
    wid = compute_widget_id(type_name, user_key, page=ctx.page_hash, form_id=dg._form_id, root=dg._root,
                            id_params=id_params, keyed_params=id_params)
    if wid in ctx.widget_ids_seen:
        raise errors.duplicate_id(type_name)
    ctx.widget_ids_seen.add(wid)
    return wid
