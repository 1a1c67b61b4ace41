# From streamlit/docs (Apache-2.0): python/api-examples-source/navigation.example_2/streamlit_app.py,
# with a page config, a logo, sidebar content and a long first page with custom heading anchors added
# (tests/e2e/shell_fidelity.test.mjs: the sidebar, its page menu, the tab's title and icon).
import streamlit as st

st.set_page_config(page_title="Shell fidelity", page_icon="🦜")

pages = {
    "Your account": [
        st.Page("create_account.py", title="Create your account"),
        st.Page("manage_account.py", title="Manage your account"),
    ],
    "Resources": [
        st.Page("learn.py", title="Learn about us"),
        st.Page("trial.py", title="Try it out"),
    ],
}

pg = st.navigation(pages)
st.sidebar.write("Sidebar text")
st.logo("🦜", size="large")
pg.run()
