"""The input widgets of issue 13 (tests/e2e/pickers.test.mjs; also for side-by-side screenshots with 1.67)."""
import datetime as dt

import streamlit as st

st.title("Pickers")

fruit = st.selectbox("Fruit", ["Apple", "Banana", "Cherry", "Grape", "Pineapple"])
st.write("Fruit:", fruit)
none = st.selectbox("Nothing yet", ["North", "South", "East", "West"], index=None)
st.write("Nothing yet:", none)
fuzzy = st.selectbox("Fuzzy", ["Blue cheese", "Cheddar", "Brie", "Camembert"], index=None)
contains = st.selectbox("Contains", ["Blue cheese", "Cheddar", "Brie", "Camembert"], index=None, filter_mode="contains")
prefix = st.selectbox("Prefix", ["Blue cheese", "Cheddar", "Brie", "Camembert"], index=None, filter_mode="prefix")
fixed = st.selectbox("No typing", ["One", "Two", "Three"], filter_mode=None)
st.write("No typing:", fixed)
new = st.selectbox("City", ["Paris", "Rome"], index=None, accept_new_options=True)
st.write("City:", new)
st.selectbox("Empty", [])

tops = st.multiselect("Toppings", ["Cheese", "Ham", "Olives", "Onion", "Pepper"], default=["Cheese"])
st.write("Toppings:", ", ".join(tops) or "none")
two = st.multiselect("At most two", ["a", "b", "c"], max_selections=2)
st.write("At most two:", two)
tags = st.multiselect("Tags", ["red", "green"], accept_new_options=True)
st.write("Tags:", tags)

pw = st.text_input("Password", "s3cret", type="password")
colour = st.color_picker("Colour", "#1c83e1")
st.write("Colour:", colour)
one = st.file_uploader("Data file", type=["csv"])
st.write("Data file:", one.name if one else "none")
several = st.file_uploader("Several files", accept_multiple_files=True)
st.write("Several files:", ", ".join(f.name for f in several) or "none")

day = st.date_input("Day", dt.date(2024, 1, 2), min_value=dt.date(2023, 12, 1), max_value=dt.date(2024, 2, 20))
st.write("Day:", str(day))
trip = st.date_input("Trip", (dt.date(2024, 1, 2), dt.date(2024, 1, 5)), format="DD.MM.YYYY")
st.write("Trip:", " to ".join(str(d) for d in trip))
us = st.date_input("US date", dt.date(2024, 1, 2), format="MM-DD-YYYY")
alarm = st.time_input("Alarm", dt.time(9, 30))
st.write("Alarm:", str(alarm))
meeting = st.datetime_input("Meeting", dt.datetime(2024, 1, 2, 9, 30))
st.write("Meeting:", str(meeting))
