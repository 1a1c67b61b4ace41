# st.grid's column rules (checked beside 1.67 at 1280 x 900, centered layout: a 704 px main column)
import streamlit as st

four = st.grid(4, key="four")  # four wanted, three fit (cells would be under ~200 px)
for i in range(4):
    four.metric(f"Metric {i}", i, border=True)
two = st.grid(4, key="two_of_four")  # two cells keep their column's width
for i in range(2):
    two.container(border=True).write(f"cell {i}")
fixed = st.grid(5, wrap=False, key="no_wrap")  # five 200 px columns: wider than the page, scrolls
for i in range(5):
    fixed.container(border=True).write(f"scrolled {i}")
small = st.grid(5, min_column_width=150, key="min_150")
for i in range(5):
    small.container(border=True).write(f"small {i}")
low = st.grid(2, vertical_alignment="bottom", key="bottom")  # content at the bottom of full-height cells
low.container(border=True, height=120).write("tall")
with low.cell():
    st.write("low")
