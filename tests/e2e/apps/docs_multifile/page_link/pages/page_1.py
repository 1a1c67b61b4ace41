# From streamlit/docs (Apache-2.0): python/api-examples-source/widget.page_link/pages/page_1.py (its link to your_app.py renamed to app.py)
import streamlit as st

st.page_link("app.py", label="Home", icon="🏠")
st.page_link("pages/page_1.py", label="Page 1", icon="1️⃣")
st.page_link("pages/page_2.py", label="Page 2", icon="2️⃣", disabled=True)
st.page_link("http://www.google.com", label="Google", icon="🌎")
