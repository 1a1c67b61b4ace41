# What other people's apps showed differently from 1.67 (docs/LOOKS.md, "Apps from other
# repositories"), measured beside Streamlit 1.67 by tests/e2e/apps_look.test.mjs.
import streamlit as st

st.title("Apps look")
st.progress(50)  # 30 Days of Streamlit, day 21: a bar with no text
st.progress(50, text="hello")
st.info("☝️ Upload a CSV file")  # day 18: the leading emoji is the icon
# day 23: a removed st.experimental_* name, uncaught
st.write(st.experimental_get_query_params())
