# st.progress call to page (npm run bench, section "live"): each step's text is
# the wall-clock time (ms) of the call, read back by the page when it shows it.
import time

import streamlit as st

st.title("Live progress")
if st.button("Go"):
    bar = st.progress(0, text="start")
    for i in range(1, 41):
        time.sleep(0.05)
        bar.progress(i * 2, text=f"{time.time() * 1000:.1f}")
    st.write("done")
