"""(being written)"""

from __future__ import annotations


def container(self, *args, **kwargs):
    raise NotImplementedError('container')


def columns(self, *args, **kwargs):
    raise NotImplementedError('columns')


def empty(self, *args, **kwargs):
    raise NotImplementedError('empty')


def expander(self, *args, **kwargs):
    raise NotImplementedError('expander')


def tabs(self, *args, **kwargs):
    raise NotImplementedError('tabs')


def popover(self, *args, **kwargs):
    raise NotImplementedError('popover')

