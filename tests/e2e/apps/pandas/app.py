"""pandas and numpy in the tab"""
import numpy as np
import pandas as pd
import streamlit as st
from util import parser_version

st.title("pandas in the tab")
df = pd.DataFrame({"x": np.arange(5), "y": np.arange(5) ** 2})
st.write(f"numpy {np.__version__}, pandas {pd.__version__}")
st.dataframe(df)
st.write(f"sum of y = {int(df['y'].sum())}")
st.write(f"pyparsing {parser_version()}")
if st.button("Add a row"):
    st.session_state.rows = st.session_state.get("rows", 5) + 1
st.write(f"rows = {len(pd.DataFrame({'x': np.arange(st.session_state.get('rows', 5))}))}")
