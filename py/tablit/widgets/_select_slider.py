"""(being written)"""

from __future__ import annotations


def select_slider(self, *args, **kwargs):
    raise NotImplementedError('select_slider')

