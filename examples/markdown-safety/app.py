"""Markdown safety: <script> and onerror payloads in text and Markdown render inert."""
import streamlit as st

st.title("Markdown safety <script>window.__pwned = 'title'</script>")
st.markdown("Plain **Markdown** with a <script>window.__pwned = 'script'</script> tag.")
st.markdown('An image: <img src=x onerror="window.__pwned = \'img\'; alert(1)">')
st.markdown('Allowed HTML, sanitized: <img src=x onerror="window.__pwned = \'unsafe\'; alert(2)"><b>bold</b>',
            unsafe_allow_html=True)
st.markdown("[a javascript link](javascript:window.__pwned='link')")
st.write('<img src=x onerror="window.__pwned = \'write\'">')
st.caption('<svg onload="window.__pwned = \'svg\'"></svg>caption')
st.info('<img src=x onerror="window.__pwned = \'alert\'">info box')
name = st.text_input('<img src=x onerror="window.__pwned = \'label\'">Label')
st.write("Rendered the payloads.")
