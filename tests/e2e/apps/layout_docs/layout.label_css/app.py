# Labels restyled through 1.67's Markdown containers, as apps' CSS recipes do
import streamlit as st

st.markdown(
    "<style>"
    "[data-testid='stWidgetLabel'] p { font-size: 20px; }"
    ".stButton button p { font-weight: 700; }"
    ".stTabs [data-testid='stTab'] [data-testid='stMarkdownContainer'] p { font-size: 24px; }"
    "[data-testid='stExpander'] summary p { color: rgb(1, 2, 3); }"
    "[data-testid='stMetricLabel'] p { color: rgb(4, 5, 6); }"
    "[data-testid='stMetricValue'] p { color: rgb(7, 8, 9); }"
    ".stCheckbox label p { color: rgb(10, 11, 12); }"
    "[data-testid='stRadioOption'] p { color: rgb(13, 14, 15); }"
    "[data-testid='stSliderTickBar'] p { color: rgb(16, 17, 18); }"
    "[data-testid='stButtonGroup'] button p { color: rgb(19, 20, 21); }"
    "[data-testid='stChatInputTextArea'] { color: rgb(22, 23, 24); }"
    "</style>",
    unsafe_allow_html=True,
)
st.title("Labels")
st.text_input("Your city")
st.button("Bold label")
a, b = st.tabs(["Big tab", "Other"])
a.write("tab body")
with st.expander("Coloured"):
    st.write("inside")
st.metric("Temperature", "20 °C", "1 °C")
agree = st.checkbox("I agree")
st.write(f"agreed: {agree}")
st.radio("Pick one", ["first", "second"])
st.slider("Level", 0, 10, 3)
st.pills("Tags", ["red", "blue"])
st.chat_input("Say something")
