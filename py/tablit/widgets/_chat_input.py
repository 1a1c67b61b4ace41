"""st.chat_input: a message box; trigger-like.

The page sends the submitted text as a change *and* names the widget as the
update's trigger.  The call returns that text during the one run the submit
caused, and None otherwise.  Since Streamlit 1.47, ``st.session_state[key] =
"text"`` before the call pre-fills the box instead: the call returns None, the
key reads None again, and the page shows the text (``props.prefill``) for the
user to send (spec §3.5, C22).
"""

from __future__ import annotations

from typing import Any, Callable

from ..delta_generator import command
from .. import errors
from ..state.widgets import WidgetSpec, register_widget
from ._common import callback_of, in_form
from ._file_uploader import check_max_upload_size

_ACCEPT_FILE = (True, False, "multiple", "directory")
_SUBMIT_MODES = ("submit", "disable", "stop")


class ChatInputValue(dict):
    """What a chat_input that accepts files or audio returns: ``text``,
    ``files`` and ``audio``, readable as keys or attributes.

    tablit's page sends text only, so ``files`` is always empty and ``audio``
    None; apps written for file-accepting chat inputs still run.
    """

    def __init__(self, text: str, *, files: bool, audio: bool) -> None:
        super().__init__(text=text)
        if files:
            self["files"] = []
        if audio:
            self["audio"] = None

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __deepcopy__(self, memo: dict) -> "ChatInputValue":
        return ChatInputValue(self["text"], files="files" in self, audio="audio" in self)


class _Chat:
    """Conversions for one chat_input call; remembers a session-state pre-fill."""

    def __init__(self, max_chars: int | None, files: bool, audio: bool) -> None:
        self.max_chars = max_chars
        self.files = files
        self.audio = audio
        self.prefill: str | None = None

    def deserialize(self, wire: Any) -> Any:
        if not isinstance(wire, str):
            raise TypeError(f"a chat message must be a string, not {wire!r}")
        if self.max_chars and len(wire) > self.max_chars:
            raise ValueError(f"the message is longer than max_chars={self.max_chars}")
        if self.files or self.audio:
            return ChatInputValue(wire, files=self.files, audio=self.audio)
        return wire

    def coerce(self, value: Any, source: str) -> Any:
        """Text assigned through session state pre-fills the box and reads None."""
        if source in ("W", "Ck") and isinstance(value, str):
            self.prefill = value
            return None
        return value


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
    chat = _Chat(max_chars, files=accept_file in (True, "multiple", "directory"),
                 audio=bool(accept_audio))
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
        props={"placeholder": str(placeholder), "max_chars": max_chars, "prefill": None},
        deserialize=chat.deserialize,
        on_change=callback, args=args, kwargs=kwargs,
        is_trigger=True, trigger_idle=None, disabled=disabled,
        coerce=chat.coerce,
    ))
    if chat.prefill is not None:
        result.node.props["prefill"] = chat.prefill
    return result.value
