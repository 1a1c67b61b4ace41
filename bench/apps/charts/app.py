"""Bench: the first chart of an app (a built-in line chart of 200 points, from lists)."""

import math

import streamlit as st

st.title("Chart bench")
st.line_chart({"x": list(range(200)), "sin": [math.sin(i / 10) for i in range(200)],
               "cos": [math.cos(i / 10) for i in range(200)]}, x="x")
