# A long st.navigation menu with more in the sidebar: 1.67 collapses it to its first
# pages (ten, or expanded=N) with "View N more" / "View less".  (tablit's own test app.)
import streamlit as st


def make(n):
    def page():
        st.title(f"Page {n}")
    page.__name__ = f"page_{n}"
    return page


pages = [st.Page(make(n), title=f"Page {n}", url_path=f"p{n}") for n in range(1, 15)]
pg = st.navigation(pages, expanded=st.session_state.get("visible", False))
st.sidebar.number_input("Pages shown when collapsed", 0, 14, key="visible")
pg.run()
