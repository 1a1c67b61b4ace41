# Stop to interactive (npm run bench, section "live"): a session with state, a
# widget value, and a checkbox whose run never ends.
import streamlit as st

st.session_state.setdefault("visits", 0)
st.session_state.visits += 1
name = st.text_input("Name", value="Ada")
if st.checkbox("Hang"):
    while True:
        pass
st.write(f"visits={st.session_state.visits} name={name}")
