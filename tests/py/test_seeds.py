"""The seed documents' example apps (/work/shared/seeds/*.txt), clicked through
as the tutorials describe, through the AppTest API only.

Run with ``TABLIT_REFERENCE=1`` to check them against the real Streamlit 1.67.
"""

import datetime
import json
import os
import textwrap

import pytest

from apptest import AppTest

TIMEOUT = 10
REFERENCE = os.environ.get("TABLIT_REFERENCE") == "1"


def app(src):
    return AppTest.from_string(textwrap.dedent(src), default_timeout=TIMEOUT)


EXAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "examples")


def example(name):
    """The gallery's copy of a seed example (the seed's code, unchanged, under a docstring)."""
    return AppTest.from_file(os.path.join(EXAMPLES, name, "app.py"), default_timeout=TIMEOUT)


def md(at):
    return [m.value for m in at.markdown]


def excs(at):
    return [e.value for e in at.exception]


# --------------------------------------------------------------------------
# Seeds 000/001/002: the weight converter (lbs <-> kg with on_change callbacks)
# --------------------------------------------------------------------------


def test_seed_weight_converter():
    at = example("weight-converter").run()
    assert not at.exception
    assert [t.value for t in at.title] == ["st.session_state"]
    assert [h.value for h in at.header] == ["Input", "Output"]
    assert [n.label for n in at.number_input] == ["Pounds:", "Kilograms:"]
    assert md(at) == ["st.session_state object:"]
    assert json.loads(at.json[0].value) == {"lbs": 0.0, "kg": 0.0}

    # Enter pounds: the on_change callback converts to kilograms.
    at.number_input(key="lbs").set_value(10.0).run()
    assert not at.exception
    assert at.number_input(key="lbs").value == 10.0
    assert at.number_input(key="kg").value == pytest.approx(10.0 / 2.2046)
    assert at.session_state["kg"] == pytest.approx(4.5359702440352)
    state = json.loads(at.json[0].value)
    assert state == {"lbs": 10.0, "kg": pytest.approx(10.0 / 2.2046)}

    # Enter kilograms: converted back to pounds.
    at.number_input(key="kg").set_value(5.0).run()
    assert not at.exception
    assert at.number_input(key="kg").value == 5.0
    assert at.number_input(key="lbs").value == pytest.approx(5.0 * 2.2046)
    assert at.session_state["lbs"] == pytest.approx(11.023)
    assert json.loads(at.json[0].value) == {"lbs": pytest.approx(11.023), "kg": 5.0}

    # A plain rerun changes nothing.
    at.run()
    assert at.number_input(key="kg").value == 5.0
    assert at.number_input(key="lbs").value == pytest.approx(11.023)


# --------------------------------------------------------------------------
# Seeds 003/004: counter app and Session State API snippets
# --------------------------------------------------------------------------


def test_seed_naive_counter_stays_at_one():
    at = example("counter-naive").run()
    assert [t.value for t in at.title] == ["Counter Example"]
    # st.write('Count = ', 0): the string and the back-ticked number joined by a space.
    assert md(at) == ["Count =  `0`"]
    for _ in range(3):
        at.button[0].click().run()
        assert md(at) == ["Count =  `1`"]
    at.run()
    assert md(at) == ["Count =  `0`"]
    assert not at.exception


def test_seed_api_initialize_read_update():
    at = app(
        """
        import streamlit as st

        # Check if 'key' already exists in session_state
        # If not, then initialize it
        if 'key' not in st.session_state:
            st.session_state['key'] = 'value'

        # Session State also supports the attribute based syntax
        if 'key' not in st.session_state:
            st.session_state.key = 'value'

        # Reads
        st.write(st.session_state.key)

        # Updates
        st.session_state.key = 'value2'     # Attribute API
        st.session_state['key'] = 'value2'  # Dictionary like API
        st.write(st.session_state.key)
        """
    ).run()
    assert not at.exception
    assert md(at) == ["value", "value2"]
    assert at.session_state["key"] == "value2"
    # Next run: 'key' exists, so it is not re-initialised.
    at.run()
    assert md(at) == ["value2", "value2"]


def test_seed_uninitialized_access_raises():
    at = app(
        """
        import streamlit as st
        st.write(st.session_state['value'])
        """
    ).run()
    # Uncaught KeyError: the exception box shows str(KeyError), i.e. quoted.
    assert excs(at) == [
        "'st.session_state has no key \"value\". Did you forget to initialize it? "
        "More info: https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization'"
    ]
    assert not at.markdown


def test_seed_example1_session_state_counter():
    at = example("counter-session-state").run()
    assert md(at) == ["Count =  `0`"]
    for n in range(1, 4):
        at.button[0].click().run()
        assert md(at) == [f"Count =  `{n}`"]
    # A rerun without a click does not increment.
    at.run()
    assert md(at) == ["Count =  `3`"]
    assert at.session_state["count"] == 3
    assert not at.exception


def test_seed_example2_callback_counter():
    at = example("counter-callbacks").run()
    assert [t.value for t in at.title] == ["Counter Example using Callbacks"]
    assert md(at) == ["Count =  `0`"]
    for n in range(1, 5):
        at.button[0].click().run()
        # The callback ran before the body, so the body already shows n.
        assert md(at) == [f"Count =  `{n}`"]
    at.run()
    assert md(at) == ["Count =  `4`"]
    assert not at.exception


