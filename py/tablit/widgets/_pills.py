"""st.pills: option buttons shaped as pills (see ``_button_group``)."""

from __future__ import annotations

from typing import Any, Callable

from ..delta_generator import command
from ._button_group import button_group


@command
def pills(self, label: str, options: Any, *, selection_mode: str = "single", default: Any = None,
          required: bool = False, format_func: Callable[[Any], Any] | None = None, key: Any = None,
          help: str | None = None, on_change: Callable[..., Any] | str | None = "rerun",
          args: Any = None, kwargs: Any = None, disabled: bool = False,
          label_visibility: str = "visible", width: Any = "content", wrap: bool | None = None,
          bind: str | None = None, persist_state: str | None = None) -> Any:
    """Pills; returns the selected option (single) or a list of them (multi)."""
    return button_group(self, "pills", label, options, selection_mode=selection_mode,
                        default=default, required=required, format_func=format_func, key=key,
                        help=help, on_change=on_change, args=args, kwargs=kwargs, disabled=disabled,
                        label_visibility=label_visibility, width=width, wrap=wrap, bind=bind,
                        persist_state=persist_state)
