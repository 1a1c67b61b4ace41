"""Charts: one module per kind; importing the package registers every chart command.

Each chart library of the page is its own lazily loaded chunk
(``web/render/elements/charts/``), fetched the first time an app draws that kind.
"""

from . import vega, builtin, plotly, pyplot, graphviz, mermaid, echarts, maps  # noqa: F401
