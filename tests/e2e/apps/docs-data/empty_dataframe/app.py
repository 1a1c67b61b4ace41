# After streamlit/docs python/api-examples-source/tutorials/elements/dataframes/dataframe-row-selections.py
# (Apache-2.0): its "Selected members" table before anything is selected, a DataFrame with no rows.
import pandas as pd
import streamlit as st

st.dataframe(pd.DataFrame(columns=["Avatar", "Name", "Activity"]), hide_index=True)
st.write("after the table")
