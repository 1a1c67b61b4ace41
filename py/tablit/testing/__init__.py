"""Testing helpers, mirroring ``streamlit.testing``."""
