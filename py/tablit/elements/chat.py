"""st.chat_message: a block for one message of a chat, with an avatar.

Node ``chat_message``: ``{name, avatar, avatar_type, width}``.  ``avatar`` is
what the page draws: for ``avatar_type`` ``"icon"`` the preset ``"user"`` /
``"assistant"`` (or ``""``: the initial of ``name``) or a ``:material/...:``
icon; ``"emoji"`` an emoji; ``"image"`` an image URL (a data URL for files,
bytes and PIL images).
"""

from __future__ import annotations

from typing import Any

from .. import errors
from ..delta_generator import command
from ..icons import is_emoji, validate_material_icon
from .sizing import check_width

_PRESETS = ("user", "assistant", "ai", "human")


def avatar_of(avatar: Any) -> tuple[str, str]:
    """(avatar_type, avatar) the page draws, as Streamlit decides them."""
    if avatar is None:
        return "icon", ""
    if isinstance(avatar, str) and avatar in _PRESETS:
        return "icon", "assistant" if avatar in ("ai", "assistant") else "user"
    if isinstance(avatar, str) and is_emoji(avatar):
        return "emoji", avatar
    if isinstance(avatar, str) and avatar.startswith(":material"):
        return "icon", validate_material_icon(avatar)
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
