"""Packages loaded up front and on first import (tests/e2e/package_scan.test.mjs)."""
import importlib

import streamlit as st

st.title("Package scan")
if st.button("Parse"):
    late = importlib.import_module("late" + "_parse")  # (a name no scan can see)
    st.write(f"parsed {late.parse()}")
if st.button("Use numpy"):
    late = importlib.import_module("late" + "_numpy")
    st.write(f"numpy {late.np.__version__}")
