"""A pandas Styler as Streamlit shows it: each cell's display text (the
Styler's formatting, e.g. six decimals for floats), its colours and the
caption.  Only ``color`` and ``background-color`` reach the page (other CSS
is dropped, so nothing from a style can break out of its cell).
"""

from __future__ import annotations

import re
from typing import Any

from ... import errors

_ALLOWED = ("color", "background-color", "background")
_SAFE_VALUE = re.compile(r"^[#(),.%\w\s-]+$")


def styler_props(styler: Any) -> dict[str, Any]:
    """``{"display": [[str per row] per column], "styles": {"r,c": css}, "caption": str|None}``."""
    import pandas as pd

    cells, limit = styler.data.size, int(pd.options.styler.render.max_elements)
    if cells > limit:  # (pandas would render only part of it: 1.67's error instead)
        raise errors.StreamlitAPIException(
            f"The dataframe has `{cells}` cells, but the maximum number of cells allowed to be rendered "
            f"by Pandas Styler is configured to `{limit}`. To allow more cells to be styled, you can "
            'change the `"styler.render.max_elements"` config. For example: '
            f'`pd.set_option("styler.render.max_elements", {cells})`')
    styler._compute()  # (applies the queued .map/.apply styles to ctx)
    translated = styler._translate(False, False)
    n_cols = len(styler.data.columns)
    display: list[list[str]] = [[] for _ in range(n_cols)]
    for row in translated.get("body", []):
        cells = [c for c in row if c.get("type") == "td"]
        for ci, cell in enumerate(cells[:n_cols]):
            display[ci].append(str(cell.get("display_value", "")))
    styles: dict[str, str] = {}
    for entry in translated.get("cellstyle", []):
        css = "; ".join(f"{k}: {v}" for k, v in entry.get("props", [])
                        if k.strip().lower() in _ALLOWED and _SAFE_VALUE.match(str(v).strip()))
        if not css:
            continue
        for selector in entry.get("selectors", []):
            m = re.fullmatch(r"row(\d+)_col(\d+)", selector)
            if m:
                styles[f"{m.group(1)},{m.group(2)}"] = css
    caption = getattr(styler, "caption", None)
    return {"display": display, "styles": styles, "caption": None if caption is None else str(caption)}
