"""Counter page of the pages/ folder example."""
import streamlit as st

st.title("Counter")
st.session_state.setdefault("count", 0)
if st.button("Increment"):
    st.session_state.count += 1
st.write("Count = ", st.session_state.count)
