# Streamlit's documentation example apps for the input widgets, one after the
# other (from streamlit/docs, python/api-examples-source/, Apache-2.0):
# widget.number_input.py, widget.number_input_empty.py, widget.color_picker.py,
# widget.time_input.py, widget.time_input_empty.py; plus a bounded number
# input for 1.67's range message.
import datetime

import streamlit as st

st.header("Widgets fidelity")

number = st.number_input("Insert a number")
st.write("The current number is ", number)

empty = st.number_input("Insert another number", value=None, placeholder="Type a number...")
st.write("The other number is ", empty)

age = st.number_input("Age", min_value=0, max_value=130, value=36)
st.write("Age is ", age)

color = st.color_picker("Pick A Color", "#00f900")
st.write("The current color is", color)

t = st.time_input("Set an alarm for", datetime.time(8, 45))
st.write("Alarm is set for", t)

t2 = st.time_input("Set another alarm for", value=None)
st.write("Other alarm is set for", t2)
