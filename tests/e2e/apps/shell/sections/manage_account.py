# From streamlit/docs (Apache-2.0): python/api-examples-source/navigation.example_2/manage_account.py
import streamlit as st

st.title("Manage your account")
