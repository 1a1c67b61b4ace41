"""Counter with callback args: the increment comes from a number input, passed through args."""
import streamlit as st

st.title('Counter Example using Callbacks with args')
if 'count' not in st.session_state:
	st.session_state.count = 0

increment_value = st.number_input('Enter a value', value=0, step=1)

def increment_counter(increment_value):
	st.session_state.count += increment_value

increment = st.button('Increment', on_click=increment_counter,
	args=(increment_value, ))

st.write('Count = ', st.session_state.count)
