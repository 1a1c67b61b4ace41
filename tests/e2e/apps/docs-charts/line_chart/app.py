# From streamlit/docs (python/api-examples-source/charts.line_chart.py), Apache-2.0.
import pandas as pd
import streamlit as st
from numpy.random import default_rng as rng

df = pd.DataFrame(rng(0).standard_normal((20, 3)), columns=["a", "b", "c"])

st.line_chart(df)
