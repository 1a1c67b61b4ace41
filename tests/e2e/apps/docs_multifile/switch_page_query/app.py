# From streamlit/docs (Apache-2.0): python/api-examples-source/utilities.switch_page_query_params/your_app.py
import streamlit as st


def page_1():
    st.title("Page 1")
    if st.button("Switch to Page 2"):
        st.switch_page("page_2.py", query_params={"utm_source": "page_1"})


pg = st.navigation([page_1, "page_2.py"])
pg.run()
