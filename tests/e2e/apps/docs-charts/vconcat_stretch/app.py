# After streamlit/docs python/api-examples-source/theming/charts.altair_custom_colors.py (Apache-2.0):
# two charts 300 px wide concatenated vertically, drawn with use_container_width=True; here as the
# Vega-Lite spec Altair makes (st.vega_lite_chart), with inline data, as the gallery has no Altair.
import streamlit as st

rows = [{"x": i, "y": [3, 5, 2, 8, 6, 9, 4, 7, 5, 6, 8, 3][i], "kind": "abc"[i % 3]} for i in range(12)]
spec = {
    "title": "Two panels",
    "data": {"values": rows},
    "vconcat": [
        {"mark": "point", "width": 300, "height": 150,
         "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"},
                      "color": {"field": "kind", "type": "nominal"}}},
        {"mark": "bar", "width": 300,
         "encoding": {"x": {"aggregate": "count", "type": "quantitative"}, "y": {"field": "kind", "type": "nominal"},
                      "color": {"field": "kind", "type": "nominal"}}},
    ],
}
st.vega_lite_chart(spec, use_container_width=True)
