"""(being written)"""

from __future__ import annotations


def download_button(self, *args, **kwargs):
    raise NotImplementedError('download_button')

