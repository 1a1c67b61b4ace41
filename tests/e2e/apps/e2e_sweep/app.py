# What the sweep of Streamlit's own e2e apps (streamlit/streamlit, e2e_playwright/) found
# drawn differently from 1.67, drawn in the tab (tests/e2e/e2e_sweep.test.mjs).
import streamlit as st

# st_audio_input.py: st.audio(st.audio_input(...)) before a recording is st.audio(None)
st.audio(None)
st.video(None)

# st_sidebar.py: an element's generator replaces that element
x = st.sidebar.text("overwrite me")
x.text("overwritten")
st.sidebar.text_input("type here")
el = st.markdown("first")
st.text("below")
el.text("replaced in place")

# st_dialog.py and others: a removed name says what replaced it
try:
    st.experimental_dialog
except AttributeError as e:
    st.text(str(e))

# streamlit hello's animation demo: a progress bar in the sidebar is filled in the primary
# colour (1.67 builds the sidebar's theme from config, where "secondary" is the primary colour),
# one in the main area in the stock theme's blue
st.sidebar.progress(30)
st.progress(30)

# streamlit/docs' theming overview: what follows st.divider() starts 32 px under its line (1.67)
st.divider()
st.text("under the divider")

# streamlit/docs' theming overview: a caption fades as a whole, its link too
st.caption("This app uses [a font](https://example.com/font).")

# streamlit/docs' theming overview: a tab bar below the fold does not scroll the page to itself
for i in range(40):
    st.text(f"filler line {i}")
st.tabs(["Below A", "Below B"])
