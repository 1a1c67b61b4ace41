"""What the chart commands share: colours, layout checks, selection state.

The texts of the errors are Streamlit 1.67's (``streamlit/elements/lib``).
"""

from __future__ import annotations

from typing import Any, Callable

from ... import errors

BUILTIN_COLOR_NAMES = frozenset(
    {"red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "primary"})


class StreamlitInvalidColorError(errors.StreamlitAPIException):
    def __init__(self, color: Any) -> None:
        super().__init__(
            f"This does not look like a valid color: {color!r}.\n\nColors must be in one of the "
            "following formats:\n\n* Hex string with 3, 4, 6, or 8 digits. Example: `'#00ff00'`\n"
            "* List or tuple with 3 or 4 components. Example: `[1.0, 0.5, 0, 0.2]`")


class StreamlitInvalidWidthError(errors.StreamlitAPIException):
    def __init__(self, width: Any, allow_content: bool = False) -> None:
        valid = ("a positive integer (pixels), 'stretch', or 'content'" if allow_content
                 else "a positive integer (pixels) or 'stretch'")
        super().__init__(f"Invalid width value: {width!r}. Width must be either {valid}.")


# ---------------------------------------------------------------------- colours
def is_hex_color_like(color: Any) -> bool:
    return (isinstance(color, str) and color.startswith("#") and color[1:].isalnum()
            and len(color) in {4, 5, 7, 9})


def is_css_color_like(color: Any) -> bool:
    return is_hex_color_like(color) or (isinstance(color, str) and color.startswith(("rgb(", "rgba(")))


def is_color_tuple_like(color: Any) -> bool:
    return (isinstance(color, (tuple, list)) and len(color) in {3, 4}
            and all(isinstance(c, (int, float)) for c in color))


def is_color_like(color: Any) -> bool:
    """Hex, ``rgb()`` or a tuple; not the built-in names (the page resolves those)."""
    return is_css_color_like(color) or is_color_tuple_like(color)


def is_builtin_color_name(color: Any) -> bool:
    return isinstance(color, str) and color.lower() in BUILTIN_COLOR_NAMES


def _int_component(c: Any, color: Any) -> int:
    if isinstance(c, float):
        c = int(c * 255)
    if isinstance(c, int):
        return min(255, max(c, 0))
    raise StreamlitInvalidColorError(color)


def _float_component(c: Any, color: Any) -> float:
    if isinstance(c, int):
        c /= 255.0
    if isinstance(c, float):
        return min(1.0, max(c, 0.0))
    raise StreamlitInvalidColorError(color)


def to_css_color(color: Any) -> str:
    """Hex and ``rgb()`` strings as they are; tuples as ``rgb(...)``/``rgba(...)``."""
    if is_css_color_like(color):
        return color
    if is_color_tuple_like(color):
        r, g, b = (_int_component(c, color) for c in color[:3])
        if len(color) == 3:
            return f"rgb({r}, {g}, {b})"
        return f"rgba({r}, {g}, {b}, {_float_component(color[3], color)})"
    raise StreamlitInvalidColorError(color)


def to_int_color_tuple(color: Any) -> tuple[int, ...]:
    """Any colour (hex or tuple) as ``(r, g, b, a)`` ints, as st.map's ``color`` needs."""
    if is_hex_color_like(color):
        h = color[1:]
        if len(h) in (3, 4):
            h = "".join(ch * 2 for ch in h)
        if len(h) == 6:
            h += "ff"
        try:
            color = tuple(int(h[i:i + 2], 16) for i in range(0, 8, 2))
        except ValueError:
            raise StreamlitInvalidColorError(color) from None
    if is_color_tuple_like(color):
        rgb = [_int_component(c, color) for c in color[:3]]
        if len(color) == 4:
            rgb.append(_int_component(color[3], color))
        return tuple(rgb)
    raise StreamlitInvalidColorError(color)


# ---------------------------------------------------------------------- layout
def validate_width(width: Any, allow_content: bool = False) -> None:
    if isinstance(width, bool) or not isinstance(width, (int, str)):
        raise StreamlitInvalidWidthError(width, allow_content)
    if isinstance(width, str):
        if width not in (("stretch", "content") if allow_content else ("stretch",)):
            raise StreamlitInvalidWidthError(width, allow_content)
    elif width <= 0:
        raise StreamlitInvalidWidthError(width, allow_content)


def validate_height(height: Any, allow_content: bool = False) -> None:
    if isinstance(height, bool) or not isinstance(height, (int, str)):
        raise errors.StreamlitInvalidHeightError(height, allow_content)
    if isinstance(height, str):
        if height not in (("stretch", "content") if allow_content else ("stretch",)):
            raise errors.StreamlitInvalidHeightError(height, allow_content)
    elif height <= 0:
        raise errors.StreamlitInvalidHeightError(height, allow_content)


def normalize_alt(alt: Any, *, allow_empty: bool = False) -> str | None:
    """The accessible name given with ``alt=``: stripped; empty or blank means none
    (``""`` stays ``""`` where it means "decorative", for images)."""
    if alt is None:
        return None
    text = alt.decode("utf-8", "replace") if isinstance(alt, bytes) else str(alt)
    if text == "" and allow_empty:
        return ""
    return text.strip() or None


def on_select_callback(on_select: Any) -> Callable[..., Any] | None:
    """``'rerun'``/``'ignore'``/a callable, as 1.67 checks it; the callable, if one."""
    if callable(on_select):
        return on_select
    if on_select not in ("rerun", "ignore"):
        raise errors.invalid_value("on_select", ["'rerun'", "'ignore'", "a callback function"])
    return None


# ------------------------------------------------------------ selection state
# (the one class, shared with st.dataframe selections; re-exported for the chart modules)
from ...state.attributes import ReadOnlyAttributeDictionary  # noqa: E402,F401
