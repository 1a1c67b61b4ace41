"""``st.column_config.ButtonColumn`` clicks: one trigger widget per keyed button column.

As in Streamlit 1.67 a keyed ButtonColumn (``ButtonColumnResult``) becomes a
widget of its own, id from its key alone, with no node: the dataframe's column
spec names it (``button_widget``), the page draws the cells as ``<button>``s
and a click sends ``{"row": <position in the data>, "label": <the cell value or
list item>}`` as JSON, naming the widget as the update's trigger.  The script
sees that as ``st.session_state[key]`` (a ``ButtonColumnClickState``) for the
one run the click causes, after ``on_click`` ran; otherwise ``None``.  Scripts
may not write the key.
"""

from __future__ import annotations

import json
from typing import Any

from ...column_config import ButtonColumnResult
from ...state.attributes import ReadOnlyAttributeDictionary
from ...state.widgets import WidgetSpec, register_widget_state
from ...widgets._common import callback_of
from . import wire
from .frame import Table


class ButtonColumnClickState(ReadOnlyAttributeDictionary):
    """``row`` (int, the row's position in the data) and ``label`` (str, the button pressed)."""


def click_state(wire_value: Any) -> ButtonColumnClickState | None:
    """The page's JSON click (or None) as the click state; a malformed one is refused
    (ValueError: the session refuses the update and loses nothing)."""
    if not wire_value:
        return None
    parsed = json.loads(wire_value) if isinstance(wire_value, str) else wire_value
    row = parsed.get("row") if isinstance(parsed, dict) else None
    if not isinstance(row, int) or isinstance(row, bool) or not isinstance(parsed.get("label"), str):
        raise ValueError("Invalid button click state: expected {row: int, label: str}.")
    if row < 0:
        raise ValueError(f"Invalid button click row index: {row}. Row must be >= 0.")
    return ButtonColumnClickState(parsed)


def _click_wire(state: Any) -> Any:
    return None if state is None else json.dumps(dict(state))


def split_config(column_config: Any) -> tuple[Any, dict[Any, ButtonColumnResult]]:
    """The column config with each keyed ButtonColumn replaced by its config dict,
    and those ButtonColumns by column."""
    if not isinstance(column_config, dict):
        return column_config, {}
    buttons = {c: v for c, v in column_config.items() if isinstance(v, ButtonColumnResult)}
    if not buttons:
        return column_config, {}
    return {c: (v.config if isinstance(v, ButtonColumnResult) else v) for c, v in column_config.items()}, buttons


def _spec_positions(table: Table, column: Any) -> list[int]:
    """Which column specs (index levels first, as ``wire.column_specs``) ``column`` names."""
    index_count = max(len(table.index), 1)
    if column == wire.INDEX:
        return list(range(index_count))
    out = []
    for pos, col in enumerate(table.columns):
        if (isinstance(column, int) and not isinstance(column, bool) and column == pos) or \
                (wire._hashable(col.name) and (col.name == column or
                                               (not isinstance(col.name, str) and str(col.name) == column))):
            out.append(index_count + pos)
    return out


def register(dg: Any, table: Table, buttons: dict[Any, ButtonColumnResult],
             specs: list[dict[str, Any]]) -> list[str]:
    """Register each keyed button column's click widget and name it in its column specs;
    returns the widget ids, which the dataframe node carries (``Node.carried_widgets``,
    read by the session's page model)."""
    ids = []
    for column, button in buttons.items():
        callback = callback_of(button.on_click, param="on_click", modes=())
        _, meta, _, _ = register_widget_state(dg, WidgetSpec(
            type="dataframe_button", label=None, key=button.key, default=None, id_params={},
            keyed_params={}, deserialize=click_state, serialize=_click_wire, on_change=callback,
            args=button.args, kwargs=button.kwargs, is_trigger=True, trigger_idle=None,
            read_only=True))
        for i in _spec_positions(table, column):
            specs[i]["button_widget"] = meta.id
        ids.append(meta.id)
    return ids
