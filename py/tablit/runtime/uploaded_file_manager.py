"""``streamlit.runtime.uploaded_file_manager``: ``UploadedFile`` for apps' type hints and isinstance.

A module apps import, not one the runtime uses: it reaches into the file
uploader's family on demand (the core itself never imports a family).
"""

from __future__ import annotations

from typing import Any, NamedTuple


class UploadedFileRec(NamedTuple):
    """The raw record of an uploaded file."""

    file_id: str
    name: str
    type: str
    data: bytes


def __getattr__(name: str) -> Any:
    if name == "UploadedFile":
        from ..widgets._file_uploader import UploadedFile

        return UploadedFile
    raise AttributeError(f"module 'streamlit.runtime.uploaded_file_manager' has no attribute '{name}'")
