"""st.dataframe's selection state (``on_select``): ``{"selection": {"rows",
"columns", "cells"}}`` with Streamlit 1.67's modes and checks.

The page sends the state as JSON; ``cells`` arrive as ``[row, column]``
lists and become tuples.  A state written through ``st.session_state`` or
given as ``selection_default`` is validated: unknown rows and columns are
dropped, single modes keep the first entry.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ... import errors
from ...state.attributes import ReadOnlyAttributeDictionary

ROW_MODES = frozenset({"single-row", "single-row-required", "multi-row"})
MODES = frozenset(ROW_MODES | {"single-column", "multi-column", "single-cell", "multi-cell"})


class DataframeSelectionState(ReadOnlyAttributeDictionary):
    """``rows`` (positions), ``columns`` (names), ``cells`` ((row, column) tuples)."""


class DataframeState(ReadOnlyAttributeDictionary):
    """``{"selection": DataframeSelectionState}``."""


def normalize_modes(selection_mode: Any) -> set[str]:
    modes = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not modes <= MODES:
        raise errors.invalid_value("selection_mode", [f"'{m}'" for m in sorted(MODES)])
    rows = modes & ROW_MODES
    if len(rows) > 1:
        raise errors.StreamlitIncompatibleParametersError(
            *[f"selection_mode='{m}'" for m in sorted(rows)],
            explanation="Only one row selection mode can be specified.")
    if modes >= {"single-column", "multi-column"}:
        raise errors.StreamlitIncompatibleParametersError(
            "selection_mode='single-column'", "selection_mode='multi-column'")
    if modes >= {"single-cell", "multi-cell"}:
        raise errors.StreamlitIncompatibleParametersError(
            "selection_mode='single-cell'", "selection_mode='multi-cell'")
    return modes


def validate(value: Any, num_rows: int, columns: Iterable[str], modes: set[str]) -> dict[str, Any]:
    """A selection state set by the app, with what does not fit dropped."""
    if not isinstance(value, dict) or not isinstance(value.get("selection"), dict):
        raise errors.StreamlitAPIException(
            "Selection state must be a dictionary with a 'selection' key "
            "containing 'rows', 'columns', and 'cells' arrays.")
    sel = value["selection"]
    names = set(columns)
    out: dict[str, list[Any]] = {"rows": [], "columns": [], "cells": []}
    raw = sel.get("rows")
    if isinstance(raw, list) and modes & ROW_MODES:
        rows = list(dict.fromkeys(r for r in raw if type(r) is int and 0 <= r < num_rows))
        out["rows"] = rows if "multi-row" in modes else rows[:1]
    if "single-row-required" in modes and num_rows > 0 and not out["rows"]:
        out["rows"] = [0]
    raw = sel.get("columns")
    if isinstance(raw, list) and modes & {"single-column", "multi-column"}:
        cols = list(dict.fromkeys(c for c in raw if isinstance(c, str) and c in names))
        out["columns"] = cols if "multi-column" in modes else cols[:1]
    raw = sel.get("cells")
    if isinstance(raw, list) and "single-cell" in modes:
        cells = list(dict.fromkeys(
            (c[0], c[1]) for c in raw if isinstance(c, (list, tuple)) and len(c) == 2
            and type(c[0]) is int and 0 <= c[0] < num_rows and isinstance(c[1], str) and c[1] in names))
        out["cells"] = cells[:1]
    return {"selection": out}


class SelectionCodec:
    """Wire <-> :class:`DataframeState` for one dataframe (its row count and modes)."""

    def __init__(self, default: dict[str, Any] | None, required_row: bool, num_rows: int,
                 columns: list[str], modes: set[str]) -> None:
        self.default = default
        self.required_row = required_row
        self.num_rows = num_rows
        self.columns = columns
        self.modes = modes

    def deserialize(self, wire: Any) -> DataframeState:
        if isinstance(wire, str):
            wire = json.loads(wire)
        if wire is None:
            state = {"selection": dict(self.default["selection"])} if self.default else {}
        else:
            state = wire
        if not isinstance(state, dict):
            raise TypeError("a dataframe selection is {selection: {rows, columns, cells}}")
        sel = dict(state.get("selection") or {})
        sel.setdefault("rows", [])
        sel.setdefault("columns", [])
        sel["cells"] = [tuple(c) for c in sel.get("cells") or []]
        if self.required_row and self.num_rows > 0 and not sel["rows"]:
            sel["rows"] = [0]
        return DataframeState({"selection": DataframeSelectionState(sel)})

    def serialize(self, state: Any) -> Any:
        sel = dict((state or {}).get("selection") or {})
        return {"selection": {"rows": list(sel.get("rows", [])), "columns": list(sel.get("columns", [])),
                              "cells": [list(c) for c in sel.get("cells", [])]}}

    def checked(self, value: Any) -> "DataframeState":
        """A state the app wrote (session state), validated; the stored state is left as written."""
        checked = validate(value, self.num_rows, self.columns, self.modes)
        return DataframeState({"selection": DataframeSelectionState(checked["selection"])})
