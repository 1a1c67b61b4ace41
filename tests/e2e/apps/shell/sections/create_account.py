# From streamlit/docs (Apache-2.0): navigation.example_2/create_account.py, with a long body
# and two headers with custom anchors added (the anchor links and #anchor landing of the test).
import streamlit as st

st.title("Create your account")
st.header("Account details", anchor="details")
for i in range(60):
    st.write(f"Filler line {i}")
st.header("Terms of use", anchor="terms-anchor")
st.write("The end of the page.")
