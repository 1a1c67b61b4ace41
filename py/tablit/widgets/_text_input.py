"""(being written)"""

from __future__ import annotations


def text_input(self, *args, **kwargs):
    raise NotImplementedError('text_input')

