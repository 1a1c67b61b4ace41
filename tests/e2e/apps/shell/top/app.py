# Based on streamlit/docs (Apache-2.0): python/api-examples-source/navigation.example_top, with
# more pages before its two sections so the header cannot hold them all (the "N more" menu),
# and a Material icon as the page icon (the tab's favicon).
import streamlit as st

st.set_page_config(page_icon=":material/rocket_launch:")


def page(title):
    def show():
        st.title(title)

    return st.Page(show, title=title, url_path=title.lower().replace(" ", "-"))


pages = {
    "": [page(f"Overview part {i}") for i in range(1, 6)],
    "Your account": [page("Create your account"), page("Manage your account")],
    "Resources": [page("Learn about us"), page("Try it out")],
}

pg = st.navigation(pages, position="top")
pg.run()
