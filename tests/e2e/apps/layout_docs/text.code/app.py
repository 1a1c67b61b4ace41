# From streamlit/docs (Apache-2.0): python/api-examples-source/text.code.py
import streamlit as st

code = """def hello():
    print("Hello, Streamlit!")"""
st.code(code, language="python")
