"""st.chat_input: a message box; trigger-like.

The page sends the submitted text as a change *and* names the widget as the
update's trigger.  The call returns that text during the one run the submit
caused, and None otherwise.  With ``accept_file``/``accept_audio`` it returns a
:class:`ChatInputValue` (text, files, audio), as Streamlit 1.67 does; the page
then sends ``{"text", "files", "audio"}`` (files as file_uploader's).  Since Streamlit 1.47, ``st.session_state[key] =
"text"`` before the call pre-fills the box instead: the call returns None, the
key reads None again, and the page shows the text (``props.prefill``) for the
user to send (spec §3.5, C22).
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from typing import Any, Callable, Iterator

from ..delta_generator import DeltaGenerator, bottom_dg, command
from .. import errors
from ..state.widgets import WidgetResult, WidgetSpec, register_widget
from ._common import callback_of, in_form
from ..elements.layout import _height
from ..elements.sizing import check_width
from ..runtime.context import get_ctx
from ._file_uploader import UploadConfig, check_max_upload_size, normalize_file_types

_ACCEPT_FILE = (True, False, "multiple", "directory")
_SUBMIT_MODES = ("submit", "disable", "stop")
SAMPLE_RATES = (8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000)


class ChatInputValue(MutableMapping):
    """What a chat_input that accepts files or audio returns, as Streamlit 1.67's:
    attributes ``text``, ``files`` (list of UploadedFile) and ``audio``
    (UploadedFile or None); as a mapping, only the keys the widget accepts
    (``text``, plus ``files`` with ``accept_file``, ``audio`` with ``accept_audio``).
    """

    def __init__(self, text: str, files: list | None = None, audio: Any = None, *,
                 include_files: bool = False, include_audio: bool = False) -> None:
        self.text = text
        self.files = list(files or [])
        self.audio = audio
        self._include_files = include_files
        self._include_audio = include_audio

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text}
        if self._include_files:
            out["files"] = self.files
        if self._include_audio:
            out["audio"] = self.audio
        return out

    def __getitem__(self, key: str) -> Any:
        return self.to_dict()[key]

    def __setitem__(self, key: str, value: Any) -> None:
        if key not in self.to_dict():
            raise KeyError(key)
        setattr(self, key, value)

    def __delitem__(self, key: str) -> None:
        raise TypeError("ChatInputValue keys cannot be deleted")

    def __iter__(self) -> Iterator[str]:
        return iter(self.to_dict())

    def __len__(self) -> int:
        return len(self.to_dict())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ChatInputValue):
            return self.to_dict() == other.to_dict()
        if isinstance(other, Mapping):
            return self.to_dict() == dict(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"ChatInputValue({self.to_dict()!r})"

    def __deepcopy__(self, memo: dict) -> "ChatInputValue":
        return ChatInputValue(self.text, list(self.files), self.audio,
                              include_files=self._include_files, include_audio=self._include_audio)


class _Chat:
    """Conversions for one chat_input call; remembers a session-state pre-fill.

    Wire form: the text, or (with ``accept_file``/``accept_audio``)
    ``{"text": str, "files": [file], "audio": file|null}`` where a file is as
    file_uploader's (``{name, type, size, data}``).
    """

    def __init__(self, max_chars: int | None, files: bool, audio: bool, uploads: UploadConfig,
                 multiple: bool) -> None:
        self.max_chars = max_chars
        self.files = files
        self.audio = audio
        self.uploads = uploads
        self.multiple = multiple
        self.prefill: str | None = None

    def deserialize(self, wire: Any) -> Any:
        files: list = []
        audio = None
        if isinstance(wire, dict) and (self.files or self.audio):
            text = wire.get("text", "")
            raw_files = wire.get("files") or []
            if raw_files and not self.files:
                raise ValueError("this chat input does not accept files")
            if not isinstance(raw_files, list):
                raise TypeError("'files' must be a list of files")
            if len(raw_files) > 1 and not self.multiple:
                raise ValueError("this chat input takes one file")
            files = [self.uploads._file(f) for f in raw_files]
            raw_audio = wire.get("audio")
            if raw_audio is not None:
                if not self.audio:
                    raise ValueError("this chat input does not accept audio")
                audio = UploadConfig(False, None, self.uploads.max_bytes)._file(raw_audio)
                if not audio.type.startswith("audio/"):
                    raise ValueError(f"{audio.name!r} is not an audio recording ({audio.type})")
        else:
            text = wire
        if not isinstance(text, str):
            raise TypeError(f"a chat message must be a string, not {text!r}")
        if self.max_chars and len(text) > self.max_chars:
            raise ValueError(f"the message is longer than max_chars={self.max_chars}")
        if self.files or self.audio:
            return ChatInputValue(text, files, audio, include_files=self.files, include_audio=self.audio)
        return text

    def coerce(self, value: Any, source: str) -> Any:
        """Text assigned through session state pre-fills the box and reads None."""
        if source in ("W", "Ck") and isinstance(value, str):
            self.prefill = value
            return None
        return value

    def finish(self, placed: WidgetResult) -> None:
        """What the page shows in the box: text assigned through session state, or the
        message this run returns (files are not sent back to the page)."""
        if self.prefill is not None:
            placed.node.props["prefill"] = self.prefill
        if isinstance(placed.value, ChatInputValue):
            placed.node.props["value"] = placed.value.text


def pinned_at_bottom(dg: DeltaGenerator) -> bool:
    """Whether a chat_input called on ``dg`` goes into the bottom block, as 1.67's
    does: called from the main body with no layout block around it (``st.chat_input``
    at the top level, or an ``st.empty()`` placeholder there).  In a container,
    column, tab, expander, fragment, the sidebar or ``st.bottom`` it stays where it was called."""
    active = dg._active()
    if active._root != "main" or getattr(get_ctx(), "fragment_depth", 0):
        return False  # (a fragment: 1.67 draws it in a container of its own)
    return active._is_root or (active._is_empty and len(active._path) == 1)


@command
def chat_input(self, placeholder: str = "Your message", *, key: Any = None,
               max_chars: int | None = None, max_upload_size: int | None = None,
               accept_file: bool | str = False, file_type: Any = None,
               accept_audio: bool = False, audio_sample_rate: int | None = 16000,
               disabled: bool = False, submit_mode: str = "submit",
               on_submit: Callable[..., Any] | None = None, args: Any = None,
               kwargs: Any = None, width: Any = "stretch", height: Any = "content") -> str | None:
    """A chat message box; returns the submitted text for one run, else None."""
    callback = callback_of(on_submit, param="on_submit", modes=())
    if accept_file not in _ACCEPT_FILE:
        raise errors.invalid_value("accept_file", ["True", "False", "'multiple'", "'directory'"],
                                   detail=f"Got {accept_file!r}.")
    if submit_mode not in _SUBMIT_MODES:
        raise errors.invalid_value("submit_mode", [repr(m) for m in _SUBMIT_MODES])
    check_max_upload_size(max_upload_size)
    if in_form(self):
        if callback is not None:
            raise errors.form_callback()
        raise errors.StreamlitInvalidLayoutContextError(
            "`st.chat_input()` can't be used in a `st.form()`.")
    allowed = normalize_file_types(file_type) if file_type else None
    if audio_sample_rate is not None and audio_sample_rate not in SAMPLE_RATES:
        raise errors.invalid_value("audio_sample_rate", [str(r) for r in SAMPLE_RATES] + ["None"])
    check_width(width)
    pixels = _height(height)
    limit_mb = max_upload_size or get_ctx().session.config.get("server.maxUploadSize") or 200
    uploads = UploadConfig(multiple=accept_file in ("multiple", "directory"), allowed=allowed,
                           max_bytes=int(limit_mb) * 1024 * 1024)
    chat = _Chat(max_chars, files=accept_file in (True, "multiple", "directory"),
                 audio=bool(accept_audio), uploads=uploads, multiple=uploads.multiple)
    id_params = {
        "placeholder": placeholder, "max_chars": max_chars, "max_upload_size": max_upload_size,
        "accept_file": accept_file, "file_type": file_type, "accept_audio": accept_audio,
        "audio_sample_rate": audio_sample_rate, "submit_mode": submit_mode, "width": width,
        "height": height,
    }
    result = register_widget(self, WidgetSpec(
        type="chat_input",
        label=None,
        key=key,
        default=None,
        id_params=id_params,
        keyed_params={"accept_file": accept_file, "file_type": file_type,
                      "max_chars": max_chars, "max_upload_size": max_upload_size},
        props={"placeholder": str(placeholder), "max_chars": max_chars, "prefill": None,
               "accept_file": accept_file, "file_type": allowed, "accept_audio": bool(accept_audio),
               "audio_sample_rate": audio_sample_rate, "max_upload_size": int(limit_mb),
               "submit_mode": submit_mode, "width": width, "height": pixels},
        deserialize=chat.deserialize,
        on_change=callback, args=args, kwargs=kwargs,
        is_trigger=True, trigger_idle=None, disabled=disabled,
        coerce=chat.coerce,
    ), at=bottom_dg if pinned_at_bottom(self) else None, finish=chat.finish)
    return result.value
