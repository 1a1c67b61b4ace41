"""Column widths and grid lines beside 1.67 (figures measured on its page, tests/e2e/docs_data.test.mjs)."""
import streamlit as st

cols = ["a", "bb", "alpha", "beta", "a_long_header_name", "Another Header", "WWWWWWWW", "iiiiiiiiiiii", "x" * 30, "mixed Case 123"]
st.dataframe({c: [1, 2, 3] for c in cols}, hide_index=True)
st.data_editor({"alpha": [1, 2, 3], "beta": ["x", "y", "z"]}, num_rows="dynamic", width="content", key="ed")
st.dataframe({"alpha": [1, 2, 3], "beta": ["x", "y", "z"]}, height=250, width="content")
