"""A custom [theme] (see .streamlit/config.toml), and st.context.theme as the page reports it."""
import streamlit as st

st.title("Themed app")
st.button("Go", type="primary")
st.text_input("Name")
st.markdown("Some `inline code` here.")
st.write("Theme type:", st.context.theme.type)
st.button("Rerun")
st.segmented_control("Mode", ["One", "Two"])
