"""st.download_button: a trigger button whose click also saves a file.

The file travels in the node (``props.data``, base64), so the page can save it
without a round trip.  Streamlit's deferred ``data`` (a callable) is called
while rendering, since there is no server to call it at click time.
"""

from __future__ import annotations

import base64
import io
import os
from typing import Any, Callable

from ..delta_generator import command
from ..icons import icon_or_none
from .. import errors
from ..elements.sizing import check_width
from ..state.widgets import WidgetSpec, register_widget
from ._button import trigger_value
from ._common import (callback_of, check_button_type, check_icon_position, help_of, in_form,
                      label_of, width_of)


@command
def download_button(self, label: str, data: Any, file_name: str | None = None,
                    mime: str | None = None, key: Any = None, help: str | None = None,
                    on_click: Callable[..., Any] | str | None = "rerun", args: Any = None,
                    kwargs: Any = None, *, type: str = "secondary", icon: str | None = None,
                    icon_position: str = "left", disabled: bool = False,
                    use_container_width: bool | None = None, width: Any = "content",
                    shortcut: str | None = None, wrap: bool | None = None) -> bool:
    """A button that downloads ``data``; returns True for the run its click caused."""
    width = width_of(width, use_container_width)
    check_button_type(type)
    icon_position = check_icon_position(icon_position)
    text = label_of(label)
    callback = callback_of(on_click, param="on_click")
    if in_form(self):
        if callback is not None:
            raise errors.form_callback()
        raise errors.StreamlitInvalidLayoutContextError(
            "`st.download_button()` can't be used in an `st.form()`." + errors.FORM_DOCS
        )
    keys = None
    if shortcut is not None:
        from ._shortcut import normalize_shortcut  # (a family in the browser: web/tools/families.js)

        keys = normalize_shortcut(shortcut)
    id_params = {"label": text, "icon": icon, "file_name": file_name, "mime": mime,
                 "help": help, "type": type, "width": width, "icon_position": icon_position,
                 "shortcut": keys}
    file_name, mime = _infer_file_info(data, file_name, mime)
    if not callable(data):
        payload, inferred_mime = file_bytes(data)
        mime = mime or inferred_mime
    result = register_widget(self, WidgetSpec(
        type="download_button",
        label=text,
        key=key,
        default=False,
        id_params=id_params,
        props={
            "type": type, "icon": icon_or_none(icon), "use_container_width": width == "stretch",
            "data": "", "file_name": "", "mime": mime,
            "on_click": "ignore" if on_click == "ignore" else "rerun", "shortcut": keys,
            "icon_position": icon_position, "width": check_width(width, allow_content=True),
            **({} if wrap is None else {"wrap": bool(wrap)}),
        },
        deserialize=trigger_value,
        on_change=callback, args=args, kwargs=kwargs,
        is_trigger=True, read_only=True, disabled=disabled, help=help_of(help),
    ))
    if callable(data):
        # Deferred data: generated once the button is registered (and not at
        # all while it is disabled), as late as tablit can.
        payload, inferred_mime = file_bytes(data()) if not disabled else (b"", None)
        mime = mime or inferred_mime
    props = result.node.props
    props["data"] = base64.b64encode(payload).decode("ascii")
    props["mime"] = mime or "application/octet-stream"
    props["file_name"] = file_name or _default_file_name(mime)
    return result.value


def file_bytes(data: Any) -> tuple[bytes, str]:
    """``data`` as bytes plus the MIME type it implies (Streamlit's conversions)."""
    if isinstance(data, str):
        return data.encode(), "text/plain"
    if isinstance(data, io.TextIOWrapper):
        return data.read().encode(), "text/plain"
    if isinstance(data, io.StringIO):
        return data.getvalue().encode(), "text/plain"
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data), "application/octet-stream"
    if isinstance(data, io.BytesIO):
        data.seek(0)
        return data.getvalue(), "application/octet-stream"
    if isinstance(data, (io.BufferedReader, io.RawIOBase)):
        data.seek(0)
        return data.read() or b"", "application/octet-stream"
    raise errors.StreamlitAPIException(f"Invalid binary data format: {type(data)}")


def _infer_file_info(data: Any, file_name: str | None,
                     mime: str | None) -> tuple[str | None, str | None]:
    """A file opened from disk names itself: use that for a missing name/type."""
    try:
        name = getattr(data, "name", None)
    except (AttributeError, ValueError, OSError):
        return file_name, mime
    if not isinstance(name, str) or not name:
        return file_name, mime
    if file_name is None:
        file_name = os.path.basename(name)
    if mime is None:
        import mimetypes  # (imported when needed: ~15 ms under Pyodide)

        mime = mimetypes.guess_type(file_name)[0]
    return file_name, mime


def _default_file_name(mime: str | None) -> str:
    import mimetypes

    ext = mimetypes.guess_extension(mime or "") or ""
    return "download" + ext
