"""Naive counter: a plain variable is reset on every rerun, so the count stays at 1."""
import streamlit as st

st.title('Counter Example')
count = 0

increment = st.button('Increment')
if increment:
    count += 1

st.write('Count = ', count)
