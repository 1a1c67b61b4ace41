"""st.audio, st.video, st.pdf, st.iframe, st.logo, components.v1.html: behaviour and errors as 1.67.

The error cases run against Streamlit 1.67 too (TABLIT_REFERENCE=1): the
texts are Streamlit's.  What the page receives (props) is tablit's own.
"""

import base64
import io
import os
import textwrap

import pytest
from apptest import AppTest

REFERENCE = os.environ.get("TABLIT_REFERENCE") == "1"
tablit_only = pytest.mark.skipif(REFERENCE, reason="what tablit sends the page")


def run(src):
    return AppTest.from_string("import streamlit as st\n" + textwrap.dedent(src), default_timeout=10).run()


def props(at, kind):
    return [e.props for e in at.get(kind)]


TIME_ERROR = ("Failed to convert '{}' to a timedelta. Please use a string in a format supported by "
              "[Pandas Timedelta constructor](https://pandas.pydata.org/docs/reference/api/"
              "pandas.Timedelta.html), e.g. `\"10s\"`, `\"15 seconds\"`, or `\"1h23s\"`. Got: soon")


@pytest.mark.parametrize("code, message", [
    ("st.audio('nonexistent.wav')", "Error opening 'nonexistent.wav'"),
    ("st.video('https://x.com/a.mp4', start_time=-1)", "Invalid start_time and end_time combination."),
    ("st.video('https://x.com/a.mp4', start_time=5, end_time=1)",
     "Invalid start_time and end_time combination."),
    ("st.video('https://x.com/a.mp4', start_time='soon')", TIME_ERROR.format("start_time")),
    ("st.audio('https://x.com/a.mp3', end_time='soon')", TIME_ERROR.format("end_time")),
    ("import numpy as np; st.audio(np.zeros(10))",
     "The `sample_rate` parameter is required. Must be specified when `data` is a numpy array."),
    ("import numpy as np; st.audio(np.zeros((2, 2, 2)), sample_rate=8000)",
     "Numpy array audio input must be a 1D or 2D array."),
    ("st.video('https://youtu.be/_T8LGqJtuGc', subtitles='WEBVTT')",
     "`subtitles` and `data=<YouTube URL>` cannot be used together. Subtitles are not supported "
     "for YouTube videos."),
    ("st.video(123)", "Invalid `data` type. Expected one of: str, bytes, Path, BytesIO, file-like, "
     "ndarray. Provided type: int."),
    ("st.video('https://x.com/a.mp4', subtitles=123)",
     "Invalid `subtitles` type. Expected one of: str, bytes, BytesIO, Path, dict. Provided type: int."),
    ("st.video('https://x.com/a.mp4', subtitles='not a subtitle')",
     "Failed to process the provided subtitle 'default': Invalid `subtitles` value. Supported "
     "values: VTT-formatted text, SRT-formatted text."),
    ("st.iframe('https://x.com', tab_index=-2)",
     "Invalid `tab_index` value. Supported values: None, -1, a non-negative integer."),
    ("st.iframe('https://x.com', tab_index='1')",
     "Invalid `tab_index` type. Expected one of: int. Provided type: str."),
    ("st.iframe('https://x.com', width=0)",
     "Invalid width value: 0. Width must be either a positive integer (pixels), 'stretch', or 'content'."),
    ("st.iframe('https://x.com', height='auto')",
     "Invalid height value: 'auto'. Height must be either a positive integer (pixels), 'stretch', or 'content'."),
    ("st.audio('https://x.com/a.mp3', width='content')",
     "Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'."),
    ("st.logo('just some text')",
     "The image passed to st.logo is invalid - See [documentation](https://docs.streamlit.io/develop/"
     "api-reference/media/st.logo) for more information on valid types"),
    ("st.logo('https://x.com/a.png', size='huge')",
     "Invalid `size` value. Supported values: 'small', 'medium', 'large'."),
    ("st.logo('https://x.com/a.png', link='ftp://x')",
     '"ftp://x" is not a valid URL. You must use a fully qualified domain beginning with "http://" or "https://".'),
    ("st.html('')", "The `body` parameter is required."),
])
def test_errors_are_streamlits(code, message):
    at = run(code)
    assert [e.value for e in at.exception] == [message]


