"""About page of the pages/ folder example."""
import streamlit as st

st.title("About")
st.write("This page comes from pages/2_About.py.")
