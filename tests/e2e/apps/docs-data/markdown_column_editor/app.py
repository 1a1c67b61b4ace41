"""The docs' data.markdown_column table in st.data_editor (tablit's own test app): the
MarkdownColumn overlay's Edit / Save (Ctrl+Enter) / Cancel (Escape), as 1.67 has them."""
import pandas as pd
import streamlit as st

df = pd.DataFrame({"description": ["# Title\n\nThis is **bold** text", "Regular text with `code`"]})
edited = st.data_editor(df, column_config={"description": st.column_config.MarkdownColumn("Description")},
                        hide_index=True, key="md")
st.text(f"First row: {edited['description'][0]!r}")
