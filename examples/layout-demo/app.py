"""Layout demo: columns, tabs, expander, sidebar, container and empty placeholders."""
import streamlit as st

st.title("Layout demo")

with st.sidebar:
    st.header("Sidebar")
    mood = st.radio("Mood", ["Calm", "Busy"])
st.write("Mood from the sidebar:", mood)

st.header("Columns")
left, middle, right = st.columns([1, 2, 1], gap="medium")
left.write("Left column")
middle.write("Middle column, twice as wide")
right.write("Right column")

st.header("Tabs")
first, second = st.tabs(["First tab", "Second tab"])
with first:
    st.write("Content of the first tab")
with second:
    st.write("Content of the second tab")

st.header("Expander")
with st.expander("Show details"):
    st.write("Hidden details revealed")

st.header("Container")
box = st.container(border=True)
st.write("Written after the container in code")
box.write("Written into the container later, shown above")

st.header("Empty")
placeholder = st.empty()
if st.button("Fill the placeholder"):
    placeholder.write("The placeholder is filled")
else:
    placeholder.write("The placeholder is waiting")
