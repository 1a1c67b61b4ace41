"""Issue 9 widgets and containers through AppTest: pills, segmented_control,
feedback, link_button, badge, space, chat_message, status, skeleton, bottom.

Runs against the real Streamlit 1.67 too (``TABLIT_REFERENCE=1``) except where
marked tablit-only.
"""

import os
import textwrap

import pytest

from apptest import AppTest

REFERENCE = os.environ.get("TABLIT_REFERENCE") == "1"
tablit_only = pytest.mark.skipif(REFERENCE, reason="tablit render tree")


def app(src):
    return AppTest.from_string("import streamlit as st\n" + textwrap.dedent(src), default_timeout=10)


def md(at):
    return [m.value for m in at.markdown]


ERRORS = [
    ('st.pills("P", ["a", "b"], default=["a", "b"])',
     "The default argument to `st.pills` must be a single value when `selection_mode='single'`."),
    ('st.segmented_control("S", ["a", "b"], default=["a", "b"])',
     "The default argument to `st.segmented_control` must be a single value when `selection_mode='single'`."),
    ('st.pills("P", ["a"], default="z")',
     "The default value 'z' is not part of the options. Please make sure that every default value "
     "also exists in the options."),
    ('st.pills("P", ["a"], selection_mode="x")',
     "Invalid `selection_mode` value. Supported values: 'single', 'multi'."),
    ('st.pills("P", ["a"], required=True, selection_mode="multi")',
     "`required=True` and `selection_mode='multi'` cannot be used together. `required` is only "
     "supported for single-select mode."),
    ('st.pills("P", ["a"], on_change="bad")',
     "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."),
    ('st.pills("P", ["a"], label_visibility="nope")',
     "Invalid `label_visibility` value. Supported values: 'visible', 'hidden', 'collapsed'."),
    ('st.pills("P", ["a"], bind="url")', "Invalid `bind` value. Supported values: 'query-params', None."),
    ('st.feedback("x")', "Invalid `options` value. Supported values: 'thumbs', 'faces', 'stars'."),
    ('st.feedback(default=2)', "The `default` parameter, set to 2, is outside the required range [0, 1]."),
    ('st.feedback("faces", default=-1)',
     "The `default` parameter, set to -1, is outside the required range [0, 4]."),
    ('st.feedback(persist_state="x", key="f")',
     "Invalid `persist_state` value. Supported values: 'page', 'session', None."),
    ('st.link_button("L", "u", type="big")',
     "Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'."),
    ('st.link_button("L", "u", on_click="bad")',
     "Invalid `on_click` value. Supported values: 'rerun', 'ignore', a callback function."),
    ('st.link_button("L", "u", icon_position="top")',
     "Invalid `icon_position` value. Supported values: 'left', 'right'."),
    ('st.link_button("L", "u", shortcut="Ctrl+C")',
     "The `shortcut` cannot use the keys 'C' or 'R', with or without modifiers."),
    ('st.link_button("L", "u", shortcut="Ctrl")',
     "The `shortcut` must include a non-modifier key such as 'K' or 'Ctrl+K'."),
    ('st.status("x", state="bad")', "Invalid `state` value. Supported values: 'running', 'complete', 'error'."),
    ('st.status("x", type="big")', "Invalid `type` value. Supported values: 'default', 'compact', 'step'."),
    ('st.status("x", width="content")',
     "Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'."),
    ('st.chat_message("x", width=0)',
     "Invalid width value: 0. Width must be either a positive integer (pixels), 'stretch', or 'content'."),
    ('st.chat_message("x", avatar="no/such/file.png")', "Failed to load the provided avatar value as an image."),
    ('st.space("huge")',
     "Invalid `size` value. Supported values: 'stretch', 'xxsmall', 'xsmall', 'small', 'medium', "
     "'large', 'xlarge', 'xxlarge', a positive integer. Got 'huge'."),
    ('st.skeleton(height="content")',
     "Invalid height value: 'content'. Height must be either a positive integer (pixels) or 'stretch'."),
    ('st.skeleton(width="content")',
     "Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'."),
]


