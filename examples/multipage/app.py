"""Multipage app: st.navigation with st.Page files; session state is shared by all pages."""
import streamlit as st

if "count" not in st.session_state:
    st.session_state.count = 0

pg = st.navigation([
    st.Page("home.py", title="Home", icon="🏠", default=True),
    st.Page("counter.py", title="Counter", icon="➕"),
    st.Page("about.py", title="About", url_path="about"),
])
st.sidebar.caption("Session state is shared by every page.")
pg.run()
