"""A counter that shows rarely used widgets only after a click: their page code
(web/render/index.js lazyMap) and Python (families/widgets_more) come when used;
so does marked (web/render/markdown_full.js): every text above is words and `code`;
and the data grid with its stylesheet (dist/css/grid.css, web/render/lazy_css.js)."""
import datetime

import streamlit as st

if st.button("Add one"):
    st.session_state.n = st.session_state.get("n", 0) + 1
st.write(f"Count: {st.session_state.get('n', 0)}")
if st.session_state.get("n", 0) >= 2:
    day = st.date_input("Start date", value=datetime.date(2024, 5, 1))
    st.write(f"Picked: {day.isoformat()}")
    colour = st.color_picker("Colour", "#ff4b4b")
    st.write(f"Colour: {colour}")
    size = getattr(st, "select" + "_slider")("Size", ["S", "M", "L"], value="M")
    st.write(f"Size: {size}")
if st.session_state.get("n", 0) >= 3:
    st.markdown("Now in **bold** and _italics_")
if st.session_state.get("n", 0) >= 4:
    getattr(st, "data" + "frame")({"fruit": ["apple", "pear"], "price": [3, 5]})
