"""(being written)"""

from __future__ import annotations


def slider(self, *args, **kwargs):
    raise NotImplementedError('slider')

