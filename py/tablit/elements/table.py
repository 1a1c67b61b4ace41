"""st.table (st.dataframe and st.data_editor are in ``dataframes``).

Data is turned into ``{columns, rows}`` with every cell already formatted as
text, from the :class:`~tablit.elements.tabular.Frame` of ``tabular.py``.  In the
browser this module is in the ``dataframe`` family (web/tools/families.js).
"""

from __future__ import annotations

import math
from typing import Any

from ..delta_generator import command
from .. import errors
from .tabular import is_styler, to_frame


# ------------------------------------------------------------------ formatting
_BLANK = "\u00a0"  # what 1.67's table shows for a missing value: an empty cell (its Markdown's &nbsp;)


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def format_cell(value: Any) -> str:
    """A cell as the page shows it (1.67's table): a missing value (None, NaN) is blank; floats
    with thousands separators and four decimals (numbro's ``0,0.0000``: 1.3040, 12,345.5000)."""
    if _missing(value):
        return _BLANK
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return f"{value:,.4f}" if math.isfinite(value) else str(value)
    if isinstance(value, (bytes, bytearray)):
        return value.decode("utf-8", "replace")
    return str(value)


def _numeric(values: list[Any]) -> bool:
    """A column of numbers (ints and floats, not bools; missing values allowed): 1.67
    right-aligns those."""
    seen = False
    for v in values:
        if _missing(v):
            continue
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            return False
        seen = True
    return seen


def table_props(data: Any, *, hide_index: bool | None = None) -> dict[str, Any]:
    """``{columns, rows, numeric, index}`` for the render tree; the index is a nameless
    first column (``index``: 1, drawn as row headers).  A pandas Styler's cells show its
    display text (its ``format``), and its colours and caption come along as 1.67 draws
    them: ``styles`` {"row,column": css} (data positions, the index not counted), ``caption``."""
    styled = None
    if is_styler(data):
        from .dataframe.styler import styler_props

        styled = styler_props(data)
    frame = to_frame(data)
    show_index = (frame.index is not None) if hide_index is None else not hide_index
    columns = [str(c) for c in frame.columns]
    numeric = [_numeric([r[j] for r in frame.rows]) for j in range(len(columns))]
    # Plain Python columns become pandas columns in Streamlit: numbers with a float or a missing
    # value among them are float64, so their ints read 1.0000 too ({"n": [1, None]}: 1.0000, blank).
    # (pandas, numpy and arrow data keep their own types.)
    floats = [False] * len(columns)
    if type(data).__module__.split(".")[0] not in ("pandas", "numpy", "pyarrow", "polars"):
        floats = [numeric[j] and any(_missing(r[j]) or isinstance(r[j], float) for r in frame.rows)
                  for j in range(len(columns))]
    rows = [[format_cell(float(v) if floats[j] and isinstance(v, int) and not isinstance(v, bool) else v)
             for j, v in enumerate(row)] for row in frame.rows]
    if styled is not None:
        shown = styled["display"]
        rows = [[shown[j][i] if j < len(shown) and i < len(shown[j]) else cell for j, cell in enumerate(row)]
                for i, row in enumerate(rows)]
    if show_index:
        index = frame.index if frame.index is not None else list(range(len(rows)))
        columns = [""] + columns
        numeric = [False] + numeric
        rows = [[format_cell(i)] + row for i, row in zip(index, rows)]
    props: dict[str, Any] = {"columns": columns, "rows": rows, "numeric": numeric, "index": 1 if show_index else 0}
    if styled is not None:
        if styled["styles"]:
            props["styles"] = styled["styles"]
        if styled["caption"] is not None:
            props["caption"] = styled["caption"]
    return props


# -------------------------------------------------------------------- elements
@command
def table(self, data: Any = None, *, border: Any = True, width: Any = "stretch",
          height: Any = "content", hide_index: bool | None = None,
          hide_header: bool | None = None, alt: str | None = None) -> Any:
    """A static table: ``border`` True (every cell), False or "horizontal"; the header is
    hidden by default for inputs without column names (Streamlit's rule)."""
    if border is True or border is False:
        border_mode = "all" if border else "none"
    elif border == "horizontal":
        border_mode = "horizontal"
    else:
        raise errors.invalid_value("border", ["True", "False", "'horizontal'"])
    if hide_header is None:
        from .dataframe.frame import to_table

        hide_header = to_table(data).data_format in _HIDE_HEADER_FORMATS
    from .sizing import check_width

    width = check_width(width, allow_content=True)
    if not (height in ("content", "stretch") or (isinstance(height, int) and not isinstance(height, bool)
                                                  and height > 0)):
        raise errors.StreamlitInvalidHeightError(height, allow_content=True)
    props = table_props(data, hide_index=hide_index)
    props["border"] = border_mode
    props["hide_header"] = bool(hide_header)
    props["width"] = width
    props["height"] = height
    if alt is not None:
        props["alt"] = str(alt)
    node = self._enqueue("table", props)
    return self._element(node)


# Inputs whose column names mean nothing (Streamlit hides the header row for them).
_HIDE_HEADER_FORMATS = frozenset({"key_value_dict", "list_of_rows", "list_of_values", "numpy_list",
                                  "numpy_matrix", "set_of_values", "tuple_of_values", "pandas_array",
                                  "pyarrow_array"})
