"""``st.column_config``: column settings for st.dataframe / st.data_editor.

Each function returns a plain dict describing the column; tablit's tables
use the label and ignore the rest, so apps that configure columns still run.
"""

from __future__ import annotations

from typing import Any


def Column(label: str | None = None, *, width: Any = None, help: str | None = None,
           disabled: bool | None = None, required: bool | None = None, **kwargs: Any) -> dict[str, Any]:
    return {"label": label, "width": width, "help": help, "disabled": disabled,
            "required": required, **kwargs}


def _column(kind: str):
    def make(label: str | None = None, **kwargs: Any) -> dict[str, Any]:
        return {**Column(label, **kwargs), "type": kind}

    make.__name__ = make.__qualname__ = kind
    make.__doc__ = f"A {kind} column (label used, other settings accepted)."
    return make


TextColumn = _column("TextColumn")
NumberColumn = _column("NumberColumn")
CheckboxColumn = _column("CheckboxColumn")
SelectboxColumn = _column("SelectboxColumn")
DatetimeColumn = _column("DatetimeColumn")
DateColumn = _column("DateColumn")
TimeColumn = _column("TimeColumn")
ListColumn = _column("ListColumn")
LinkColumn = _column("LinkColumn")
ImageColumn = _column("ImageColumn")
LineChartColumn = _column("LineChartColumn")
BarChartColumn = _column("BarChartColumn")
AreaChartColumn = _column("AreaChartColumn")
ProgressColumn = _column("ProgressColumn")
JSONColumn = _column("JSONColumn")
MultiselectColumn = _column("MultiselectColumn")
