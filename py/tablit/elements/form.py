"""st.form and st.form_submit_button.

A form is a block (node kind ``"form"``) whose DeltaGenerator carries the form
id, so every widget created in it (``with form:`` or ``form.widget(...)``)
records that id.  The page holds the form's widget changes as pending and
sends them all, with the clicked submit button as the trigger, on submit
(spec §5).  Enter-to-submit and clear-on-submit are done by the page; the
node's props tell it which forms want them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from ..delta_generator import command
from ..icons import icon_or_none
from .sizing import check_width
from .. import errors
from ..runtime.context import get_ctx
from ..state.widgets import WidgetSpec, register_widget
from ..widgets._button import trigger_value
from ..widgets._common import (callback_of, check_button_type, check_icon_position, help_of,
                               in_form, label_of, width_of)

if TYPE_CHECKING:
    from ..delta_generator import DeltaGenerator


@command
def form(self, key: str, clear_on_submit: bool = False, *, enter_to_submit: bool = True,
         border: bool = True, width: Any = "stretch", height: Any = "content") -> "DeltaGenerator":
    """A form block: its widgets reach the script together, when it is submitted."""
    if in_form(self):
        raise errors.StreamlitInvalidLayoutContextError("Forms cannot be nested in other forms.")
    ctx = get_ctx()
    if ctx.cache_depth > 0:
        from .alerts import exception as show_exception

        show_exception(self._active(), errors.CachedWidgetWarning())
    form_id = str(key)
    state = ctx.session.state
    # The form key is not a session-state entry: writing it first is an error ...
    if form_id in state.written:
        raise errors.read_only(form_id)
    # ... and form keys are unique per run, in their own namespace.
    if form_id in ctx.form_keys_seen:
        raise errors.duplicate_key(form_id)
    ctx.form_keys_seen.add(form_id)
    # ... and writing it after the form is "already instantiated".
    state.form_keys_this_run.add(form_id)
    if clear_on_submit:
        ctx.session.clear_on_submit_forms.add(form_id)
    else:
        ctx.session.clear_on_submit_forms.discard(form_id)
    return self._block("form", {
        "form_id": form_id,
        "border": bool(border),
        "clear_on_submit": bool(clear_on_submit),
        "enter_to_submit": bool(enter_to_submit),
    }, form_id=form_id)


@command
def form_submit_button(self, label: str = "Submit", help: str | None = None,
                       on_click: Callable[..., Any] | None = None, args: Any = None,
                       kwargs: Any = None, *, key: Any = None, type: str = "secondary",
                       icon: str | None = None, icon_position: str = "left",
                       disabled: bool = False, use_container_width: bool | None = None,
                       width: Any = "content", shortcut: str | None = None,
                       wrap: bool | None = None) -> bool:
    """Submits its form; True for the run that submit caused, else False.

    Without a key it is keyed ``"FormSubmitter:<form>-<label>"``, a key that
    shows in ``st.session_state`` (spec §5.3).
    """
    width = width_of(width, use_container_width)
    check_button_type(type)
    icon_position = check_icon_position(icon_position)
    callback = callback_of(on_click, param="on_click", modes=())
    text = label_of(label)
    form_id = self._active()._form_id
    user_key = None if key is None else str(key)
    effective_key = user_key or f"FormSubmitter:{form_id}-{label}"
    state = get_ctx().session.state
    if effective_key in state.written:
        raise errors.read_only(effective_key)
    if not form_id:
        raise errors.StreamlitInvalidLayoutContextError(
            "`st.form_submit_button()` must be used inside an `st.form()`." + errors.FORM_DOCS
        )
    keys = None
    if shortcut is not None:
        from ..widgets._shortcut import normalize_shortcut  # (a family in the browser: web/tools/families.js)

        keys = normalize_shortcut(shortcut)
    return register_widget(self, WidgetSpec(
        type="form_submit_button",
        label=text,
        key=effective_key,
        default=False,
        id_params={"label": text, "icon": icon, "help": help, "is_form_submitter": True,
                   "type": type, "width": width, "icon_position": icon_position,
                   "shortcut": keys},
        props={"type": type, "icon": icon_or_none(icon), "use_container_width": width == "stretch", "shortcut": keys,
               "icon_position": icon_position, "width": check_width(width, allow_content=True),
               **({} if wrap is None else {"wrap": bool(wrap)})},
        deserialize=trigger_value,
        on_change=callback, args=args, kwargs=kwargs,
        is_trigger=True, read_only=True, disabled=disabled, help=help_of(help),
    )).value
