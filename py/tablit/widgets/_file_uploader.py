"""st.file_uploader: files chosen in the page, returned as UploadedFile objects.

Wire form from the page: a list of ``{"name", "type", "size", "data"}`` with
``data`` in base64.  There is no upload server: the page reads the files (only
those within ``max_upload_size_mb``) and sends their bytes once, with the
update; the session keeps them as the widget's value.  The render tree carries
each file as ``{"name", "type", "size", "file_id"}`` without its bytes, so the
page never holds a second copy; an entry without ``data`` names a file the
session still holds by its ``file_id``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import math
import os
import weakref
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from ..delta_generator import command
from .. import errors
from ..runtime.context import get_ctx
from ..state.widgets import WidgetSpec, register_widget
from ._common import layout_props, callback_of, help_of, label_of

DEFAULT_MAX_UPLOAD_MB = 200
_CATEGORY_SHORTCUTS = frozenset({"image", "audio", "video", "text"})
_TYPE_PAIRS = [(".jpg", ".jpeg"), (".mpg", ".mpeg"), (".mp4", ".mpeg4"), (".tif", ".tiff"),
               (".htm", ".html")]


class UploadedFile(io.BytesIO):
    """A file the user uploaded: a BytesIO with ``name``, ``type``, ``size`` and ``file_id``.

    Two UploadedFiles are equal when they have the same ``file_id``; the id is
    derived from the file's name, type and contents, so a rerun that receives
    the same files again does not count as a change (no ``on_change``).
    """

    def __init__(self, file_id: str, name: str, type: str, data: bytes) -> None:
        super().__init__(data)
        self.file_id = file_id
        self.name = name
        self.type = type
        self.size = len(data)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UploadedFile):
            return NotImplemented
        return self.file_id == other.file_id

    def __hash__(self) -> int:
        return hash(self.file_id)

    def __repr__(self) -> str:
        return (f"UploadedFile(file_id={self.file_id!r}, name={self.name!r}, "
                f"type={self.type!r}, size={self.size!r})")


# Files the session holds as some widget's value, by file_id: what an entry
# without ``data`` refers to.  Weak: a file nobody holds any more is forgotten
# (file ids hash the contents, so sessions sharing a process share nothing wrong).
_HELD: "weakref.WeakValueDictionary[str, UploadedFile]" = weakref.WeakValueDictionary()


def file_id_of(name: str, type: str, data: bytes) -> str:
    digest = hashlib.sha256()
    for part in (name.encode("utf-8"), type.encode("utf-8"), data):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()[:32]


def normalize_file_types(file_type: str | Sequence[str]) -> list[str]:
    """Streamlit's spelling of ``type``: MIME types and wildcards first, then
    ``.ext`` extensions (with the usual aliases such as .jpg/.jpeg)."""
    if isinstance(file_type, str):
        file_type = [file_type]
    extensions: list[str] = []
    mime_types: list[str] = []
    for raw in file_type:
        entry = str(raw).strip()
        if not entry:
            continue
        if entry.lower() in _CATEGORY_SHORTCUTS:
            mime_types.append(f"{entry.lower()}/*")
        elif "/" in entry:
            mime_types.append(entry.lower())
        else:
            ext = entry.lower()
            extensions.append(ext if ext.startswith(".") else f".{ext}")
    for x, y in _TYPE_PAIRS:
        if x in extensions and y not in extensions:
            extensions.append(y)
        if y in extensions and x not in extensions:
            extensions.append(x)
    return mime_types + extensions


def check_file_name(name: str, allowed: Sequence[str] | None) -> None:
    """Refuse a file whose extension is not allowed (Streamlit's server check:
    only when ``type`` lists nothing but extensions)."""
    if "\0" in name:
        raise errors.StreamlitAPIException("Filename cannot contain null bytes.")
    if not allowed or any("/" in t for t in allowed):
        return
    extensions = [t.lower() for t in allowed if t.startswith(".")]
    if not extensions:
        return
    if not any(name.lower().endswith(ext) for ext in extensions):
        raise errors.StreamlitAPIException(
            f"Invalid file extension: `{os.path.splitext(name)[1]}`. Allowed: {extensions}"
        )


def check_max_upload_size(max_upload_size: Any) -> None:
    """None, or a positive whole number of megabytes (Streamlit's rule and text)."""
    if max_upload_size is not None and (isinstance(max_upload_size, bool)
                                        or not isinstance(max_upload_size, int)
                                        or max_upload_size < 1):
        raise errors.invalid_value(
            "max_upload_size", ["a positive integer"],
            detail="Set it to None to fall back to the `server.maxUploadSize` configuration option.",
        )


@dataclass
class UploadConfig:
    """Wire conversions for one file_uploader."""

    multiple: bool
    allowed: list[str] | None
    max_bytes: int

    @property
    def max_mb(self) -> int:
        return self.max_bytes // (1024 * 1024)

    @property
    def empty(self) -> list | None:
        return [] if self.multiple else None

    def deserialize(self, wire: Any) -> Any:
        if wire is None:
            wire = []
        if not isinstance(wire, list):
            raise TypeError("expected a list of files")
        if len(wire) > 1 and not self.multiple:
            raise ValueError("this uploader takes one file")
        files = [self._file(entry) for entry in wire]
        if self.multiple:
            return files
        return files[0] if files else None

    def _file(self, entry: Any) -> UploadedFile:
        if not isinstance(entry, dict):
            raise TypeError("each file must be {name, type, size, data}")
        name, mime, size, data = (entry.get(k) for k in ("name", "type", "size", "data"))
        if not isinstance(name, str) or not name:
            raise TypeError("a file needs a non-empty 'name'")
        if not isinstance(mime, str):
            raise TypeError("a file's 'type' must be a string")
        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            raise TypeError("a file's 'size' must be a non-negative integer")
        # the size first, before any work on the bytes
        if size > self.max_bytes:
            raise ValueError(f"{name!r} is larger than the upload limit of {self.max_mb} MB")
        if data is None and "file_id" in entry:
            held = _HELD.get(entry["file_id"]) if isinstance(entry["file_id"], str) else None
            if held is None or held.name != name or held.size != size:
                raise ValueError(f"{name!r} is not held by the session any more: upload it again")
            return held
        if not isinstance(data, str):
            raise TypeError("a file's 'data' must be a base64 string")
        if len(data) > 4 * math.ceil(self.max_bytes / 3):
            raise ValueError(f"{name!r} is larger than the upload limit of {self.max_mb} MB")
        try:
            content = base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError):
            raise ValueError(f"the data of {name!r} is not valid base64") from None
        if len(content) != size:
            raise ValueError(f"{name!r} has {len(content)} bytes, not the {size} announced")
        try:
            check_file_name(name, self.allowed)
        except errors.StreamlitAPIException as e:
            raise ValueError(str(e)) from None
        uploaded = UploadedFile(file_id_of(name, mime or "application/octet-stream", content),
                                name, mime or "application/octet-stream", content)
        return _HELD.setdefault(uploaded.file_id, uploaded)

    def serialize(self, value: Any) -> list[dict[str, Any]]:
        """The files as the render tree shows them: without their bytes (the page has them)."""
        files = value if isinstance(value, list) else [value]
        out = []
        for f in files:
            if isinstance(f, UploadedFile):
                _HELD.setdefault(f.file_id, f)
                out.append({"name": f.name, "type": f.type, "size": f.size, "file_id": f.file_id})
        return out


