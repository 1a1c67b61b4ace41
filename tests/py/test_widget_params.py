"""Issue 9 item 3: widget parameters that were accepted and ignored are now
drawn by the page (props) or refused with a clear error.  Error texts are
checked against Streamlit 1.67 too (``TABLIT_REFERENCE=1``).
"""

import os
import textwrap

import pytest

from apptest import AppTest

REFERENCE = os.environ.get("TABLIT_REFERENCE") == "1"
tablit_only = pytest.mark.skipif(REFERENCE, reason="tablit render tree")

WIDGETS = {
    "checkbox": 'st.checkbox("W"{kw})', "toggle": 'st.toggle("W"{kw})',
    "color_picker": 'st.color_picker("W"{kw})', "date_input": 'st.date_input("W"{kw})',
    "time_input": 'st.time_input("W"{kw})', "number_input": 'st.number_input("W"{kw})',
    "slider": 'st.slider("W"{kw})', "select_slider": 'st.select_slider("W", ["a", "b"]{kw})',
    "radio": 'st.radio("W", ["a"]{kw})', "selectbox": 'st.selectbox("W", ["a"]{kw})',
    "multiselect": 'st.multiselect("W", ["a"]{kw})', "text_input": 'st.text_input("W"{kw})',
    "text_area": 'st.text_area("W"{kw})', "pills": 'st.pills("W", ["a"]{kw})',
    "segmented_control": 'st.segmented_control("W", ["a"]{kw})', "feedback": 'st.feedback({kw2})',
    "pagination": 'st.pagination(3{kw})', "datetime_input": 'st.datetime_input("W"{kw})',
}


def app(src):
    return AppTest.from_string("import streamlit as st\n" + textwrap.dedent(src), default_timeout=10)


def call(name, kw):
    return WIDGETS[name].format(kw=", " + kw, kw2=kw)


def texts(code):
    at = app(f"try:\n    {code}\nexcept Exception as e:\n    st.text(type(e).__name__ + ': ' + str(e))\n").run()
    return [t.value for t in at.text]


@pytest.mark.parametrize("name", sorted(WIDGETS))
def test_bind_and_persist_state_are_checked_as_streamlit_does(name):
    assert texts(call(name, 'bind="url"')) == [
        "StreamlitValueError: Invalid `bind` value. Supported values: 'query-params', None."]
    assert texts(call(name, 'bind="query-params"'))[0].startswith(
        "StreamlitMissingRequiredParameterError: The `key` parameter is required. When using "
        "bind='query-params', the widget must have a unique 'key' parameter specified.")
    assert texts(call(name, 'persist_state="x", key="k"')) == [
        "StreamlitValueError: Invalid `persist_state` value. Supported values: 'page', 'session', None."]


@pytest.mark.parametrize("name", sorted(WIDGETS))
def test_bind_and_persist_state_are_accepted_with_a_key(name):
    # (what bind does is tests/py/test_query_bind.py's)
    assert texts(call(name, 'bind="query-params", key="k"')) == []
    assert texts(call(name, 'persist_state="session", key="k"')) == []  # kept (tests/py/test_faults.py)


@pytest.mark.parametrize("name,bad", [
    ("checkbox", "0"), ("radio", "-5"), ("color_picker", '"wide"'),
    ("text_input", '"content"'), ("selectbox", '"content"'), ("slider", "0"), ("date_input", '"content"'),
])
def test_width_is_validated(name, bad):
    allow_content = name in ("checkbox", "radio", "color_picker")
    valid = ("a positive integer (pixels), 'stretch', or 'content'" if allow_content
             else "a positive integer (pixels) or 'stretch'")
    shown = bad.strip('"')
    shown = f"'{shown}'" if bad.startswith('"') else shown
    assert texts(call(name, f"width={bad}")) == [
        f"StreamlitInvalidWidthError: Invalid width value: {shown}. Width must be either {valid}."]


