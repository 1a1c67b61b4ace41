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

# widget.date_input1.py (a range in MM.DD.YYYY, within next year), with a fixed year
jan_1 = datetime.date(2027, 1, 1)
dec_31 = datetime.date(2027, 12, 31)
d = st.date_input("Select your vacation for next year", (jan_1, datetime.date(2027, 1, 7)), jan_1, dec_31, format="MM.DD.YYYY")
st.write("Vacation:", " to ".join(str(x) for x in d))

# widget.datetime_input.py
event_time = st.datetime_input("Schedule your event", datetime.datetime(2025, 11, 19, 16, 45))
st.write("Event scheduled for", event_time)

# widget.text_area.py, then the heights 1.67 lays out (the element's, label included)
txt = st.text_area(
    "Text to analyze",
    "It was the best of times, it was the worst of times, it was the age of "
    "wisdom, it was the age of foolishness, it was the epoch of belief, it "
    "was the epoch of incredulity, it was the season of Light, it was the "
    "season of Darkness, it was the spring of hope, it was the winter of "
    "despair, (...)",
)
st.write(f"You wrote {len(txt)} characters.")
st.text_area("Fixed 100", "x", height=100)
st.text_area("Too small", "x", height=40)
st.text_area("Collapsed", "x", height=50, label_visibility="collapsed")
st.text_area("Grows", "\n".join(f"line {i}" for i in range(6)), height="content")
