# An app that restyles itself with Streamlit's class names, as many do
import streamlit as st

st.markdown(
    "<style>.stButton button { background-color: rgb(1, 2, 3); } .st-key-fancy_box { background-color: rgb(4, 5, 6); }"
    " [data-testid='stMarkdownContainer'] p { letter-spacing: 1px; } .stApp { background-color: rgb(250, 240, 230); }"
    # the marker idiom: style the element after a marker, through 1.67's element containers
    " div[data-testid='stElementContainer']:has(.after-me) + div[data-testid='stElementContainer'] button { color: rgb(7, 8, 9); }"
    " div[data-testid='stVerticalBlock'] > div[data-testid='stElementContainer'].st-key-go button { border-color: rgb(10, 11, 12); }"
    " .element-container:has(.hide-me) { display: none; }"
    " div[data-testid='stLayoutWrapper'].st-key-more summary { color: rgb(13, 14, 15); }"
    # the shell, as the "hide Streamlit's menu" snippets and background recipes name it
    " #MainMenu { visibility: hidden; } footer { visibility: hidden; }"
    " [data-testid='stExpander'] details > summary { background-color: rgb(19, 20, 21); }"
    # the controls' own names: a button's kind, an input's root
    " button[kind='primary'] { background-color: rgb(22, 23, 24); }"
    " div[data-testid='stTextInputRootElement'] input { color: rgb(25, 26, 27); }"
    " .stTextInput > div > div > input { background-color: rgb(28, 29, 30); }"
    " [data-testid='stAppViewContainer'] { background-color: rgb(16, 17, 18); } .block-container { padding-top: 1.5rem; }</style>",
    unsafe_allow_html=True,
)
st.button("Styled", key="go")
st.button("Go on", type="primary")
st.text_input("Your name", key="my name.1")
with st.container(key="fancy_box"):
    st.write("boxed")
with st.expander("More", key="more"):
    st.write("inside")
st.markdown('<span class="after-me"></span>', unsafe_allow_html=True)
st.button("Marked")
st.button("Not marked")
st.markdown('<span class="hide-me">hidden</span>', unsafe_allow_html=True)
st.button("After the hidden one")
# a width of their own: the control takes it (the button, the row of pills)
st.button("Wide", width=300)
st.pills("Sized pills", ["a", "a much longer option"], width=500)
st.info("A note")
st.caption("small print")