@pytest.mark.parametrize("code,message", [
    ('st.text_input("T", live=300)',
     "Invalid `live` type. Expected one of: bool, str. Provided type: int. A number or "
     "`datetime.timedelta` is not accepted. Use `True` for a 250ms pause, or a duration string like "
     "`'300ms'` or `'0.5s'`. `live=300` is not milliseconds (and `live=0.3` is not seconds); duration "
     "units must be explicit."),
    ('st.text_input("T", live="2m")',
     "The `live` parameter, set to 2m, is outside the required range [0ms, 1m]. Use `True` for the "
     "250ms default, `'0ms'` to commit on every change, or a duration string up to `'1m'`."),
    ('st.text_input("T", validate=("a",))',
     "Invalid `validate` value. Supported values: a regex string, a (regex, message) tuple of strings."),
    ('st.button("B", icon_position="top")', "Invalid `icon_position` value. Supported values: 'left', 'right'."),
    ('st.text_area("T", height=0)', "Invalid height value: 0. Height must be either a positive integer (pixels), 'stretch', or 'content'."),
    ('st.text_area("T", height="big")',
     "Invalid height value: 'big'. Height must be either a positive integer (pixels), 'stretch', or 'content'."),
    ('st.text_area("T", height=1.5)', "Invalid height value: 1.5. Height must be either a positive integer (pixels), 'stretch', or 'content'."),
])
def test_text_input_and_button_errors(code, message):
    assert [t.split(": ", 1)[1] for t in texts(code)] == [message]


@tablit_only
def test_props_the_page_draws():
    at = app('''
        st.checkbox("C", width=120, wrap=False)
        st.text_input("E", type="email", required=True, live=True, key="e")
        st.text_input("P", type="phone", icon="", validate=(r"^\\d+$", "Digits only."), live="0", key="p")
        st.number_input("N", icon=":material/euro:", required=True)
        st.selectbox("S", ["a"], icon="🔥", on_change="ignore")
        st.multiselect("M", ["a"], wrap=False)
        st.button("B", icon="🔥", icon_position="right", width="stretch", wrap=False)
        st.radio("R", ["a"])
    ''').run()
    cb = at.checkbox[0].props
    assert (cb["width"], cb["wrap"]) == (120, False)
    email, phone = at.text_input[0].props, at.text_input[1].props
    assert email["required"] is True and email["live"] == 250 and email["icon"] == ":material/mail:"
    assert email["validate"] == [r"^[^\s@]+@[^\s@]+\.[^\s@]+$", "Enter a valid email address."]
    assert phone["icon"] is None and phone["live"] == 0 and phone["validate"] == [r"^\d+$", "Digits only."]
    assert at.number_input[0].props["icon"] == ":material/euro:" and at.number_input[0].props["required"]
    assert at.selectbox[0].props["icon"] == "🔥" and at.selectbox[0].props["on_change"] == "ignore"
    assert at.multiselect[0].props["wrap"] is False
    b = at.button[0].props
    assert (b["icon_position"], b["width"], b["wrap"]) == ("right", "stretch", False)
    assert at.radio[0].props["width"] == "content" and "on_change" not in at.radio[0].props


@tablit_only
def test_text_area_height_is_the_elements():
    at = app('''
        st.text_area("Default")
        st.text_area("Collapsed", label_visibility="collapsed")
        st.text_area("Pixels", height=40)
        st.text_area("Content", height="content")
        st.text_area("Stretch", height="stretch")
    ''').run()
    # 1.67: three lines by default, as the whole element's height (the page keeps it >= 96 / 68 px)
    assert [t.props["height"] for t in at.text_area] == [122, 94, 40, "content", "stretch"]


@pytest.mark.parametrize("code,message", [
    ('st.camera_input("C", resolution="4k")', "Invalid `resolution` value. Supported values: '480p', '720p', '1080p', None."),
    ('st.audio_input("A", sample_rate=1)',
     "Invalid `sample_rate` value. Supported values: 8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000, None."),
])
def test_capture_parameter_errors(code, message):
    assert [t.split(": ", 1)[1] for t in texts(code)] == [message]


@tablit_only
def test_capture_parameters_reach_the_page():
    at = app('''
        st.camera_input("C", resolution="720p")
        st.audio_input("A", sample_rate=None)
        st.audio_input("B")
    ''').run()
    widgets = [n for n in at._tree if getattr(n, "type", "") in ("camera_input", "audio_input")]
    assert widgets[0].props["resolution_height"] == 720
    assert widgets[1].props["sample_rate"] is None and widgets[2].props["sample_rate"] == 16000
