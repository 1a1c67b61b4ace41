"""Media: ``st.audio``, ``st.video``, ``st.pdf``, ``st.iframe`` and ``st.logo``.

Streamlit serves media bytes from its server (``/media/<hash>``); a tab has no
server, so bytes, files and numpy waveforms travel to the page as ``data:``
URLs and the page turns them into ``blob:`` URLs (seekable, not kept in the
DOM as text).  URLs (http, https, data, and relative ones such as
``/app/static/x``) pass through as they are.

Node kinds added here (props):

``audio``  {src, mime, start_time, end_time, loop, autoplay, alt, width}
``video``  {src, mime, start_time, end_time, loop, autoplay, muted, alt, width,
           youtube (src is a YouTube embed URL), subtitles: [{label, src}]}
``pdf``    {src, height, alt}  (the browser's own PDF viewer)
``iframe`` {src|null, srcdoc|null, width, height, tab_index, alt, scrolling}
           (``srcdoc`` runs in a sandbox without the page's origin)

``st.logo`` is not an element: it goes into the render message as ``logo``
(see ``protocol.py``), for the run that set it.
"""

from __future__ import annotations

import base64
import hashlib
import io
import math
import mimetypes
import os
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

from .. import errors
from ..delta_generator import command
from ..runtime.context import get_ctx
from .sizing import check_width

TIMEDELTA_PARSE_ERROR = (
    "Failed to convert '{param_name}' to a timedelta. "
    "Please use a string in a format supported by "
    "[Pandas Timedelta constructor]"
    "(https://pandas.pydata.org/docs/reference/api/pandas.Timedelta.html), "
    'e.g. `"10s"`, `"15 seconds"`, or `"1h23s"`. Got: {param_value}'
)
_YOUTUBE_RE = re.compile(
    r"^((https?://(?:www\.)?(?:m\.)?youtube\.com))/((?:oembed\?url=https?%3A//(?:www\.)youtube.com/"
    r"watch\?(?:v%3D)(?P<video_id_1>[\w\-]{10,20})&format=json)|(?:attribution_link\?a=.*watch"
    r"(?:%3Fv%3D|%3Fv%3D)(?P<video_id_2>[\w\-]{10,20}))(?:%26feature.*))|(https?:)?(\/\/)?((www\.|m\.)"
    r"?youtube(-nocookie)?\.com\/((watch)?\?(app=desktop&)?(feature=\w*&)?v=|embed\/|v\/|e\/)"
    r"|youtu\.be\/)(?P<video_id_3>[\w\-]{10,20})")
_SRT_LINE = re.compile(r"\d{2}:\d{2}:\d{2},\d{3} --> \d{2}:\d{2}:\d{2},\d{3}")
_SRT_TIME = re.compile(r"(\d{2}:\d{2}:\d{2}),(\d{3})")
_HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
_TIME_UNITS = {
    "d": 86400, "day": 86400, "days": 86400,
    "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
    "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60, "t": 60,
    "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
    "ms": 1e-3, "milli": 1e-3, "millis": 1e-3, "millisecond": 1e-3, "milliseconds": 1e-3,
    "us": 1e-6, "micro": 1e-6, "micros": 1e-6, "microsecond": 1e-6, "microseconds": 1e-6,
    "ns": 1e-9, "nano": 1e-9, "nanos": 1e-9, "nanosecond": 1e-9, "nanoseconds": 1e-9,
    "w": 604800, "week": 604800, "weeks": 604800,
}
_TIME_PART = re.compile(r"\s*([-+]?\d+(?:\.\d*)?|[-+]?\.\d+)\s*([a-zA-Z]+)\s*,?")


# ------------------------------------------------------------------ helpers
def _is_url(text: str, schemes: tuple[str, ...] = ("http", "https", "data")) -> bool:
    scheme, sep, rest = text.partition(":")
    if not sep or scheme.lower() not in schemes:
        return False
    return scheme.lower() == "data" or rest.startswith("//") and len(rest) > 2


def _is_relative_static_url(text: str) -> bool:
    return text.startswith("/") and not os.path.isfile(text)


