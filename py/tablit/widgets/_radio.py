"""(being written)"""

from __future__ import annotations


def radio(self, *args, **kwargs):
    raise NotImplementedError('radio')

