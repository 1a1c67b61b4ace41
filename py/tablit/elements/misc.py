"""Small elements: progress, spinner, toast, plus the module-level
``st.set_page_config`` (st.echo: echo.py; st.metric: metric.py; st.balloons and
st.snow: effects.py; st.latex: latex.py; st.html: html.py).

Node kinds added here (props): ``progress`` {value: 0..100, text}; ``toast``
{body, icon, duration}.
"""

from __future__ import annotations

import contextlib
import math
import textwrap
from typing import Any, Iterator

from ..delta_generator import command
from .. import errors
from ..runtime.context import get_ctx
from ..icons import icon_or_none, is_emoji, validate_material_icon


# -------------------------------------------------------------------- progress
def _progress_value(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise errors.invalid_type("value", type(value).__name__, ["int", "float"])
    if isinstance(value, int):
        if not 0 <= value <= 100:
            raise errors.StreamlitValueOutOfRangeError("value", value, 0, 100)
        return value
    # as 1.67: a sum of floats a hair outside [0, 1] (1.0000000000000013) counts as the bound
    if not (0.0 <= value <= 1.0 or math.isclose(value, 0.0, rel_tol=1e-9, abs_tol=1e-9)
            or math.isclose(value, 1.0, rel_tol=1e-9, abs_tol=1e-9)):
        raise errors.StreamlitValueOutOfRangeError("value", value, 0.0, 1.0)
    return int(value * 100)


@command
def progress(self, value: Any, text: str | None = None, width: Any = "stretch") -> Any:
    """A progress bar; the returned generator's ``.progress()`` updates it in place."""
    percent = _progress_value(value)
    if text is not None and not isinstance(text, str):
        raise errors.invalid_type("text", type(text).__name__, ["str"])
    node = self._enqueue("progress", {"value": percent, "text": text})
    return self._element(node)


@contextlib.contextmanager
def _spinner(self: Any, props: dict[str, Any]) -> Iterator[None]:
    # As 1.67's: a transient at the place of the next element, which it does not take;
    # gone when the block ends, leaving nothing behind (no slot, no gap).  The run streams
    # (runtime/live.py), so a slow block shows it; the page shows it only after half a
    # second, as 1.67's delay does.
    take_back = self._transient("spinner", props)
    try:
        yield
    finally:
        take_back()


@command
def spinner(self, text: str = "In progress...", *, show_time: bool = False,
            _cache: bool = False, width: Any = "content") -> Any:
    """A spinner while a block runs (a context manager, also usable as a decorator)."""
    from .sizing import check_width

    props = {"text": "" if text is None else str(text), "show_time": bool(show_time),
             "width": check_width(width, allow_content=True)}
    return _spinner(self, props)


# ---------------------------------------------------------------- fun & toast
@command
def toast(self, body: Any, *, icon: str | None = None, duration: Any = "short") -> Any:
    """A short notification in the page's corner."""
    text = str(body)  # (as 1.67: None is the text "None"; blank text passes, and is stripped)
    if text == "":
        raise errors.StreamlitMissingRequiredParameterError("body", detail="Please provide a message.")
    text = textwrap.dedent(text).strip()
    if not (duration in ("short", "long", "infinite")
            or (isinstance(duration, int) and not isinstance(duration, bool) and duration > 0)):
        raise errors.invalid_value("duration", ["short", "long", "infinite", "a positive integer"])
    if self._is_root and self._root == "main":
        # st.toast: 1.67 binds it to its event container (as st.dialog's), so a toast takes no
        # place in the main area, even from a fragment's callback (whose writes start at its top)
        from ..delta_generator import DeltaGenerator

        self = DeltaGenerator("event", is_root=True)
    node = self._enqueue("toast", {"body": text, "icon": icon_or_none(icon), "duration": duration})
    return self._element(node)


# (st.image is in image.py; image_src is re-exported for set_page_config and chat avatars)
from .image import image_src  # noqa: E402,F401


# ------------------------------------------------------------ module commands
_SIDEBAR_STATES = ["'auto'", "'expanded'", "'collapsed'", "'locked'", "a positive integer (pixels)"]


def set_page_config(page_title: str | None = None, page_icon: Any = None, layout: str | None = None,
                    initial_sidebar_state: Any = None, menu_items: dict | None = None) -> None:
    """Title, icon, layout and sidebar state of the page; calls add up (later ones win).

    Stored on the session as ``page_config`` for the render message.
    """
    if layout not in (None, "centered", "wide"):
        raise errors.invalid_value("layout", ["'centered'", "'wide'"])
    if initial_sidebar_state is not None and initial_sidebar_state not in ("auto", "expanded", "collapsed", "locked"):
        if isinstance(initial_sidebar_state, int) and not isinstance(initial_sidebar_state, bool):
            if initial_sidebar_state <= 0:
                raise errors.invalid_value("initial_sidebar_state", _SIDEBAR_STATES,
                                           detail=f"Got {initial_sidebar_state}.")
        else:
            raise errors.invalid_value("initial_sidebar_state", _SIDEBAR_STATES,
                                       detail=f"Got {initial_sidebar_state!r}.")
    if menu_items is not None:
        for k in menu_items:
            if k.lower() not in ("get help", "report a bug", "about"):
                raise errors.invalid_value("menu_items", ["'Get help'", "'Report a bug'", "'About'"],
                                           detail=f"`{k}` is not a supported menu item key.")
    icon = page_icon
    if page_icon is not None and not isinstance(page_icon, str):
        icon = image_src(page_icon)
    elif isinstance(page_icon, str) and not is_emoji(page_icon) and page_icon.startswith(":material"):
        icon = validate_material_icon(page_icon)
    changes = {"title": page_title, "icon": icon, "layout": layout,
               "initial_sidebar_state": initial_sidebar_state, "menu_items": menu_items}
    session = get_ctx().session
    config = dict(getattr(session, "page_config", None) or {})
    config.update({k: v for k, v in changes.items() if v is not None})
    session.page_config = config  # type: ignore[attr-defined]