def _data_url(data: bytes, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def _duration_string(text: str) -> float | None:
    """Seconds in a duration like pandas' Timedelta strings ("1m30s", "2 days", "00:01:30")."""
    text = text.strip()
    clock = re.fullmatch(r"(-)?(?:(\d+)\s*days?,?\s*)?(\d+):(\d{1,2})(?::(\d{1,2}(?:\.\d+)?))?", text)
    if clock:
        sign, days, a, b, c = clock.groups()
        h, m, s = (int(a), int(b), float(c)) if c is not None else (int(a), int(b), 0.0)
        total = int(days or 0) * 86400 + h * 3600 + m * 60 + s
        return -total if sign else total
    pos, total, matched = 0, 0.0, False
    while pos < len(text):
        part = _TIME_PART.match(text, pos)
        if part is None:
            return None
        unit = _TIME_UNITS.get(part.group(2).lower())
        if unit is None:
            return None
        total += float(part.group(1)) * unit
        pos, matched = part.end(), True
    return total if matched else None


def _time_to_seconds(value: Any, name: str) -> int | None:
    """Streamlit's MediaTime (int, float, timedelta, or a duration string) as whole seconds."""
    if value is None:
        return None
    if isinstance(value, timedelta):
        return int(value.total_seconds())
    if isinstance(value, str):
        seconds = _duration_string(value)
        if seconds is None or math.isnan(seconds):
            raise errors.StreamlitAPIException(
                TIMEDELTA_PARSE_ERROR.format(param_name=name, param_value=value))
        return int(seconds)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return int(value)
    raise errors.StreamlitAPIException(TIMEDELTA_PARSE_ERROR.format(param_name=name, param_value=value))


def _times(start_time: Any, end_time: Any) -> tuple[int, int | None]:
    start = _time_to_seconds(start_time, "start_time")
    end = _time_to_seconds(end_time, "end_time")
    if start is None:
        raise errors.StreamlitAPIException(
            TIMEDELTA_PARSE_ERROR.format(param_name="start_time", param_value=start_time))
    if start < 0 or (end is not None and end <= start):
        raise errors.StreamlitAPIException("Invalid start_time and end_time combination.")
    return start, end


def _check_height(height: Any, allow_content: bool) -> Any:
    valid = ("stretch", "content") if allow_content else ("stretch",)
    if isinstance(height, bool) or not (isinstance(height, str) and height in valid
                                        or isinstance(height, int) and height > 0):
        raise errors.StreamlitInvalidHeightError(height, allow_content)
    return height


def _alt(alt: Any) -> str | None:
    """Streamlit's ``normalize_alt``: stripped text; empty or blank is unset."""
    if alt is None:
        return None
    text = str(alt).strip()
    return text or None


def media_src(data: Any, mime: str) -> str:
    """A URL the page can play: URLs pass through, everything else becomes a data URL.

    ``None`` is "" (1.67 draws the player without media)."""
    if data is None:
        return ""
    if isinstance(data, Path):
        data = str(data)
    if isinstance(data, str):
        if not os.path.isfile(data) and (_is_url(data) or _is_relative_static_url(data)):
            return data
        try:
            with open(data, "rb") as f:
                raw = f.read()
        except OSError as e:
            from ..runtime.media_file_storage import MediaFileStorageError

            raise MediaFileStorageError(f"Error opening '{data}'") from e
        guessed = mimetypes.guess_type(data)[0]
        return _data_url(raw, guessed or mime)
    if isinstance(data, (bytes, bytearray, memoryview)):
        return _data_url(bytes(data), mime)
    if isinstance(data, io.BytesIO):
        data.seek(0)
        return _data_url(data.getvalue(), mime)
    if isinstance(data, (io.RawIOBase, io.BufferedReader)):
        data.seek(0)
        return _data_url(data.read() or b"", mime)
    if type(data).__name__ == "ndarray":
        return _data_url(data.tobytes(), mime)
    raise errors.invalid_type("data", type(data).__name__,
                              ["str", "bytes", "Path", "BytesIO", "file-like", "ndarray"])


def _wav(data: Any, sample_rate: int) -> bytes:
    """A numpy waveform (1-D, or channels x samples) as 16-bit PCM WAV, scaled to full range."""
    import wave

    import numpy as np

    samples = np.array(data, dtype=float)
    if samples.ndim == 1:
        channels = 1
    elif samples.ndim == 2:
        channels = samples.shape[0]
        samples = samples.T.ravel()
    else:
        raise errors.StreamlitAPIException("Numpy array audio input must be a 1D or 2D array.")
    if samples.size:
        peak = np.max(np.abs(samples))
        if peak > 0:
            samples = samples / peak * 32767
    pcm = samples.astype(np.int16).tobytes()
    with io.BytesIO() as out:
        with wave.open(out, "wb") as w:
            w.setnchannels(channels)
            w.setframerate(sample_rate)
            w.setsampwidth(2)
            w.writeframes(pcm)
        return out.getvalue()


def _is_srt(data: bytes) -> bool:
    try:
        lines = data[:33].decode("utf-8").strip().split("\n")
    except UnicodeDecodeError:
        return False
    return len(lines) >= 2 and lines[0].strip().isdigit() and bool(_SRT_LINE.search(lines[1]))


def _srt_to_vtt(data: bytes) -> bytes:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise errors.StreamlitAPIException("Could not decode the input stream as UTF-8.") from e
    return ("WEBVTT\n\n" + _SRT_TIME.sub(r"\1.\2", text)).strip().encode("utf-8")


def _subtitle_vtt(data: Any) -> bytes:
    """One subtitle track as WebVTT bytes (SRT is converted), from a path, text, bytes or BytesIO."""
    if isinstance(data, (str, Path)):
        if os.path.isfile(data):
            ext = Path(data).suffix.lower()
            if ext not in (".srt", ".vtt"):
                raise errors.invalid_value("subtitles", ["'.srt'", "'.vtt'"], detail=f"Got {ext}.")
            with open(data, "rb") as f:
                content = f.read()
            return _srt_to_vtt(content) if ext == ".srt" else content
        if isinstance(data, Path):
            raise errors.StreamlitAPIException(f"File {data} does not exist.")
        text = data.strip()
        if text.startswith("WEBVTT") or text == "":
            return text.encode("utf-8")
        if _is_srt(text.encode("utf-8")):
            return _srt_to_vtt(text.encode("utf-8"))
        raise errors.invalid_value("subtitles", ["VTT-formatted text", "SRT-formatted text"])
    if isinstance(data, io.BytesIO):
        raw = data.getvalue()
    elif isinstance(data, bytes):
        raw = data
    else:
        raise errors.invalid_type("subtitles", type(data).__name__, ["str", "bytes", "Path", "BytesIO"])
    return _srt_to_vtt(raw) if _is_srt(raw) else raw


def _subtitles(subtitles: Any) -> list[dict[str, str]]:
    if not subtitles:
        return []
    if isinstance(subtitles, (str, bytes, io.BytesIO, Path)):
        items = [("default", subtitles)]
    elif isinstance(subtitles, dict):
        items = list(subtitles.items())
    else:
        raise errors.invalid_type("subtitles", type(subtitles).__name__,
                                  ["str", "bytes", "BytesIO", "Path", "dict"])
    tracks = []
    for label, data in items:
        try:
            vtt = _subtitle_vtt(data)
        except (TypeError, ValueError, errors.StreamlitAPIException) as e:
            raise errors.StreamlitAPIException(
                f"Failed to process the provided subtitle {label!r}: {e}") from e
        tracks.append({"label": str(label or ""), "src": _data_url(vtt, "text/vtt")})
    return tracks


def _register_player(dg: Any, kind: str, props: dict[str, Any], **more: Any) -> None:
    """An autoplaying player has an element id in 1.67 (so that it is not remounted and
    restarted by a rerun): two alike in one run raise its StreamlitDuplicateElementId."""
    from ..state.element_ids import register_element_id

    register_element_id(dg, kind, None, {
        "url": hashlib.md5(str(props["src"]).encode("utf-8")).hexdigest(), "mimetype": props["mime"],
        "start_time": props["start_time"], "end_time": props["end_time"], "loop": props["loop"],
        "autoplay": True, "alt": props["alt"], "width": props["width"], **more})


# ----------------------------------------------------------------- elements
@command
def audio(self, data: Any, format: str = "audio/wav", start_time: Any = 0, *,
          sample_rate: int | None = None, end_time: Any = None, loop: bool = False,
          autoplay: bool = False, alt: str | None = None, width: Any = "stretch") -> Any:
    """An audio player: a URL, a file path, bytes, a file, or a numpy waveform with ``sample_rate``."""
    start, end = _times(start_time, end_time)
    check_width(width)
    is_array = type(data).__name__ == "ndarray"
    if is_array and sample_rate is None:
        raise errors.StreamlitMissingRequiredParameterError(
            "sample_rate", detail="Must be specified when `data` is a numpy array.")
    if is_array:
        data = _wav(data, sample_rate)  # type: ignore[arg-type]
    elif sample_rate is not None:  # Streamlit's console warning (the page's console here)
        import sys

        print("`sample_rate` will be ignored since data is not a numpy array.", file=sys.stderr)
    props = {
        "src": media_src(data, format), "mime": format, "start_time": start, "end_time": end,
        "loop": bool(loop), "autoplay": bool(autoplay), "alt": _alt(alt), "width": width,
    }
    if autoplay:
        _register_player(self, "audio", props, sample_rate=sample_rate)
    node = self._enqueue("audio", props)
    return self._element(node)


@command
def video(self, data: Any, format: str = "video/mp4", start_time: Any = 0, *,
          subtitles: Any = None, end_time: Any = None, loop: bool = False,
          autoplay: bool = False, muted: bool = False, alt: str | None = None,
          width: Any = "stretch") -> Any:
    """A video player (YouTube URLs become an embedded YouTube player), with subtitle tracks."""
    start, end = _times(start_time, end_time)
    check_width(width)
    if isinstance(data, Path):
        data = str(data)
    youtube = None
    if isinstance(data, str) and not os.path.isfile(data):
        match = _YOUTUBE_RE.match(data)
        if match:
            code = match.group("video_id_1") or match.group("video_id_2") or match.group("video_id_3")
            youtube = f"https://www.youtube.com/embed/{code}"
    if youtube and subtitles:
        raise errors.StreamlitIncompatibleParametersError(
            "subtitles", "data=<YouTube URL>",
            explanation="Subtitles are not supported for YouTube videos.")
    src = youtube or media_src(data, format)
    props = {
        "src": src, "mime": format, "start_time": start, "end_time": end, "loop": bool(loop),
        "autoplay": bool(autoplay), "muted": bool(muted), "alt": _alt(alt), "width": width,
        "youtube": youtube is not None, "subtitles": _subtitles(subtitles),
    }
    if autoplay:
        _register_player(self, "video", props, muted=bool(muted))
    node = self._enqueue("video", props)
    return self._element(node)


@command
def pdf(self, data: Any, *, height: Any = 500, key: str | None = None,
        alt: str | None = None) -> Any:
    """A PDF in the browser's own viewer: a URL, a file path, bytes or a file."""
    _check_height(height, allow_content=False)
    if isinstance(data, (str, Path)):
        text = str(data).strip()
        if _is_url(text, ("http", "https")):
            src = text
        else:
            try:
                with open(text, "rb") as f:
                    src = _data_url(f.read(), "application/pdf")
            except (FileNotFoundError, PermissionError, IsADirectoryError) as e:
                raise errors.StreamlitAPIException(f"Unable to read file '{text}': {e}") from None
    elif isinstance(data, (bytes, bytearray)):
        src = _data_url(bytes(data), "application/pdf")
    elif hasattr(data, "read") and hasattr(data, "getvalue"):
        src = _data_url(data.getvalue(), "application/pdf")
    elif hasattr(data, "read"):
        src = _data_url(data.read(), "application/pdf")
    else:
        raise errors.invalid_type("data", type(data).__name__,
                                  ["str", "Path", "bytes", "file-like object"],
                                  detail="A str can be a file path or a URL.")
    from ..state.widgets import claim_key

    user_key = claim_key(key)  # takes part in the per-run duplicate key check, as in Streamlit
    node = self._enqueue("pdf", {"src": src, "height": height, "alt": _alt(alt), "key": user_key})
    return self._element(node)


def _check_tab_index(tab_index: Any) -> None:
    if tab_index is None:
        return
    if isinstance(tab_index, bool) or not isinstance(tab_index, int):
        raise errors.invalid_type("tab_index", type(tab_index).__name__, ["int"])
    if tab_index < -1:
        raise errors.invalid_value("tab_index", ["None", "-1", "a non-negative integer"])


def iframe_props(src: Any, *, width: Any, height: Any, tab_index: Any, alt: Any,
                 scrolling: bool = True, document: bool = False, checked: bool = False) -> dict[str, Any]:
    """Props of an ``iframe`` node: a URL (``src``) or a document (``srcdoc``).

    ``document``: ``src`` is HTML text whatever it looks like (``components.html``).
    ``checked``: the caller took width and height as its command does (``components.v1``
    takes 0, which ``st.iframe`` refuses).
    """
    if not checked:
        check_width(width, allow_content=True)
        _check_height(height, allow_content=True)
    _check_tab_index(tab_index)
    text = str(src) if isinstance(src, Path) else src
    if not isinstance(text, str):
        raise errors.invalid_type("src", type(src).__name__, ["str", "Path"])
    url = srcdoc = None
    if document:
        srcdoc = text
    elif isinstance(src, Path):
        if text.lower().endswith(_HTML_EXTENSIONS):
            try:
                with open(text, encoding="utf-8") as f:
                    srcdoc = f.read()
            except (OSError, UnicodeDecodeError) as e:
                raise errors.StreamlitAPIException(f"Unable to read file '{text}': {e}") from None
        else:
            try:
                with open(text, "rb") as f:
                    raw = f.read()
            except OSError as e:
                raise errors.StreamlitAPIException(f"Unable to read file '{text}': {e}") from None
            url = _data_url(raw, mimetypes.guess_type(text)[0] or "application/octet-stream")
    elif _is_url(text) or (text.startswith("/") and "\n" not in text and "<" not in text):
        url = text
    else:
        srcdoc = text
    if srcdoc is None:  # a cross-origin page cannot be measured: 400px, full width
        width = "stretch" if width == "content" else width
        height = 400 if height == "content" else height
    return {"src": url, "srcdoc": srcdoc, "width": width, "height": height,
            "tab_index": tab_index, "alt": _alt(alt), "scrolling": bool(scrolling)}


@command
def iframe(self, src: Any, *, width: Any = "stretch", height: Any = "content",
           tab_index: int | None = None, alt: str | None = None) -> Any:
    """Embed a URL, an HTML document (a string or an .html Path) or a local file."""
    node = self._enqueue("iframe", iframe_props(src, width=width, height=height, tab_index=tab_index,
                                                alt=alt))
    return self._element(node)


# --------------------------------------------------------------------- logo
_LOGO_SIZES = ("small", "medium", "large")


def _logo_image(image: Any, field: str) -> dict[str, str]:
    from ..runtime.pages import extract_leading_emoji
    from .misc import image_src

    invalid = errors.StreamlitAPIException(
        f"The {field} passed to st.logo is invalid - See "
        "[documentation](https://docs.streamlit.io/develop/api-reference/media/st.logo) "
        "for more information on valid types")
    if isinstance(image, str):
        if image.startswith(":material"):
            from ..icons import validate_material_icon

            try:
                return {"type": "icon", "value": validate_material_icon(image)}
            except errors.StreamlitAPIException:
                raise invalid from None  # 1.67 names the logo, not the icon
        emoji, rest = extract_leading_emoji(image)
        if emoji and not rest:
            return {"type": "emoji", "value": image}
        if image == "" or not (os.path.isfile(image) or _is_url(image) or image.startswith("/")
                               or image.lstrip().startswith("<svg")):
            raise invalid
    if isinstance(image, (list, tuple)):
        raise invalid
    try:
        return {"type": "image", "value": image_src(image)}
    except errors.StreamlitAPIException:
        raise invalid from None


def logo(image: Any, *, size: str = "medium", link: str | None = None,
         icon_image: Any = None) -> None:
    """The app's logo, top left of the sidebar and of the page (the last call of a run wins)."""
    props: dict[str, Any] = {"image": _logo_image(image, "image"), "link": None,
                             "icon_image": None}
    if link:
        if not _is_url(link, ("http", "https")):
            raise errors.StreamlitAPIException(
                f'"{link}" is not a valid URL. You must use a fully qualified domain beginning '
                'with "http://" or "https://".')
        props["link"] = link
    if icon_image:
        props["icon_image"] = _logo_image(icon_image, "icon_image")
    if not isinstance(size, str) or size.lower() not in _LOGO_SIZES:
        raise errors.invalid_value("size", ["'small'", "'medium'", "'large'"])
    props["size"] = size.lower()
    session = get_ctx().session
    session.logo = (session.run_count, props)  # type: ignore[attr-defined]
