"""Early bird: drawn before Python is up (tests/e2e/first_paint.test.mjs)."""
import streamlit as st

st.title("Early bird")
if "clicks" not in st.session_state:
    st.session_state.clicks = 0
if st.button("Add one"):
    st.session_state.clicks += 1
name = st.text_input("Your name")
st.write("Clicks:", st.session_state.clicks)
st.write("Hello,", name or "nobody")
