# st.title's icon and Material icons in Markdown, sized as 1.67 sizes them
import streamlit as st

st.title("Dashboard", icon=":material/dashboard:")
st.subheader("Sub", icon="🎈")
st.markdown(":material/devices: Widget Pro in a paragraph")
st.markdown("# :material/devices: In a heading")
