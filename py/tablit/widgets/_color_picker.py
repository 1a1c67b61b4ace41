"""(being written)"""

from __future__ import annotations


def color_picker(self, *args, **kwargs):
    raise NotImplementedError('color_picker')

