# After streamlit/docs python/api-examples-source/data.column_config.py (Apache-2.0): its
# avatar ImageColumn beside a name, with inline images in place of picsum.photos URLs.
import pandas as pd
import streamlit as st

dot = "data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='40' height='20'><rect width='40' height='20' fill='%23{}'/></svg>"
df = pd.DataFrame(
    {
        "avatar": [dot.format(c) for c in ("ff4b4b", "1c83e1", "21c354")],
        "name": ["Gary Cross", "Madison Obrien", "Ronald Miller"],
    }
)
st.data_editor(
    df,
    column_config={
        "avatar": st.column_config.ImageColumn("Avatar", help="The user's avatar"),
        "name": st.column_config.TextColumn("Name"),
    },
    hide_index=True,
    num_rows="fixed",
    width="content",  # (stretched, the columns would share the room left)
)
