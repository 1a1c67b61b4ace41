# What other people's apps showed differently from 1.67 (docs/LOOKS.md, "Apps from other
# repositories"), measured beside Streamlit 1.67 by tests/e2e/apps_look.test.mjs.
import streamlit as st

st.title("Apps look")
st.sidebar.header("About")
for spec, gap in (((1, 4, 1), "small"), ([1, 5], None)):  # 30 Days of Streamlit: the logo in the middle of 1:4:1
    for c in st.columns(spec, gap=gap):
        c.write("x")  # 30 Days of Streamlit: a sidebar with no page menu above it
st.markdown("##\nA spacer heading above")  # streamlit/demo-uber-nyc-pickups: an empty "##" as a spacer
st.progress(50)  # 30 Days of Streamlit, day 21: a bar with no text
st.progress(50, text="hello")
st.info("☝️ Upload a CSV file")  # day 18: the leading emoji is the icon
# streamlit/demo-uber-nyc-pickups: pydeck's HexagonLayer (here its JSON, one red for every bin)
points = [{"lon": (i % 20 - 10) * 0.0005, "lat": (i // 20 - 10) * 0.0005} for i in range(400)]
st.pydeck_chart({
    "initialViewState": {"latitude": 0, "longitude": 0, "zoom": 13},
    "layers": [{"@@type": "HexagonLayer", "id": "hex", "data": points, "getPosition": "@@=[lon, lat]",
                "radius": 300, "coverage": 1, "colorRange": [[255, 0, 0]] * 6}],
}, height=300)
try:  # day 23 ported to st.query_params, opened without ?firstname=: 1.67's chained rows, 8px apart
    st.query_params["firstname"]
except KeyError as e:
    st.exception(e)
# dataprofessor/movies-explorer: a data_editor with num_rows="dynamic"; its delete boxes show under the pointer
st.data_editor({"a": [1, 2, 3]}, num_rows="dynamic")
# day 23: a removed st.experimental_* name, uncaught
st.write(st.experimental_get_query_params())
