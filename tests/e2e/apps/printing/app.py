"""What apps print, in the browser: st.write of data, Markdown, math, shortcuts, asyncio."""
import asyncio

import numpy as np
import pandas as pd
import streamlit as st

st.markdown("""
    ## Dedented heading
    This paragraph was indented in the source.
""")
st.latex(r"\frac{a}{b} = c^2")
st.markdown(r"Inline math: $e^{i\pi} + 1 = 0$ and a price of \$5.")

st.write("Frame:", pd.DataFrame({"city": ["Oslo", "Lima"], "pop": [709, 10883]}), "end")
st.write(np.arange(3))

st.session_state.setdefault("presses", 0)
if st.button("Press me", shortcut="K"):
    st.session_state.presses += 1
st.write(f"presses = {st.session_state.presses}")


async def work(n):
    await asyncio.sleep(0.01)
    return n * 2


st.write(f"asyncio.run: {asyncio.run(work(21))}")


async def from_browser():
    import js
    return await js.Promise.resolve(7)

try:
    st.write(f"browser promise: {asyncio.run(from_browser())}")
except Exception as e:
    st.write(f"browser promise: {type(e).__name__}")

st.write(f"top-level await: {await work(5)}")
