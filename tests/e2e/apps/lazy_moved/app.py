# What left tablit.js, tablit.css and tablit.tar.gz for chunks, sheets and families
# fetched on first use (BENCHMARKS "Bytes back under 150 KB"): drawn after one click,
# working (tests/e2e/lazy_moved.test.mjs).
import streamlit as st

st.session_state.setdefault("n", 0)
if st.button("Add one"):
    st.session_state.n += 1
st.write(f"Count: {st.session_state.n}")


@st.cache_data
def square(x):
    return x * x


if st.session_state.n >= 1:
    fruit = st.selectbox("Fruit", ["apple", "banana", "cherry"])
    st.write(f"Fruit: {fruit}")
    colours = st.multiselect("Colours", ["red", "green", "blue"], default=["red"])
    st.write(f"Colours: {', '.join(colours)}")
    k = st.number_input("Number", value=3, step=1)
    st.write(f"Square: {square(int(k))}")
    st.metric("Temperature", "21 °C", "1.5 °C")
    first, second = st.tabs(["First tab", "Second tab"])
    with first:
        st.write("in the first tab")
    with second:
        st.write("in the second tab")
    st.json({"key": "a json value"})
    with st.form("greet"):
        name = st.text_input("Name")
        sent = st.form_submit_button("Send")
    if sent:
        st.write(f"Hello {name}")
    if st.session_state.n == 1:
        st.toast("Toasted", duration="long")
