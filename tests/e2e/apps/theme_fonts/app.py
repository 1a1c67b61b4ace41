"""A [theme] as Streamlit's own theme templates write it: a font from a stylesheet URL, baseFontSize 14."""
import streamlit as st

st.sidebar.header("Settings")
st.sidebar.selectbox("Time period", ["Last 7 days", "Last 30 days"])
st.title("Fonts from a URL")
left, right = st.columns(2)
left.checkbox("First checkbox")
left.toggle("Second toggle")
right.text_input("Beside them")
# the two ways apps load a web font themselves (both kept by 1.67)
st.markdown("<style>@import url('https://fonts.example.test/imported.css');</style>", unsafe_allow_html=True)
st.markdown('<link href="https://fonts.example.test/linked.css" rel="stylesheet">', unsafe_allow_html=True)
