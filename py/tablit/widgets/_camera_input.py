"""st.camera_input and st.audio_input: one captured file, as an UploadedFile.

The page captures live, as 1.67 does (web/render/widgets/camera_input.js,
audio_input.js): the webcam's preview and "Take Photo", or the microphone's
recorder; the value travels like a single-file ``file_uploader``.
``camera_input(resolution=)`` asks the camera for that height
(``props.resolution_height``) and keeps the photo at the camera's size (a
JPEG); ``audio_input(sample_rate=)`` has the recording converted to a mono
16-bit WAV at that rate (``props.sample_rate``; None keeps the microphone's
own rate, as documented), as Streamlit's recorder produces.  Where the
browser cannot capture, the page offers to choose a file instead
(``props.capture`` is then the file input's ``capture`` hint).
"""

from __future__ import annotations

from typing import Any, Callable

from ..delta_generator import command
from ..state.widgets import WidgetSpec, register_widget
from .. import errors
from ._chat_input import SAMPLE_RATES
from ._common import callback_of, help_of, label_of, layout_props
from ._file_uploader import DEFAULT_MAX_UPLOAD_MB, UploadConfig

_RESOLUTIONS = {"480p": 480, "720p": 720, "1080p": 1080}
_ACCEPT = {"camera_input": [".jpg", ".jpeg", ".png", ".webp"],
           "audio_input": [".wav", ".mp3", ".ogg", ".webm", ".m4a"]}


def _capture(self, kind: str, label: str, key: Any, help: str | None,
             on_change: Callable[..., Any] | str | None, args: Any, kwargs: Any,
             disabled: bool, label_visibility: str, width: Any, extra: dict[str, Any]) -> Any:
    text = label_of(label)
    config = UploadConfig(multiple=False, allowed=_ACCEPT[kind],
                          max_bytes=DEFAULT_MAX_UPLOAD_MB * 1024 * 1024)
    return register_widget(self, WidgetSpec(
        type=kind,
        label=text,
        key=key,
        default=None,
        id_params={"label": text, "help": help, "width": width, **extra},
        props={**layout_props(key, width=width, allow_content=False), **extra,
               "type": _ACCEPT[kind], "accept_multiple_files": False,
               "max_upload_size_mb": config.max_mb,
               "capture": "environment" if kind == "camera_input" else "user"},
        codec=config,
        on_change=callback_of(on_change), args=args, kwargs=kwargs,
        read_only=True, disabled=disabled, help=help_of(help), label_visibility=label_visibility,
    )).value


@command
def camera_input(self, label: str, key: Any = None, help: str | None = None,
                 on_change: Callable[..., Any] | str | None = None, args: Any = None,
                 kwargs: Any = None, *, disabled: bool = False, label_visibility: str = "visible",
                 resolution: str | None = None, width: Any = "stretch") -> Any:
    """A photo from the device camera (or a picked image); UploadedFile or None."""
    if resolution is not None and resolution not in _RESOLUTIONS:
        raise errors.invalid_value("resolution", ["'480p'", "'720p'", "'1080p'", "None"])
    return _capture(self, "camera_input", label, key, help, on_change, args, kwargs, disabled,
                    label_visibility, width,
                    {"resolution_height": None if resolution is None else _RESOLUTIONS[resolution]})


@command
def audio_input(self, label: str, key: Any = None, help: str | None = None,
                on_change: Callable[..., Any] | str | None = None, args: Any = None,
                kwargs: Any = None, *, disabled: bool = False, label_visibility: str = "visible",
                sample_rate: int | None = 16000, width: Any = "stretch") -> Any:
    """A recording from the microphone (or a picked audio file); UploadedFile or None."""
    if sample_rate is not None and sample_rate not in SAMPLE_RATES:
        raise errors.invalid_value("sample_rate", [str(r) for r in SAMPLE_RATES] + ["None"])
    return _capture(self, "audio_input", label, key, help, on_change, args, kwargs, disabled,
                    label_visibility, width, {"sample_rate": sample_rate})
