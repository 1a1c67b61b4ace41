# From streamlit/docs (Apache-2.0): python/api-examples-source/status.exception.py
import streamlit as st

e = RuntimeError("This is an exception of type RuntimeError")
st.exception(e)
