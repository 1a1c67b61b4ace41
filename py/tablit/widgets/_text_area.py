"""(being written)"""

from __future__ import annotations


def text_area(self, *args, **kwargs):
    raise NotImplementedError('text_area')

