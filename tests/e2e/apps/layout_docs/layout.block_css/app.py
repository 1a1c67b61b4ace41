# Containers' columns and Material icons restyled through 1.67's test ids, as apps' CSS recipes do
import streamlit as st

st.markdown(
    "<style>"
    "[data-testid='stColumn'] > [data-testid='stVerticalBlock'] { gap: 3px; }"
    "[data-testid='stExpanderDetails'] > [data-testid='stVerticalBlock'] p { color: rgb(31, 32, 33); }"
    "[data-testid='stTabPanel'] > [data-testid='stVerticalBlock'] p { color: rgb(34, 35, 36); }"
    "[data-testid='stForm'] > [data-testid='stVerticalBlock'] p { color: rgb(37, 38, 39); }"
    "[data-testid='stPopoverBody'] > [data-testid='stVerticalBlock'] p { color: rgb(40, 41, 42); }"
    ".stButton [data-testid='stIconMaterial'] { color: rgb(43, 44, 45); }"
    "[data-testid='stPopover'] button [data-testid='stIconMaterial'] { display: none; }"
    "</style>",
    unsafe_allow_html=True,
)
st.title("Blocks")
left, right = st.columns(2)
left.write("one")
left.write("two")
right.write("three")
with st.expander("Open me", expanded=True):
    st.write("in the expander")
first, second = st.tabs(["First", "Second"])
first.write("in the tab")
with st.form("f"):
    st.write("in the form")
    st.form_submit_button("Send")
st.button("Launch", icon=":material/rocket_launch:")
with st.popover("More"):
    st.write("in the popover")
