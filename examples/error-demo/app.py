"""Error demo: the script raises after an odd number of clicks; session state survives the error."""
import streamlit as st

st.title("Error demo")
if "clicks" not in st.session_state:
    st.session_state.clicks = 0

if st.button("Click"):
    st.session_state.clicks += 1
st.write("Clicks = ", st.session_state.clicks)

if st.session_state.clicks % 2 == 1:
    raise ValueError(f"Odd number of clicks: {st.session_state.clicks}")
st.write("No error on even clicks")
