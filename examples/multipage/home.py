"""Home page of the multipage example."""
import streamlit as st

st.title("Home")
st.write("Count on the counter page:", st.session_state.count)
if st.button("Go to the counter"):
    st.switch_page("counter.py")
