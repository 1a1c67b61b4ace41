"""Benchmark: one interaction with many widgets, many text elements, a big table.

The query string picks the case: ?kind=widgets|text|table&n=100
"""
import streamlit as st

kind = st.query_params.get("kind", "widgets")
n = int(st.query_params.get("n", "100"))

st.title(f"Scale: {n} {kind}")
probe = st.empty()  # the first markdown on the page: what the benchmark watches

if kind == "widgets":
    # labels name n: widgets of another case are other widgets
    checked = sum(st.checkbox(f"Option {i} of {n}") for i in range(n))
    probe.markdown(f"checked = {checked}")
elif kind == "text":
    if "bumps" not in st.session_state:
        st.session_state.bumps = 0
    if st.button("Bump"):
        st.session_state.bumps += 1
    probe.markdown(f"bumps = {st.session_state.bumps}")
    for i in range(n):
        st.markdown(f"Line {i}: some *text*")
elif kind == "table":
    show = st.checkbox(f"Show {n} rows")
    probe.markdown(f"table = {show}")
    if show:
        st.dataframe({
            "row": list(range(n)),
            "name": [f"item {i}" for i in range(n)],
            "value": [i * 0.25 for i in range(n)],
        })
