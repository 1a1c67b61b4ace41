# From streamlit/docs (Apache-2.0): python/api-examples-source/layout.columns_borders.py
import streamlit as st

left, middle, right = st.columns(3, border=True)

left.markdown("Lorem ipsum " * 10)
middle.markdown("Lorem ipsum " * 5)
right.markdown("Lorem ipsum ")
