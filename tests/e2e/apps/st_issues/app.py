"""What apps from Streamlit's issue tracker (streamlit/st-issues) do that ran differently here
than in 1.67 (tests/e2e/st_issues.test.mjs; the Python side in tests/py/test_st_issues.py)."""
import asyncio
import pickle
import sys
from dataclasses import dataclass

from streamlit.web import cli as stcli
from streamlit import runtime
import streamlit as st
import streamlit.components.v1 as components


@dataclass
class Point:
    x: int


@st.cache_data
def make_point():
    return Point(7)


def square(v):
    return v * v


async def later(v):
    await asyncio.sleep(0.01)
    return v


def main():
    st.write("Before the frame")
    components.html("<script>document.title = 'x';</script>", height=0)
    st.write("After the frame")
    st.error("An alert", icon="\ufe0f\U0001f6a8")
    st.write(f"Cached {make_point()}, pickled {len(pickle.dumps(square)) > 0}")
    st.write(f"asyncio.run: {asyncio.run(later(42))}")
    with st._bottom:
        st.text_input("Test Bottom")


if __name__ == "__main__":
    if runtime.exists():
        main()
    else:
        sys.argv = ["streamlit", "run", sys.argv[0]]
        sys.exit(stcli.main())
