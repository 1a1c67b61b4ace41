# A fragment writing to a container, an st.empty and the sidebar made outside it
# (shared by tests/py/test_fragments.py and tests/e2e/fragments.test.mjs)
import streamlit as st
st.session_state.setdefault("n", 0)
c = st.container(border=True)
c.write("c-first")
st.sidebar.write("side0")
e = st.empty()

@st.fragment
def f():
    st.session_state.n += 1
    n = st.session_state.n
    st.button("again")
    c.write(f"c-write-{n}")
    if n % 2:
        c.write(f"c-odd-{n}")
    c.text_input("outside input", key="oi")
    st.sidebar.write(f"side-frag-{n}")
    e.write(f"empty-{n}")

f()
c.write("c-after")
st.write("after")
