import streamlit as st
st.markdown("alpha")
st.markdown("beta")
st.sidebar.markdown("side1")
st.sidebar.markdown("side2")

def cb():
    st.markdown("from callback")
    st.markdown("from callback 2")
    st.sidebar.markdown("from callback, side")

@st.fragment
def frag():
    st.button("go", on_click=cb)
    st.markdown("in fragment")

frag()
st.markdown("omega")
