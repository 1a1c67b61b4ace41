"""(being written)"""

from __future__ import annotations


def selectbox(self, *args, **kwargs):
    raise NotImplementedError('selectbox')

