"""an app whose requirement has no Pyodide build"""
import streamlit as st

st.write("this never runs")
