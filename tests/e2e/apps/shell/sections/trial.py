# From streamlit/docs (Apache-2.0): python/api-examples-source/navigation.example_2/trial.py
import streamlit as st

st.title("Try it out")
