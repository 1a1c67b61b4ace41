"""``st.typing``: Streamlit's types for annotating app code (``def f(file: UploadedFile)``).

Each name is the very class the command returns, looked up on first use so
importing ``st.typing`` loads no widget family early.  Names whose commands
are not in tablit yet raise AttributeError naming tablit's browser runtime.
"""

from __future__ import annotations

from typing import Any

_WHERE = {
    "UploadedFile": ("tablit.widgets._file_uploader", "UploadedFile"),
    "ChatInputValue": ("tablit.widgets._chat_input", "ChatInputValue"),
    "DataframeState": ("tablit.elements.dataframe.selection", "DataframeState"),
    "EChartsState": ("tablit.elements.charts.echarts", "EChartsState"),
    "PlotlyState": ("tablit.elements.charts.plotly", "PlotlyState"),
    "VegaLiteState": ("tablit.elements.charts.vega", "VegaLiteState"),
    "PydeckState": ("tablit.elements.charts.maps", "PydeckState"),
    "ButtonColumnClickState": ("tablit.elements.dataframe.buttons", "ButtonColumnClickState"),
    "DataEditorState": ("tablit.elements.dataframe.editing", "DataEditorState"),
}

__all__ = ["ButtonColumnClickState", "ChatInputValue", "DataEditorState", "DataframeState",
           "EChartsState", "PlotlyState", "PydeckState", "UploadedFile", "VegaLiteState"]


def __getattr__(name: str) -> Any:
    import importlib

    where = _WHERE.get(name)
    if where is not None:
        return getattr(importlib.import_module(where[0]), where[1])
    raise AttributeError(f"module 'streamlit.typing' has no attribute '{name}' in tablit's "
                         "browser runtime (yet)")
