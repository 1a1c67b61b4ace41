"""(being written)"""

from __future__ import annotations


def date_input(self, *args, **kwargs):
    raise NotImplementedError('date_input')

