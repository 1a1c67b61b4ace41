"""Issue 13's layout in Chromium: tabs, a toast, headings with anchors, a pinned chat input."""
import streamlit as st

st.title("Layout look")
st.header("Section one", divider="blue")
tabs = st.tabs([f"Tab number {i}" for i in range(1, 13)])
tabs[0].write("First tab body")
st.toast("Saved!", icon="🎉", duration="infinite")
for i in range(25):
    st.write(f"Filler line {i}")
if "log" not in st.session_state:
    st.session_state.log = []
for m in st.session_state.log:
    st.chat_message("user").write(m)
if prompt := st.chat_input("Say something"):
    st.session_state.log.append(prompt)
    st.chat_message("user").write(prompt)
