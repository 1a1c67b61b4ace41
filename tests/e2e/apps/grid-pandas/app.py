"""A pandas DataFrame in the grid with pyarrow loaded (Arrow IPC on the wire), and a pandas editor."""
import pandas as pd
import pyarrow  # noqa: F401  (with pyarrow in the app, tables of 100+ rows travel as Arrow IPC)
import streamlit as st

n = 200
df = pd.DataFrame({
    "city": [f"city {i:03d}" for i in range(n)],
    "pop": [i * 1000 + 7 for i in range(n)],
    "share": [i / 8 for i in range(n)],
    "big": [i % 3 == 0 for i in range(n)],
    "since": pd.date_range("2024-01-01", periods=n, freq="D"),
}).set_index("city")
st.dataframe(df, height=250)

edited = st.data_editor(pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]}), key="ed")
st.write(f"Sum of a: {int(edited['a'].sum())}")
