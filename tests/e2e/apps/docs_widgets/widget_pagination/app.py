# From streamlit/docs (python/api-examples-source/widget.pagination.py), Apache-2.0.
import streamlit as st

page = st.pagination(num_pages=10)
st.write(f"Showing page {page}")
