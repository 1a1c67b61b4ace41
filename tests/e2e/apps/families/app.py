"""An app whose source names no chart command: the charts' Python is fetched
when the button asks for a chart (tests/e2e/families.test.mjs)."""
import streamlit as st

st.title("Families")
count = st.session_state.setdefault("count", 0)
if st.button("Add one"):
    st.session_state.count += 1
st.write(f"Count: {st.session_state.count}")
if st.toggle("Draw it"):
    draw = getattr(st, "line" + "_chart")  # (a name the worker's scan cannot see)
    draw({"sales": [3, 1, 4, 1, 5]}, y_label="Sales")
