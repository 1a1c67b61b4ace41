# From streamlit/docs (Apache-2.0): python/api-examples-source/navigation.example_top/manage_account.py
import streamlit as st

st.title("Manage your account")