@tablit_only
def test_audio_bytes_file_url_and_times(tmp_path):
    wav = tmp_path / "a.wav"
    wav.write_bytes(b"RIFF0000WAVEfmt ")
    at = run(f"""
        import io, datetime
        st.audio(b"ID3abc", format="audio/mpeg", start_time=2, end_time="1m", loop=True, autoplay=True)
        st.audio({str(wav)!r}, alt="  a tone  ", width=300)
        st.audio("https://example.com/x.ogg", start_time=datetime.timedelta(seconds=90))
        st.audio(io.BytesIO(b"OggS"), format="audio/ogg")
    """)
    assert not at.exception
    a, b, c, d = props(at, "audio")
    assert a["src"] == "data:audio/mpeg;base64," + base64.b64encode(b"ID3abc").decode()
    assert (a["start_time"], a["end_time"], a["loop"], a["autoplay"]) == (2, 60, True, True)
    assert b["src"].startswith("data:audio/x-wav;base64,") or b["src"].startswith("data:audio/wav;base64,")
    assert (b["alt"], b["width"]) == ("a tone", 300)
    assert (c["src"], c["start_time"], c["end_time"]) == ("https://example.com/x.ogg", 90, None)
    assert d["src"] == "data:audio/ogg;base64," + base64.b64encode(b"OggS").decode()


@tablit_only
def test_audio_numpy_becomes_a_wav():
    at = run("""
        import numpy as np
        st.audio(np.sin(np.linspace(0, 6.28, 800)), sample_rate=8000)
        st.audio(np.zeros((2, 400)), sample_rate=4000)
    """)
    import wave

    mono, stereo = props(at, "audio")
    for p, channels, rate, frames in ((mono, 1, 8000, 800), (stereo, 2, 4000, 400)):
        data = base64.b64decode(p["src"].split(",", 1)[1])
        with wave.open(io.BytesIO(data)) as w:
            assert (w.getnchannels(), w.getframerate(), w.getnframes()) == (channels, rate, frames)


@tablit_only
def test_video_youtube_subtitles_and_flags(tmp_path):
    srt = tmp_path / "en.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:02,000\nHello\n")
    at = run(f"""
        st.video("https://www.youtube.com/watch?v=_T8LGqJtuGc", start_time=5, autoplay=True, muted=True)
        st.video(b"\\x00\\x00\\x00\\x18ftypmp42", subtitles={{"English": {str(srt)!r},
                 "Deutsch": "WEBVTT\\n\\n00:01.000 --> 00:02.000\\nHallo"}}, loop=True)
    """)
    assert not at.exception
    yt, own = props(at, "video")
    assert yt["youtube"] and yt["src"] == "https://www.youtube.com/embed/_T8LGqJtuGc"
    assert (yt["start_time"], yt["autoplay"], yt["muted"]) == (5, True, True)
    assert not own["youtube"] and own["src"].startswith("data:video/mp4;base64,")
    labels = [t["label"] for t in own["subtitles"]]
    assert labels == ["English", "Deutsch"]
    english = base64.b64decode(own["subtitles"][0]["src"].split(",", 1)[1]).decode()
    assert english.startswith("WEBVTT") and "00:00:01.000 --> 00:00:02.000" in english


@tablit_only
def test_pdf_iframe_and_components_html(tmp_path):
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(b"%PDF-1.4 test")
    page = tmp_path / "page.html"
    page.write_text("<p>from a file</p>")
    at = run(f"""
        from pathlib import Path
        import streamlit.components.v1 as components
        st.pdf({str(pdf)!r}, height=300, alt="Report")
        st.pdf("https://example.com/a.pdf")
        st.iframe("https://example.com", height=250, tab_index=0, alt="Example")
        st.iframe("<h1>Hi</h1>")
        st.iframe(Path({str(page)!r}))
        components.html("<script>document.write('x')</script>", height=80)
        components.iframe("https://example.com/x")
    """)
    assert not at.exception
    p1, p2 = props(at, "pdf")
    assert p1["src"].startswith("data:application/pdf;base64,") and (p1["height"], p1["alt"]) == (300, "Report")
    assert (p2["src"], p2["height"]) == ("https://example.com/a.pdf", 500)
    url, doc, from_file, comp_html, comp_iframe = props(at, "iframe")
    assert (url["src"], url["srcdoc"], url["height"], url["width"], url["tab_index"], url["alt"]) == (
        "https://example.com", None, 250, "stretch", 0, "Example")
    assert (doc["src"], doc["srcdoc"], doc["height"]) == (None, "<h1>Hi</h1>", "content")
    assert from_file["srcdoc"] == "<p>from a file</p>"
    assert (comp_html["srcdoc"], comp_html["height"], comp_html["scrolling"]) == (
        "<script>document.write('x')</script>", 80, False)
    assert (comp_iframe["src"], comp_iframe["height"]) == ("https://example.com/x", 150)


@tablit_only
def test_url_iframe_with_content_size_falls_back_to_400px():
    at = run("st.iframe('https://example.com', width='content')")
    p = props(at, "iframe")[0]
    assert (p["width"], p["height"]) == ("stretch", 400)


