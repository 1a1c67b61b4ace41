# An uncaught exception as an old app meets it in 1.67 (30 Days of Streamlit, day 23: a removed
# st.experimental_* name): measured beside Streamlit 1.67 by tests/e2e/exception_look.test.mjs.
import streamlit as st

st.title("Query params")
st.write(st.experimental_get_query_params())
