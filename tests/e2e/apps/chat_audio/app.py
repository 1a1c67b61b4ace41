# From streamlit/docs (Apache-2.0): python/api-examples-source/chat.input_audio.py,
# then what the recording is (tests/e2e/chat_audio.test.mjs).
import streamlit as st

prompt = st.chat_input(
    "Say or record something",
    accept_audio=True,
)
if prompt and prompt.text:
    st.write("Text:", prompt.text)
if prompt and prompt.audio:
    st.audio(prompt.audio)
    st.write("Audio file:", prompt.audio.name)

if prompt and prompt.audio:
    import wave

    with wave.open(prompt.audio) as w:
        st.write(f"WAV: {w.getnchannels()} channel, {w.getframerate()} Hz, {8 * w.getsampwidth()} bit, "
                 f"type {prompt.audio.type}, files {len(prompt.files)}")
