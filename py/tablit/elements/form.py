"""(being written)"""

from __future__ import annotations


def form(self, *args, **kwargs):
    raise NotImplementedError('form')


def form_submit_button(self, *args, **kwargs):
    raise NotImplementedError('form_submit_button')

