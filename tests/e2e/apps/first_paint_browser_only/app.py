"""Needs the browser: its build-time run fails, so the page shows the loading screen first."""
import js
import streamlit as st

st.title("Served over " + js.location.protocol)
