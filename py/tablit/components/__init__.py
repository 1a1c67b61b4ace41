"""``streamlit.components``: only ``v1.html`` and ``v1.iframe`` work in the tab."""
