"""Whether ``st.session_state[key] is value`` for the value a widget call returns:
1.67 hands back the very object its session state holds for some widgets
(strings, numbers, tuples of a range slider...) and a new one for others
(multiselect's list, dates, data_editor's frame...).  An app can tell, e.g.
``if st.session_state.k is v``, so tablit keeps the same table.

The expected tables were read from Streamlit 1.67's AppTest (run this file
with TABLIT_REFERENCE=1 to check them against it)."""

from apptest import AppTest

# every widget with a key, and whether the object it returned is session_state's
APP = """
import datetime as dt
import pandas as pd
import streamlit as st

ss = st.session_state
if "preset" not in ss:
    ss.preset = True
    ss.ms_pre = ["a"]
    ss.sr_pre = (1, 5)
    ss.ti_pre = "preset text value"
res = {}

def chk(name, value, key):
    res[name] = st.session_state[key] is value

chk("multiselect", st.multiselect("ms", ["a", "b", "c"], default=["a"], key="ms"), "ms")
chk("multiselect_preset", st.multiselect("msp", ["a", "b"], key="ms_pre"), "ms_pre")
chk("multiselect_new", st.multiselect("msn", ["a"], accept_new_options=True, key="msn"), "msn")
chk("pills_multi", st.pills("pm", ["a", "b"], selection_mode="multi", default=["a"], key="pm"), "pm")
chk("pills_single", st.pills("ps", ["aa", "bb"], default="aa", key="ps"), "ps")
chk("segmented_multi", st.segmented_control("sm", ["a", "b"], selection_mode="multi", default=["a"], key="sm"), "sm")
chk("slider_range", st.slider("sr", 0, 10, (1, 5), key="sr"), "sr")
chk("slider_range_preset", st.slider("srp", 0, 10, key="sr_pre"), "sr_pre")
chk("slider", st.slider("s1", 0.0, 10.0, 1.5, key="s1"), "s1")
chk("select_slider_range", st.select_slider("ssr", [1, 2, 3, 4], value=(1, 3), key="ssr"), "ssr")
chk("select_slider", st.select_slider("ssl", ["aa", "bb"], key="ssl"), "ssl")
chk("date_range", st.date_input("dr", (dt.date(2024, 1, 1), dt.date(2024, 1, 5)), key="dr"), "dr")
chk("date", st.date_input("d1", dt.date(2024, 1, 1), key="d1"), "d1")
chk("time", st.time_input("tm", dt.time(12, 30), key="tm"), "tm")
chk("text_input", st.text_input("ti", "hello world long", key="ti"), "ti")
chk("text_input_preset", st.text_input("tip", key="ti_pre"), "ti_pre")
chk("text_area", st.text_area("ta", "hello world long", key="ta"), "ta")
chk("number", st.number_input("ni", value=1234567, key="ni"), "ni")
chk("number_float", st.number_input("nf", value=12.5, key="nf"), "nf")
chk("selectbox_str", st.selectbox("sbs", ["alpha long str", "beta long str"], key="sbs"), "sbs")
chk("selectbox_list_options", st.selectbox("sb", [["x"], ["y"]], key="sb"), "sb")
chk("radio_dict_options", st.radio("rb", [{"a": 1}, {"b": 2}], key="rb"), "rb")
chk("checkbox", st.checkbox("cb", key="cb"), "cb")
chk("toggle", st.toggle("tg", key="tg"), "tg")
chk("color", st.color_picker("cp", "#123456", key="cp"), "cp")
chk("feedback", st.feedback("thumbs", key="fb"), "fb")
chk("button", st.button("btn", key="btn"), "btn")
chk("chat_input", st.chat_input("say", key="chat"), "chat")
chk("data_editor_frame", st.data_editor(pd.DataFrame({"a": [1, 2]}), key="de"), "de")
chk("data_editor_list", st.data_editor([{"a": 1}], key="del"), "del")
chk("file_uploader_multi", st.file_uploader("fu", accept_multiple_files=True, key="fu"), "fu")
st.write(repr(res))
"""

SAME = {"multiselect": False, "multiselect_preset": False, "multiselect_new": False, "pills_multi": False,
        "pills_single": True, "segmented_multi": False, "slider_range": True, "slider_range_preset": True,
        "slider": True, "select_slider_range": True, "select_slider": True, "date_range": False,
        "date": False, "time": False, "text_input": True, "text_input_preset": True, "text_area": True,
        "number": True, "number_float": True, "selectbox_str": True, "selectbox_list_options": False,
        "radio_dict_options": False, "checkbox": True, "toggle": True, "color": True, "feedback": True,
        "button": True, "chat_input": True, "data_editor_frame": False, "data_editor_list": False,
        "file_uploader_multi": False}


def test_which_widget_values_are_session_states_own_object_as_in_1_67(tmp_path):
    script = tmp_path / "app.py"
    script.write_text(APP)
    at = AppTest.from_file(str(script)).run()
    assert eval(at.markdown[-1].value) == SAME
    at.multiselect(key="ms").set_value(["b", "c"])
    at.slider(key="sr").set_value((2, 6))
    at.text_input(key="ti").set_value("other text value")
    at.selectbox(key="sbs").set_value("beta long str")
    at.chat_input(key="chat").set_value("hello there")
    at.button(key="btn").click()
    at.run()  # values the page (here the test) sent
    assert eval(at.markdown[-1].value) == SAME
    at.run()  # values kept from the run before
    assert eval(at.markdown[-1].value) == SAME
