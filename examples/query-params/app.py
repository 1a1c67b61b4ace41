"""Query params: st.query_params reads and writes the URL query string."""
import streamlit as st

st.title("Query params")
name = st.query_params.get("name", "stranger")
st.write(f"Hello, {name}!")

def remember_name():
    st.query_params["name"] = st.session_state.new_name

st.text_input("Your name", key="new_name", on_change=remember_name)
if st.button("Clear query params"):
    st.query_params.clear()
    st.rerun()
st.write("All query params:", st.query_params.to_dict())
