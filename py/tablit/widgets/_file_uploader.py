"""(being written)"""

from __future__ import annotations


def file_uploader(self, *args, **kwargs):
    raise NotImplementedError('file_uploader')

