"""Counter page: a plain session-state key survives page switches; query params stay on the URL."""
import streamlit as st

st.title("Counter page")
if st.button("Increment"):
    st.session_state.count += 1
st.write("Count = ", st.session_state.count)
st.write("Query params:", st.query_params.to_dict())
