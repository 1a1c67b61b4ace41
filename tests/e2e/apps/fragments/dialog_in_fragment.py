# A dialog opened by a button inside an @st.fragment: the click is the fragment's own run
# (shared by tests/e2e/fragments.test.mjs and tests/py/test_fragments.py)
import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1


@st.dialog("Rename")
def rename():
    st.write("Pick a new name")
    name = st.text_input("New name")
    if st.button("Count"):
        st.session_state.count = st.session_state.get("count", 0) + 1
    st.write(f"count={st.session_state.get('count', 0)} name={name}")
    if st.button("Save"):
        st.session_state.saved = name
        st.rerun()


@st.fragment
def toolbar():
    st.write("Toolbar")
    if st.button("Open"):
        rename()


toolbar()
st.write(f"runs={st.session_state.runs} saved={st.session_state.get('saved')}")
