"""Charts from a pandas DataFrame and a matplotlib figure (the Pyodide 0.27.7 fixture)."""

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import streamlit as st

st.title("Charts with pandas")
df = pd.DataFrame({"sales": [3.0, 5.5, 4.25, 7.0], "costs": [1, 2, 2, 3]},
                  index=pd.date_range("2024-01-01", periods=4, name="day"))
st.line_chart(df, y_label="Amount")
st.bar_chart(df.reset_index(), x="day", y="sales", color="#ff8700")

fig, ax = plt.subplots()
ax.plot(np.arange(5), np.arange(5) ** 2)
ax.set_title("Squares")
st.pyplot(fig, clear_figure=True)
st.write("axes after clear_figure:", len(fig.axes))
