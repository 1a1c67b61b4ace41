"""``streamlit.components``: ``v1.html`` and ``v1.iframe`` work in the tab; custom components
(``v1.declare_component``, ``v2.component``) are refused with a reason."""
