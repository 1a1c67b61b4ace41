"""(being written)"""

from __future__ import annotations


def number_input(self, *args, **kwargs):
    raise NotImplementedError('number_input')

