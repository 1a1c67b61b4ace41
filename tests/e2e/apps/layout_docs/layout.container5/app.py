# From streamlit/docs (Apache-2.0): python/api-examples-source/layout.container5.py
import streamlit as st

flex = st.container(horizontal=True, horizontal_alignment="right")

for card in range(3):
    flex.button(f"Button {card + 1}")
