"""Layout blocks: container, columns, empty, expander, tabs, popover.

Each returns one or more DeltaGenerators pointing at a new block of the
render tree (see ``DeltaGenerator._block``).  Blocks inherit the form of the
generator they are created from, so a column inside ``st.form`` belongs to
that form.  Streamlit's stateful expanders/tabs/popovers (``on_change``,
``bind``) are accepted but stay stateless here: the page owns whether they are
open, and no rerun is sent when that changes.
"""

from __future__ import annotations

from numbers import Integral, Real
from typing import Any, Sequence

from ..delta_generator import command
from .. import errors
from ..runtime.context import get_ctx
from ..state.widgets import user_key_of

_GAP_SIZES = ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")
_VALID_GAPS = [*(f"'{g}'" for g in _GAP_SIZES), "None", "a non-negative integer (pixels)"]
_H_ALIGN = ("left", "center", "right", "distribute")
_V_ALIGN = ("top", "center", "bottom", "distribute")
_COLUMN_ALIGN = ("top", "center", "bottom")


# ----------------------------------------------------------------- validation
def _gap(gap: Any) -> str:
    """Streamlit's gap rules, mapped onto the three sizes the renderer draws."""
    if isinstance(gap, int) and not isinstance(gap, bool) and gap >= 0:
        return "small" if gap <= 16 else "medium" if gap <= 32 else "large"
    if gap is None:
        return "small"
    if isinstance(gap, str) and gap.lower() in _GAP_SIZES:
        size = gap.lower()
        if size in ("xxsmall", "xsmall"):
            return "small"
        if size in ("xlarge", "xxlarge"):
            return "large"
        return size
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


def _register_key(key: Any) -> str | None:
    """A keyed block takes part in the per-run user-key duplicate check (spec C47)."""
    user_key = user_key_of(key) if key != "" else None
    if user_key is None:
        return None
    ctx = get_ctx()
    if user_key in ctx.element_keys_seen:
        raise errors.duplicate_key(user_key)
    ctx.element_keys_seen.add(user_key)
    return user_key


# --------------------------------------------------------------------- blocks
@command
def container(self, *, border: bool | None = None, key: Any = None, width: Any = "stretch",
              height: Any = "content", horizontal: bool = False, wrap: bool = True,
              horizontal_alignment: str = "left", vertical_alignment: str = "top",
              gap: Any = "small", autoscroll: bool | None = None) -> Any:
    """A multi-element container; elements can be added to it later, out of order."""
    _gap(gap)
    _alignment("horizontal_alignment", horizontal_alignment, _H_ALIGN)
    _alignment("vertical_alignment", vertical_alignment, _V_ALIGN)
    if wrap is False and not horizontal:
        raise errors.StreamlitIncompatibleParametersError(
            "wrap=False", "horizontal=False",
            explanation="A vertical container has no horizontal row of elements to keep in a "
                        "single, scrolling row. Set `horizontal=True` to use `wrap=False`, or "
                        "remove the `wrap` argument.")
    pixels = _height(height)
    user_key = _register_key(key)
    shown_border = bool(border) if border is not None else pixels is not None
    return self._block("container", {"border": shown_border, "height": pixels, "key": user_key})


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
    row = self._block("columns", {"gap": _gap(gap), "vertical_alignment": vertical_alignment})
    total = float(sum(weights))
    return [row._block("column", {"weight": float(w) / total}) for w in weights]


@command
def empty(self) -> Any:
    """A single-element placeholder: each write replaces what it holds.

    On a placeholder itself, ``placeholder.empty()`` clears it and returns it.
    """
    if self._is_empty:
        get_ctx().tree.clear_block(self._root, self._path)
        return self
    return self._block("empty", {}, is_empty=True)


@command
def expander(self, label: str, expanded: bool = False, *, key: Any = None, icon: str | None = None,
             type: str = "default", width: Any = "stretch", on_change: Any = "ignore",
             args: Any = None, kwargs: Any = None, bind: Any = None) -> Any:
    """A collapsible block; open or closed is the page's business."""
    if label is None:
        raise errors.StreamlitMissingRequiredParameterError("label")
    if bind is not None and bind != "query-params":
        raise errors.invalid_value("bind", ["'query-params'", "None"])
    _register_key(key)
    return self._block("expander", {"label": str(label), "expanded": bool(expanded), "icon": icon})


@command
def popover(self, label: str, *, type: str = "secondary", help: str | None = None,
            icon: str | None = None, disabled: bool = False, use_container_width: bool | None = None,
            width: Any = "content", wrap: bool | None = None, key: Any = None,
            on_change: Any = "ignore", args: Any = None, kwargs: Any = None) -> Any:
    """A popover: a button-like label that opens a block of elements.

    Node ``popover`` carries the expander's props (``expanded`` always false)
    plus ``help``, ``disabled`` and ``type``, so a renderer can draw it as an
    expander.
    """
    if label is None:
        raise errors.StreamlitMissingRequiredParameterError("label")
    if type not in ("primary", "secondary", "tertiary"):
        raise errors.invalid_value("type", ["'primary'", "'secondary'", "'tertiary'"])
    _register_key(key)
    return self._block("popover", {"label": str(label), "expanded": False, "icon": icon,
                                   "help": help, "disabled": bool(disabled), "type": type})


@command
def tabs(self, tabs: Sequence[str], *, width: Any = "stretch", height: Any = "content",
         default: str | None = None, key: Any = None, on_change: Any = "ignore",
         args: Any = None, kwargs: Any = None, bind: Any = None) -> list[Any]:
    """Tabs: one block per label, all rendered (the page shows one at a time)."""
    if not tabs:
        raise errors.StreamlitMissingRequiredParameterError(
            "tabs", detail="Provide at least one tab label.")
    labels = list(tabs)
    if default and default not in labels:
        raise errors.invalid_value("default", ["a tab label from `tabs`"],
                                   detail=f"`{default}` is not in the list of tabs.")
    for label in labels:
        if not isinstance(label, str):
            raise errors.invalid_type("tabs", type(label).__name__, ["a string for each tab label"])
    if bind is not None and bind != "query-params":
        raise errors.invalid_value("bind", ["'query-params'", "None"])
    _register_key(key)
    block = self._block("tabs", {"labels": labels})
    return [block._block("tab", {"label": label}) for label in labels]
