"""About page of the multipage example."""
import streamlit as st

st.title("About")
st.write("Pages are chosen by URL path; the query string belongs to st.query_params.")
