# From streamlit/docs (Apache-2.0): python/api-examples-source/layout.space_horizontal.py
import streamlit as st

with st.container(horizontal=True):
    st.button("Left")
    st.space("stretch")
    st.button("Right")
