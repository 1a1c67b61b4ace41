"""Every chart command, drawn from lists and dicts (no pandas needed)."""

import streamlit as st

st.title("Charts")

temps = {"day": [1, 2, 3, 4, 5, 6, 7], "Oslo": [3, 5, 4, 7, 9, 8, 11], "Rome": [14, 15, 17, 16, 18, 21, 20]}

st.subheader("Built-in charts")
st.line_chart(temps, x="day", y=["Oslo", "Rome"], x_label="Day", y_label="Temperature")
st.area_chart({"a": [1, 3, 2, 4], "b": [2, 2, 3, 1]}, stack=True)
st.bar_chart({"fruit": ["apple", "kiwi", "fig"], "sold": [12, 7, 9]}, x="fruit", y="sold", color="#29b09d",
             horizontal=True)
st.scatter_chart([[1, 2], [2, 4], [3, 3], [4, 6]], size=80)

st.subheader("Vega-Lite, with a selection")
spec = {
    "mark": {"type": "point", "filled": True, "size": 120},
    "params": [{"name": "pick", "select": {"type": "point", "fields": ["name"]}}],
    "encoding": {
        "x": {"field": "x", "type": "quantitative"},
        "y": {"field": "y", "type": "quantitative"},
        "color": {"field": "name", "type": "nominal"},
    },
}
event = st.vega_lite_chart({"name": ["A", "B", "C"], "x": [1, 2, 3], "y": [3, 1, 2]}, spec,
                           on_select="rerun", key="vega_pick", alt="Three named points")
picked = event.selection.pick
st.write("Picked:", ", ".join(p["name"] for p in picked) if picked else "nothing")

st.subheader("Plotly")
fig = {
    "data": [{"type": "scatter", "mode": "markers", "x": [1, 2, 3, 4], "y": [10, 11, 12, 13],
              "marker": {"size": 14}, "name": "points"}],
    "layout": {"title": {"text": "Plotly points"}},
}
plotly_event = st.plotly_chart(fig, on_select="rerun", key="plotly_pick", selection_mode=("points", "box"))
st.write("Plotly picked:", ", ".join(str(i) for i in plotly_event.selection.point_indices) or "nothing")

st.subheader("Graphviz")
st.graphviz_chart("""
digraph pipeline {
    load -> clean -> chart
    clean -> table
}
""", alt="Data pipeline")

st.subheader("Mermaid")
st.mermaid_chart("""
flowchart LR
    A[Start] --> B{Ready?}
    B -- yes --> C[Draw]
    B -- no --> A
""", alt="Start flow")

st.subheader("ECharts")
option = {
    "title": {"text": "Weekly visits"},
    "xAxis": {"type": "category", "data": ["Mon", "Tue", "Wed", "Thu", "Fri"]},
    "yAxis": {"type": "value"},
    "series": [{"type": "bar", "name": "visits", "data": [12, 20, 15, 8, 17], "selectedMode": "single"}],
}
echarts_event = st.echarts_chart(option, on_select="rerun", key="echarts_pick")
picked_bars = [i for s in echarts_event.selection.selected for i in s["data_indices"]]
st.write("ECharts picked:", ", ".join(map(str, picked_bars)) or "nothing")

st.subheader("Map")
st.map({"lat": [48.8566, 51.5074, 52.52, 41.9028], "lon": [2.3522, -0.1278, 13.405, 12.4964],
        "city": ["Paris", "London", "Berlin", "Rome"]}, size=40000, alt="Four capitals")

st.subheader("deck.gl")
layer = {"@@type": "ScatterplotLayer", "id": "cities", "pickable": True, "radiusMinPixels": 12,
         "getPosition": "@@=[lon, lat]", "getFillColor": [41, 176, 157], "getRadius": 30000,
         "data": [{"name": "Oslo", "lat": 59.91, "lon": 10.75}, {"name": "Lima", "lat": -12.05, "lon": -77.04}]}
deck_event = st.pydeck_chart({"initialViewState": {"latitude": 20, "longitude": -30, "zoom": 1}, "layers": [layer]},
                             on_select="rerun", key="deck_pick", alt="Two cities")
picked_cities = deck_event.selection.objects.get("cities", [])
st.write("Deck picked:", ", ".join(c["name"] for c in picked_cities) or "nothing")
