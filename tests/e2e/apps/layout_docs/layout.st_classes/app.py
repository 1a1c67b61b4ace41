# An app that restyles itself with Streamlit's class names, as many do
import streamlit as st

st.markdown(
    "<style>.stButton button { background-color: rgb(1, 2, 3); } .st-key-fancy_box { background-color: rgb(4, 5, 6); }"
    " [data-testid='stMarkdownContainer'] p { letter-spacing: 1px; } .stApp { background-color: rgb(250, 240, 230); }</style>",
    unsafe_allow_html=True,
)
st.button("Styled", key="go")
st.text_input("Your name", key="my name.1")
with st.container(key="fancy_box"):
    st.write("boxed")
with st.expander("More", key="more"):
    st.write("inside")
