"""Icons as Streamlit 1.67 accepts them: ``icon=``, page icons, avatars.

An icon is one emoji (``"🎈"``) or a Material Symbols shortcode
(``":material/thumb_up:"``); ``"spinner"`` is a built-in name.  1.67 refuses
anything else with ``StreamlitAPIException`` at the call, with the messages
below, so an app that runs here also runs there.

The valid Material names are those of the icon set the page draws: the list
``data/material_icons.txt`` is generated from the npm package that ships the
icons (``node web/tools/icon_assets.js --names``), never written by hand, and
read only the first time an app uses a Material icon (in the browser it is
not even downloaded before: a family of its own, ``web/tools/families.js``).
"""

from __future__ import annotations

import os
import re
import unicodedata
from functools import lru_cache
from typing import Any

from . import errors

_NAMES_FILE = os.path.join(os.path.dirname(__file__), "data", "material_icons.txt")

# GitHub-style shortcodes (":rocket:", ":+1:"): 1.67 rejects them as icons.
_EMOJI_SHORTCODE = re.compile(r":[a-zA-Z0-9_+-]+:")
_MATERIAL = re.compile(r"^\s*:(.+)/(.+):\s*$")
# A zero-width space keeps the page's Markdown from drawing the example icon.
_ZWSP = "\u200b"
_FORMAT_HINT = f"Please use a single emoji or a Material icon shortcode like `:material{_ZWSP}/thumb_up:`."


@lru_cache(maxsize=1)
def material_icon_names() -> frozenset[str]:
    """Every Material Symbols name the page can draw (read once, when first needed).

    In the browser the list is a family of its own (``dist/families/icons.tar.gz``):
    fetched with the core when the app's source mentions "material", else here."""
    if not os.path.exists(_NAMES_FILE):
        from .runtime import families

        families.load("icons")
    with open(_NAMES_FILE, encoding="utf-8") as f:
        return frozenset(line.strip() for line in f if line.strip())


def is_material_icon(name: str) -> bool:
    return name in material_icon_names()


# ------------------------------------------------------------------ emoji
# The emoji of the Basic Multilingual Plane (Unicode's Emoji property there: a
# closed set, no emoji has been added below U+10000 since 2020); the
# pictographs above it are told by their category.
_BMP_EMOJI = (
    (0x00A9, 0x00A9), (0x00AE, 0x00AE), (0x203C, 0x203C), (0x2049, 0x2049), (0x2122, 0x2122), (0x2139, 0x2139),
    (0x2194, 0x2199), (0x21A9, 0x21AA), (0x231A, 0x231B), (0x2328, 0x2328), (0x23CF, 0x23CF), (0x23E9, 0x23F3),
    (0x23F8, 0x23FA), (0x24C2, 0x24C2), (0x25AA, 0x25AB), (0x25B6, 0x25B6), (0x25C0, 0x25C0), (0x25FB, 0x25FE),
    (0x2600, 0x2604), (0x260E, 0x260E), (0x2611, 0x2611), (0x2614, 0x2615), (0x2618, 0x2618), (0x261D, 0x261D),
    (0x2620, 0x2620), (0x2622, 0x2623), (0x2626, 0x2626), (0x262A, 0x262A), (0x262E, 0x262F), (0x2638, 0x263A),
    (0x2640, 0x2640), (0x2642, 0x2642), (0x2648, 0x2653), (0x265F, 0x2660), (0x2663, 0x2663), (0x2665, 0x2666),
    (0x2668, 0x2668), (0x267B, 0x267B), (0x267E, 0x267F), (0x2692, 0x2697), (0x2699, 0x2699), (0x269B, 0x269C),
    (0x26A0, 0x26A1), (0x26A7, 0x26A7), (0x26AA, 0x26AB), (0x26B0, 0x26B1), (0x26BD, 0x26BE), (0x26C4, 0x26C5),
    (0x26C8, 0x26C8), (0x26CE, 0x26CF), (0x26D1, 0x26D1), (0x26D3, 0x26D4), (0x26E9, 0x26EA), (0x26F0, 0x26F5),
    (0x26F7, 0x26FA), (0x26FD, 0x26FD), (0x2702, 0x2702), (0x2705, 0x2705), (0x2708, 0x270D), (0x270F, 0x270F),
    (0x2712, 0x2712), (0x2714, 0x2714), (0x2716, 0x2716), (0x271D, 0x271D), (0x2721, 0x2721), (0x2728, 0x2728),
    (0x2733, 0x2734), (0x2744, 0x2744), (0x2747, 0x2747), (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755),
    (0x2757, 0x2757), (0x2763, 0x2764), (0x2795, 0x2797), (0x27A1, 0x27A1), (0x27B0, 0x27B0), (0x27BF, 0x27BF),
    (0x2934, 0x2935), (0x2B05, 0x2B07), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55), (0x3030, 0x3030),
    (0x303D, 0x303D), (0x3297, 0x3297), (0x3299, 0x3299),
)


def _is_base(ch: str) -> bool:
    """A code point that starts an emoji."""
    cp = ord(ch)
    if cp < 0x10000:
        return any(lo <= cp <= hi for lo, hi in _BMP_EMOJI)
    return 0x1F000 <= cp <= 0x1FAFF and unicodedata.category(ch) in ("So", "Sk", "Cn")


