"""(being written)"""

from __future__ import annotations


def time_input(self, *args, **kwargs):
    raise NotImplementedError('time_input')

