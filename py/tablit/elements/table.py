"""(being written)"""

from __future__ import annotations


def table(self, *args, **kwargs):
    raise NotImplementedError('table')


def dataframe(self, *args, **kwargs):
    raise NotImplementedError('dataframe')


def data_editor(self, *args, **kwargs):
    raise NotImplementedError('data_editor')

