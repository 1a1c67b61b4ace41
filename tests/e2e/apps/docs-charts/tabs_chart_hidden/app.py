# A chart and a table in tabs that are not selected when the page is drawn: they are on the
# page, hidden (as 1.67's), and draw at their container's width once their tab is selected.
import streamlit as st

first, second, third = st.tabs(["Text", "Chart", "Table"])
first.write("Pick a tab")
second.line_chart({"level": [1, 3, 2, 4]})
third.dataframe({"city": ["Oslo", "Lima"], "temp": [4, 19]})
