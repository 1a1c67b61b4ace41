"""Benchmark: committing a number input and moving a slider."""
import streamlit as st

st.title("Inputs")
number = st.number_input("Number", value=0, step=1)
level = st.slider("Level", 0, 1000, 0)
st.markdown(f"number = {number}")
st.markdown(f"level = {level}")
