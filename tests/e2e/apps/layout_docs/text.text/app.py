# From streamlit/docs (Apache-2.0): python/api-examples-source/text.text.py
import streamlit as st

st.text("This is text\n[and more text](that's not a Markdown link).")
