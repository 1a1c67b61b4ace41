"""st.grid: a responsive CSS grid; elements fill its cells in order, ``.cell()`` spans.

Node ``grid`` ``{columns: int|'auto', min_column_width: int|'auto', wrap,
row_gap, column_gap (a gap size name, pixels, or null for none),
vertical_alignment, border, row_height: int|'content', width, height: int|null,
dense}``; node ``grid_cell`` ``{column_span: int|'all', row_span: int}`` is a
block that takes the given number of tracks.
"""

from __future__ import annotations

from typing import Any

from .. import errors
from ..delta_generator import DeltaGenerator, command
from ..state.widgets import claim_key
from .layout import _GAP_SIZES, _VALID_GAPS, _height
from .sizing import UINT32_MAX, check_width

COLUMNS_MIN, COLUMNS_MAX = 1, 24


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _uint32(name: str, value: int, min_value: int = 1) -> None:
    if value < min_value or value > UINT32_MAX:
        raise errors.StreamlitValueOutOfRangeError(name, value, min_value, UINT32_MAX)


def _word_or_positive(name: str, value: Any, word: str) -> Any:
    """``word`` or a positive integer (pixels, a span), with Streamlit's errors for the rest."""
    if isinstance(value, str) and value == word:
        return word
    if isinstance(value, str):
        raise errors.invalid_value(name, [f'"{word}"', "a positive integer"], detail=f"Got {value!r}.")
    if not _is_int(value):
        raise errors.invalid_type(name, type(value).__name__, ["int", f'"{word}"'])
    if value < 1:
        raise errors.invalid_value(name, [f'"{word}"', "a positive integer"], detail=f"Got {value!r}.")
    _uint32(name, value)
    return value


def _gap(gap: Any, detail: str | None) -> Any:
    if _is_int(gap) and gap >= 0:
        _uint32("gap", gap, 0)
        return gap
    if gap is None:
        return None
    if isinstance(gap, str) and gap.lower() in _GAP_SIZES:
        return gap.lower()
    raise errors.invalid_value("gap", _VALID_GAPS, detail=f"Got {gap!r}." if detail is None else detail)


class GridContainer(DeltaGenerator):
    """What ``st.grid`` returns: a container whose ``cell()`` makes a spanning cell."""

    _declared_columns: Any = "auto"

    def cell(self, *, column_span: Any = 1, row_span: Any = 1) -> DeltaGenerator:
        """A cell block spanning ``column_span`` columns (or ``"all"``) and ``row_span`` rows."""
        span = _word_or_positive("column_span", column_span, "all")
        if span != "all" and self._declared_columns != "auto" and span > self._declared_columns:
            raise errors.StreamlitValueOutOfRangeError("column_span", span, 1, self._declared_columns)
        if not _is_int(row_span):
            raise errors.invalid_type("row_span", type(row_span).__name__, ["int"])
        if row_span < 1:
            raise errors.invalid_value("row_span", ["a positive integer"], detail=f"Got {row_span!r}.")
        _uint32("row_span", row_span)
        return self._block("grid_cell", {"column_span": span, "row_span": row_span})


@command
def grid(self, columns: Any = "auto", *, min_column_width: Any = "auto", wrap: bool = True,
         gap: Any = "small", vertical_alignment: str = "top", border: bool = False,
         row_height: Any = "content", width: Any = "stretch", height: Any = "content",
         key: Any = None, dense: bool = False) -> GridContainer:
    """A grid container: each element written to it takes the next cell."""
    if not isinstance(wrap, bool):
        raise errors.invalid_value("wrap", ["True", "False"])
    for name, value in (("border", border), ("dense", dense)):
        if not isinstance(value, bool):
            raise errors.invalid_type(name, type(value).__name__, ["bool"])
    if isinstance(columns, str) and columns == "auto":
        cols: Any = "auto"
    elif isinstance(columns, str):
        raise errors.invalid_value("columns", ['"auto"', "an integer from 1 to 24"], detail=f"Got {columns!r}.")
    elif not _is_int(columns):
        raise errors.invalid_type("columns", type(columns).__name__, ["int", '"auto"'])
    elif not COLUMNS_MIN <= columns <= COLUMNS_MAX:
        raise errors.StreamlitValueOutOfRangeError("columns", columns, COLUMNS_MIN, COLUMNS_MAX)
    else:
        cols = columns
    if cols == "auto" and wrap is False:
        raise errors.StreamlitIncompatibleParametersError(
            'columns="auto"', "wrap=False",
            explanation="`wrap=False` requires an explicit column count. Pass an integer, such as "
                        "`st.grid(3, wrap=False)`.")
    min_width = _word_or_positive("min_column_width", min_column_width, "auto")
    if isinstance(gap, (tuple, list)):
        if len(gap) != 2:
            raise errors.invalid_value("gap", ["a gap size", "a 2-tuple or 2-list of (row_gap, column_gap)"],
                                       detail=f"Got a sequence with {len(gap)} elements.")
        row_gap, col_gap = gap
        row_detail: str | None = f"Got {row_gap!r} for the row gap in `gap`."
        col_detail: str | None = f"Got {col_gap!r} for the column gap in `gap`."
    else:
        row_gap = col_gap = gap
        row_detail = col_detail = None
    if vertical_alignment not in ("top", "center", "bottom"):
        raise errors.invalid_value("vertical_alignment", ["'top'", "'center'", "'bottom'"],
                                   detail=f"Got {vertical_alignment!r}.")
    rows = _word_or_positive("row_height", row_height, "content")
    check_width(width)
    pixels = _height(height)
    props = {"columns": cols, "min_column_width": min_width, "wrap": wrap,
             "row_gap": _gap(row_gap, row_detail), "column_gap": _gap(col_gap, col_detail),
             "vertical_alignment": vertical_alignment, "border": border, "row_height": rows,
             "width": width, "height": pixels, "stretch_height": height == "stretch", "dense": dense,
             "key": claim_key(key)}
    dg = self._active()
    node = dg._enqueue("grid", props, children=[])
    box = GridContainer(dg._root, node._path, form_id=dg._form_id, kind="grid")  # type: ignore[attr-defined]
    box._declared_columns = cols
    return box
