"""Benchmark: an N-row table appears (``?n=``), then is scrolled (bench/grid.mjs)."""
import streamlit as st

n = int(st.query_params.get("n", "1000"))
st.title(f"Grid: {n} rows")
if st.checkbox(f"Show {n} rows"):
    st.dataframe({"row": range(n), "value": [i * 7 % 1000 for i in range(n)],
                  "label": [f"item {i % 97}" for i in range(n)]}, height=400)
