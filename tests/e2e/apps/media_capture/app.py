# st.camera_input and st.audio_input with a live camera and microphone (tests/e2e/media_capture.test.mjs).
# Built from Streamlit's documentation examples (streamlit/docs, Apache-2.0):
# python/api-examples-source/widget.camera_input.py, widget.audio_input.py and
# widgets.audio_input_high_rate.py; the lines writing what Python received are ours.
import io
import struct
import wave

import streamlit as st


def jpeg_size(data: bytes) -> tuple[int, int]:
    """Width and height from a JPEG's start-of-frame segment."""
    i = 2
    while i < len(data):
        marker, length = data[i + 1], struct.unpack(">H", data[i + 2:i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return width, height
        i += 2 + length
    return 0, 0


def wav_facts(f) -> str:
    with wave.open(io.BytesIO(f.getvalue())) as w:
        return f"{w.getframerate()} Hz, {w.getnchannels()} channel, {8 * w.getsampwidth()} bit, {w.getnframes()} frames"


if "photo_changes" not in st.session_state:
    st.session_state.photo_changes = 0


def photo_changed():
    st.session_state.photo_changes += 1


enable = st.checkbox("Enable camera")
picture = st.camera_input("Take a picture", disabled=not enable, key="photo", on_change=photo_changed,
                          help="Look at the camera")

if picture:
    st.image(picture)
    width, height = jpeg_size(picture.getvalue())
    st.write(f"Photo: {picture.name} | {picture.type} | {picture.size} bytes | {width}x{height}")
    st.write("Photo in session state:", st.session_state.photo == picture)
st.write("Photo changes:", st.session_state.photo_changes)

audio_value = st.audio_input("Record a voice message")

if audio_value:
    st.audio(audio_value)
    st.write(f"Recording: {audio_value.name} | {audio_value.type} | {audio_value.size} bytes | {wav_facts(audio_value)}")

high = st.audio_input("Record high quality audio", sample_rate=48000)

if high:
    st.audio(high)
    st.write(f"High quality: {high.type} | {wav_facts(high)}")
