"""Markdown blocks whose geometry the e2e test compares with Streamlit 1.67's (tests/e2e/markdown_look.test.mjs)."""
import streamlit as st

st.write("start")
st.markdown("> quote first\n\nthen text\n\n- last list a\n- last list b")
st.markdown("### H3\n\n```python\nx = 1\n```\n\n1. one\n   - nested\n2. two")
st.markdown("* star\n* list\n\n- [ ] task\n- [x] done")
st.markdown("text then rule")
st.markdown("---")
st.write("after the rule")
st.json({"foo": "bar", "stuff": ["a", "b"], "num": 3.5, "int": 7, "t": True, "n": None, "empty": {}})
st.json({"collapsed": {"x": 1}}, expanded=False)
