"""pages/ folder app: every file in pages/ becomes a page, the entrypoint is the first one."""
import streamlit as st

st.title("Main page")
if "visits" not in st.session_state:
    st.session_state.visits = 0
st.session_state.visits += 1
st.write("Runs in this session:", st.session_state.visits)
