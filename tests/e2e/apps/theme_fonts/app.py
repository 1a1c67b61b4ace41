"""A [theme] as Streamlit's own theme templates write it: a font from a stylesheet URL, baseFontSize 14."""
import streamlit as st

st.sidebar.header("Settings")
st.sidebar.selectbox("Time period", ["Last 7 days", "Last 30 days"])
st.title("Fonts from a URL")
left, right = st.columns(2)
left.checkbox("First checkbox")
left.toggle("Second toggle")
right.text_input("Beside them")