@pytest.mark.parametrize("code,message", ERRORS)
def test_errors(code, message):
    at = app(f"try:\n    {code}\nexcept Exception as e:\n    st.text(str(e))\n").run()
    assert [t.value for t in at.text] == [message]


def test_pills_single_and_multi():
    at = app('''
        p = st.pills("P", ["a", "b", "c"], key="p")
        st.write(repr(p))
        m = st.pills("M", ["a", "b", "c"], selection_mode="multi", default=["b"])
        st.write(repr(m))
    ''').run()
    assert md(at) == ["None", "['b']"]
    assert at.pills[0].options == ["a", "b", "c"]
    at.pills[0].select("c")
    at.pills[1].select("a")
    at.run()
    assert md(at) == ["'c'", "['b', 'a']"]
    assert at.session_state["p"] == "c"
    at.pills[0].unselect("c")
    at.pills[1].unselect("b")
    at.run()
    assert md(at) == ["None", "['a']"]


def test_segmented_control_default_state_and_callback():
    at = app('''
        if "log" not in st.session_state:
            st.session_state.log = []
        def changed():
            st.session_state.log.append(st.session_state.s)
        s = st.segmented_control("S", ["Day", "Week"], default="Week", key="s", on_change=changed)
        st.write(f"{s}|{st.session_state.log}")
    ''').run()
    assert md(at) == ["Week|[]"]
    assert len(at.pills) == 0 and len(at.segmented_control) == 1
    at.segmented_control[0].set_value("Day").run()
    assert md(at) == ["Day|['Day']"]
    at.session_state["s"] = "Week"
    at.run()
    assert md(at) == ["Week|['Day']"]


def test_pills_option_objects_and_format_func():
    at = app('''
        opts = {1: "One", 2: "Two"}
        v = st.pills("N", opts.keys(), format_func=opts.get, default=2)
        st.write(repr(v))
    ''').run()
    assert md(at) == ["2"]
    assert at.pills[0].options == ["One", "Two"]
    at.pills[0].set_value(1).run()
    assert md(at) == ["1"]


def test_feedback_values_and_state():
    at = app('''
        f = st.feedback("faces", key="f")
        g = st.feedback("stars", default=2)
        st.write(f"{f!r} {g!r}")
    ''').run()
    assert md(at) == ["None 2"]
    at.feedback[0].set_value(4).run()
    assert md(at) == ["4 2"]
    at.feedback[1].set_value(None).run()
    assert md(at) == ["4 None"]
    at.session_state["f"] = 9  # not an index of the faces: falls back to the default
    at.run()
    assert md(at) == ["None None"]


def test_link_button_modes():
    at = app('''
        r = st.link_button("Docs", "https://docs.streamlit.io")
        st.write(type(r).__name__)
        t = st.link_button("Track", "https://x.org", on_click="rerun", key="t")
        st.write(repr(t))
    ''').run()
    assert md(at) == ["DeltaGenerator", "False"]
    assert [b.value for b in at.link_button] == ["Docs", "Track"]
    assert at.link_button[0].key is None and at.link_button[1].key == "t"


def test_badge_is_markdown_and_space_sizes():
    at = app('''
        st.badge("New [x]", icon="🔥", color="green")
        st.badge("Plain")
        st.space(30)
        st.space()
    ''').run()
    assert md(at) == [":green-badge[🔥 New \\[x\\]]", ":blue-badge[Plain]"]
    assert [s.value for s in at.space] == [30, "small"]


def test_chat_message_avatars():
    at = app('''
        with st.chat_message("user"):
            st.write("hi")
        st.chat_message("AI").write("hello")
        st.chat_message("Bob", avatar="🤖").write("beep")
        st.chat_message("🦜").write("squawk")
        st.chat_message("Zed").write("z")
    ''').run()
    msgs = at.chat_message
    assert [m.name for m in msgs] == ["user", "AI", "Bob", "🦜", "Zed"]
    assert [m.avatar for m in msgs] == ["user", "assistant", "🤖", "🦜", ""]
    assert [m.markdown[0].value for m in msgs] == ["hi", "hello", "beep", "squawk", "z"]


