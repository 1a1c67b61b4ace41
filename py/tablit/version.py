"""``streamlit.version``: the Streamlit version whose API tablit implements."""

STREAMLIT_VERSION_STRING = "1.67.0"
