"""st.chat_message: a block for one message of a chat, with an avatar.

Node ``chat_message``: ``{name, avatar, avatar_type, width}``.  ``avatar`` is
what the page draws: for ``avatar_type`` ``"icon"`` the preset ``"user"`` /
``"assistant"`` (or ``""``: the initial of ``name``) or a ``:material/...:``
icon; ``"emoji"`` an emoji; ``"image"`` an image URL (a data URL for files,
bytes and PIL images).
"""

from __future__ import annotations

import unicodedata
from typing import Any

from .. import errors
from ..delta_generator import command
from .sizing import check_width

_PRESETS = ("user", "assistant", "ai", "human")


def is_emoji(text: str) -> bool:
    """A short string made only of emoji code points (with joiners and variation selectors).

    Streamlit checks a list of every emoji; the Unicode categories of the
    emoji blocks give the same answer for single emoji, flags and ZWJ sequences.
    """
    if not isinstance(text, str) or not text or len(text) > 12:
        return False
    seen = False
    keycap = "\u20e3" in text
    for ch in text:
        if keycap and ch in "0123456789#*":
            seen = True
            continue
        cp = ord(ch)
        if cp in (0x200D, 0xFE0F, 0xFE0E, 0x20E3) or 0x1F3FB <= cp <= 0x1F3FF or 0xE0020 <= cp <= 0xE007F:
            continue  # joiners, variation selectors, keycaps, skin tones, tag sequences
        if (0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF or 0x2B00 <= cp <= 0x2BFF
                or 0x2300 <= cp <= 0x23FF or cp in (0x00A9, 0x00AE, 0x203C, 0x2049, 0x2122, 0x2139, 0x3030, 0x303D, 0x3297, 0x3299)):
            if unicodedata.category(ch) in ("So", "Sm", "Cn", "Sk"):
                seen = True
                continue
        return False
    return seen


def avatar_of(avatar: Any) -> tuple[str, str]:
    """(avatar_type, avatar) the page draws, as Streamlit decides them."""
    if avatar is None:
        return "icon", ""
    if isinstance(avatar, str) and avatar in _PRESETS:
        return "icon", "assistant" if avatar in ("ai", "assistant") else "user"
    if isinstance(avatar, str) and is_emoji(avatar):
        return "emoji", avatar
    if isinstance(avatar, str) and avatar.startswith(":material"):
        return "icon", avatar
    from .misc import image_src

    try:
        return "image", image_src(avatar)
    except Exception as ex:  # noqa: BLE001 - any failure is Streamlit's one error
        raise errors.StreamlitAPIException(
            "Failed to load the provided avatar value as an image.") from ex


@command
def chat_message(self, name: str, *, avatar: Any = None, width: Any = "stretch") -> Any:
    """A chat message container; ``with`` it or call its methods to fill it."""
    if name is None:
        raise errors.StreamlitMissingRequiredParameterError("name")
    if avatar is None and (name.lower() in _PRESETS or is_emoji(name)):
        avatar = name.lower()
    avatar_type, shown = avatar_of(avatar)
    check_width(width, allow_content=True)
    return self._block("chat_message", {"name": name, "avatar": shown, "avatar_type": avatar_type,
                                        "width": width})
