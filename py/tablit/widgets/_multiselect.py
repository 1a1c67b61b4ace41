"""(being written)"""

from __future__ import annotations


def multiselect(self, *args, **kwargs):
    raise NotImplementedError('multiselect')

