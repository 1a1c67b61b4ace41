"""Cold start of a pandas app: a DataFrame on screen (npm run bench, bench/packages.mjs)."""
import numpy as np
import pandas as pd
import streamlit as st

df = pd.DataFrame({"n": np.arange(100), "square": np.arange(100) ** 2})
st.dataframe(df)
st.markdown(f"total = {int(df['n'].sum())}")