def test_seed_example3_callback_args():
    at = example("counter-args").run()
    assert md(at) == ["Count =  `0`"]
    assert at.number_input[0].value == 0
    at.number_input[0].set_value(5).run()
    assert md(at) == ["Count =  `0`"]
    at.button[0].click().run()
    assert md(at) == ["Count =  `5`"]
    at.button[0].click().run()
    assert md(at) == ["Count =  `10`"]
    # args are captured when the button is rendered: changing the value and
    # clicking in the same request still uses the previous render's value (5).
    at.number_input[0].set_value(1)
    at.button[0].click().run()
    assert md(at) == ["Count =  `15`"]
    at.button[0].click().run()
    assert md(at) == ["Count =  `16`"]
    assert at.session_state["count"] == 16
    assert not at.exception


def test_seed_example3_callback_kwargs():
    at = example("counter-kwargs").run()
    assert [b.label for b in at.button] == ["Increment", "Decrement"]
    assert md(at) == ["Count =  `0`"]
    at.button[0].click().run()
    assert md(at) == ["Count =  `5`"]
    at.button[0].click().run()
    assert md(at) == ["Count =  `10`"]
    at.button[1].click().run()
    assert md(at) == ["Count =  `9`"]
    at.button[1].click().run()
    assert md(at) == ["Count =  `8`"]
    assert not at.exception


def test_seed_example4_form_and_callback():
    at = example("counter-form").run()
    assert not at.exception
    assert md(at) == ["Current Count =  `0`", "Last Updated =  `00:00:00`"]
    assert [b.label for b in at.button] == ["Update"]
    assert at.session_state["FormSubmitter:my_form-Update"] is False

    at.time_input(key="update_time").set_value(datetime.time(10, 30))
    at.number_input(key="increment_value").set_value(3)
    at.button[0].click().run()
    assert not at.exception
    assert md(at) == ["Current Count =  `3`", "Last Updated =  `10:30:00`"]
    assert at.session_state["count"] == 3
    assert at.session_state["last_updated"] == datetime.time(10, 30)
    # The keyed time_input keeps the submitted value although its default
    # (now()) changes on every run.
    assert at.time_input(key="update_time").value == datetime.time(10, 30)

    # Submit again with the same values.
    at.button[0].click().run()
    assert md(at) == ["Current Count =  `6`", "Last Updated =  `10:30:00`"]

    # New values, submitted.
    at.time_input(key="update_time").set_value(datetime.time(23, 5))
    at.number_input(key="increment_value").set_value(-2)
    at.button[0].click().run()
    assert md(at) == ["Current Count =  `4`", "Last Updated =  `23:05:00`"]
    assert not at.exception


def test_seed_celsius_slider_widget_state():
    at = example("celsius-slider").run()
    assert not at.exception
    assert at.slider[0].label == "Temperature in Celsius"
    assert at.slider[0].value == 50.0
    assert md(at) == ["`50.0`"]
    at.slider(key="celsius").set_value(-12.5).run()
    assert at.slider[0].value == -12.5
    assert md(at) == ["`-12.5`"]
    assert at.session_state["celsius"] == -12.5
    at.run()
    assert md(at) == ["`-12.5`"]
    assert not at.exception


def test_seed_button_key_set_via_state_raises():
    at = app(
        """
        import streamlit as st
        if 'my_button' not in st.session_state:
            st.session_state.my_button = True
            # Streamlit will raise an Exception on trying to set the state of button

        v = st.button('Submit', key='my_button')
        st.write(v, st.session_state.my_button)
        """
    ).run()
    assert excs(at) == [
        "`st.session_state['my_button']` is read-only and cannot be assigned through "
        "session state. Use a different session state key for values you need to set."
    ]
    assert len(at.button) == 0
    assert not at.markdown
    # Next run: the key is no longer written this run, so no error.  Per the
    # spec errata (3) the stale True makes the button read True for this one
    # run, then False.
    at.run()
    assert not at.exception
    assert len(at.button) == 1
    assert md(at) == ["`True` `True`"]
    at.run()
    assert md(at) == ["`False` `False`"]


UNSERIALIZABLE_APP = """
import streamlit as st

def unserializable_data():
    return lambda x: x

#👇 results in an exception when enforceSerializableSessionState is on
st.session_state.unserializable = unserializable_data()
st.write("done")
"""

UNSERIALIZABLE_MSG = (
    "Cannot serialize the value (of type `<class 'function'>`) of 'unserializable' in "
    "st.session_state. Streamlit has been configured to use "
    "[pickle](https://docs.python.org/3/library/pickle.html) to serialize "
    "session_state values. Please convert the value to a pickle-serializable "
    "type. To learn more about this behavior, see "
    "[our docs](https://docs.streamlit.io/knowledge-base/using-streamlit/serializable-session-state)."
)


def test_seed_enforce_serializable_on_raises(config_app):
    at = config_app(
        UNSERIALIZABLE_APP,
        """
        # .streamlit/config.toml
        [runner]
        enforceSerializableSessionState = true
        """,
    ).run()
    assert md(at) == ["done"]
    assert excs(at) == [UNSERIALIZABLE_MSG]


@pytest.mark.parametrize("config_toml", [
    "[runner]\nenforceSerializableSessionState = false\n",
    None,
], ids=["option_false", "no_config_file"])
def test_seed_enforce_serializable_off_allows_lambda(config_app, config_toml):
    at = config_app(UNSERIALIZABLE_APP, config_toml).run()
    assert not at.exception
    assert md(at) == ["done"]
    assert callable(at.session_state["unserializable"])
    assert at.session_state["unserializable"](7) == 7
