"""Streamlit's Markdown dialect in the browser (tests/e2e/dialect.test.mjs):
no icon or emoji until the button is pressed, then Material icons and emoji
shortcodes in a body, a table cell, tab labels and icon=."""
import streamlit as st

st.title("Dialect")
st.markdown("Plain **bold** :red[red] and :blue-badge[badge]")
if st.button("Show icons"):
    st.markdown(":material/devices: Widget Pro :blue[Electronics] :cat: Cat")
    st.table({"Product": [":material/devices: Widget Pro :blue[Electronics]"]})
    st.tabs([":cat: Cat", ":dog: Dog"])
    st.info("With an icon", icon=":material/thumb_up:")
