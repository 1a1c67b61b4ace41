"""Which parameters of each widget change its auto-generated id: every widget is created
once, then once per variant in a container; a variant that keeps the id raises
StreamlitDuplicateElementId.  tests/py/test_printing.py compares the outcome with 1.67."""
import datetime
import streamlit as st

CASES = [
    ("button", dict(label="A"), [dict(help="h"), dict(type="primary"), dict(icon="🔥"), dict(disabled=True), dict(width="stretch"), dict(on_click=lambda: None), dict(args=(1,)), dict(icon_position="right")]),
    ("checkbox", dict(label="A"), [dict(value=True), dict(help="h"), dict(disabled=True), dict(label_visibility="hidden"), dict(width="stretch")]),
    ("toggle", dict(label="A"), [dict(value=True), dict(help="h"), dict(disabled=True)]),
    ("radio", dict(label="A", options=["x", "y"]), [dict(index=1), dict(horizontal=True), dict(captions=["1", "2"]), dict(disabled=True), dict(format_func=str.upper), dict(help="h")]),
    ("selectbox", dict(label="A", options=["x", "y"]), [dict(index=1), dict(placeholder="p"), dict(disabled=True), dict(accept_new_options=True), dict(help="h")]),
    ("multiselect", dict(label="A", options=["x", "y"]), [dict(default=["x"]), dict(max_selections=1), dict(placeholder="p"), dict(disabled=True), dict(accept_new_options=True)]),
    ("slider", dict(label="A"), [dict(min_value=1), dict(max_value=50), dict(value=3), dict(step=2), dict(format="%d%%"), dict(disabled=True), dict(help="h")]),
    ("select_slider", dict(label="A", options=[1, 2, 3]), [dict(value=2), dict(disabled=True), dict(format_func=str)]),
    ("text_input", dict(label="A"), [dict(value="v"), dict(max_chars=5), dict(type="password"), dict(placeholder="p"), dict(autocomplete="off"), dict(disabled=True), dict(help="h")]),
    ("text_area", dict(label="A"), [dict(value="v"), dict(height=100), dict(max_chars=5), dict(placeholder="p"), dict(disabled=True)]),
    ("number_input", dict(label="A"), [dict(value=1.0), dict(min_value=0.0), dict(max_value=9.0), dict(step=0.5), dict(format="%.3f"), dict(placeholder="p"), dict(disabled=True)]),
    ("date_input", dict(label="A", value=datetime.date(2024, 1, 1)), [dict(value=datetime.date(2024, 1, 2)), dict(min_value=datetime.date(2000, 1, 1)), dict(format="DD/MM/YYYY"), dict(disabled=True)]),
    ("time_input", dict(label="A", value=datetime.time(8, 0)), [dict(value=datetime.time(9, 0)), dict(step=120), dict(disabled=True)]),
    ("color_picker", dict(label="A"), [dict(value="#ff0000"), dict(disabled=True), dict(help="h")]),
    ("file_uploader", dict(label="A"), [dict(type=["csv"]), dict(accept_multiple_files=True), dict(disabled=True), dict(help="h")]),
    ("camera_input", dict(label="A"), [dict(disabled=True), dict(help="h")]),
    ("download_button", dict(label="A", data=b"x"), [dict(data=b"y"), dict(file_name="f.txt"), dict(mime="text/csv"), dict(type="primary"), dict(disabled=True), dict(on_click="ignore")]),
    ("pills", dict(label="A", options=["x", "y"]), [dict(selection_mode="multi"), dict(default="x"), dict(disabled=True)]),
    ("segmented_control", dict(label="A", options=["x", "y"]), [dict(selection_mode="multi"), dict(default="x"), dict(disabled=True)]),
    ("feedback", dict(), [dict(options="faces"), dict(disabled=True)]),
    ("chat_input", dict(placeholder="A"), [dict(max_chars=5), dict(disabled=True), dict(accept_file=True)]),
]
out = []
for name, base, variants in CASES:
    fn = getattr(st, name)
    with st.container():
        fn(**base)
        for v in variants:
            with st.container():
                try:
                    fn(**{**base, **v})
                    res = "ok"
                except Exception as e:
                    res = type(e).__name__
            out.append(f"{name}:{'/'.join(v)}={res}")
    st.empty()
st.text("\n".join(out))
