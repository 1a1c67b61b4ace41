# From streamlit/docs (python/api-examples-source/widget.feedback_thumbs.py), Apache-2.0.
import streamlit as st

sentiment_mapping = [":material/thumb_down:", ":material/thumb_up:"]
selected = st.feedback("thumbs")
if selected is not None:
    st.markdown(f"You selected: {sentiment_mapping[selected]}")
