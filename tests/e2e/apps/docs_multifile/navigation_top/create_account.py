# From streamlit/docs (Apache-2.0): python/api-examples-source/navigation.example_top/create_account.py
import streamlit as st

st.title("Create your account")
