"""(being written)"""

from __future__ import annotations


def chat_input(self, *args, **kwargs):
    raise NotImplementedError('chat_input')