def test_status_states_and_update():
    at = app('''
        with st.status("Working") as s:
            st.write("step")
        s2 = st.status("Two", expanded=True, state="error")
        s2.update(label="Done", state="complete")
        try:
            with st.status("Boom"):
                raise ValueError("v")
        except ValueError:
            pass
        s4 = st.status("Still running")
    ''').run()
    assert [(s.label, s.state) for s in at.status] == [
        ("Working", "complete"), ("Done", "complete"), ("Boom", "error"), ("Still running", "running")]
    assert [s.icon for s in at.status] == [":material/check:", ":material/check:", ":material/error:", "spinner"]
    assert at.status[0].markdown[0].value == "step"
    assert len(at.expander) == 0


def test_skeleton_is_replaced_by_the_next_write():
    at = app('''
        s = st.skeleton()
        st.write("after")
        with s:
            st.write("inside")
        s.write("content")
    ''').run()
    assert [e.value for e in at.main.children.values()] == ["content", "after", "inside"]


def test_bottom_container():
    at = app('''
        st.write("main")
        st.bottom.write("pinned")
        with st.bottom:
            st.write("also pinned")
    ''').run()
    assert md(at) == ["main", "pinned", "also pinned"]
    assert [m.value for m in at.main.markdown] == ["main"]


@tablit_only
def test_tablit_tree_kinds_and_widths():
    at = app('''
        st.chat_message("user", width=300).write("x")
        st.status("s", width=200)
        st.pills("P", ["a"], width="stretch")
    ''').run()
    assert at.chat_message[0].props["width"] == 300
    assert at.status[0].props["width"] == 200
    assert at.pills[0].props["width"] == "stretch"


@tablit_only
def test_bind_needs_a_key_persist_state_accepted():
    at = app('''
        for kw in (dict(bind="query-params"), dict(bind="query-params", key="k"), dict(persist_state="page", key="k2")):
            try:
                st.pills("P", ["a"], **kw)
            except Exception as e:
                st.text(type(e).__name__ + ": " + str(e))
    ''').run()
    texts = [t.value for t in at.text]
    assert texts[0].startswith("StreamlitMissingRequiredParameterError: The `key` parameter is required. When using bind='query-params'")
    assert len(texts) == 1  # bound (tests/py/test_query_bind.py); persist_state kept (test_faults.py)


def test_chat_input_accepting_files_returns_a_chat_input_value():
    at = app('''
        v = st.chat_input("Say", accept_file=True, accept_audio=True)
        if v:
            st.write(f"{v.text}|{v.files}|{v.audio}|{sorted(v)}|{v['text']}|{len(v)}")
        w = st.chat_input("Files only", accept_file="multiple", key="w")
        if w:
            st.write(f"{sorted(w)}|{'audio' in w}")
    ''').run()
    at.chat_input[0].set_value("hi").run()
    assert md(at) == ["hi|[]|None|['audio', 'files', 'text']|hi|3"]
    at.chat_input[1].set_value("yo").run()
    assert md(at) == ["['files', 'text']|False"]


@pytest.mark.parametrize("code,message", [
    ('st.chat_input(accept_file="x")',
     "Invalid `accept_file` value. Supported values: True, False, 'multiple', 'directory'. Got 'x'."),
    ('st.chat_input(audio_sample_rate=1000)',
     "Invalid `audio_sample_rate` value. Supported values: 8000, 11025, 16000, 22050, 24000, 32000, "
     "44100, 48000, None."),
    ('st.chat_input(submit_mode="x")', "Invalid `submit_mode` value. Supported values: 'submit', 'disable', 'stop'."),
    ('st.chat_input(width="content")',
     "Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'."),
])
def test_chat_input_errors(code, message):
    at = app(f"try:\n    {code}\nexcept Exception as e:\n    st.text(str(e))\n").run()
    assert [t.value for t in at.text] == [message]


