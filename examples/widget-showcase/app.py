"""Widget showcase: one of every widget kind, each value echoed below it."""
import datetime

import streamlit as st

st.title("Widget showcase")

st.header("Buttons")
if st.button("Press me"):
    st.write("Button pressed: True")
st.button("Primary button", type="primary")
st.download_button("Download a text file", data="hello from tablit\n", file_name="hello.txt", mime="text/plain")

st.header("Toggles")
checked = st.checkbox("Check me")
st.write("Checkbox:", checked)
on = st.toggle("Switch me")
st.write("Toggle:", on)

st.header("Numbers")
n = st.number_input("Number input", min_value=0, max_value=10, value=3, step=1)
st.write("Number input:", n)
s = st.slider("Slider", 0, 100, 25)
st.write("Slider:", s)
lo, hi = st.slider("Range slider", 0.0, 1.0, (0.25, 0.75))
st.write("Range slider:", lo, hi)
day = st.slider("Date slider", datetime.date(2024, 1, 1), datetime.date(2024, 12, 31), datetime.date(2024, 6, 15))
st.write("Date slider:", day)
size = st.select_slider("Select slider", options=["S", "M", "L", "XL"], value="M")
st.write("Select slider:", size)

st.header("Choices")
color = st.radio("Radio", ["Red", "Green", "Blue"], horizontal=True)
st.write("Radio:", color)
fruit = st.selectbox("Selectbox", ["Apple", "Banana", "Cherry"])
st.write("Selectbox:", fruit)
picked = st.multiselect("Multiselect", ["Python", "JavaScript", "Rust"], default=["Python"])
st.write("Multiselect:", picked)

st.header("Text")
name = st.text_input("Text input", placeholder="Type and press Enter")
st.write("Text input:", name)
password = st.text_input("Password", type="password")
st.write("Password length:", len(password))
email = st.text_input("Email", type="email", required=True)
st.write("Email:", email)
notes = st.text_area("Text area")
st.write("Text area:", notes)

st.header("Dates, times and colours")
date = st.date_input("Date input", datetime.date(2024, 1, 2))
st.write("Date input:", date)
time = st.time_input("Time input", datetime.time(9, 30))
st.write("Time input:", time)
hex_color = st.color_picker("Color picker", "#ff4b4b")
st.write("Color picker:", hex_color)

st.header("Files")
uploaded = st.file_uploader("File uploader", type=["txt", "csv", "py"])
if uploaded is not None:
    st.write("Uploaded:", uploaded.name, len(uploaded.getvalue()), "bytes")

st.header("Media")


def tone_wav(seconds=1.0, rate=8000, hz=440):
    """A generated sine tone as WAV bytes (the showcase ships no media files)."""
    import io
    import math
    import struct
    import wave

    frames = b"".join(struct.pack("<h", int(12000 * math.sin(2 * math.pi * hz * i / rate)))
                      for i in range(int(seconds * rate)))
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(frames)
    return out.getvalue()


def one_page_pdf(text="Hello from st.pdf"):
    """A minimal one-page PDF, with a correct cross-reference table."""
    stream = f"BT /F1 24 Tf 40 100 Td ({text}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


st.logo('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="24"><rect width="24" height="24" '
        'rx="6" fill="#ff4b4b"/><text x="30" y="18" font-size="16" font-family="sans-serif">Showcase</text></svg>',
        size="medium")
tone = tone_wav()
st.audio(tone, format="audio/wav", alt="A generated tone")
st.video(tone, format="audio/wav", alt="A video player playing a tone",
         subtitles="WEBVTT\n\n00:00.000 --> 00:01.000\nA tone at 440 Hz")
st.pdf(one_page_pdf(), height=220, alt="A one-page PDF")
st.iframe("<p style='font-family:sans-serif'>Hello from an iframe</p>", alt="An embedded HTML document")
st.html("<p id='out'>Script waiting</p><script>document.getElementById('out').textContent = "
        "'Script ran in a sandbox'</script>", unsafe_allow_javascript=True)
st.write("Browser locale:", st.context.locale)
st.write("Theme type:", st.context.theme.type)

voice = st.audio_input("Voice note", sample_rate=8000)
if voice is not None:
    import io
    import wave

    with wave.open(io.BytesIO(voice.getvalue())) as recording:
        st.write("Voice note:", voice.type, recording.getframerate(), "Hz,", recording.getnchannels(), "channel")

st.header("Form")
with st.form("showcase_form"):
    fname = st.text_input("Name in form")
    submitted = st.form_submit_button("Submit form")
if submitted:
    st.write("Form submitted with:", fname)

st.header("Button groups and ratings")
direction = st.pills("Pills", ["North", "East", "South", "West"])
st.write("Pills:", direction)
toppings = st.pills("Multi pills", ["Cheese", "Olives", "Basil"], selection_mode="multi", default=["Cheese"])
st.write("Multi pills:", toppings)
period = st.segmented_control("Segmented control", ["Day", "Week", "Month"], default="Week")
st.write("Segmented control:", period)
rating = st.feedback("stars")
st.write("Feedback:", rating)
thumbs = st.feedback("thumbs")
st.write("Thumbs:", thumbs)
st.link_button("Link button", "https://streamlit.io")
st.badge("Badge", icon=":material/check:", color="green")
st.space("small")

when = st.datetime_input("Date and time", datetime.datetime(2024, 1, 2, 9, 30))
st.write("Date and time:", when)
page_no = st.pagination(12, max_visible_pages=5)
st.write("Page:", page_no)
export = st.menu_button("Export as", ["CSV", "JSON", "Parquet"])
if export:
    st.write("Exported as:", export)

st.header("Grid and dialog")
grid = st.grid(3, gap="small", border=True)
for i in range(1, 6):
    grid.write(f"Grid cell {i}")
grid.cell(column_span="all").write("A cell across the whole grid")


@st.dialog("Rename the project")
def rename():
    new_name = st.text_input("New name")
    if st.button("Save name"):
        st.session_state.project = new_name
        st.rerun()


if st.button("Open dialog"):
    rename()
st.write("Project:", st.session_state.get("project", "untitled"))

st.header("Stateful containers")
details = st.expander("Stateful expander", key="details", on_change="rerun")
with details:
    st.write("Expander content")
st.write("Expander open:", details.open)
first_tab, second_tab = st.tabs(["First tab", "Second tab"], key="tab", on_change="rerun")
first_tab.write("In the first tab")
second_tab.write("In the second tab")
st.write("Selected tab:", st.session_state.tab)
more = st.popover("Stateful popover", key="pop", on_change="rerun")
more.write("Popover content")
st.write("Popover open:", more.open)

st.header("Messages and status")
with st.chat_message("user"):
    st.write("A chat message from the user")
with st.chat_message("assistant"):
    st.write("And the assistant's answer")
with st.status("Status: finished") as status_box:
    st.write("Step one done")
st.skeleton(height=40)
st.bottom.caption("Pinned to the bottom with st.bottom")

st.header("Chat")
message = st.chat_input("Say something", accept_file="multiple", file_type=["txt", "csv"])
if message:
    st.write("Chat message:", message.text)
    for attached in message.files:
        st.write("Attached:", attached.name, len(attached.getvalue()), "bytes")
