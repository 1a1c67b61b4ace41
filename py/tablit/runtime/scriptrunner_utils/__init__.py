"""``streamlit.runtime.scriptrunner_utils``: where Streamlit keeps ``script_run_context``."""
