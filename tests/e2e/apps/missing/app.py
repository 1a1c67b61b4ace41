"""an app whose requirement has no Pyodide build: it runs without it"""
import streamlit as st

try:
    import tensorflow  # noqa: F401
except ModuleNotFoundError as e:
    st.write(f"import failed: {e}")
st.write("the rest of the app runs")