@tablit_only
def test_chat_input_files_and_audio_over_the_wire(tmp_path):
    import base64
    import json

    from tablit.bridge import Bridge

    (tmp_path / "app.py").write_text(
        "import streamlit as st\n"
        "v = st.chat_input('Say', accept_file='multiple', file_type=['txt'], accept_audio=True)\n"
        "if v:\n"
        "    st.write(f'{v.text}|{[f.name for f in v.files]}|{v.files[0].read()}|{v.audio.name}|{v.audio.type}')\n")
    b = Bridge(str(tmp_path / "app.py"))
    first = [m for m in json.loads(b.start()) if m["type"] == "render"][-1]
    box = first["tree"]["bottom"]["children"][0]  # a top-level chat_input is pinned to the bottom
    assert box["props"]["accept_file"] == "multiple" and box["props"]["file_type"] == [".txt"]

    def file(name, mime, data):
        return {"name": name, "type": mime, "size": len(data), "data": base64.b64encode(data).decode()}

    value = {"text": "hello", "files": [file("a.txt", "text/plain", b"hi")], "audio": file("r.wav", "audio/wav", b"abc")}
    out = json.loads(b.handle(json.dumps([{"type": "update", "changes": [{"id": box["id"], "value": value}], "trigger": box["id"]}])))
    render = [m for m in out if m["type"] == "render"][-1]
    assert render["tree"]["main"]["children"][0]["props"]["body"] == "hello|['a.txt']|b'hi'|r.wav|audio/wav"
    bad = {"text": "x", "files": [file("a.png", "image/png", b"hi")]}
    out = json.loads(b.handle(json.dumps([{"type": "update", "changes": [{"id": box["id"], "value": bad}], "trigger": box["id"]}])))
    assert out[0]["type"] == "refused" and "Invalid file extension: `.png`" in out[0]["reason"]


@tablit_only
@pytest.mark.parametrize("text", ["hello", ""])
def test_chat_input_recording_from_the_page_is_a_wav_upload(tmp_path, text):
    """What the page's live recorder sends (web/render/widgets/chat_input.js): the text, the
    files and 1.67's WAV named audio-<ISO time>.wav, in one ChatInputValue."""
    import base64
    import io
    import json
    import wave

    from tablit.bridge import Bridge

    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1), w.setsampwidth(2), w.setframerate(16000), w.writeframes(b"\0\0" * 1600)
    wav = buf.getvalue()
    app_file = tmp_path / "app.py"
    app_file.write_text(textwrap.dedent('''
        import streamlit as st, wave
        v = st.chat_input("Say or record something", accept_audio=True)
        if v:
            with wave.open(v.audio) as w:
                st.write(f"{v.text}|{v.audio.name}|{v.audio.type}|{v.audio.size}|{v['audio'] is v.audio}|"
                         f"{sorted(v)}|{w.getframerate()}|{w.getnframes()}|{v.files}")
    '''))
    bridge = Bridge(str(app_file))
    first = json.loads(bridge.start())[-1]
    chat = first["tree"]["bottom"]["children"][0]
    assert chat["props"]["accept_audio"] is True and chat["props"]["audio_sample_rate"] == 16000
    audio = {"name": "audio-2026-12-02T05-40-12-345Z.wav", "type": "audio/wav", "size": len(wav),
             "data": base64.b64encode(wav).decode()}
    value = {"text": text, "files": [], "audio": audio}
    out = json.loads(bridge.handle(json.dumps([{"type": "update", "changes": [{"id": chat["id"], "value": value}],
                                                "trigger": chat["id"]}])))[-1]
    texts = [n["props"].get("body") for n in out["tree"]["main"]["children"]]
    assert texts == [f"{text}|audio-2026-12-02T05-40-12-345Z.wav|audio/wav|{len(wav)}|True|['audio', 'text']|16000|1600|[]"]