_REGIONAL = range(0x1F1E6, 0x1F200)
_SKIN = range(0x1F3FB, 0x1F400)
_TAGS = range(0xE0020, 0xE0080)


def _is_single_element(part: str) -> bool:
    """One emoji without joiners: a base, then variation selector, skin tone or tags."""
    if not part:
        return False
    if len(part) >= 2 and part[-1] == "\u20e3" and part[0] in "0123456789#*":  # keycap
        return all(c == "\ufe0f" for c in part[1:-1])
    if not _is_base(part[0]) or ord(part[0]) in _REGIONAL:
        return False
    return all(c in ("\ufe0f", "\ufe0e") or ord(c) in _SKIN or ord(c) in _TAGS for c in part[1:])


def is_emoji(text: Any) -> bool:
    """One emoji: a single pictograph (with its variation selector, skin tone or
    tags), a keycap, a flag (two regional indicators) or a ZWJ sequence.

    1.67 looks the text up in its list of every emoji; this reads the same
    answer from the code points, so that no list ships to the browser.
    """
    if not isinstance(text, str) or not text or text.isascii() or len(text) > 16:
        return False
    text = text.replace("\ufe0f", "")  # as 1.67: only the variation selector is ignored, wherever it is
    if not text:
        return False
    if len(text) == 2 and all(ord(c) in _REGIONAL for c in text):
        return True
    return all(_is_single_element(p) for p in text.split("\u200d"))


# ------------------------------------------------------------------ validation
def validate_material_icon(value: str | None) -> str:
    """``":material/name:"`` stripped, or 1.67's ``StreamlitAPIException``."""
    if value is None:
        return ""
    match = _MATERIAL.match(value)
    shown = value.replace("/", _ZWSP + "/")
    if not match:
        raise errors.StreamlitAPIException(
            f'The value `"{shown}"` is not a valid Material icon. Please use a Material icon '
            f"shortcode like **`:material{_ZWSP}/thumb_up:`**")
    pack, name = match.groups()
    if pack != "material" or not name or not is_material_icon(name):
        raise errors.StreamlitAPIException(
            f'The value `"{shown}"` is not a valid Material icon. Please use a Material icon '
            f"shortcode like **`:material{_ZWSP}/thumb_up:`**.")
    return f":{pack}/{name}:"


def validate_emoji(value: str | None) -> str:
    if value is None:
        return ""
    if is_emoji(value):
        return value
    raise errors.StreamlitAPIException(f'The value "{value}" is not a valid emoji. Please use a single emoji.')


def validate_icon_or_emoji(icon: Any) -> str:
    """An ``icon=`` value as 1.67 normalises it ("" for none), or its error."""
    if icon is None:
        return ""
    if not isinstance(icon, str):
        raise errors.invalid_type("icon", type(icon).__name__, ["str", "None"])
    icon = icon.strip()
    if not icon:
        return ""
    if icon == "spinner":
        return icon
    if icon.startswith(":"):
        if icon.lower().startswith(":material"):
            return validate_material_icon(icon)
        if _EMOJI_SHORTCODE.fullmatch(icon):
            raise errors.StreamlitAPIException(
                f'The value "{icon}" is not a valid icon. Emoji shortcodes are not supported. {_FORMAT_HINT}')
    if "://" in icon or icon[:5].lower() == "data:" or icon.startswith("//"):
        shown = icon if len(icon) <= 60 else f"{icon[:60]}…"
        raise errors.StreamlitAPIException(
            f'The value "{shown}" looks like a URL. Images are not supported for `icon`. {_FORMAT_HINT} '
            "To follow support for image icons, see https://github.com/streamlit/streamlit/issues/9770.")
    if icon.isascii():
        raise errors.StreamlitAPIException(f'The value "{icon}" is not a valid icon. {_FORMAT_HINT}')
    return validate_emoji(icon)


def icon_or_none(icon: Any) -> str | None:
    """:func:`validate_icon_or_emoji`, with None for no icon (the node props' form)."""
    if icon is None:
        return None  # (most elements have no icon: no second call)
    return validate_icon_or_emoji(icon) or None


# ------------------------------------------------------------------ leading icons
_LEADING_MATERIAL = re.compile(r"^(:[^:]+:)\s*(.*)", re.DOTALL)
_SEPARATORS = re.compile(r"^[_ -]*")


def extract_leading_icon(text: str) -> tuple[str, str]:
    """``("☝️", "Upload a file")`` from ``"☝️ Upload a file"``: a leading Material icon or
    emoji and the rest, without the spaces, dashes or underscores between them.

    1.67's alerts take an icon that starts their body for the icon slot when ``icon=``
    is not given, so ``st.info("☝️ Upload a file")`` draws the finger where an icon
    goes; ``("", text)`` when the text starts with neither.  The emoji is the longest
    prefix that is one emoji (1.67 tries its emoji list longest first: ``"👍🏻"``
    before ``"👍"``)."""
    if not text:
        return "", text
    if text.startswith(":material"):
        match = _LEADING_MATERIAL.match(text)
        if match:
            try:
                return validate_material_icon(match.group(1)), match.group(2)
            except errors.StreamlitAPIException:
                pass  # (not a Material name: maybe an emoji follows, as in 1.67)
    if text.isascii():
        return "", text
    for end in range(min(len(text), 16), 0, -1):
        if is_emoji(text[:end]):
            return text[:end], _SEPARATORS.sub("", text[end:], count=1)
    return "", text
