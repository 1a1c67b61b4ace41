# From streamlit/docs (Apache-2.0): python/api-examples-source/utilities.switch_page_query_params/page_2.py
import streamlit as st

st.title("Page 2")
st.write("Query params:")
st.write(st.query_params)
