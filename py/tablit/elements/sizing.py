"""Width and height of an element: Streamlit's ``width=``/``height=`` rules, shared by elements and widgets.

The page draws ``props.width`` (see ``protocol.NODE_PROPS``): an int is a
pixel width, ``"stretch"`` fills the container, ``"content"`` fits the
content.  Validating here gives every command the same error text.
"""

from __future__ import annotations

from typing import Any

from .. import errors

UINT32_MAX = 2**32 - 1


def check_width(width: Any, *, allow_content: bool = False) -> Any:
    """``width`` as the page takes it, or Streamlit's StreamlitInvalidWidthError."""
    if type(width) is str and (width == "stretch" or (allow_content and width == "content")):
        return width  # the usual width (a default), without the isinstance chain below
    if isinstance(width, bool) or not isinstance(width, (int, str)):
        raise errors.StreamlitInvalidWidthError(width, allow_content)
    if isinstance(width, str):
        if width != "stretch" and not (allow_content and width == "content"):
            raise errors.StreamlitInvalidWidthError(width, allow_content)
        return width
    if width <= 0:
        raise errors.StreamlitInvalidWidthError(width, allow_content)
    if width > UINT32_MAX:
        raise errors.StreamlitValueOutOfRangeError("width", width, 1, UINT32_MAX)
    return width


def width_prop(width: Any, use_container_width: bool | None = None, *, allow_content: bool = True) -> Any:
    """The deprecated ``use_container_width`` overrides ``width``; then validate."""
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    return check_width(width, allow_content=allow_content)


def check_height(height: Any, *, allow_content: bool = False, allow_stretch: bool = True) -> Any:
    """``height`` as the page takes it (pixels, "stretch", "content"), or 1.67's
    StreamlitInvalidHeightError (its layout_utils.validate_height: a bool is an int there)."""
    if isinstance(height, str):
        if (height == "stretch" and allow_stretch) or (height == "content" and allow_content):
            return height
        raise errors.StreamlitInvalidHeightError(height, allow_content)
    if not isinstance(height, int) or height <= 0:
        raise errors.StreamlitInvalidHeightError(height, allow_content)
    if height > UINT32_MAX:
        raise errors.StreamlitValueOutOfRangeError("height", height, 1, UINT32_MAX)
    return int(height)
