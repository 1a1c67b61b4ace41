# From streamlit/docs (Apache-2.0): python/api-examples-source/navigation.example_2/learn.py
import streamlit as st

st.title("Learn about us")
