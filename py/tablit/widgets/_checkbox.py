"""(being written)"""

from __future__ import annotations


def checkbox(self, *args, **kwargs):
    raise NotImplementedError('checkbox')


def toggle(self, *args, **kwargs):
    raise NotImplementedError('toggle')

