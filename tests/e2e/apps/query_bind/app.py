"""bind="query-params" in the browser (tests/e2e/query_bind.test.mjs): widgets whose
values are kept in the URL's query string, read back on load."""
import streamlit as st

show = st.checkbox("Show details", key="show", bind="query-params")
color = st.radio("Color", ["red", "green", "deep blue"], key="color", bind="query-params")
size = st.slider("Size", 0, 10, 3, key="size", bind="query-params")
tags = st.multiselect("Tags", ["a", "b", "c"], key="tags", bind="query-params")
first, second = st.tabs(["Chart", "Data table"], key="view", bind="query-params")
with second:
    st.write("The data tab")
st.write(f"You chose {color}, size {size}, tags {tags}, details {show}")
