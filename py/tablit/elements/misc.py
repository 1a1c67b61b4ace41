"""(being written)"""

from __future__ import annotations


def metric(self, *args, **kwargs):
    raise NotImplementedError('metric')


def progress(self, *args, **kwargs):
    raise NotImplementedError('progress')


def spinner(self, *args, **kwargs):
    raise NotImplementedError('spinner')


def balloons(self, *args, **kwargs):
    raise NotImplementedError('balloons')


def snow(self, *args, **kwargs):
    raise NotImplementedError('snow')


def toast(self, *args, **kwargs):
    raise NotImplementedError('toast')


def image(self, *args, **kwargs):
    raise NotImplementedError('image')


def latex(self, *args, **kwargs):
    raise NotImplementedError('latex')


def html(self, *args, **kwargs):
    raise NotImplementedError('html')