@tablit_only
def test_logo_goes_in_the_render_message_for_its_run_only(tmp_path):
    from tablit.bridge import Bridge
    import json

    app = tmp_path / "app.py"
    app.write_text(textwrap.dedent("""
        import streamlit as st
        if st.button("drop logo"):
            pass
        else:
            st.logo("https://example.com/wide.png", link="https://example.com", icon_image="🎈", size="large")
    """))
    bridge = Bridge(str(app))
    first = json.loads(bridge.start())[-1]
    assert first["logo"] == {"image": {"type": "image", "value": "https://example.com/wide.png"},
                             "icon_image": {"type": "emoji", "value": "🎈"}, "size": "large",
                             "link": "https://example.com"}
    button = first["tree"]["main"]["children"][0]["id"]
    second = json.loads(bridge.handle(json.dumps([{"type": "update", "changes": [], "trigger": button}])))[-1]
    assert second["logo"] is None


@tablit_only
def test_pdf_keys_take_part_in_the_duplicate_check():
    at = run("""
        st.pdf(b"%PDF", key="doc")
        st.pdf(b"%PDF", key="doc")
    """)
    assert "multiple elements with the same `key='doc'`" in at.exception[0].value


def test_html_edge_cases_as_1_67(tmp_path):
    page = tmp_path / "snippet.html"
    page.write_text("<b>from a file</b>")
    css = tmp_path / "look.css"
    css.write_text("p { color: red; }")
    at = run(f"""
        from pathlib import Path
        st.html({str(page)!r})
        st.html(Path({str(page)!r}))
        st.html(Path({str(css)!r}))
        st.html("  <p>indented</p>  ")
        st.html("<script>alert(1)</script><p>x</p>", unsafe_allow_javascript=True, width="content")
    """)
    assert not at.exception
    assert [w.value for w in at.warning] == [
        "Passing a local file path as a string to `st.html` is no longer supported. To load a "
        "local file, pass a `pathlib.Path` object instead."]
    bodies = [h.proto.body if REFERENCE else h.props["body"] for h in at.get("html")]
    assert str(page) in bodies and "<b>from a file</b>" in bodies and "<p>indented</p>" in bodies
    if not REFERENCE:
        style = next(h.props for h in at.get("html") if "color: red" in h.props["body"])
        assert style["style_only"] is True and style["body"] == "<style>p { color: red; }</style>"
        scripted = next(h.props for h in at.get("html") if "<script>" in h.props["body"])
        # (the style-only one is in the event block, as 1.67's: after the main area's)
        assert at.get("html")[-1].props is style and len(at._tree.children[2].children) == 1
        assert scripted["unsafe_allow_javascript"] is True and scripted["width"] == "content"


def test_html_width_is_checked():
    at = run("st.html('<p>x</p>', width=0)")
    assert at.exception[0].value == ("Invalid width value: 0. Width must be either a positive "
                                     "integer (pixels), 'stretch', or 'content'.")


def test_a_missing_media_file_raises_1_67s_media_file_storage_error():
    # (the docs' charts.audio-purr app names a path relative to the docs repository)
    at = run("from streamlit.runtime.media_file_storage import MediaFileStorageError\n"
             "try:\n    st.audio('python/cat-purr.mp3')\nexcept MediaFileStorageError as e:\n"
             "    st.write(type(e).__module__, str(e), type(e.__cause__).__name__)\n"
             "st.video('missing.mp4')\n")
    assert at.markdown[0].value.endswith("Error opening 'python/cat-purr.mp3' FileNotFoundError")
    assert [e.value for e in at.exception] == ["Error opening 'missing.mp4'"]
    assert at.exception[0].props["type"] == "streamlit.runtime.media_file_storage.MediaFileStorageError"  # (uncaught: 1.67 names the module)


def test_image_use_column_width_warns_and_has_no_effect():
    # 1.67 keeps the keyword only so old apps do not raise (e2e sweep: st_image.py)
    at = run("""
        import numpy as np
        img = np.zeros((4, 6, 3), dtype=np.uint8)
        left, _ = st.columns(2)
        with left:
            st.image(img, use_column_width=True)
        st.image(img, use_column_width="always")
        st.image(img)
    """)
    assert not at.exception
    message = ("`use_column_width` was removed and has no effect. Use `width='stretch'`, "
               "`width='content'`, or an integer pixel value instead.")
    assert [w.value for w in at.warning] == [message, message]
    assert [c.type for c in at.columns[0].children.values()][0] == "warning"
    if not REFERENCE:
        assert [p["width"] for p in props(at, "image")] == ["content", "content", "content"]


def test_audio_and_video_of_none_are_players_without_media():
    # st_audio_input.py draws st.audio(st.audio_input(...)) before anything is recorded
    at = run("""
        st.audio(None)
        st.video(None, start_time=1)
    """)
    assert not at.exception
    assert [c.type for c in at.main.children.values()] == ["audio", "video"]
    if not REFERENCE:
        assert [p["src"] for p in props(at, "audio") + props(at, "video")] == ["", ""]
