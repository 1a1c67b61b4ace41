"""Layout blocks: container, columns, empty.

Each returns one or more DeltaGenerators pointing at a new block of the
render tree (see ``DeltaGenerator._block``).  Blocks inherit the form of the
generator they are created from, so a column inside ``st.form`` belongs to
that form.  The containers with an open/selected state (expander, tabs,
popover) are in ``containers.py``.
"""

from __future__ import annotations

from numbers import Integral, Real
from typing import Any, Sequence

from ..delta_generator import command
from .. import errors
from ..runtime.context import get_ctx
from ..state.widgets import claim_key
from .sizing import UINT32_MAX, check_width

_GAP_SIZES = ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")
_VALID_GAPS = [*(f"'{g}'" for g in _GAP_SIZES), "None", "a non-negative integer (pixels)"]
_H_ALIGN = ("left", "center", "right", "distribute")
_V_ALIGN = ("top", "center", "bottom", "distribute")
_COLUMN_ALIGN = ("top", "center", "bottom")


# ----------------------------------------------------------------- validation
def _gap(gap: Any) -> str | int | None:
    """Streamlit's gap: a size name (0.25rem .. 8rem), pixels, or None (no gap)."""
    if isinstance(gap, int) and not isinstance(gap, bool) and gap >= 0:
        if gap > UINT32_MAX:
            raise errors.StreamlitValueOutOfRangeError("gap", gap, 0, UINT32_MAX)
        return gap
    if gap is None:
        return None
    if isinstance(gap, str) and gap.lower() in _GAP_SIZES:
        return gap.lower()
    raise errors.invalid_value("gap", _VALID_GAPS, detail=f"Got {gap!r}.")


def _height(height: Any, *, allow_content: bool = True) -> int | None:
    """A pixel height, or None for content/stretch; anything else is Streamlit's error."""
    ok = (isinstance(height, int) and not isinstance(height, bool) and height > 0) or (
        isinstance(height, str) and height in (("content", "stretch") if allow_content else ("stretch",))
    )
    if not ok:
        raise errors.StreamlitInvalidHeightError(height, allow_content)
    return height if isinstance(height, int) else None


def _alignment(name: str, value: Any, valid: Sequence[str]) -> None:
    if value not in valid:
        raise errors.invalid_value(name, [f"'{v}'" for v in valid], detail=f"Got {value!r}.")


# --------------------------------------------------------------------- blocks
@command
def container(self, *, border: bool | None = None, key: Any = None, width: Any = "stretch",
              height: Any = "content", horizontal: bool = False, wrap: bool = True,
              horizontal_alignment: str = "left", vertical_alignment: str = "top",
              gap: Any = "small", autoscroll: bool | None = None) -> Any:
    """A multi-element container; elements can be added to it later, out of order.

    ``horizontal`` lays its elements out in a row (wrapping unless ``wrap=False``),
    as 1.67's flex container: the page reads the alignments as the row's or the
    column's, the way Streamlit maps them to justify/align.
    """
    gap_value = _gap(gap)
    _alignment("horizontal_alignment", horizontal_alignment, _H_ALIGN)
    _alignment("vertical_alignment", vertical_alignment, _V_ALIGN)
    if wrap is False and not horizontal:
        raise errors.StreamlitIncompatibleParametersError(
            "wrap=False", "horizontal=False",
            explanation="A vertical container has no horizontal row of elements to keep in a "
                        "single, scrolling row. Set `horizontal=True` to use `wrap=False`, or "
                        "remove the `wrap` argument.")
    check_width(width, allow_content=True)
    pixels = _height(height)
    user_key = claim_key(key)
    shown_border = bool(border) if border is not None else pixels is not None
    return self._block("container", {
        "border": shown_border, "height": pixels, "key": user_key, "horizontal": bool(horizontal),
        "wrap": bool(wrap) if horizontal else False, "horizontal_alignment": horizontal_alignment,
        "vertical_alignment": vertical_alignment, "gap": gap_value, "width": width,
        "stretch_height": height == "stretch"})


@command
def columns(self, spec: Any, *, gap: Any = "small", vertical_alignment: str = "top",
            border: bool = False, width: Any = "stretch", wrap: bool = True) -> list[Any]:
    """Side-by-side columns: ``spec`` is a count or a list of relative widths."""
    if isinstance(spec, Integral) and not isinstance(spec, bool):
        weights: Sequence[Any] = (1,) * int(spec)
    else:
        weights = spec
    try:
        invalid = len(weights) == 0 or any(w <= 0 for w in weights)
    except TypeError:
        raise errors.invalid_type("spec", type(spec).__name__, ["int", "sequence of numbers"]) from None
    if invalid or not all(isinstance(w, Real) for w in weights):
        raise errors.StreamlitInvalidColumnSpecError()
    if vertical_alignment not in _COLUMN_ALIGN:
        raise errors.invalid_value("vertical_alignment", [f"'{a}'" for a in _COLUMN_ALIGN],
                                   detail=f"Got {vertical_alignment!r}.")
    if not isinstance(wrap, bool):
        raise errors.invalid_value("wrap", ["True", "False"])
    check_width(width)
    gap_value = _gap(gap)
    row = self._block("columns", {"gap": gap_value, "vertical_alignment": vertical_alignment,
                                  "border": bool(border), "width": width, "wrap": wrap})
    total = float(sum(weights))
    return [row._block("column", {"weight": float(w) / total, "border": bool(border),
                                  "vertical_alignment": vertical_alignment}) for w in weights]


@command
def empty(self) -> Any:
    """A single-element placeholder: each write replaces what it holds.

    On a placeholder itself, ``placeholder.empty()`` clears it and returns it.
    """
    if self._is_empty:
        get_ctx().tree.clear_block(self._root, self._path)
        return self
    return self._block("empty", {}, is_empty=True)