@command
def file_uploader(self, label: str, type: str | Sequence[str] | None = None,
                  accept_multiple_files: bool | str = False, key: Any = None,
                  help: str | None = None,
                  on_change: Callable[..., Any] | str | None = "rerun", args: Any = None,
                  kwargs: Any = None, *, max_upload_size: int | None = None,
                  disabled: bool = False, label_visibility: str = "visible",
                  width: Any = "stretch") -> Any:
    """A file drop zone; returns an UploadedFile or None (a list with accept_multiple_files)."""
    callback = callback_of(on_change)
    check_max_upload_size(max_upload_size)
    text = label_of(label)
    allowed = normalize_file_types(type) if type else None
    multiple = accept_multiple_files is True or accept_multiple_files == "directory"
    limit_mb = max_upload_size or get_ctx().session.config.get("server.maxUploadSize") \
        or DEFAULT_MAX_UPLOAD_MB
    config = UploadConfig(multiple=multiple, allowed=allowed, max_bytes=int(limit_mb) * 1024 * 1024)
    return register_widget(self, WidgetSpec(
        type="file_uploader",
        label=text,
        key=key,
        default=config.empty,
        id_params={"label": text, "type": type, "accept_multiple_files": accept_multiple_files,
                   "help": help, "width": width, "max_upload_size": max_upload_size},
        keyed_params={"type": type, "accept_multiple_files": accept_multiple_files,
                      "max_upload_size": max_upload_size},
        props={**layout_props(key, width=width, allow_content=False, on_change=on_change), "type": allowed,
               "accept_multiple_files": multiple, "max_upload_size_mb": config.max_mb,
               "accept_directory": accept_multiple_files == "directory"},
        codec=config,
        on_change=callback, args=args, kwargs=kwargs,
        read_only=True, disabled=disabled, help=help_of(help), label_visibility=label_visibility,
    )).value
